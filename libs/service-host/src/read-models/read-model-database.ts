// The read models' database (the event store's own: PostgreSQL or PGlite), for queries and for the
// few tables a context writes outside its projection (personal data, password hashes). Reads run as
// `bcd_reader` under row-level security set from the request's scope (libs/auth "The second wall").
import { Inject, Injectable } from '@nestjs/common';
import type { ReadModelHost, SqlExecutor } from '@bcd/event-store';
import { readInScope, requestScope, tenantScopeSql, type ScopedSqlClient, type TenantScope } from '@bcd/auth';
import { PROJECTION_HOST } from '../event-store.module.js';

@Injectable()
export class ReadModelDatabase {
  constructor(@Inject(PROJECTION_HOST) private readonly host: ReadModelHost | null) {}

  get executor(): SqlExecutor {
    if (!this.host) throw new Error('This host has no SQL database for read models (the event store is not PostgreSQL or PGlite)');
    return this.host.executor;
  }

  /** Runs `work` in one transaction as `bcd_reader`, seeing only the rows of the request's scope. */
  async read<T>(work: (tx: ScopedSqlClient) => Promise<T>): Promise<T> {
    return readInScope(this.executor, requestScope(), work);
  }

  /** The same under an explicit scope (ports called outside a request, the access directory). */
  async readAs<T>(scope: TenantScope, work: (tx: ScopedSqlClient) => Promise<T>): Promise<T> {
    return readInScope(this.executor, scope, work);
  }

  /** Writes rows of one tenant outside a projection, in one transaction scoped to that tenant. */
  async writeFor<T>(tenantId: string, work: (tx: ScopedSqlClient) => Promise<T>): Promise<T> {
    return this.executor.transaction(work, { prelude: tenantScopeSql({ platform: false, tenantIds: [tenantId] }) });
  }
}
