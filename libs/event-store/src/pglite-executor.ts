import { PGlite } from '@electric-sql/pglite';
import type { SqlExecutor, SqlQueryable, TransactionOptions } from './sql-executor.js';

export interface PGliteExecutorOptions {
  /** Directory of the database files; absent: in memory (tests only). */
  dataDir?: string;
}

/**
 * PostgreSQL compiled to WebAssembly, in this process. PGlite has one connection and runs one
 * query or transaction at a time (it queues the rest), so there are no overlapping transactions.
 * Only this process can open the directory, so there is nobody else to notify: the store wakes its
 * own subscriptions in-process.
 */
export class PGliteExecutor implements SqlExecutor {
  readonly driver = 'pglite' as const;
  private closed = false;

  private constructor(private readonly db: PGlite) {}

  /**
   * The PGlite instance, for a reader that must share it (PGlite allows one connection: Prisma's PGlite adapter
   * reads through this same instance; its queries and ours queue on PGlite's own lock). Never close it from outside.
   */
  get pglite(): PGlite {
    return this.db;
  }

  static async open(options: PGliteExecutorOptions = {}): Promise<PGliteExecutor> {
    const db = options.dataDir ? new PGlite(options.dataDir) : new PGlite();
    await db.waitReady;
    return new PGliteExecutor(db);
  }

  async query<Row>(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    const result = await this.db.query<Row>(sql, params as unknown[]);
    return result.rows;
  }

  async transaction<T>(work: (tx: SqlQueryable, preludeRows: Record<string, unknown>[]) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    return this.db.transaction(async (tx) => {
      // In this process a statement costs no round trip: the prelude and the epilogue simply run first and last.
      const begun = options.prelude ? await tx.exec(options.prelude) : [];
      const result = await work(
        { query: async <Row>(sql: string, params: readonly unknown[] = []) => (await tx.query<Row>(sql, params as unknown[])).rows },
        (begun[begun.length - 1]?.rows ?? []) as Record<string, unknown>[],
      );
      const epilogue = options.epilogue?.();
      if (epilogue) await tx.exec(epilogue);
      return result;
    });
  }

  async notify(): Promise<void> {
    // Single process: nothing to tell anyone else.
  }

  async listen(channel: string, onNotification: (payload: string) => void): Promise<() => Promise<void>> {
    const unlisten = await this.db.listen(channel, onNotification);
    return async () => {
      if (!this.closed) await unlisten();
    };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.db.close();
  }
}
