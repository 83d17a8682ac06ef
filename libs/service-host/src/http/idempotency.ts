// Idempotency-Key on every POST that changes something (routes declared with Change): the first
// request with a key runs and its answer is kept for 24 hours, with a fingerprint of the request
// (method, path, canonical JSON body). Then
// - the same key with the same request: the same answer again (status, body, ETag, Location), and no
//   command runs, so no second event;
// - the same key with another request: 422 problem `idempotency-key-reused`;
// - the same key while the first request is still running: 409 problem `idempotency-conflict`.
// Only successful answers are kept: a refused request may be retried with the same key once fixed.
// Keys belong to the tenant of the route (`platform` for platform routes) and to the caller.
// Fingerprints are HMACs keyed from JWT_SECRET: a body holding a password leaves nothing guessable.
import { createHmac } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import {
  Inject,
  Injectable,
  Logger,
  Optional,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { defer, from, lastValueFrom, type Observable } from 'rxjs';
import { canonicalJson, CLOCK, DomainError, IdempotencyConflict, isUuid, ValidationFailed, type Clock } from '@bcd/kernel';
import { loadMigrations, migrate, type ReadModelHost } from '@bcd/event-store';
import { currentRequestContext, PLATFORM_TENANT, TokenService } from '@bcd/auth';
import { PROJECTION_HOST } from '../event-store.module.js';
import { ROUTE_CONTRACT, type RouteContract } from './routes.js';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
/** How long an answer is kept for replay. */
export const IDEMPOTENCY_TTL_MS = 24 * 3_600_000;
export const HOST_MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));
export const HOST_MIGRATIONS_TABLE = 'host_schema_migrations';
const KEY = /^[\x21-\x7e]{1,255}$/;
/** Response headers replayed with the answer. */
const REPLAYED_HEADERS = ['etag', 'location'];
/** How often records past their 24 hours are deleted. */
const SWEEP_INTERVAL_MS = 3_600_000;

/** The key was used before with another request: 422, the client must pick a new key. */
export class IdempotencyKeyReused extends DomainError {
  readonly code = 'idempotency-key-reused';
  constructor(message = 'This Idempotency-Key was already used with a different request: use a new key for a new request.') {
    super(message);
  }
}

type Begun =
  | { kind: 'new' }
  | { kind: 'replay'; status: number; body: unknown; headers: Record<string, string> }
  | { kind: 'mismatch' }
  | { kind: 'in-progress' };

interface Scope {
  tenantId: string;
  userId: string;
  key: string;
}

@Injectable()
export class IdempotencyStore implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(IdempotencyStore.name);
  private sweeper: NodeJS.Timeout | undefined;

  constructor(
    @Inject(PROJECTION_HOST) private readonly host: ReadModelHost | null,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** False in a host without an SQL database (a test double): Idempotency-Key is then ignored. */
  get available(): boolean {
    return this.host !== null;
  }

  async onModuleInit(): Promise<void> {
    if (!this.host) {
      this.logger.warn('No SQL database in this host: Idempotency-Key headers are ignored');
      return;
    }
    await migrate(this.host.executor, await loadMigrations(HOST_MIGRATIONS_DIR), HOST_MIGRATIONS_TABLE);
    this.sweeper = setInterval(() => void this.sweep().catch((error: unknown) => this.logger.warn({ err: error }, 'idempotency sweep failed')), SWEEP_INTERVAL_MS);
    this.sweeper.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.sweeper);
  }

  /** Claims the key for this request, or tells what was answered to it. */
  async begin(scope: Scope, fingerprint: string): Promise<Begun> {
    const now = this.clock.now();
    return this.executor.transaction(async (tx) => {
      await tx.query(`DELETE FROM host_idempotency_keys WHERE tenant_id = $1 AND user_id = $2 AND key = $3 AND created_at < $4`, [
        scope.tenantId,
        scope.userId,
        scope.key,
        new Date(now.getTime() - IDEMPOTENCY_TTL_MS).toISOString(),
      ]);
      const inserted = await tx.query(
        `INSERT INTO host_idempotency_keys (tenant_id, user_id, key, fingerprint, created_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING RETURNING key`,
        [scope.tenantId, scope.userId, scope.key, fingerprint, now.toISOString()],
      );
      if (inserted.length > 0) return { kind: 'new' };
      const [row] = await tx.query<{ fingerprint: string; status: number | null; body: unknown; headers: Record<string, string> | null }>(
        `SELECT fingerprint, status, body, headers FROM host_idempotency_keys WHERE tenant_id = $1 AND user_id = $2 AND key = $3`,
        [scope.tenantId, scope.userId, scope.key],
      );
      if (!row) return { kind: 'in-progress' };
      if (row.fingerprint !== fingerprint) return { kind: 'mismatch' };
      if (row.status === null) return { kind: 'in-progress' };
      return { kind: 'replay', status: row.status, body: row.body, headers: row.headers ?? {} };
    });
  }

  async complete(scope: Scope, status: number, body: unknown, headers: Record<string, string>, mentions: string[]): Promise<void> {
    await this.executor.query(
      `UPDATE host_idempotency_keys SET status = $4, body = $5, headers = $6, mentions = $7::uuid[] WHERE tenant_id = $1 AND user_id = $2 AND key = $3`,
      [scope.tenantId, scope.userId, scope.key, status, JSON.stringify(body ?? null), JSON.stringify(headers), mentions],
    );
  }

  async abandon(scope: Scope): Promise<void> {
    await this.executor.query(`DELETE FROM host_idempotency_keys WHERE tenant_id = $1 AND user_id = $2 AND key = $3 AND status IS NULL`, [
      scope.tenantId,
      scope.userId,
      scope.key,
    ]);
  }

  /** Deletes every record of the tenant whose request or answer mentioned `id` (erasure of a person). */
  async forget(tenantId: string, id: string): Promise<void> {
    if (!this.host) return;
    await this.executor.query(`DELETE FROM host_idempotency_keys WHERE tenant_id = $1 AND $2::uuid = ANY (mentions)`, [tenantId, id]);
  }

  /** Deletes the records past their 24 hours. */
  async sweep(): Promise<void> {
    const cutoff = new Date(this.clock.now().getTime() - IDEMPOTENCY_TTL_MS).toISOString();
    await this.executor.query(`DELETE FROM host_idempotency_keys WHERE created_at < $1`, [cutoff]);
  }

  private get executor() {
    if (!this.host) throw new Error('No SQL database for idempotency records');
    return this.host.executor;
  }
}

