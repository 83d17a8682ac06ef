import {
  ConcurrencyConflict,
  IdempotencyConflict,
  ValidationFailed,
  newId,
  type AppendOptions,
  type AppendResult,
  type ExpectedVersion,
  type NewEvent,
  type ReadStreamOptions,
  type RecordedEvent,
} from '@bcd/kernel';
import {
  compareCheckpoints,
  type AtomicUnit,
  type EventStore,
  type TransactionalEventStore,
  type GlobalCheckpoint,
  type ReadAllOptions,
  type ReadAllPage,
  type Subscription,
  type SubscriptionOptions,
  type Upcaster,
} from './port.js';
import { uniqueViolation, type SqlExecutor, type SqlQueryable } from './sql-executor.js';
import { prepareAppend, sameContent, type StoredShape } from './stored-shape.js';
import { CatchUpSubscription, concernsSubscription, namespacesOf, type Deliver } from './subscription.js';
import { Upcasters } from './upcasting.js';

export const EVENTS_CHANNEL = 'bcd_events';

export interface PostgresEventStoreOptions {
  upcasters?: readonly Upcaster[];
  /** Retries of an `any` append that lost a race for the next version; default 5. */
  anyVersionRetries?: number;
  /**
   * Least time between two NOTIFYs waking other processes; default 10 ms. The first append after a
   * quiet spell notifies at once; appends within the interval are merged into one NOTIFY at its end.
   * Each NOTIFY is a transaction of its own: one per append would cost writers a third of their rate.
   */
  notifyIntervalMs?: number;
  /**
   * The store runs `ANALYZE events` after this many events appended by this process (default 20,000; 0: never).
   * The read models' catch-up reads by type need the planner's statistics of the events table: PGlite has no
   * autovacuum, and a PostgreSQL server may run without it; without statistics a page of one context's events took
   * 0.6 s at a million events instead of 1 ms.
   */
  analyzeEveryEvents?: number;
}

/**
 * A projection into read-model tables of the same database: each batch is applied and the
 * checkpoint stored in ONE transaction, so a crash can neither skip nor double-apply a batch.
 */
export interface ProjectionOptions extends Omit<SubscriptionOptions, 'subscriptionId' | 'handler'> {
  projectionId: string;
  /** SQL without parameters run first in each batch's transaction (settings the writes need). */
  prelude?: string;
  apply(tx: SqlQueryable, events: RecordedEvent[]): Promise<void>;
}

const UPSERT_CHECKPOINT_SQL = `INSERT INTO checkpoints (subscription_id, transaction_id, global_position, updated_at)
  VALUES ($1, $2::text::xid8, $3::bigint, now())
  ON CONFLICT (subscription_id) DO UPDATE
  SET transaction_id = excluded.transaction_id, global_position = excluded.global_position, updated_at = now()`;

interface EventRow {
  global_position: string;
  transaction_id: string;
  tenant_id: string;
  stream_id: string;
  stream_version: number;
  event_id: string;
  type: string;
  schema_version: number;
  data: unknown;
  metadata: Record<string, unknown> | null;
  occurred_at: Date | string;
  recorded_at: Date | string;
}

// Bigint-like columns are returned as text (drivers disagree on their JS type); ORDER BY must then
// name the table's columns (events.x), or it would sort by the text aliases.
const EVENT_COLUMNS = `global_position::text AS global_position, transaction_id::text AS transaction_id,
  tenant_id, stream_id, stream_version, event_id::text AS event_id, type, schema_version, data, metadata,
  occurred_at, recorded_at`;

