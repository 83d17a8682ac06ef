// The SQL of time travel (migrations/time-travel/0001_time_travel.sql): what the projection writes — the tenant's events, its
// head, the snapshots of either axis — and what a moment reads back. The same statements on PostgreSQL and PGlite;
// bigints travel as text, states as jsonb (restored by domain/tenant-state/stored-state.ts).
import type { SqlQueryable } from '@bcd/event-store';
import type { RecordedEvent } from '@bcd/kernel';
import { restoreTenantState, storeTenantState, TENANT_STATE_VERSION, type StoredTenantState } from '../domain/tenant-state/stored-state.js';
import type { TenantEvent } from '../domain/tenant-state/tenant-event.js';
import type { TenantState } from '../domain/tenant-state/tenant-state.js';

/** A point of the store's global order, (transactionId, globalPosition). */
export interface Position {
  transactionId: bigint;
  globalPosition: bigint;
}

/** An event as time travel keeps it: what the folds read, and where it stands in the global order. */
export interface KeptEvent extends TenantEvent, Position {
  eventId: string;
}

/** What time travel keeps of a stored event. */
export function keptEventOf(event: RecordedEvent): KeptEvent {
  return {
    transactionId: event.transactionId,
    globalPosition: event.globalPosition,
    eventId: event.eventId,
    type: event.type,
    data: event.data,
    occurredAt: event.occurredAt,
    recordedAt: event.recordedAt,
  };
}

export function comparePositions(a: Position, b: Position): number {
  if (a.transactionId !== b.transactionId) return a.transactionId < b.transactionId ? -1 : 1;
  return a.globalPosition === b.globalPosition ? 0 : a.globalPosition < b.globalPosition ? -1 : 1;
}

/** Business order: business time, then the global order. */
export function compareBusiness(a: Position & Pick<TenantEvent, 'occurredAt'>, b: Position & Pick<TenantEvent, 'occurredAt'>): number {
  return a.occurredAt.getTime() - b.occurredAt.getTime() || comparePositions(a, b);
}

// ---------------------------------------------------------------------------------------------------------
// Rows

interface EventRow {
  transaction_id: string;
  global_position: string;
  event_id: string;
  type: string;
  data: unknown;
  occurred_at: Date | string;
  recorded_at: Date | string;
}

const EVENT_COLUMNS = `transaction_id::text AS transaction_id, global_position::text AS global_position, event_id::text AS event_id, type, data, occurred_at, recorded_at`;

function keptEvent(row: EventRow): KeptEvent {
  return {
    transactionId: BigInt(row.transaction_id),
    globalPosition: BigInt(row.global_position),
    eventId: row.event_id,
    type: row.type,
    data: typeof row.data === 'string' ? JSON.parse(row.data) : row.data,
    occurredAt: new Date(row.occurred_at),
    recordedAt: new Date(row.recorded_at),
  };
}

const stateJson = (state: TenantState): string => JSON.stringify(storeTenantState(state));
const stateOf = (value: unknown): TenantState => restoreTenantState((typeof value === 'string' ? JSON.parse(value) : value) as StoredTenantState);
const position = (row: { transaction_id: string; global_position: string }): Position => ({ transactionId: BigInt(row.transaction_id), globalPosition: BigInt(row.global_position) });

// ---------------------------------------------------------------------------------------------------------
// The projection's side

/** Rows per INSERT of events. */
const CHUNK = 500;

export async function insertEvents(tx: SqlQueryable, tenant: string, events: readonly KeptEvent[]): Promise<void> {
  for (let start = 0; start < events.length; start += CHUNK) {
    const chunk = events.slice(start, start + CHUNK);
    await tx.query(
      `INSERT INTO time_travel_events (tenant_id, transaction_id, global_position, event_id, type, data, occurred_at, recorded_at)
       SELECT $1, transaction_id, global_position, event_id, type, data::jsonb, occurred_at, recorded_at
       FROM unnest($2::bigint[], $3::bigint[], $4::uuid[], $5::text[], $6::text[], $7::timestamptz[], $8::timestamptz[])
            AS e (transaction_id, global_position, event_id, type, data, occurred_at, recorded_at)
       ON CONFLICT DO NOTHING`,
      [
        tenant,
        chunk.map((e) => e.transactionId.toString()),
        chunk.map((e) => e.globalPosition.toString()),
        chunk.map((e) => e.eventId),
        chunk.map((e) => e.type),
        chunk.map((e) => JSON.stringify(e.data)),
        chunk.map((e) => e.occurredAt.toISOString()),
        chunk.map((e) => e.recordedAt.toISOString()),
      ],
    );
  }
}