/** Applies Idempotency-Key to the routes declared with Change('POST', …). Registered by HostModule for every route. */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly fingerprintKey: Buffer | undefined;

  constructor(
    private readonly store: IdempotencyStore,
    private readonly reflector: Reflector,
    @Optional() tokens?: TokenService,
  ) {
    this.fingerprintKey = tokens?.deriveKey('bcd-idempotency-fingerprint');
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const contract = this.reflector.get<RouteContract | undefined>(ROUTE_CONTRACT, context.getHandler());
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const header = request.headers[IDEMPOTENCY_KEY_HEADER];
    if (!contract?.idempotent || header === undefined || !this.store.available) return next.handle();
    if (typeof header !== 'string' || !KEY.test(header)) {
      throw new ValidationFailed([{ path: 'Idempotency-Key', message: 'must be 1 to 255 visible ASCII characters' }]);
    }
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const scope: Scope = {
      tenantId: (request.params as Record<string, string> | undefined)?.tenant ?? PLATFORM_TENANT,
      userId: currentRequestContext()?.actor?.userId ?? 'anonymous',
      key: header,
    };
    const fingerprint = createHmac('sha256', this.fingerprintKey ?? 'bcd-idempotency')
      .update(`${request.method} ${request.url}\n${canonicalJson(request.body ?? null)}`)
      .digest('hex');
    return from(this.run(scope, fingerprint, request.body, reply, next));
  }

  private async run(scope: Scope, fingerprint: string, requestBody: unknown, reply: FastifyReply, next: CallHandler): Promise<unknown> {
    const begun = await this.store.begin(scope, fingerprint);
    if (begun.kind === 'mismatch') throw new IdempotencyKeyReused();
    if (begun.kind === 'in-progress') throw new IdempotencyConflict([], 'A request with this Idempotency-Key is still being processed: retry later.');
    if (begun.kind === 'replay') {
      for (const [name, value] of Object.entries(begun.headers)) reply.header(name, value);
      reply.header('idempotent-replayed', 'true');
      reply.status(begun.status);
      return begun.body;
    }
    let body: unknown;
    try {
      body = await lastValueFrom(defer(() => next.handle()));
    } catch (error) {
      await this.store.abandon(scope);
      throw error;
    }
    const headers: Record<string, string> = {};
    for (const name of REPLAYED_HEADERS) {
      const value = reply.getHeader(name);
      if (typeof value === 'string') headers[name] = value;
    }
    // The route's status: Nest sets it from @HttpCode after the interceptors; Change always sets one.
    await this.store.complete(scope, reply.statusCode, body, headers, mentionedIds(requestBody, body));
    return body;
  }
}

/** Every id (UUID) a request or its answer mentions: the records to delete when one of them is erased. */
function mentionedIds(...values: unknown[]): string[] {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (isUuid(value)) found.add(value.toLowerCase());
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  values.forEach(walk);
  return [...found];
}
