// Idempotency-Key on POST (README "Idempotency"): the first request with a key runs and its answer is
// kept for 24 hours with a fingerprint of the request (method, path, canonical JSON body). Then
// - the same key with the same request: the same answer again (status, body, ETag, Location), and no
//   command runs, so no second event;
// - the same key with a different request: 422 problem `idempotency-key-reused`;
// - the same key while the first request is still running: 409 problem `idempotency-conflict`.
// Only successful answers are kept: a refused request may be retried with the same key once fixed.
// Records live per tenant in membership_idempotency (no read-model grant); erasing a person deletes the
// records naming them (a fingerprint of a body holding a name is still derived from it).
import { createHash } from 'node:crypto';
import { Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { defer, from, lastValueFrom, type Observable } from 'rxjs';
import { CLOCK, DomainError, IdempotencyConflict, ValidationFailed, type Clock } from '@bcd/kernel';
import { canonicalJson } from '@bcd/event-store';
import { MembershipProjection } from './membership-projection.js';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
/** How long an answer is kept for replay. */
export const IDEMPOTENCY_TTL_MS = 24 * 3_600_000;
const KEY = /^[\x21-\x7e]{1,255}$/;
/** Where @HttpCode keeps a route's status (`HTTP_CODE_METADATA` of @nestjs/common). */
const HTTP_CODE_METADATA = '__httpCode__';
/** Response headers replayed with the answer. */
const REPLAYED_HEADERS = ['etag', 'location'];

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

@Injectable()
export class IdempotencyStore {
  constructor(
    private readonly projection: MembershipProjection,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Claims the key for this request, or tells what was answered to it. */
  async begin(tenant: string, key: string, fingerprint: string): Promise<Begun> {
    const now = this.clock.now();
    return this.projection.executor.transaction(async (tx) => {
      await tx.query(`DELETE FROM membership_idempotency WHERE tenant_id = $1 AND key = $2 AND created_at < $3`, [
        tenant,
        key,
        new Date(now.getTime() - IDEMPOTENCY_TTL_MS).toISOString(),
      ]);
      const inserted = await tx.query(
        `INSERT INTO membership_idempotency (tenant_id, key, fingerprint, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING key`,
        [tenant, key, fingerprint, now.toISOString()],
      );
      if (inserted.length > 0) return { kind: 'new' };
      const [row] = await tx.query<{ fingerprint: string; status: number | null; body: unknown; headers: Record<string, string> | null }>(
        `SELECT fingerprint, status, body, headers FROM membership_idempotency WHERE tenant_id = $1 AND key = $2`,
        [tenant, key],
      );
      if (!row) return { kind: 'in-progress' };
      if (row.fingerprint !== fingerprint) return { kind: 'mismatch' };
      if (row.status === null) return { kind: 'in-progress' };
      return { kind: 'replay', status: row.status, body: row.body, headers: row.headers ?? {} };
    });
  }

  async complete(tenant: string, key: string, status: number, body: unknown, headers: Record<string, string>): Promise<void> {
    await this.projection.executor.query(
      `UPDATE membership_idempotency SET status = $3, body = $4, headers = $5, person_ids = $6::uuid[] WHERE tenant_id = $1 AND key = $2`,
      [tenant, key, status, JSON.stringify(body ?? null), JSON.stringify(headers), personIdsIn(body)],
    );
  }

  async abandon(tenant: string, key: string): Promise<void> {
    await this.projection.executor.query(`DELETE FROM membership_idempotency WHERE tenant_id = $1 AND key = $2 AND status IS NULL`, [tenant, key]);
  }
}

/** Applies Idempotency-Key to the POST routes of the controller it decorates. */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly store: IdempotencyStore,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const header = request.headers[IDEMPOTENCY_KEY_HEADER];
    if (request.method !== 'POST' || header === undefined) return next.handle();
    if (typeof header !== 'string' || !KEY.test(header)) {
      throw new ValidationFailed([{ path: 'Idempotency-Key', message: 'must be 1 to 255 visible ASCII characters' }]);
    }
    const tenant = (request.params as Record<string, string>).tenant;
    const fingerprint = createHash('sha256')
      .update(`${request.method} ${request.url}\n${canonicalJson(request.body ?? null)}`)
      .digest('hex');

    // The route's own status: Nest sets it after the interceptors, from @HttpCode (POST default 201).
    const status = this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ?? 201;
    return from(this.run(tenant, header, fingerprint, status, reply, next));
  }

  private async run(tenant: string, key: string, fingerprint: string, status: number, reply: FastifyReply, next: CallHandler): Promise<unknown> {
    const begun = await this.store.begin(tenant, key, fingerprint);
    if (begun.kind === 'mismatch') throw new IdempotencyKeyReused();
    if (begun.kind === 'in-progress') throw new IdempotencyConflict([], 'A request with this Idempotency-Key is still being processed: retry later.');
    if (begun.kind === 'replay') {
      for (const [name, value] of Object.entries(begun.headers)) reply.header(name, value);
      reply.header('idempotent-replayed', 'true');
      return begun.body;
    }
    let body: unknown;
    try {
      body = await lastValueFrom(defer(() => next.handle()));
    } catch (error) {
      await this.store.abandon(tenant, key);
      throw error;
    }
    const headers: Record<string, string> = {};
    for (const name of REPLAYED_HEADERS) {
      const value = reply.getHeader(name);
      if (typeof value === 'string') headers[name] = value;
    }
    await this.store.complete(tenant, key, status, body, headers);
    return body;
  }
}

/** Every `personId` value in an answer: the records to delete when one of them is erased. */
function personIdsIn(value: unknown, found: Set<string> = new Set()): string[] {
  if (Array.isArray(value)) for (const item of value) personIdsIn(item, found);
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'personId' && typeof item === 'string') found.add(item);
      else personIdsIn(item, found);
    }
  }
  return [...found];
}