// One statement, one round trip (a named, prepared statement where the driver has them): check the
// expected version, insert the batch with consecutive versions. A racing writer that takes the same
// version hits the unique key. Subscribers are woken after the commit (see SqlExecutor.notify).
// Expected version codes: -1 any, -2 stream_exists, 0 no_stream, n exact.
const APPEND_SQL = `
WITH head AS (
  SELECT coalesce(max(stream_version), 0) AS version FROM events WHERE stream_id = $2
), owner AS (
  SELECT tenant_id FROM events WHERE stream_id = $2 AND stream_version = 1
), accepted AS (
  SELECT head.version FROM head
  WHERE NOT EXISTS (SELECT 1 FROM owner WHERE owner.tenant_id <> $1)
    AND ($3::int = -1 OR ($3::int = -2 AND head.version > 0) OR head.version = $3::int)
), inserted AS (
  INSERT INTO events (tenant_id, stream_id, stream_version, event_id, type, schema_version, data, metadata, occurred_at)
  SELECT $1, $2, accepted.version + e.ord, (e.value->>'eventId')::uuid, e.value->>'type',
         (e.value->>'schemaVersion')::int, e.value->'data', e.value->'metadata',
         coalesce((e.value->>'occurredAt')::timestamptz, now())
  FROM accepted, jsonb_array_elements($4::text::jsonb) WITH ORDINALITY AS e(value, ord)
  ORDER BY e.ord
  RETURNING global_position, transaction_id, stream_version
)
SELECT (SELECT version FROM head) AS head_version,
       (SELECT tenant_id FROM owner) AS owner_tenant,
       (SELECT array_agg(global_position::text ORDER BY stream_version) FROM inserted) AS positions,
       (SELECT max(transaction_id::text) FROM inserted) AS transaction_id,
       (SELECT max(stream_version) FROM inserted) AS last_version`;

interface AppendRow {
  head_version: number;
  owner_tenant: string | null;
  positions: string[] | null;
  transaction_id: string | null;
  last_version: number | null;
}

/** The event-store port on PostgreSQL: the same SQL on a server (`pg`) and embedded (PGlite). */
export class PostgresEventStore implements EventStore, TransactionalEventStore {
  readonly transactional = true;
  private readonly upcasters: Upcasters;
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly subscriptions = new Set<CatchUpSubscription>();
  /** Names this store in its notifications: its own come back to it and are then ignored (it woke its subscriptions already). */
  private readonly origin = newId();
  private readonly pendingNotification = new Map<string, Set<string>>();
  private notifying: Promise<void> | undefined;
  /** This process's subscriptions, told the tenant and the types of every append. */
  private readonly localListeners = new Set<(tenantId: string, types: readonly string[]) => void>();
  private closing = false;
  private appendedSinceAnalyze = 0;
  private analyzing: Promise<void> | undefined;

  constructor(
    readonly executor: SqlExecutor,
    private readonly options: PostgresEventStoreOptions = {},
  ) {
    this.upcasters = new Upcasters(options.upcasters);
  }

  async appendToStream(
    tenantId: string,
    streamId: string,
    events: readonly NewEvent[],
    options: AppendOptions = {},
  ): Promise<AppendResult> {
    const result = await this.track(this.append(this.executor, tenantId, streamId, events, options.expectedVersion ?? 'any'));
    if (!result.alreadyStored) {
      this.wakeSubscribers(tenantId, events.map((e) => e.type));
      this.countAppended(events.length);
    }
    return result;
  }

  /** Starts `ANALYZE events` (in the background, one at a time) once analyzeEveryEvents have been appended. */
  private countAppended(count: number): void {
    const every = this.options.analyzeEveryEvents ?? 20_000;
    if (every <= 0) return;
    this.appendedSinceAnalyze += count;
    if (this.appendedSinceAnalyze < every || this.analyzing || this.closing) return;
    this.appendedSinceAnalyze = 0;
    const run = this.executor
      .query('ANALYZE events')
      .then(() => undefined)
      // Statistics are an optimisation: a failed ANALYZE is retried after the next analyzeEveryEvents.
      .catch(() => undefined)
      .finally(() => (this.analyzing = undefined));
    this.analyzing = run;
    void this.track(run); // close() waits for it like any append in flight
  }

  /**
   * Runs `work` in one transaction: what it appends through `unit.store` and writes through `unit.sql`
   * commits together, or not at all (a throw rolls everything back). `prelude`: SQL without parameters
   * run first (the tenant scope of the caller's own rows). A conflict inside is not retried here: the
   * transaction is spoilt by then; the caller reruns the whole unit.
   */
  async atomically<T>(work: (unit: AtomicUnit) => Promise<T>, options: { prelude?: string } = {}): Promise<T> {
    const appended: Array<{ tenantId: string; types: string[] }> = [];
    const result = await this.track(
      this.executor.transaction(
        (tx) =>
          work({
            sql: tx,
            store: {
              readStream: (tenantId, streamId, readOptions) => this.readStreamOn(tx, tenantId, streamId, readOptions),
              appendToStream: async (tenantId, streamId, events, appendOptions = {}) => {
                const done = await this.append(tx, tenantId, streamId, events, appendOptions.expectedVersion ?? 'any', { inTransaction: true });
                if (!done.alreadyStored) appended.push({ tenantId, types: events.map((e) => e.type) });
                return done;
              },
            },
          }),
        { prelude: options.prelude },
      ),
    );
    for (const { tenantId, types } of appended) {
      this.wakeSubscribers(tenantId, types);
      this.countAppended(types.length);
    }
    return result;
  }

