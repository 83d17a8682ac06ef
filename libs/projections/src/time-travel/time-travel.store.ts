// Time travel's tables (migrations/time-travel/): what the projection writes — the tenant's events, its head, the
// snapshots of either axis — in plain SQL inside the store's transaction (the same statements on PostgreSQL and
// PGlite; bigints travel as text, states as jsonb, restored by domain/tenant-state/stored-state.ts), and what a
// moment reads back, through Prisma (prisma/schema.prisma).
import type { SqlQueryable } from '@bcd/event-store';
import type { RecordedEvent } from '@bcd/kernel';
import { restoreTenantState, storeTenantState, TENANT_STATE_VERSION, type StoredTenantState } from '../domain/tenant-state/stored-state.js';
import { eventRefs } from '../domain/kpis/kpi.js';
import type { TenantEvent } from '../domain/tenant-state/tenant-event.js';
import { foldInto, initialTenantState, type TenantState } from '../domain/tenant-state/tenant-state.js';
import type { PrismaReader } from '../read-model/prisma-reads.js';

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

// Bigints come back as text under their own names: an ORDER BY must name the table's columns (qualified), or it sorts the text.
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
      `INSERT INTO time_travel_events (tenant_id, transaction_id, global_position, event_id, type, data, occurred_at, recorded_at, refs)
       SELECT $1, transaction_id, global_position, event_id, type, data::jsonb, occurred_at, recorded_at,
              ARRAY(SELECT jsonb_array_elements_text(refs::jsonb))
       FROM unnest($2::bigint[], $3::bigint[], $4::uuid[], $5::text[], $6::text[], $7::timestamptz[], $8::timestamptz[], $9::text[])
            AS e (transaction_id, global_position, event_id, type, data, occurred_at, recorded_at, refs)
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
        chunk.map((e) => JSON.stringify(eventRefs(e.data))),
      ],
    );
  }
}

/**
 * A tenant's head: where the projection stands for it (the last event folded, how many, the latest recording time),
 * and the folds' version its snapshots were made by. Its state is not stored (a province's state is megabytes, and a
 * head changes with every batch): it is the last recorded snapshot and the kept events after it, and the projection
 * keeps it in memory between batches.
 */
export interface Head extends Position {
  version: number;
  state: TenantState;
  events: number;
  maxRecordedAt: Date;
  snapshotEvents: number;
}

/** A head as stored: everything but the state. */
export type StoredHead = Omit<Head, 'state'>;

/** The tenant's head (null: none yet), and the schema it was read in (a rebuild writes new tables in another one). */
export async function loadHead(tx: SqlQueryable, tenant: string): Promise<{ schema: string; head: StoredHead | null }> {
  const [row] = await tx.query<{ schema: string; state_version: number | null; events: number; transaction_id: string | null; global_position: string; max_recorded_at: Date | string; snapshot_events: number }>(
    `SELECT current_schema() AS schema, h.state_version, h.events, h.transaction_id::text AS transaction_id, h.global_position::text AS global_position,
            h.max_recorded_at, h.snapshot_events
     FROM (SELECT 1) AS one LEFT JOIN time_travel_heads h ON h.tenant_id = $1`,
    [tenant],
  );
  if (row.transaction_id === null || row.state_version === null) return { schema: row.schema, head: null };
  return {
    schema: row.schema,
    head: {
      transactionId: BigInt(row.transaction_id),
      globalPosition: BigInt(row.global_position),
      version: Number(row.state_version),
      events: Number(row.events),
      maxRecordedAt: new Date(row.max_recorded_at),
      snapshotEvents: Number(row.snapshot_events),
    },
  };
}

/** Saves where the projection stands for the tenant (the state column holds JSON null: see Head). */
export async function saveHead(tx: SqlQueryable, tenant: string, head: StoredHead): Promise<void> {
  await tx.query(
    `INSERT INTO time_travel_heads (tenant_id, state_version, state, events, transaction_id, global_position, max_recorded_at, snapshot_events)
     VALUES ($1, $2, 'null'::jsonb, $3, $4::bigint, $5::bigint, $6::timestamptz, $7)
     ON CONFLICT (tenant_id) DO UPDATE SET state_version = excluded.state_version, state = excluded.state, events = excluded.events,
       transaction_id = excluded.transaction_id, global_position = excluded.global_position, max_recorded_at = excluded.max_recorded_at,
       snapshot_events = excluded.snapshot_events`,
    [tenant, TENANT_STATE_VERSION, head.events, head.transactionId.toString(), head.globalPosition.toString(), head.maxRecordedAt.toISOString(), head.snapshotEvents],
  );
}

/** The head's state, made again: the last recorded snapshot (of these folds) and the kept events after it up to the head. */
export async function restoreHeadState(tx: SqlQueryable, tenant: string, head: StoredHead): Promise<TenantState> {
  const [snapshot] = await tx.query<{ transaction_id: string; global_position: string; state: unknown }>(
    `SELECT transaction_id::text AS transaction_id, global_position::text AS global_position, state FROM time_travel_recorded_snapshots
     WHERE tenant_id = $1 AND state_version = $2 AND events <= $3 ORDER BY time_travel_recorded_snapshots.events DESC LIMIT 1`,
    [tenant, TENANT_STATE_VERSION, head.events],
  );
  const rows = await tx.query<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM time_travel_events
     WHERE tenant_id = $1 AND (time_travel_events.transaction_id, time_travel_events.global_position) > ($2::bigint, $3::bigint)
       AND (time_travel_events.transaction_id, time_travel_events.global_position) <= ($4::bigint, $5::bigint)
     ORDER BY time_travel_events.transaction_id, time_travel_events.global_position`,
    [tenant, snapshot?.transaction_id ?? '-1', snapshot?.global_position ?? '-1', head.transactionId.toString(), head.globalPosition.toString()],
  );
  return foldInto(snapshot ? stateOf(snapshot.state) : initialTenantState(), rows.map(keptEvent));
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
  const rows = await tx.query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM time_travel_events WHERE tenant_id = $1 ORDER BY time_travel_events.transaction_id, time_travel_events.global_position`, [tenant]);
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
     ORDER BY time_travel_events.occurred_at, time_travel_events.transaction_id, time_travel_events.global_position LIMIT $5`,
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
// A moment's side: read through Prisma (read-model/prisma-reads.ts) as bcd_reader under the request's scope, each
// read one view of the tables. Prisma gives bigints as BigInt, jsonb parsed, instants as Dates (in UTC: see there).

