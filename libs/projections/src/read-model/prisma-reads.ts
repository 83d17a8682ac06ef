// Reads of the projections context's read models through Prisma (README "Reads through Prisma"), over the event
// store's own database: the tables are made by the SQL migrations and written by the projections in plain SQL inside
// the store's transactions; prisma/schema.prisma describes them for reads only (prisma-schema.int.spec.ts keeps the
// two in step). One PrismaClient per host:
//   - PostgreSQL: `@prisma/adapter-pg` on a small pg pool of its own, on the store's DATABASE_URL;
//   - PGlite: `pglite-prisma-adapter` on the very PGlite instance the store uses. PGlite has one connection and
//     queues every query and transaction behind one lock, which the adapter's transactions take too: a Prisma read
//     and the store's work run one after the other, never interleaved. Never call the store from inside `read`
//     (it would wait for the lock the read holds).
// Every read is one Prisma interactive transaction whose first statement is the kit's row-level-security scope
// (libs/auth tenantScopeSql: the tenants, platform access and the role `bcd_reader`, all transaction-local), as
// ReadModelDatabase.read does for SQL; a read without a scope is not possible, and an empty scope sees no row. Its
// statements see one state of the tables, whatever the projections commit meanwhile: REPEATABLE READ on PostgreSQL
// (a read of time travel takes the head, a snapshot and the events after it in three statements), and on PGlite the
// one connection's lock, which the read holds throughout.
import { Inject, Injectable, Optional, type OnModuleDestroy } from '@nestjs/common';
import type { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { requestScope, tenantScopeSql, type TenantScope } from '@bcd/auth';
import { PgExecutor, PGliteExecutor, type ReadModelHost, type SqlExecutor } from '@bcd/event-store';
import { PROJECTION_HOST } from '@bcd/service-host';
import { Prisma, PrismaClient } from '../generated/prisma/client.js';

/** What a read may call: the read methods of each model, nothing else (no raw SQL that could reset the role). */
type ReadMethod = 'findMany' | 'findFirst' | 'findFirstOrThrow' | 'findUnique' | 'findUniqueOrThrow' | 'count' | 'aggregate' | 'groupBy';
export type PrismaReader = { [M in Uncapitalize<Prisma.ModelName>]: Pick<Prisma.TransactionClient[M], ReadMethod> };

/**
 * The prelude of every read: the kit's scope (as `bcd_reader`), and UTC as the transaction's time zone. Both Prisma
 * adapters write timestamp parameters without an offset and read timestamptz values by dropping the offset, that is
 * they assume the session is in UTC; a server (or PGlite session) set to Asia/Ho_Chi_Minh would shift every instant
 * by seven hours, in filters and in results.
 */
export function prismaReadPrelude(scope: TenantScope): string {
  return `${tenantScopeSql(scope, { asReader: true })}, set_config('TimeZone', 'UTC', true)`;
}

/** DI token of PrismaReadsOptions (optional: the defaults suit every host). */
export const PRISMA_READS_OPTIONS = Symbol('bcd.PrismaReadsOptions');

export interface PrismaReadsOptions {
  /** Connections of the PostgreSQL pool (default 2): reads are short, the store keeps its own pool. */
  poolSize?: number;
  /**
   * How long a read waits to begin (default 30 s). On PGlite it waits for the one connection, which a projection
   * batch or a rebuild may hold for a while; Prisma's default of 2 s would fail such reads.
   */
  maxWaitMs?: number;
  /** How long a read may run (default 30 s). */
  timeoutMs?: number;
}

interface Opened {
  client: PrismaClient;
  /** Set where the database would otherwise show each statement what was committed before it (PostgreSQL). */
  isolationLevel?: Prisma.TransactionIsolationLevel;
  /** Ends what this reader opened (never the store's PGlite). */
  close(): Promise<void>;
}

@Injectable()
export class PrismaReads implements OnModuleDestroy {
  private opened: Promise<Opened> | undefined;
  private closed = false;
  private readonly options: Required<PrismaReadsOptions>;

  constructor(
    @Inject(PROJECTION_HOST) private readonly host: ReadModelHost | null,
    @Optional() @Inject(PRISMA_READS_OPTIONS) options: PrismaReadsOptions = {},
  ) {
    this.options = { poolSize: options.poolSize ?? 2, maxWaitMs: options.maxWaitMs ?? 30_000, timeoutMs: options.timeoutMs ?? 30_000 };
  }

  /** Runs `work` in one transaction as `bcd_reader`, seeing only the rows of `scope`. */
  async read<T>(scope: TenantScope, work: (tx: PrismaReader) => Promise<T>): Promise<T> {
    const prelude = prismaReadPrelude(scope); // checks the tenant ids before anything opens
    const { client, isolationLevel } = await this.open();
    return client.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(prelude);
        return work(tx);
      },
      { maxWait: this.options.maxWaitMs, timeout: this.options.timeoutMs, isolationLevel },
    );
  }

  /** The same under the request's scope (outside an authorised request: an error, as ReadModelDatabase.read). */
  async readInRequest<T>(work: (tx: PrismaReader) => Promise<T>): Promise<T> {
    return this.read(requestScope(), work);
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    const opened = this.opened;
    this.opened = undefined;
    if (opened) await (await opened).close();
  }

  /** The client, made on the first read (a host that never reads through Prisma opens nothing). */
  private open(): Promise<Opened> {
    if (this.closed) return Promise.reject(new Error('PrismaReads is closed'));
    if (!this.host) return Promise.reject(new Error('This host has no SQL database for read models (the event store is not PostgreSQL or PGlite)'));
    const database = databaseOf(this.host.executor);
    this.opened ??= Promise.resolve(database.kind === 'pglite' ? openOnPGlite(database.pglite) : openOnPostgres(database.connectionString, this.options.poolSize));
    return this.opened;
  }
}

function openOnPGlite(pglite: PGlite): Opened {
  const client = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  // $disconnect leaves the PGlite instance open: the store owns it and closes it last. No isolation level: this
  // adapter would send it before BEGIN, outside the transaction, where it means nothing.
  return { client, close: () => client.$disconnect() };
}

function openOnPostgres(connectionString: string, poolSize: number): Opened {
  const pool = new pg.Pool({ connectionString, max: poolSize, application_name: 'bcd-prisma-reads' });
  // An idle client that dies (server restart) must not crash the process; the next read reconnects.
  pool.on('error', () => undefined);
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: false }) });
  return {
    client,
    isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead,
    close: async () => {
      try {
        await client.$disconnect();
      } finally {
        await pool.end();
      }
    },
  };
}

type Database = { kind: 'pglite'; pglite: PGlite } | { kind: 'pg'; connectionString: string };

/** Where the store's executor connects: its PGlite instance, or its PostgreSQL server. */
export function databaseOf(executor: SqlExecutor): Database {
  if (executor instanceof PGliteExecutor) return { kind: 'pglite', pglite: executor.pglite };
  if (executor instanceof PgExecutor) return { kind: 'pg', connectionString: executor.connectionString };
  throw new Error(`PrismaReads: the event store's executor (${executor.driver}) is neither PGlite nor PostgreSQL`);
}
