// The OpenAPI document of a host, complete enough for the admin app to generate its typed client from
// it and for `redocly lint` (recommended rules) to pass: every operation has its security (bearer, or
// none for public routes), its path parameters, and its problem responses with one `Problem` schema.
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { PostgresEventStore, type SqlExecutor } from '@bcd/event-store';
import { PROBLEM_CONTENT_TYPE } from '../problem.filter.js';

export interface OpenApiInfo {
  title: string;
  description: string;
  version: string;
}

/** The RFC 9457 problem document every error answer is. */
export const PROBLEM_SCHEMA = {
  type: 'object',
  description: 'RFC 9457 problem document (application/problem+json).',
  required: ['type', 'title', 'status', 'detail', 'instance', 'correlationId'],
  properties: {
    type: { type: 'string', description: 'What went wrong, as a slug: validation-failed, rule-violation, not-found, …', example: 'rule-violation' },
    title: { type: 'string', example: 'Rule violation' },
    status: { type: 'integer', example: 422 },
    detail: { type: 'string', description: 'What happened, for a person to read.' },
    instance: { type: 'string', description: 'The request path.', example: '/api/tenants/thanh-hoa/membership/committees' },
    correlationId: { type: 'string', description: 'Quote it when reporting a problem: every log line of the request carries it.' },
    rule: { type: 'string', description: 'rule-violation only: the rule that refused the request.', example: 'thanh-hoa-2014/composition.standingMembers' },
    article: { type: 'string', description: 'rule-violation only: where the rule is written.', example: 'Điều 5, Quyết định 3461/QĐ-BCĐ ngày 16/10/2014' },
    errors: {
      type: 'array',
      description: 'validation-failed only: every bad field.',
      items: {
        type: 'object',
        required: ['path', 'message'],
        properties: { path: { type: 'string', example: 'decision.date' }, message: { type: 'string', example: 'must be a date written YYYY-MM-DD' } },
      },
    },
  },
} as const;

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'Validation failed: the request is malformed (`errors` names every bad field).',
  401: 'Not authenticated: no token, or one that is invalid or expired.',
  403: 'Forbidden: the caller\'s roles do not allow this.',
  404: 'Not found: no such resource in this tenant (another tenant\'s resources are not found either).',
  409: 'Conflict: the resource changed since the ETag sent as If-Match, or a request with the same Idempotency-Key is still running.',
  422: 'Refused by a rule (`rule` and `article` say which, and where it is written), or an Idempotency-Key reused with another request.',
  429: 'Too many requests: retry after the Retry-After header\'s seconds.',
  503: 'Service unavailable: a dependency (the event store) does not answer.',
};

/** What a path parameter is, by name (every route names them the same way). */
function pathParameterSchema(name: string): { description: string; schema: Record<string, unknown> } {
  if (name === 'tenant') {
    return { description: 'The tenant (a province), by its code.', schema: { type: 'string', pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$', example: 'thanh-hoa' } };
  }
  if (/Id$/.test(name)) return { description: `The ${name.slice(0, -2)}'s id.`, schema: { type: 'string', format: 'uuid' } };
  if (name === 'date') return { description: 'A date, YYYY-MM-DD.', schema: { type: 'string', format: 'date', example: '2025-01-01' } };
  return { description: `The ${name}.`, schema: { type: 'string' } };
}

type Operation = {
  parameters?: { name: string; in: string; required?: boolean }[];
  requestBody?: unknown;
  responses: Record<string, unknown>;
  security?: unknown[];
  'x-roles'?: unknown;
  'x-public'?: boolean;
  'x-problems'?: number[];
};

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

export function buildOpenApiDocument(app: INestApplication, info: OpenApiInfo): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(info.title)
      .setDescription(info.description)
      .setVersion(info.version)
      .addServer('/', 'This host')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'An access token from POST /api/auth/login (or the OIDC issuer).' }, 'bearer')
      .build(),
  );
  document.components ??= {};
  document.components.schemas = { ...document.components.schemas, Problem: PROBLEM_SCHEMA as never };

  for (const [path, item] of Object.entries(document.paths)) {
    const names = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    for (const method of METHODS) {
      const operation = (item as Record<string, Operation | undefined>)[method];
      if (!operation) continue;
      // Every path parameter with the one description of its name: those a handler names with
      // `@Param('name')` (Nest declares them bare) and those read as `@Param() params` (Nest sees none).
      const declared = operation.parameters ?? [];
      operation.parameters = [
        ...names.map((name) => ({ ...declared.find((p) => p.in === 'path' && p.name === name), name, in: 'path', required: true, ...pathParameterSchema(name) })),
        ...declared.filter((p) => p.in !== 'path'),
      ];
      // Every route is protected by the global guard unless it is marked public (`Public()` of libs/auth).
      const isProtected = operation['x-public'] !== true;
      delete operation['x-public'];
      operation.security = isProtected ? [{ bearer: [] }] : [];
      const statuses = operation['x-problems'] ?? [
        ...(operation.parameters.length > 0 || operation.requestBody ? [400] : []),
        ...(isProtected ? [401, 403] : []),
        ...(names.length > 0 ? [404] : []),
        ...(method === 'get' ? [] : [409, 422]),
      ];
      delete operation['x-problems'];
      for (const status of statuses) {
        operation.responses[String(status)] ??= {
          description: PROBLEM_DESCRIPTIONS[status] ?? 'Problem.',
          content: { [PROBLEM_CONTENT_TYPE.split(';')[0]]: { schema: { $ref: '#/components/schemas/Problem' } } },
        };
      }
    }
  }
  return document;
}

/** Serves the document at /api/docs-json (and the Swagger UI at /api/docs unless `ui` is false). */
export function serveOpenApi(app: INestApplication, info: OpenApiInfo, options: { ui: boolean }): void {
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app, info), { ui: options.ui, raw: ['json'], jsonDocumentUrl: 'api/docs-json' });
}

/** Writes a host's OpenAPI document to `path` (JSON): for `redocly lint` and the admin app's client generator. */
export async function writeOpenApiDocument(app: INestApplication, info: OpenApiInfo, path: string): Promise<void> {
  const { mkdir, writeFile } = await import('node:fs/promises');
  const { dirname } = await import('node:path');
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(buildOpenApiDocument(app, info), null, 2)}\n`);
}

/**
 * The event store a host is built over only to write its OpenAPI document (`openapi-document.ts`): the document is
 * read from the routes' decorators, never from data, so the app is created (not initialised) over an executor that
 * holds nothing — every query answers no rows. Opening PGlite instead cost 10–20 s of every build on a 2-core machine.
 */
export function storeForOpenApiDocument(): PostgresEventStore {
  const nothing: SqlExecutor = {
    driver: 'pglite',
    query: async <Row>() => [] as Row[],
    transaction: (work) => work(nothing, []),
    notify: async () => undefined,
    listen: async () => async () => undefined,
    close: async () => undefined,
  };
  return new PostgresEventStore(nothing);
}
