// The projection behind time travel (README "Time travel"): for each tenant, in the batch's transaction with the
// projection's checkpoint —
// - keeps the tenant's events the state reads (time_travel_events, indexed by business time);
// - folds them into the tenant's head (its state in the order recorded, kept in memory between batches, made again
//   from the last recorded snapshot when not) and stores a recorded snapshot once its gap has passed (snapshotGap:
//   every 200 events, then a sixteenth of the history);
// - keeps the business snapshots valid: an event whose business time is earlier than a snapshot's end belongs inside
//   it, so those snapshots are deleted; then, when a gap's worth of events follows the last snapshot left in business
//   order, they are folded from it into new snapshots (the cost of a back-dated event: a refold of the tenant's
//   events after its business time, once).
// Idempotent: an event at or before the tenant's head is skipped. Eventually consistent: commands never wait for it.
import type { RecordedEvent } from '@bcd/kernel';
import type { SqlQueryable } from '@bcd/event-store';
import { PLATFORM_SCOPE, tenantScopeSql } from '@bcd/auth';
import type { ReadModelDefinition } from '@bcd/service-host';
import { TENANT_STATE_VERSION } from '../domain/tenant-state/stored-state.js';
import { isFolded } from '../domain/tenant-state/tenant-event.js';
import { foldInto, initialTenantState, type TenantState } from '../domain/tenant-state/tenant-state.js';
import { projectionMigrations } from '../read-model/migrations.js';
import {
  allEventsRecorded,
  businessSnapshotState,
  businessTail,
  comparePositions,
  deleteSnapshots,
  eventsInBusinessOrder,
  insertBusinessSnapshot,
  insertEvents,
  insertRecordedSnapshot,
  keptEventOf,
  invalidateBusinessSnapshots,
  loadHead,
  restoreHeadState,
  saveHead,
  type BusinessKey,
  type Head,
  type KeptEvent,
} from './time-travel.store.js';

export const TIME_TRAVEL_PROJECTION_ID = 'projections-time-travel';

/** Events between two snapshots of an axis, at least. */
export const SNAPSHOT_EVERY = 200;

/**
 * Beyond SNAPSHOT_EVERY × SNAPSHOT_SPREAD events, a snapshot waits for a sixteenth of the events before it: a state
 * grows with its history, so snapshots every N events would write O(n²) bytes in all; spaced in proportion, they
 * write a constant share of the state per event, and a moment still folds at most a sixteenth of the history.
 */
export const SNAPSHOT_SPREAD = 16;

/** How many events after a snapshot of `events` events the next one is due. */
export function snapshotGap(events: number, every: number): number {
  return Math.max(every, Math.floor(events / SNAPSHOT_SPREAD));
}

/** Kept events read per page when folding business snapshots. */
const PAGE = 1000;

/** Tenants whose head state the projection keeps in memory between batches (the least recently folded go first). */
const HEADS_KEPT = 64;

/** The heads' states kept between batches, by schema and tenant; valid while the stored head is where they were left. */
type HeadStates = Map<string, Head>;

export function timeTravelProjection(options: { snapshotEvery?: number } = {}): ReadModelDefinition {
  const every = options.snapshotEvery ?? SNAPSHOT_EVERY;
  if (!Number.isInteger(every) || every < 1) throw new RangeError(`snapshotEvery must be a whole number ≥ 1, not ${every}`);
  const heads: HeadStates = new Map();
  return {
    context: 'projections',
    projectionId: TIME_TRAVEL_PROJECTION_ID,
    typePrefix: '',
    migrations: projectionMigrations('time-travel'),
    readYourWrites: false,
    // Rows of every tenant: platform access lets the projection through the RLS policies.
    prelude: tenantScopeSql(PLATFORM_SCOPE),
    // The KPI drill-down's index (a GIN over each event's ids): only reads use it; a rebuild creates it once at the end.
    indexedAfterReplay: ['time_travel_events_refs_idx'],
    async apply(tx, events) {
      for (const [tenant, list] of byTenant(events)) await applyToTenant(tx, tenant, list, every, heads);
    },
  };
}

/** The events the state reads, by tenant, each tenant's in global order. */
function byTenant(events: readonly RecordedEvent[]): Map<string, KeptEvent[]> {
  const tenants = new Map<string, KeptEvent[]>();
  for (const event of events) {
    if (!isFolded(event.type)) continue;
    const kept = keptEventOf(event);
    const list = tenants.get(event.tenantId);
    if (list) list.push(kept);
    else tenants.set(event.tenantId, [kept]);
  }
  return tenants;
}

