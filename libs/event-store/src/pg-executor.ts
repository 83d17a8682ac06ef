import pg from 'pg';
import type { QueryOptions, SqlExecutor, SqlQueryable, TransactionOptions } from './sql-executor.js';

export interface PgExecutorOptions {
  connectionString: string;
  /** Pool size; default 10. */
  max?: number;
  applicationName?: string;
}

/** PostgreSQL server through a `pg` pool. LISTEN and NOTIFY use one dedicated connection each, reconnected on loss. */
export class PgExecutor implements SqlExecutor {
  readonly driver = 'pg' as const;
  private readonly pool: pg.Pool;
  private listener: pg.Client | undefined;
  private readonly channels = new Map<string, Set<(payload: string) => void>>();
  private closed = false;

  constructor(private readonly options: PgExecutorOptions) {
    this.pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.max ?? 10,
      application_name: options.applicationName ?? 'bcd-event-store',
    });
    // An idle client that dies (server restart) must not crash the process; the next query reconnects.
    this.pool.on('error', () => undefined);
  }

  /** The server this executor connects to, for a reader that opens its own small pool there (Prisma's pg adapter). */
  get connectionString(): string {
    return this.options.connectionString;
  }

  async query<Row>(sql: string, params: readonly unknown[] = [], options: QueryOptions = {}): Promise<Row[]> {
    const result = options.name
      ? await this.pool.query({ name: options.name, text: sql, values: params as unknown[] })
      : await this.pool.query(sql, params as unknown[]);
    return result.rows as Row[];
  }

  private readonly notifying = new Set<Promise<unknown>>();
  private notifier: Promise<pg.Client> | undefined;

  /**
   * Its own tiny transaction, committed without waiting for the disk (it holds the notify lock briefly),
   * on a connection of its own: a wake-up never takes a pool connection from a writer.
   */
  notify(channel: string, payload: string): Promise<void> {
    if (this.closed) return Promise.resolve();
    const sent = this.notifierClient()
      .then((client) => client.query(`SELECT set_config('synchronous_commit', 'off', true), pg_notify($1, $2)`, [channel, payload]))
      .then(
        () => undefined,
        () => undefined, // listeners also poll: a lost wake-up only delays them
      );
    this.notifying.add(sent);
    void sent.finally(() => this.notifying.delete(sent));
    return sent;
  }

  /** Connected on the first NOTIFY; a lost connection is replaced on the next one. */
  private notifierClient(): Promise<pg.Client> {
    this.notifier ??= (async () => {
      const client = new pg.Client({
        connectionString: this.options.connectionString,
        application_name: `${this.options.applicationName ?? 'bcd-event-store'}-notify`,
      });
      client.on('error', () => {
        this.notifier = undefined;
        client.end().catch(() => undefined);
      });
      await client.connect();
      return client;
    })().catch((error: unknown) => {
      this.notifier = undefined;
      throw error;
    });
    return this.notifier;
  }

  async transaction<T>(work: (tx: SqlQueryable, preludeRows: Record<string, unknown>[]) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    const client = await this.pool.connect();
    try {
      // The prelude and the epilogue take no parameters: one simple-protocol round trip with BEGIN / COMMIT.
      const begun = await client.query(options.prelude ? `BEGIN; ${options.prelude}` : 'BEGIN');
      const results = Array.isArray(begun) ? begun : [begun];
      const tx: SqlQueryable = {
        query: async <Row>(sql: string, params: readonly unknown[] = [], queryOptions: QueryOptions = {}) =>
          (queryOptions.name
            ? await client.query({ name: queryOptions.name, text: sql, values: params as unknown[] })
            : await client.query(sql, params as unknown[])
          ).rows as Row[],
      };
      const result = await work(tx, (results[results.length - 1]?.rows ?? []) as Record<string, unknown>[]);
      const epilogue = options.epilogue?.();
      await client.query(epilogue ? `${epilogue}; COMMIT` : 'COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async listen(channel: string, onNotification: (payload: string) => void): Promise<() => Promise<void>> {
    let handlers = this.channels.get(channel);
    if (!handlers) {
      handlers = new Set();
      this.channels.set(channel, handlers);
      const client = await this.listenerClient();
      await client.query(`LISTEN ${quoteIdent(channel)}`);
    }
    handlers.add(onNotification);
    return async () => {
      handlers.delete(onNotification);
    };
  }

  private async listenerClient(): Promise<pg.Client> {
    if (this.listener) return this.listener;
    const client = new pg.Client({
      connectionString: this.options.connectionString,
      application_name: `${this.options.applicationName ?? 'bcd-event-store'}-listen`,
    });
    client.on('notification', (message) => {
      for (const handler of this.channels.get(message.channel) ?? []) handler(message.payload ?? '');
    });
    client.on('error', () => {
      // Lost connection: subscriptions keep polling; try to listen again shortly.
      this.listener = undefined;
      client.end().catch(() => undefined);
      if (!this.closed) setTimeout(() => void this.relisten(), 1000).unref();
    });
    await client.connect();
    this.listener = client;
    return client;
  }

  private async relisten(): Promise<void> {
    if (this.closed || this.listener) return;
    try {
      const client = await this.listenerClient();
      for (const channel of this.channels.keys()) await client.query(`LISTEN ${quoteIdent(channel)}`);
      // Wake everyone: notifications sent while disconnected were lost.
      for (const handlers of this.channels.values()) for (const handler of handlers) handler('');
    } catch {
      if (!this.closed) setTimeout(() => void this.relisten(), 1000).unref();
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.allSettled([...this.notifying]);
    const notifier = this.notifier;
    this.notifier = undefined;
    await notifier?.then((client) => client.end()).catch(() => undefined);
    await this.listener?.end().catch(() => undefined);
    await this.pool.end();
  }
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