/** A tenant's head: its state after every event folded so far, in the order recorded. */
export interface Head extends Position {
  version: number;
  state: TenantState;
  events: number;
  maxRecordedAt: Date;
  snapshotEvents: number;
}

/** A head as stored: its state is null when another version of the folds made it (it is never read then). */
export type StoredHead = Omit<Head, 'state'> & { state: TenantState | null };

export async function loadHead(tx: SqlQueryable, tenant: string): Promise<StoredHead | null> {
  const [row] = await tx.query<{ state_version: number; state: unknown; events: number; transaction_id: string; global_position: string; max_recorded_at: Date | string; snapshot_events: number }>(
    `SELECT state_version, state, events, transaction_id::text AS transaction_id, global_position::text AS global_position, max_recorded_at, snapshot_events
     FROM time_travel_heads WHERE tenant_id = $1`,
    [tenant],
  );
  if (!row) return null;
  const version = Number(row.state_version);
  return {
    ...position(row),
    version,
    state: version === TENANT_STATE_VERSION ? stateOf(row.state) : null,
    events: Number(row.events),
    maxRecordedAt: new Date(row.max_recorded_at),
    snapshotEvents: Number(row.snapshot_events),
  };
}

export async function saveHead(tx: SqlQueryable, tenant: string, head: Head): Promise<void> {
  await tx.query(
    `INSERT INTO time_travel_heads (tenant_id, state_version, state, events, transaction_id, global_position, max_recorded_at, snapshot_events)
     VALUES ($1, $2, $3::jsonb, $4, $5::bigint, $6::bigint, $7::timestamptz, $8)
     ON CONFLICT (tenant_id) DO UPDATE SET state_version = excluded.state_version, state = excluded.state, events = excluded.events,
       transaction_id = excluded.transaction_id, global_position = excluded.global_position, max_recorded_at = excluded.max_recorded_at,
       snapshot_events = excluded.snapshot_events`,
    [tenant, TENANT_STATE_VERSION, stateJson(head.state), head.events, head.transactionId.toString(), head.globalPosition.toString(), head.maxRecordedAt.toISOString(), head.snapshotEvents],
  );
}

export async function insertRecordedSnapshot(tx: SqlQueryable, tenant: string, snapshot: Pick<Head, 'state' | 'events' | 'transactionId' | 'globalPosition' | 'maxRecordedAt'>): Promise<void> {
  await tx.query(
    `INSERT INTO time_travel_recorded_snapshots (tenant_id, events, transaction_id, global_position, max_recorded_at, state_version, state)
     VALUES ($1, $2, $3::bigint, $4::bigint, $5::timestamptz, $6, $7::jsonb)
     ON CONFLICT (tenant_id, events) DO UPDATE SET transaction_id = excluded.transaction_id, global_position = excluded.global_position,
       max_recorded_at = excluded.max_recorded_at, state_version = excluded.state_version, state = excluded.state`,
    [tenant, snapshot.events, snapshot.transactionId.toString(), snapshot.globalPosition.toString(), snapshot.maxRecordedAt.toISOString(), TENANT_STATE_VERSION, stateJson(snapshot.state)],
  );
}

