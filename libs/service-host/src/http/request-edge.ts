// The HTTP edge of every host: what no context should ever see. A JSON body is parsed by Fastify's own
// secure parser (prototype poisoning refused), then refused whole when it is nested deeper than the
// limit or holds text PostgreSQL cannot store (NUL, lone UTF-16 surrogates), in a value or a key; the
// same for query strings and path parameters. One walk, iterative (a hostile depth cannot overflow the
// stack), before any guard, interceptor or handler runs: a refused request reaches nothing.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ValidationFailed, type FieldError } from '@bcd/kernel';

export interface RequestLimits {
  /** Largest request body accepted, in bytes (larger: 413). */
  bodyLimitBytes: number;
  /** Deepest nesting of objects and arrays accepted in a JSON body (deeper: 400). */
  maxJsonDepth: number;
  /** Largest file an upload route accepts, in bytes (larger: 413). */
  fileLimitBytes: number;
}

export const DEFAULT_REQUEST_LIMITS: RequestLimits = { bodyLimitBytes: 1024 * 1024, maxJsonDepth: 32, fileLimitBytes: 25 * 1024 * 1024 };

/**
 * The media types an upload route (`UploadFile` of routes.ts) takes as raw bytes: the documents a
 * committee distributes. Any other type on any route is refused with 415, JSON aside.
 */
export const FILE_MEDIA_TYPES = [
  'application/octet-stream',
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/zip',
  'image/png',
  'image/jpeg',
] as const;

/** At most this many problems named per request: enough to fix a form, too few to amplify an attack. */
const MAX_PROBLEMS = 20;

/** Why PostgreSQL (and any UTF-8 consumer) would refuse this text, if it would. */
export function unstorableText(value: string): string | undefined {
  if (value.includes('\u0000')) return 'must not contain the NUL character (U+0000)';
  if (!value.isWellFormed()) return 'must not contain a lone UTF-16 surrogate (text that is not valid Unicode)';
  return undefined;
}

/**
 * The problems of a JSON value no context should receive, with their field paths (`items.0.title`):
 * unstorable text in a string or a key, nesting deeper than `maxDepth`. Empty when it is fine.
 */
export function hostileJsonProblems(value: unknown, maxDepth: number, root: readonly string[] = []): FieldError[] {
  const problems: FieldError[] = [];
  const stack: Array<{ value: unknown; path: readonly string[]; depth: number }> = [{ value, path: root, depth: 0 }];
  for (let item = stack.pop(); item !== undefined && problems.length < MAX_PROBLEMS; item = stack.pop()) {
    const { value: node, path, depth } = item;
    if (typeof node === 'string') {
      const message = unstorableText(node);
      if (message) problems.push({ path: path.join('.'), message });
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    if (depth >= maxDepth) {
      problems.push({ path: path.join('.'), message: `is nested deeper than ${maxDepth} levels` });
      continue;
    }
    const entries = Array.isArray(node) ? node.map((item, index) => [String(index), item] as const) : Object.entries(node);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i];
      const keyProblem = unstorableText(key);
      if (keyProblem) {
        problems.push({ path: [...path, key.replaceAll('\u0000', '\ufffd').toWellFormed()].join('.'), message: `has a name that ${keyProblem}` });
        continue;
      }
      stack.push({ value: child, path: [...path, key], depth: depth + 1 });
    }
  }
  return problems;
}

/**
 * Installs the edge on a host's Fastify instance: the JSON body parser (through `app.useBodyParser`,
 * so that Nest registers no other) and a hook checking query strings and path parameters.
 */
export function installRequestEdge(
  fastify: FastifyInstance,
  useBodyParser: (type: string, options: { bodyLimit: number }, parser: (request: FastifyRequest, body: Buffer, done: (error: Error | null, value?: unknown) => void) => void) => void,
  limits: RequestLimits,
): void {
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  for (const type of FILE_MEDIA_TYPES) useBodyParser(type, { bodyLimit: limits.fileLimitBytes }, (_request, body, done) => done(null, body));
  useBodyParser('application/json', { bodyLimit: limits.bodyLimitBytes }, (request, body, done) => {
    parseJson(request, body.toString('utf8'), (error: Error | null, value?: unknown) => {
      if (error) return done(error);
      const problems = hostileJsonProblems(value, limits.maxJsonDepth);
      if (problems.length > 0) return done(new ValidationFailed(problems));
      done(null, value);
    });
  });
  // Query strings and path parameters: text only (Fastify decodes them), never nested beyond a level.
  fastify.addHook('preValidation', (request, _reply, done) => {
    const problems = [
      ...hostileJsonProblems(request.query, 3, ['query']),
      ...hostileJsonProblems(request.params, 2, ['path']),
    ];
    done(problems.length > 0 ? new ValidationFailed(problems) : undefined);
  });
}
