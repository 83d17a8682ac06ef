// What one request knows about itself, reachable from any code it calls (handlers, the event-store
// decorator, loggers) without passing it down: an AsyncLocalStorage entered when the request arrives.
// The auth guard fills in the caller (actor, principal), the tenant the request acts in, and the
// read-model scope.
import { AsyncLocalStorage } from 'node:async_hooks';
import { newId, type Actor } from '@bcd/kernel';
import type { Principal, TenantScope } from './principal.js';

export interface RequestContext {
  readonly correlationId: string;
  /** Set by authentication once the caller is known: user id and the role that authorised the route. */
  actor?: Actor;
  /** The tenant the request acts in: the route's `:tenant` (resolved), or `platform` for platform routes. */
  tenantId?: string;
  principal?: Principal;
  /** Rows of read models this request may see (row-level security settings). */
  scope?: TenantScope;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const CORRELATION_ID_HEADER = 'x-correlation-id';

// A caller-chosen id ends up in logs and event metadata: accept only a short, plain token.
const SANE_TOKEN = /^[A-Za-z0-9._:=+/@-]{1,128}$/;

/** The caller's `X-Correlation-Id` when it is a sane token, else a new UUIDv7. */
export function correlationIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && SANE_TOKEN.test(header) ? header : newId();
}

export function runWithRequestContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

/** The context of the request being handled; undefined outside a request (startup, subscriptions). */
export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}
