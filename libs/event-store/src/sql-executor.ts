// The adapter's SQL runs unchanged on PostgreSQL (`pg`) and PGlite; this is all it needs from either.
// Rows come back as plain objects; the adapter casts bigint/xid8 columns to text in its SELECTs so
// both drivers return the same JavaScript types.

export interface QueryOptions {
  /** A name for a hot statement: the server keeps its plan per connection (prepared statement). */
  name?: string;
}

export interface TransactionOptions {
  /** SQL without parameters run first (with the BEGIN on a server); the rows of its last statement go to `work`. */
  prelude?: string;
  /** SQL without parameters run last, once `work` resolved (with the COMMIT on a server); undefined: nothing. */
  epilogue?: () => string | undefined;
}

export interface SqlQueryable {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[], options?: QueryOptions): Promise<Row[]>;
}

export interface SqlExecutor extends SqlQueryable {
  readonly driver: 'pg' | 'pglite';
  /**
   * Runs `work` in one transaction (BEGIN … COMMIT, ROLLBACK on throw). `options.prelude` and
   * `options.epilogue` are SQL run first and last, without parameters (the caller has made its literals
   * safe); on a server they travel with the BEGIN and the COMMIT, so they cost no round trip of their own.
   */
  transaction<T>(work: (tx: SqlQueryable, preludeRows: Record<string, unknown>[]) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /**
   * Tells other processes listening on `channel` that something happened. Sent after the commit,
   * in its own statement: a NOTIFY inside the append would hold PostgreSQL's cluster-wide notify
   * lock across the commit's disk flush and serialise every writer's commit.
   */
  notify(channel: string, payload: string): Promise<void>;
  /** LISTEN on a channel; returns an unlisten function. */
  listen(channel: string, onNotification: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** PostgreSQL error code of a unique violation, with the constraint that was violated. */
export function uniqueViolation(error: unknown): string | undefined {
  const e = error as { code?: string; constraint?: string; message?: string } | undefined;
  if (e?.code !== '23505') return undefined;
  if (e.constraint) return e.constraint;
  // PGlite's errors carry the constraint name only in the message.
  const match = /constraint "([^"]+)"/.exec(e.message ?? '');
  return match?.[1] ?? 'unknown';
}