  /** Keeps `work` among the in-flight writes close() waits for. */
  private async track<T>(work: Promise<T>): Promise<T> {
    if (this.closing) throw new Error('Event store is closing: append refused');
    this.inFlight.add(work);
    try {
      return await work;
    } finally {
      this.inFlight.delete(work);
    }
  }

  private async append(
    on: SqlQueryable,
    tenantId: string,
    streamId: string,
    events: readonly NewEvent[],
    expected: ExpectedVersion,
    { inTransaction = false } = {},
  ): Promise<AppendResult> {
    const batch = prepareAppend(tenantId, streamId, events);
    // Ids we generate now cannot be stored already: a refused append then needs no replay lookup.
    const callerChoseIds = events.some((e) => e.eventId !== undefined);
    const payload = JSON.stringify(batch);
    const expectedCode = encodeExpected(expected);

    for (let attempt = 0; ; attempt++) {
      let row: AppendRow;
      try {
        [row] = await on.query<AppendRow>(APPEND_SQL, [tenantId, streamId, expectedCode, payload], {
          name: 'bcd_event_store_append',
        });
      } catch (error) {
        const constraint = uniqueViolation(error);
        // Inside a unit the failed statement spoilt the transaction: no retry, no look-up, refuse the unit.
        if (constraint !== undefined && inTransaction) throw new ConcurrencyConflict(streamId, String(expected), undefined);
        if (constraint === 'events_tenant_event_id_key') {
          return (await this.replay(tenantId, streamId, batch)) ?? this.conflict(streamId, expected, tenantId);
        }
        if (constraint === 'events_stream_version_key') {
          // Another writer took the version between our read of the head and our insert.
          if (expected === 'any' && attempt < (this.options.anyVersionRetries ?? 5)) continue;
          return (callerChoseIds && (await this.replay(tenantId, streamId, batch))) || this.conflict(streamId, expected, tenantId);
        }
        throw error;
      }
      if (row.positions && row.positions.length > 0) {
        return {
          nextExpectedVersion: Number(row.last_version),
          positions: row.positions.map(BigInt),
          transactionId: BigInt(row.transaction_id ?? 0),
          alreadyStored: false,
        };
      }
      // Nothing inserted: wrong expected version, or the stream belongs to another tenant. A retried
      // request (same event ids, now-stale expected version) gets its original result back.
      const replayed = callerChoseIds ? await this.replay(tenantId, streamId, batch) : undefined;
      return replayed ?? this.conflict(streamId, expected, tenantId, Number(row.head_version), row.owner_tenant);
    }
  }

