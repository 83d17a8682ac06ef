// The second wall: read-model tables carry PostgreSQL row-level security policies keyed on two
// per-transaction settings, and every read-model query runs in a transaction that sets them from
// the request's scope and drops to the NOLOGIN role `bcd_reader` (superusers and, without FORCE,
// table owners bypass RLS; `bcd_reader` owns nothing and only has SELECT).
//
//   bcd.tenant_ids       comma-separated tenant ids the rows must belong to
//   bcd.platform_access  'on' for platform roles (and for projections writing every tenant)
//
// The policy each read-model table carries (see libs/tenancy/migrations):
//   USING (current_setting('bcd.platform_access', true) = 'on'
//          OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')))
// Unset settings match nothing: a query that forgot its scope sees no row.
import { currentRequestContext } from './request-context.js';
import type { TenantScope } from './principal.js';

export const READ_MODEL_READER_ROLE = 'bcd_reader';

/** What this needs of a SQL connection: the SqlExecutor of @bcd/event-store fits. */
export interface ScopedSqlClient {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}
export interface ScopedSqlDatabase {
  /** `prelude`: SQL without parameters run first in the transaction (with the BEGIN, on a server). */
  transaction<T>(work: (tx: ScopedSqlClient) => Promise<T>, options?: { prelude?: string }): Promise<T>;
}

const TENANT_ID = /^[a-z][a-z0-9-]*$/;

/** Sets the RLS settings for the rest of the transaction `tx`. */
export async function setTenantScope(tx: ScopedSqlClient, scope: TenantScope): Promise<void> {
  const ids = scopeIds(scope);
  await tx.query(`SELECT set_config('bcd.tenant_ids', $1, true), set_config('bcd.platform_access', $2, true)`, [
    ids.join(','),
    scope.platform ? 'on' : 'off',
  ]);
}

/**
 * The statement that sets `scope` for the rest of a transaction (and, `asReader`, drops to `bcd_reader`:
 * `set_config('role', …)` is what SET LOCAL ROLE does), without parameters: sent with the BEGIN, it costs
 * no round trip of its own. Tenant ids are checked against the slug pattern first, so the literals
 * cannot hold a quote.
 */
export function tenantScopeSql(scope: TenantScope, options: { asReader?: boolean } = {}): string {
  const ids = scopeIds(scope).join(',');
  const settings = [`set_config('bcd.tenant_ids', '${ids}', true)`, `set_config('bcd.platform_access', '${scope.platform ? 'on' : 'off'}', true)`];
  if (options.asReader) settings.push(`set_config('role', '${READ_MODEL_READER_ROLE}', true)`);
  return `SELECT ${settings.join(', ')}`;
}

/** Runs read-model queries as `bcd_reader` under `scope`, in one transaction: a read costs its own queries and the COMMIT. */
export async function readInScope<T>(db: ScopedSqlDatabase, scope: TenantScope, work: (tx: ScopedSqlClient) => Promise<T>): Promise<T> {
  return db.transaction(work, { prelude: tenantScopeSql(scope, { asReader: true }) });
}

function scopeIds(scope: TenantScope): string[] {
  const ids = scope.platform ? [] : scope.tenantIds;
  for (const id of ids) if (!TENANT_ID.test(id)) throw new Error(`Not a tenant id: ${JSON.stringify(id)}`);
  return ids;
}

/** The scope the auth guard put into the request context. Outside an authorised request: an error (fail closed). */
export function requestScope(): TenantScope {
  const scope = currentRequestContext()?.scope;
  if (!scope) throw new Error('No tenant scope in the request context: read models are only read inside an authorised request');
  return scope;
}