async function applyToTenant(tx: SqlQueryable, tenant: string, events: readonly KeptEvent[], every: number, heads: HeadStates): Promise<void> {
  const { schema, head: stored } = await loadHead(tx, tenant);
  const fresh = stored ? events.filter((e) => comparePositions(e, stored) > 0) : [...events];
  if (fresh.length === 0) return;
  const key = `${schema}\u0000${tenant}`;
  const kept = heads.get(key);
  heads.delete(key); // folded in place below: only a head saved with this batch goes back

  let head: Head | null = null;
  let toFold: readonly KeptEvent[] = fresh;
  /** The earliest business time among the new events: business snapshots ending later must go. */
  let earliest: Date | null = fresh.reduce((min, e) => (e.occurredAt.getTime() < min.getTime() ? e.occurredAt : min), fresh[0].occurredAt);
  if (stored && stored.version !== TENANT_STATE_VERSION) {
    // The folds changed since this head was made: fold the tenant's kept events again, and make every snapshot again.
    await deleteSnapshots(tx, tenant);
    await insertEvents(tx, tenant, fresh);
    toFold = await allEventsRecorded(tx, tenant);
    earliest = null;
  } else {
    if (stored) {
      const state = kept && comparePositions(kept, stored) === 0 && kept.events === stored.events ? kept.state : await restoreHeadState(tx, tenant, stored);
      head = { ...stored, state };
    }
    await insertEvents(tx, tenant, fresh);
  }

  // The recorded axis: the head, and a snapshot when its gap has passed.
  const state: TenantState = head?.state ?? initialTenantState();
  let count = head?.events ?? 0;
  let snapshotEvents = head?.snapshotEvents ?? 0;
  let maxRecordedAt = head?.maxRecordedAt ?? new Date(0);
  for (const event of toFold) {
    foldInto(state, [event]); // the head's state is this projection's own
    count++;
    if (event.recordedAt.getTime() > maxRecordedAt.getTime()) maxRecordedAt = event.recordedAt;
    if (count - snapshotEvents >= snapshotGap(snapshotEvents, every)) {
      await insertRecordedSnapshot(tx, tenant, { state, events: count, transactionId: event.transactionId, globalPosition: event.globalPosition, maxRecordedAt });
      snapshotEvents = count;
    }
  }
  const last = toFold[toFold.length - 1];
  head = { version: TENANT_STATE_VERSION, state, events: count, transactionId: last.transactionId, globalPosition: last.globalPosition, maxRecordedAt, snapshotEvents };
  await saveHead(tx, tenant, head);
  // If this transaction rolls back, the stored head stays behind this one: the next batch sees they differ and restores.
  heads.set(key, head);
  if (heads.size > HEADS_KEPT) heads.delete(heads.keys().next().value as string);

  // The business axis.
  if (earliest !== null) await invalidateBusinessSnapshots(tx, tenant, earliest);
  await extendBusinessSnapshots(tx, tenant, every);
}

/** Folds the kept events after the last business snapshot into new ones, each once its gap has passed (snapshotGap). */
async function extendBusinessSnapshots(tx: SqlQueryable, tenant: string, every: number): Promise<void> {
  const { last, after } = await businessTail(tx, tenant);
  let events = last?.events ?? 0;
  let gap = snapshotGap(events, every);
  if (after < gap) return;
  const state = last ? await businessSnapshotState(tx, tenant, last) : initialTenantState();
  let key: BusinessKey | null = last;
  let since = 0;
  let remaining = after;
  while (remaining >= gap - since) {
    const page = await eventsInBusinessOrder(tx, tenant, key, PAGE);
    if (page.length === 0) return;
    for (const event of page) {
      foldInto(state, [event]); // restored from the snapshot for this fold
      events++;
      since++;
      remaining--;
      key = event;
      if (since === gap) {
        await insertBusinessSnapshot(tx, tenant, { occurredAt: event.occurredAt, transactionId: event.transactionId, globalPosition: event.globalPosition }, events, state);
        since = 0;
        gap = snapshotGap(events, every);
        if (remaining < gap) return;
      }
    }
  }
}
