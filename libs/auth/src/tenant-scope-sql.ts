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
  transaction<T>(work: (tx: ScopedSqlClient) => Promise<T>): Promise<T>;
}

const TENANT_ID = /^[a-z][a-z0-9-]*$/;

/** Sets the RLS settings for the rest of the transaction `tx`. */
export async function setTenantScope(tx: ScopedSqlClient, scope: TenantScope): Promise<void> {
  const ids = scope.platform ? [] : scope.tenantIds;
  for (const id of ids) if (!TENANT_ID.test(id)) throw new Error(`Not a tenant id: ${JSON.stringify(id)}`);
  await tx.query(`SELECT set_config('bcd.tenant_ids', $1, true), set_config('bcd.platform_access', $2, true)`, [
    ids.join(','),
    scope.platform ? 'on' : 'off',
  ]);
}

/** Runs read-model queries as `bcd_reader` under `scope`, in one transaction. */
export function readInScope<T>(db: ScopedSqlDatabase, scope: TenantScope, work: (tx: ScopedSqlClient) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await setTenantScope(tx, scope);
    await tx.query(`SET LOCAL ROLE ${READ_MODEL_READER_ROLE}`);
    return work(tx);
  });
}

/** The scope the auth guard put into the request context. Outside an authorised request: an error (fail closed). */
export function requestScope(): TenantScope {
  const scope = currentRequestContext()?.scope;
  if (!scope) throw new Error('No tenant scope in the request context: read models are only read inside an authorised request');
  return scope;
}
