// The one place errors become HTTP responses: RFC 9457 problem documents, whatever was thrown.
import { STATUS_CODES } from 'node:http';
import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PinoLogger } from 'nestjs-pino';
import {
  ConcurrencyConflict,
  DomainError,
  Forbidden,
  IdempotencyConflict,
  NotFound,
  RuleViolation,
  StateConflict,
  ValidationFailed,
} from '@bcd/kernel';
import { TooManyRequests, Unauthenticated } from '@bcd/auth';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** A problem before it is tied to a request. */
export interface ProblemBody {
  /** A slug (relative URI reference), e.g. `rule-violation`, the same as DomainError.code. */
  type: string;
  title: string;
  status: number;
  detail: string;
  /** Extension members: `rule`, `article`, `errors`. */
  [extension: string]: unknown;
}

export interface Problem extends ProblemBody {
  /** The request path this occurrence belongs to. */
  instance: string;
  correlationId: string;
}

@Catch()
export class ProblemFilter implements ExceptionFilter {
  constructor(private readonly logger: PinoLogger) {
    logger.setContext(ProblemFilter.name);
  }

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();

    if (abortedByClient(exception)) {
      // The client closed the socket mid-request: nobody to answer, nothing of ours went wrong.
      this.logger.debug({ code: (exception as { code?: unknown }).code }, 'request aborted by the client');
      return;
    }
    const body = toProblem(exception);
    if (body.type === 'internal-error') {
      // The client learns nothing about the cause; the log keeps all of it, under the correlation id.
      // Deliberate errors (domain, HttpException) are not logged: the request line shows their status.
      this.logger.error({ err: exception }, 'unhandled error');
    }
    if (reply.sent) return; // a streamed response failed midway: too late for a problem document
    sendProblem(request, reply, exception, body);
  }
}

/** A body that stopped arriving because the client went away (`aborted`, a reset socket). */
function abortedByClient(exception: unknown): boolean {
  // Duck-typed: Node's errors may come from another realm than this module's `Error` (Jest's sandbox).
  const { code, message } = (exception ?? {}) as { code?: unknown; message?: unknown };
  // Node's own: `abortIncoming` fails the body's stream with `aborted` (ECONNRESET) when the socket closes.
  return (code === 'ECONNRESET' && message === 'aborted') || code === 'ECONNABORTED';
}

/** Answers `exception` as a problem document of this request (its path and correlation id). */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, exception: unknown, body: ProblemBody = toProblem(exception)): void {
  const problem: Problem = {
    ...body,
    instance: (request.url ?? '/').split('?')[0],
    correlationId: String(request.id), // Fastify's request id is the correlation id (see createApp)
  };
  for (const [name, value] of Object.entries(problemHeaders(exception))) reply.header(name, value);
  reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
}

/**
 * What Node's HTTP parser refuses before any request exists (headers too large, CR/LF or NUL in a
 * header, both Content-Length and Transfer-Encoding…): the raw response, as a problem document with a
 * fresh correlation id. No instance: the request line was not understood.
 */
export function clientErrorResponse(error: Error & { code?: string }, correlationId: string): string {
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'HPE_URI_TOO_LONG' ? 414 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const detail =
    status === 431
      ? 'The request headers are too large.'
      : status === 414
        ? 'The request URL is too long.'
        : status === 408
          ? 'The request took too long to arrive.'
          : 'The request is not valid HTTP (e.g. a header with a control character, or both Content-Length and Transfer-Encoding).';
  const body = JSON.stringify({ ...statusProblem(status), detail, correlationId });
  return [
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
    `Content-Type: ${PROBLEM_CONTENT_TYPE}`,
    `Content-Length: ${Buffer.byteLength(body)}`,
    `x-correlation-id: ${correlationId}`,
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

export function toProblem(exception: unknown): ProblemBody {
  if (exception instanceof DomainError) return domainProblem(exception);
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    return { ...statusProblem(status), detail: httpDetail(exception) };
  }
  const status = frameworkClientErrorStatus(exception);
  if (status !== undefined) return { ...statusProblem(status), detail: (exception as Error).message };
  return {
    type: 'internal-error',
    title: 'Internal Server Error',
    status: 500,
    detail: 'An unexpected error occurred. Quote the correlation id when reporting it.',
  };
}

/** Headers some problems require: a challenge with 401 (RFC 6750), Retry-After with 429. */
function problemHeaders(exception: unknown): Record<string, string> {
  if (exception instanceof Unauthenticated) {
    const error = exception.bearerError === undefined ? '' : `, error="${exception.bearerError}"`;
    return { 'www-authenticate': `Bearer realm="bcd"${error}` };
  }
  if (exception instanceof TooManyRequests) return { 'retry-after': String(exception.retryAfterSeconds) };
  return {};
}

function domainProblem(error: DomainError): ProblemBody {
  const detail = error.message;
  if (error instanceof Unauthenticated) return { type: error.code, title: 'Unauthorized', status: 401, detail };
  if (error instanceof TooManyRequests) return { type: error.code, title: 'Too Many Requests', status: 429, detail };
  if (error instanceof RuleViolation) {
    return { type: error.code, title: 'Rule violation', status: 422, detail, rule: error.rule, article: error.article };
  }
  if (error instanceof ValidationFailed) {
    return { type: error.code, title: 'Validation failed', status: 400, detail, errors: error.errors };
  }
  if (error instanceof NotFound) return { type: error.code, title: 'Not found', status: 404, detail };
  if (error instanceof Forbidden) return { type: error.code, title: 'Forbidden', status: 403, detail };
  if (error instanceof StateConflict) return { type: error.code, title: 'Conflict', status: 409, detail, rule: error.rule, article: error.article };
  if (error instanceof ConcurrencyConflict) return { type: error.code, title: 'Concurrency conflict', status: 409, detail };
  if (error instanceof IdempotencyConflict) return { type: error.code, title: 'Idempotency conflict', status: 409, detail };
  // A DomainError subclass this filter does not know yet: a refusal, not a crash.
  return { type: error.code, title: 'Unprocessable content', status: 422, detail };
}

/** `Not Found` → type `not-found`. */
function statusProblem(status: number): { type: string; title: string; status: number } {
  const title = STATUS_CODES[status] ?? 'Error';
  return { type: title.toLowerCase().replace(/[^a-z0-9]+/g, '-'), title, status };
}

function httpDetail(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : exception.message;
}

/**
 * Fastify's own client errors (malformed JSON, unsupported media type, body too large) carry a
 * 4xx `statusCode` and a `FST_` code; their messages are safe to show. Anything else is unknown.
 */
function frameworkClientErrorStatus(exception: unknown): number | undefined {
  if (!(exception instanceof Error)) return undefined;
  const { statusCode, code } = exception as Error & { statusCode?: unknown; code?: unknown };
  const isFastify = typeof code === 'string' && code.startsWith('FST_');
  return isFastify && typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500 ? statusCode : undefined;
}