/** Every kept event of the tenant, in the order recorded (a fold of another version starts again from them). */
export async function allEventsRecorded(tx: SqlQueryable, tenant: string): Promise<KeptEvent[]> {
  const rows = await tx.query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM time_travel_events WHERE tenant_id = $1 ORDER BY transaction_id, global_position`, [tenant]);
  return rows.map(keptEvent);
}

export async function deleteSnapshots(tx: SqlQueryable, tenant: string): Promise<void> {
  await tx.query(`DELETE FROM time_travel_recorded_snapshots WHERE tenant_id = $1`, [tenant]);
  await tx.query(`DELETE FROM time_travel_business_snapshots WHERE tenant_id = $1`, [tenant]);
}

/** A business snapshot's key: the last event of its prefix. */
export interface BusinessKey extends Position {
  occurredAt: Date;
}

/**
 * Deletes the business snapshots an event of business time `from` (recorded after them) falls inside: those ending
 * later in business order. A snapshot ending at the same business time stays (the new event has a later position,
 * so it comes after it). Snapshots of another version of the folds go too.
 */
export async function invalidateBusinessSnapshots(tx: SqlQueryable, tenant: string, from: Date): Promise<void> {
  await tx.query(`DELETE FROM time_travel_business_snapshots WHERE tenant_id = $1 AND (occurred_at > $2::timestamptz OR state_version <> $3)`, [tenant, from.toISOString(), TENANT_STATE_VERSION]);
}

/** The last business snapshot's key and size (null: none), and how many kept events follow it in business order. */
export async function businessTail(tx: SqlQueryable, tenant: string): Promise<{ last: (BusinessKey & { events: number }) | null; after: number }> {
  const [row] = await tx.query<{ occurred_at: Date | string | null; transaction_id: string | null; global_position: string | null; events: number | null; after: string | number }>(
    `WITH last AS (
       SELECT occurred_at, transaction_id, global_position, events FROM time_travel_business_snapshots WHERE tenant_id = $1
       ORDER BY occurred_at DESC, transaction_id DESC, global_position DESC LIMIT 1
     )
     SELECT last.occurred_at, last.transaction_id::text AS transaction_id, last.global_position::text AS global_position, last.events,
            (SELECT count(*) FROM time_travel_events e WHERE e.tenant_id = $1
               AND (last.occurred_at IS NULL OR (e.occurred_at, e.transaction_id, e.global_position) > (last.occurred_at, last.transaction_id, last.global_position))) AS after
     FROM (SELECT 1) AS one LEFT JOIN last ON true`,
    [tenant],
  );
  const last = row.occurred_at === null ? null : { occurredAt: new Date(row.occurred_at), ...position(row as { transaction_id: string; global_position: string }), events: Number(row.events) };
  return { last, after: Number(row.after) };
}

export async function businessSnapshotState(tx: SqlQueryable, tenant: string, key: BusinessKey): Promise<TenantState> {
  const [row] = await tx.query<{ state: unknown }>(
    `SELECT state FROM time_travel_business_snapshots WHERE tenant_id = $1 AND occurred_at = $2::timestamptz AND transaction_id = $3::bigint AND global_position = $4::bigint`,
    [tenant, key.occurredAt.toISOString(), key.transactionId.toString(), key.globalPosition.toString()],
  );
  return stateOf(row.state);
}

/** Kept events after `key` in business order (from the start when null), a page at a time. */
export async function eventsInBusinessOrder(tx: SqlQueryable, tenant: string, after: BusinessKey | null, limit: number): Promise<KeptEvent[]> {
  const rows = await tx.query<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM time_travel_events
     WHERE tenant_id = $1 AND ($2::timestamptz IS NULL OR (occurred_at, transaction_id, global_position) > ($2::timestamptz, $3::bigint, $4::bigint))
     ORDER BY occurred_at, transaction_id, global_position LIMIT $5`,
    [tenant, after?.occurredAt.toISOString() ?? null, after?.transactionId.toString() ?? null, after?.globalPosition.toString() ?? null, limit],
  );
  return rows.map(keptEvent);
}

export async function insertBusinessSnapshot(tx: SqlQueryable, tenant: string, key: BusinessKey, events: number, state: TenantState): Promise<void> {
  await tx.query(
    `INSERT INTO time_travel_business_snapshots (tenant_id, occurred_at, transaction_id, global_position, events, state_version, state)
     VALUES ($1, $2::timestamptz, $3::bigint, $4::bigint, $5, $6, $7::jsonb)
     ON CONFLICT (tenant_id, occurred_at, transaction_id, global_position) DO UPDATE SET events = excluded.events, state_version = excluded.state_version, state = excluded.state`,
    [tenant, key.occurredAt.toISOString(), key.transactionId.toString(), key.globalPosition.toString(), events, TENANT_STATE_VERSION, stateJson(state)],
  );
}

// ---------------------------------------------------------------------------------------------------------
// A moment's side (read as bcd_reader under the request's scope)

/** A state to fold on from: how many events it holds and the position of the last (null: the empty state). */
export interface StartingPoint extends Position {
  state: TenantState;
  events: number;
}

/**
 * The recorded axis: the latest state (the head or a recorded snapshot) whose every event was recorded at or before
 * `at`; null when there is none (fold from the start).
 */