  /** The original result when every event of the batch is already stored with the same content. */
  private async replay(tenantId: string, streamId: string, batch: StoredShape[]): Promise<AppendResult | undefined> {
    const ids = batch.map((e) => e.eventId);
    const stored = await this.executor.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE tenant_id = $1 AND event_id = ANY($2::text[]::uuid[]) ORDER BY events.global_position`,
      [tenantId, ids],
    );
    if (stored.length === 0) return undefined;
    const byId = new Map(stored.map((r) => [r.event_id, r]));
    const differing = batch.filter((e) => {
      const r = byId.get(e.eventId);
      return !r || !sameContent({ streamId: r.stream_id, type: r.type, schemaVersion: Number(r.schema_version), data: r.data }, streamId, e);
    });
    if (differing.length > 0 || stored.length !== batch.length) {
      throw new IdempotencyConflict(differing.length > 0 ? differing.map((e) => e.eventId) : ids);
    }
    const ordered = batch.map((e) => byId.get(e.eventId)).filter((r): r is EventRow => r !== undefined);
    return {
      nextExpectedVersion: Math.max(...ordered.map((r) => r.stream_version)),
      positions: ordered.map((r) => BigInt(r.global_position)),
      transactionId: BigInt(ordered[0].transaction_id),
      alreadyStored: true,
    };
  }

  private async conflict(
    streamId: string,
    expected: ExpectedVersion,
    tenantId: string,
    headVersion?: number,
    ownerTenant?: string | null,
  ): Promise<never> {
    if (ownerTenant && ownerTenant !== tenantId) {
      // Stream ids embed the tenant; a clash means a bug or a probe. Say nothing about the owner.
      throw new ConcurrencyConflict(streamId, String(expected), undefined, `Stream ${streamId} cannot be appended by this tenant`);
    }
    const actual = headVersion ?? (await this.streamVersion(streamId));
    throw new ConcurrencyConflict(streamId, String(expected), actual === 0 ? undefined : actual);
  }

  /** In-process subscriptions at once; other processes through the executor's NOTIFY. */
  private wakeSubscribers(tenantId: string, types: readonly string[]): void {
    for (const listener of this.localListeners) listener(tenantId, types);
    this.notifyOthers(tenantId, namespacesOf(types));
  }

  /**
   * Other processes' subscriptions are woken by NOTIFY. At most one per interval: appends made meanwhile
   * are merged into the next one (their tenants and namespaces). Subscriptions also poll, so a wake-up
   * that comes a few milliseconds late, or not at all, only delays them.
   */
  private notifyOthers(tenantId: string, namespaces: readonly string[]): void {
    if (this.executor.driver === 'pglite') return; // embedded: no other process to wake
    const entry = this.pendingNotification.get(tenantId) ?? new Set<string>();
    for (const namespace of namespaces) entry.add(namespace);
    this.pendingNotification.set(tenantId, entry);
    if (this.notifying) return;
    const interval = this.options.notifyIntervalMs ?? 10;
    this.notifying = (async () => {
      while (this.pendingNotification.size > 0) {
        const wakes = [...this.pendingNotification].map(([t, n]) => ({ t, n: [...n] }));
        this.pendingNotification.clear();
        const sent = this.executor.notify(EVENTS_CHANNEL, notification(this.origin, wakes));
        if (!this.closing) await new Promise((resolve) => setTimeout(resolve, interval));
        await sent;
      }
      this.notifying = undefined;
    })();
  }

  private async streamVersion(streamId: string): Promise<number> {
    const [row] = await this.executor.query<{ v: number }>(
      `SELECT coalesce(max(stream_version), 0) AS v FROM events WHERE stream_id = $1`,
      [streamId],
    );
    return Number(row.v);
  }

  async readStream(tenantId: string, streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return this.readStreamOn(this.executor, tenantId, streamId, options);
  }

  private async readStreamOn(on: SqlQueryable, tenantId: string, streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const params: unknown[] = [tenantId, streamId];
    let where = 'tenant_id = $1 AND stream_id = $2';
    if (options.fromVersion !== undefined) {
      params.push(options.fromVersion);
      where += backwards ? ` AND stream_version <= $${params.length}` : ` AND stream_version >= $${params.length}`;
    }
    let limit = '';
    if (options.maxCount !== undefined) {
      params.push(options.maxCount);
      limit = ` LIMIT $${params.length}`;
    }
    const rows = await on.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE ${where} ORDER BY stream_version ${backwards ? 'DESC' : 'ASC'}${limit}`,
      params,
    );
    return rows.map((r) => this.toRecorded(r));
  }

  async readAll(options: ReadAllOptions = {}): Promise<ReadAllPage> {
    const after = options.after ?? { transactionId: 0n, globalPosition: 0n };
    const maxCount = options.maxCount ?? 1000;
    const params: unknown[] = [after.transactionId.toString(), after.globalPosition.toString()];
    // Only transactions that are no longer in flight are read: a transaction still open might hold
    // a lower position than rows already committed, and would otherwise appear behind the reader.
    const conditions = [
      'transaction_id < pg_snapshot_xmin(pg_current_snapshot())',
      '(transaction_id, global_position) > ($1::text::xid8, $2::bigint)',
    ];
    if (options.tenantId !== undefined) {
      params.push(options.tenantId);
      conditions.push(`tenant_id = $${params.length}`);
    }
    // An empty prefix is every event: no condition, which the planner would misjudge as selective (without
    // statistics it picked a scan and sort of every later event over the global-order index: ~0.6 s a page at 1M).
    if (options.typePrefix !== undefined && options.typePrefix !== '') {
      params.push(options.typePrefix);
      conditions.push(`starts_with(type, $${params.length})`);
      // `membership.…`: the namespace index (migration 0002) finds that context's rows only.
      const namespace = options.typePrefix.split('.')[0];
      if (options.typePrefix.includes('.')) {
        params.push(namespace);
        conditions.push(`split_part(type, '.', 1) = $${params.length}`);
      }
    }
    if (options.recordedBefore !== undefined) {
      params.push(options.recordedBefore.toISOString());
      conditions.push(`recorded_at < $${params.length}::timestamptz`);
    }
    params.push(maxCount);
    const rows = await this.executor.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE ${conditions.join(' AND ')}
       ORDER BY events.transaction_id, events.global_position LIMIT $${params.length}`,
      params,
    );
    const events = rows.map((r) => this.toRecorded(r));
    const last = events[events.length - 1];
    return {
      events,
      checkpoint: last ? { transactionId: last.transactionId, globalPosition: last.globalPosition } : options.after,
      isEnd: events.length < maxCount,
    };
  }

  subscribe(options: SubscriptionOptions): Subscription {
    return this.startSubscription(options);
  }

  project(options: ProjectionOptions): Subscription {
    // Several processes may run the same projection on one database: they take turns per batch (the
    // lock, sent with the BEGIN), and each applies only what the stored checkpoint does not already cover.
    // A read model is derived data: its commit does not wait for the disk. A crash may lose the last
    // batches and their checkpoint together, and they are projected again from the events.
    // Its checkpoint is read after the lock (its own statement: it sees what the other process committed)
    // in the same round trip; the new checkpoint is written with the COMMIT.
    const id = literal(options.projectionId);
    const prelude =
      `SET LOCAL synchronous_commit = off; SELECT pg_advisory_xact_lock(hashtext(${literal(`bcd-projection:${options.projectionId}`)}))` +
      `${options.prelude ? `; ${options.prelude}` : ''}; ` +
      `SELECT transaction_id::text AS transaction_id, global_position::text AS global_position FROM checkpoints WHERE subscription_id = ${id}`;
    const deliver: Deliver = async (events, checkpoint) => {
      let advance = false;
      await this.executor.transaction(
        async (tx, [row]) => {
          const stored = row ? { transactionId: BigInt(String(row.transaction_id)), globalPosition: BigInt(String(row.global_position)) } : undefined;
          const fresh = stored ? events.filter((e) => compareCheckpoints(e, stored) > 0) : events;
          if (fresh.length > 0) await options.apply(tx, fresh);
          advance = !stored || compareCheckpoints(checkpoint, stored) > 0;
        },
        {
          prelude,
          epilogue: () =>
            advance
              ? `INSERT INTO checkpoints (subscription_id, transaction_id, global_position, updated_at)
                 VALUES (${id}, '${checkpoint.transactionId}'::xid8, ${checkpoint.globalPosition}, now())
                 ON CONFLICT (subscription_id) DO UPDATE
                 SET transaction_id = excluded.transaction_id, global_position = excluded.global_position, updated_at = now()`
              : undefined,
        },
      );
    };
    return this.startSubscription({ ...options, subscriptionId: options.projectionId, handler: async () => undefined }, deliver);
  }

  private startSubscription(options: SubscriptionOptions, deliver?: Deliver): Subscription {
    if (this.closing) throw new Error('Event store is closing: subscribe refused');
    const listen = async (handler: (payload: string) => void) => {
      // An append wakes only the subscriptions that read what it appended (the others would read and
      // find nothing): this process's own appends at once, other processes' through their notification.
      const concerns = (tenantId: string, namespaces: readonly string[]) => concernsSubscription(options, tenantId, namespaces);
      const local = (tenantId: string, types: readonly string[]) => {
        if (concerns(tenantId, namespacesOf(types))) handler(tenantId);
      };
      const remote = (payload: string) => {
        const parsed = parseNotification(payload);
        if (parsed === undefined) return handler(payload); // another version's notification: wake, to be safe
        if (parsed.origin === this.origin) return; // our own: this process woke its subscriptions already
        const wake = parsed.wakes.find((w) => concerns(w.tenantId, w.namespaces));
        if (wake) handler(wake.tenantId);
      };
      this.localListeners.add(local);
      let unlisten = async (): Promise<void> => undefined;
      try {
        unlisten = await this.executor.listen(EVENTS_CHANNEL, remote);
      } catch (error) {
        options.onError?.(error); // other processes' appends are then found by polling
      }
      return async () => {
        this.localListeners.delete(local);
        await unlisten();
      };
    };
    const subscription = new CatchUpSubscription(this, options, listen, deliver);
    this.subscriptions.add(subscription);
    void subscription.done.finally(() => this.subscriptions.delete(subscription));
    return subscription;
  }

  async readCheckpoint(subscriptionId: string): Promise<GlobalCheckpoint | undefined> {
    const [row] = await this.executor.query<{ transaction_id: string; global_position: string }>(
      `SELECT transaction_id::text AS transaction_id, global_position::text AS global_position
       FROM checkpoints WHERE subscription_id = $1`,
      [subscriptionId],
    );
    return row ? { transactionId: BigInt(row.transaction_id), globalPosition: BigInt(row.global_position) } : undefined;
  }

  async storeCheckpoint(subscriptionId: string, checkpoint: GlobalCheckpoint): Promise<void> {
    await this.executor.query(UPSERT_CHECKPOINT_SQL, checkpointParams(subscriptionId, checkpoint));
  }

  async ping(): Promise<void> {
    await this.executor.query('SELECT 1');
  }

  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    await Promise.allSettled([...this.inFlight]);
    await Promise.allSettled([...this.subscriptions].map((s) => s.stop()));
    await this.notifying; // the last wake-up of other processes goes out before the connections close
    await this.executor.close();
  }

  private toRecorded(row: EventRow): RecordedEvent {
    return this.upcasters.apply({
      eventId: row.event_id,
      type: row.type,
      schemaVersion: Number(row.schema_version),
      tenantId: row.tenant_id,
      streamId: row.stream_id,
      streamVersion: Number(row.stream_version),
      globalPosition: BigInt(row.global_position),
      transactionId: BigInt(row.transaction_id),
      occurredAt: new Date(row.occurred_at),
      recordedAt: new Date(row.recorded_at),
      data: row.data,
      metadata: row.metadata ?? {},
    });
  }
}

/** A SQL string literal (doubling quotes): for the few parameter-free statements sent with BEGIN / COMMIT. */
function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** The payload of a NOTIFY: which store appended, and in which tenants and namespaces (merged appends). */
function notification(origin: string, wakes: { t: string; n: string[] }[]): string {
  let payload = JSON.stringify({ o: origin, w: wakes });
  // PostgreSQL takes at most 8000 bytes: beyond, wake every subscription of the tenants... or of all.
  if (Buffer.byteLength(payload) > 7000) payload = JSON.stringify({ o: origin, w: [{ t: '*', n: ['*'] }] });
  return payload;
}

function parseNotification(payload: string): { origin: string; wakes: { tenantId: string; namespaces: string[] }[] } | undefined {
  try {
    const value = JSON.parse(payload) as { o?: unknown; w?: unknown };
    if (typeof value.o !== 'string' || !Array.isArray(value.w)) return undefined;
    const wakes = (value.w as { t?: unknown; n?: unknown }[]).flatMap((w) =>
      typeof w?.t === 'string' && Array.isArray(w.n) ? [{ tenantId: w.t, namespaces: w.n.filter((n): n is string => typeof n === 'string') }] : [],
    );
    return { origin: value.o, wakes };
  } catch {
    return undefined;
  }
}

function checkpointParams(subscriptionId: string, checkpoint: GlobalCheckpoint): string[] {
  return [subscriptionId, checkpoint.transactionId.toString(), checkpoint.globalPosition.toString()];
}

function encodeExpected(expected: ExpectedVersion): number {
  switch (expected) {
    case 'any':
      return -1;
    case 'stream_exists':
      return -2;
    case 'no_stream':
      return 0;
    default:
      if (!Number.isInteger(expected) || expected < 0) {
        throw new ValidationFailed([{ path: 'expectedVersion', message: 'must be no_stream, stream_exists, any or a version ≥ 0' }]);
      }
      return expected;
  }
}
