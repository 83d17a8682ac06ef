// Health probes and RFC 9457 problem documents, as on the platform (apps/platform/src/http/problem.filter.ts).
import { STATUS_CODES } from 'node:http';
import { Catch, Controller, Get, HttpException, Inject, Logger, ServiceUnavailableException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ConcurrencyConflict, DomainError, Forbidden, IdempotencyConflict, NotFound, RuleViolation, ValidationFailed } from '@bcd/kernel';
import type { EventStore } from '@bcd/event-store';
import { Public, TooManyRequests, Unauthenticated } from '@bcd/auth';
import { EVENT_STORE } from './event-store.js';

@ApiTags('operations')
@Public()
@Controller('health')
export class HealthController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get()
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(): Promise<{ status: 'ok'; checks: { eventStore: 'up' } }> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([this.store.ping(), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), 2000)))]);
    } catch {
      throw new ServiceUnavailableException('The event store is unreachable.');
    } finally {
      clearTimeout(timer);
    }
    return { status: 'ok', checks: { eventStore: 'up' } };
  }
}

const STATUS: Array<[new (...args: never[]) => DomainError, number]> = [
  [Unauthenticated, 401],
  [TooManyRequests, 429],
  [RuleViolation, 422],
  [ValidationFailed, 400],
  [NotFound, 404],
  [Forbidden, 403],
  [ConcurrencyConflict, 409],
  [IdempotencyConflict, 409],
];

@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    let status = 500;
    let type = 'internal-error';
    let detail = 'An unexpected error occurred. Quote the correlation id when reporting it.';
    const extensions: Record<string, unknown> = {};
    if (exception instanceof DomainError) {
      status = STATUS.find(([kind]) => exception instanceof kind)?.[1] ?? 422;
      type = exception.code;
      detail = exception.message;
      if (exception instanceof RuleViolation) Object.assign(extensions, { rule: exception.rule, article: exception.article });
      if (exception instanceof ValidationFailed) extensions.errors = exception.errors;
      if (exception instanceof Unauthenticated) reply.header('www-authenticate', `Bearer realm="bcd"${exception.bearerError ? `, error="${exception.bearerError}"` : ''}`);
    } else if (exception instanceof HttpException) {
      status = exception.getStatus();
      type = (STATUS_CODES[status] ?? 'error').toLowerCase().replace(/[^a-z0-9]+/g, '-');
      detail = exception.message;
    } else if (isFastifyClientError(exception)) {
      status = exception.statusCode;
      type = (STATUS_CODES[status] ?? 'error').toLowerCase().replace(/[^a-z0-9]+/g, '-');
      detail = exception.message;
    } else {
      this.logger.error({ err: exception }, 'unhandled error');
    }
    if (reply.sent) return;
    reply
      .status(status)
      .header('content-type', 'application/problem+json; charset=utf-8')
      .send(JSON.stringify({ type, title: STATUS_CODES[status] ?? 'Error', status, detail, ...extensions, instance: request.url.split('?')[0], correlationId: String(request.id) }));
  }
}

/** Fastify's own client errors (malformed JSON, unsupported media type, body too large): a 4xx `statusCode` and an `FST_` code. */
function isFastifyClientError(error: unknown): error is Error & { statusCode: number } {
  const { statusCode, code } = (error ?? {}) as { statusCode?: unknown; code?: unknown };
  return error instanceof Error && typeof code === 'string' && code.startsWith('FST_') && typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500;
}