export async function recordedStart(tx: SqlQueryable, tenant: string, at: Date): Promise<StartingPoint | null> {
  const [row] = await tx.query<{ state: unknown; events: number; transaction_id: string; global_position: string }>(
    `SELECT state, events, transaction_id::text AS transaction_id, global_position::text AS global_position FROM (
       SELECT state, events, transaction_id, global_position, max_recorded_at FROM time_travel_heads WHERE tenant_id = $1 AND state_version = $2
       UNION ALL
       SELECT state, events, transaction_id, global_position, max_recorded_at FROM time_travel_recorded_snapshots WHERE tenant_id = $1 AND state_version = $2
     ) AS s
     WHERE max_recorded_at <= $3::timestamptz
     ORDER BY events DESC LIMIT 1`,
    [tenant, TENANT_STATE_VERSION, at.toISOString()],
  );
  return row ? { state: stateOf(row.state), events: Number(row.events), ...position(row) } : null;
}

/** What the business axis reads in one statement (one view of the tables, whatever the projection commits meanwhile). */
export interface BusinessRead {
  /** The last event of the tenant the projection folded (null: none yet): the store's events after it are not kept yet. */
  head: Position | null;
  /** The last business snapshot ending at or before `bound` (null: none, fold from the start). */
  snapshot: (StartingPoint & { occurredAt: Date }) | null;
  /** The kept events after the snapshot with business time at or before `at`, in business order. */
  events: KeptEvent[];
}

/**
 * The business axis: the last business snapshot ending at or before `bound` (≤ `at`), and the kept events after it
 * up to `at`; the head's position, read in the same statement.
 */
export async function businessRead(tx: SqlQueryable, tenant: string, at: Date, bound: Date): Promise<BusinessRead> {
  const rows = await tx.query<{ kind: 'head' | 'snapshot' | 'event'; state: unknown; events: number | null } & EventRow>(
    `WITH head AS (
       SELECT transaction_id, global_position FROM time_travel_heads WHERE tenant_id = $1
     ), snapshot AS (
       SELECT occurred_at, transaction_id, global_position, events, state FROM time_travel_business_snapshots
       WHERE tenant_id = $1 AND state_version = $2 AND occurred_at <= $4::timestamptz
       ORDER BY occurred_at DESC, transaction_id DESC, global_position DESC LIMIT 1
     )
     SELECT 'head' AS kind, NULL::jsonb AS state, NULL::integer AS events, transaction_id::text AS transaction_id, global_position::text AS global_position,
            NULL::text AS event_id, NULL::text AS type, NULL::jsonb AS data, NULL::timestamptz AS occurred_at, NULL::timestamptz AS recorded_at
     FROM head
     UNION ALL
     SELECT 'snapshot', state, events, transaction_id::text, global_position::text, NULL, NULL, NULL, occurred_at, NULL FROM snapshot
     UNION ALL
     SELECT 'event', NULL, NULL, e.transaction_id::text, e.global_position::text, e.event_id::text, e.type, e.data, e.occurred_at, e.recorded_at
     FROM time_travel_events e
     WHERE e.tenant_id = $1 AND e.occurred_at <= $3::timestamptz
       AND (NOT EXISTS (SELECT 1 FROM snapshot) OR (e.occurred_at, e.transaction_id, e.global_position) > (SELECT occurred_at, transaction_id, global_position FROM snapshot))`,
    [tenant, TENANT_STATE_VERSION, at.toISOString(), bound.toISOString()],
  );
  let head: Position | null = null;
  let snapshot: BusinessRead['snapshot'] = null;
  const events: KeptEvent[] = [];
  for (const row of rows) {
    if (row.kind === 'head') head = position(row);
    else if (row.kind === 'snapshot') snapshot = { ...position(row), occurredAt: new Date(row.occurred_at), events: Number(row.events), state: stateOf(row.state) };
    else events.push(keptEvent(row));
  }
  return { head, snapshot, events: events.sort(compareBusiness) };
}

/** The position of the last event of the tenant the projection folded (null: none yet). */
export async function headPosition(tx: SqlQueryable, tenant: string): Promise<Position | null> {
  const [row] = await tx.query<{ transaction_id: string; global_position: string }>(
    `SELECT transaction_id::text AS transaction_id, global_position::text AS global_position FROM time_travel_heads WHERE tenant_id = $1`,
    [tenant],
  );
  return row ? position(row) : null;
}