/** A state to fold on from: how many events it holds and the position of the last (null: the empty state). */
export interface StartingPoint extends Position {
  state: TenantState;
  events: number;
}

const STARTING_POINT = { state: true, events: true, transactionId: true, globalPosition: true } as const;
const KEPT_EVENT = { transactionId: true, globalPosition: true, eventId: true, type: true, data: true, occurredAt: true, recordedAt: true } as const;

const startingPoint = ({ state, ...rest }: { state: unknown; events: number } & Position): StartingPoint => ({ ...rest, state: stateOf(state) });

/**
 * The recorded axis: the latest recorded snapshot whose every event was recorded at or before `at` (the store's events
 * after it are folded on top); null when there is none (fold from the start).
 */
export async function recordedStart(tx: PrismaReader, tenant: string, at: Date): Promise<StartingPoint | null> {
  const snapshot = await tx.timeTravelRecordedSnapshot.findFirst({
    where: { tenantId: tenant, stateVersion: TENANT_STATE_VERSION, maxRecordedAt: { lte: at } },
    orderBy: { events: 'desc' },
    select: STARTING_POINT,
  });
  return snapshot && startingPoint(snapshot);
}

/** What the business axis reads in one view of the tables, whatever the projection commits meanwhile. */
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
 * up to `at`; the head's position, read in the same view.
 */
export async function businessRead(tx: PrismaReader, tenant: string, at: Date, bound: Date): Promise<BusinessRead> {
  const head = await headPosition(tx, tenant);
  const snapshot = await tx.timeTravelBusinessSnapshot.findFirst({
    where: { tenantId: tenant, stateVersion: TENANT_STATE_VERSION, occurredAt: { lte: bound } },
    orderBy: [{ occurredAt: 'desc' }, { transactionId: 'desc' }, { globalPosition: 'desc' }],
    select: { ...STARTING_POINT, occurredAt: true },
  });
  const rows = await tx.timeTravelEvent.findMany({
    where: { tenantId: tenant, occurredAt: { lte: at }, ...(snapshot && afterInBusinessOrder(snapshot)) },
    orderBy: [{ occurredAt: 'asc' }, { transactionId: 'asc' }, { globalPosition: 'asc' }],
    select: KEPT_EVENT,
  });
  return {
    head,
    snapshot: snapshot && { ...startingPoint(snapshot), occurredAt: snapshot.occurredAt },
    events: rows,
  };
}

/**
 * After `key` in business order, (occurredAt, transactionId, globalPosition) > key, spelt out for Prisma; the bound
 * on occurredAt alone keeps it one range of the business index, from the snapshot on.
 */
function afterInBusinessOrder({ occurredAt, transactionId, globalPosition }: BusinessKey) {
  return {
    AND: [
      { occurredAt: { gte: occurredAt } },
      { OR: [{ occurredAt: { gt: occurredAt } }, { occurredAt, transactionId: { gt: transactionId } }, { occurredAt, transactionId, globalPosition: { gt: globalPosition } }] },
    ],
  };
}

/** The position of the last event of the tenant the projection folded (null: none yet). */
export async function headPosition(tx: PrismaReader, tenant: string): Promise<Position | null> {
  return tx.timeTravelHead.findUnique({ where: { tenantId: tenant }, select: { transactionId: true, globalPosition: true } });
}
