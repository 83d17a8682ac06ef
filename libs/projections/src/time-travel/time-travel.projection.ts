// The projection behind time travel (README "Time travel"): for each tenant, in the batch's transaction with the
// projection's checkpoint —
// - keeps the tenant's events the state reads (time_travel_events, indexed by business time);
// - folds them into the tenant's head (its state in the order recorded) and stores a recorded snapshot every N events;
// - keeps the business snapshots valid: an event whose business time is earlier than a snapshot's end belongs inside
//   it, so those snapshots are deleted; then, when N events or more follow the last snapshot left in business order,
//   they are folded from it into new snapshots every N events (the cost of a back-dated event: a refold of the
//   tenant's events after its business time, once).
// Idempotent: an event at or before the tenant's head is skipped. Eventually consistent: commands never wait for it.
import type { RecordedEvent } from '@bcd/kernel';
import type { SqlQueryable } from '@bcd/event-store';
import { PLATFORM_SCOPE, tenantScopeSql } from '@bcd/auth';
import type { ReadModelDefinition } from '@bcd/service-host';
import { TENANT_STATE_VERSION } from '../domain/tenant-state/stored-state.js';
import { isFolded } from '../domain/tenant-state/tenant-event.js';
import { evolveTenantState, initialTenantState, type TenantState } from '../domain/tenant-state/tenant-state.js';
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
  saveHead,
  type BusinessKey,
  type Head,
  type KeptEvent,
} from './time-travel.store.js';

export const TIME_TRAVEL_PROJECTION_ID = 'projections-time-travel';

/** Events between two snapshots of an axis, by default. */
export const SNAPSHOT_EVERY = 200;

/** Kept events read per page when folding business snapshots. */
const PAGE = 1000;

export function timeTravelProjection(options: { snapshotEvery?: number } = {}): ReadModelDefinition {
  const every = options.snapshotEvery ?? SNAPSHOT_EVERY;
  if (!Number.isInteger(every) || every < 1) throw new RangeError(`snapshotEvery must be a whole number ≥ 1, not ${every}`);
  return {
    context: 'projections',
    projectionId: TIME_TRAVEL_PROJECTION_ID,
    typePrefix: '',
    migrations: projectionMigrations('time-travel'),
    readYourWrites: false,
    // Rows of every tenant: platform access lets the projection through the RLS policies.
    prelude: tenantScopeSql(PLATFORM_SCOPE),
    async apply(tx, events) {
      for (const [tenant, list] of byTenant(events)) await applyToTenant(tx, tenant, list, every);
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

async function applyToTenant(tx: SqlQueryable, tenant: string, events: readonly KeptEvent[], every: number): Promise<void> {
  const stored = await loadHead(tx, tenant);
  const fresh = stored ? events.filter((e) => comparePositions(e, stored) > 0) : [...events];
  if (fresh.length === 0) return;
  await insertEvents(tx, tenant, fresh);

  let head: Head | null = stored && stored.state !== null ? { ...stored, state: stored.state } : null;
  let toFold: readonly KeptEvent[] = fresh;
  /** The earliest business time among the new events: business snapshots ending later must go. */
  let earliest: Date | null = fresh.reduce((min, e) => (e.occurredAt.getTime() < min.getTime() ? e.occurredAt : min), fresh[0].occurredAt);
  if (stored && stored.state === null) {
    // The folds changed since this head was made: fold the tenant's kept events again, and make every snapshot again.
    await deleteSnapshots(tx, tenant);
    head = null;
    toFold = await allEventsRecorded(tx, tenant);
    earliest = null;
  }

  // The recorded axis: the head, and a snapshot every `every` events.
  let state: TenantState = head?.state ?? initialTenantState();
  let count = head?.events ?? 0;
  let snapshotEvents = head?.snapshotEvents ?? 0;
  let maxRecordedAt = head?.maxRecordedAt ?? new Date(0);
  for (const event of toFold) {
    state = evolveTenantState(state, event);
    count++;
    if (event.recordedAt.getTime() > maxRecordedAt.getTime()) maxRecordedAt = event.recordedAt;
    if (count - snapshotEvents >= every) {
      await insertRecordedSnapshot(tx, tenant, { state, events: count, transactionId: event.transactionId, globalPosition: event.globalPosition, maxRecordedAt });
      snapshotEvents = count;
    }
  }
  const last = toFold[toFold.length - 1];
  head = { version: TENANT_STATE_VERSION, state, events: count, transactionId: last.transactionId, globalPosition: last.globalPosition, maxRecordedAt, snapshotEvents };
  await saveHead(tx, tenant, head);

  // The business axis.
  if (earliest !== null) await invalidateBusinessSnapshots(tx, tenant, earliest);
  await extendBusinessSnapshots(tx, tenant, every);
}

/** Folds the kept events after the last business snapshot into new ones, every `every` events, once `every` of them wait. */
async function extendBusinessSnapshots(tx: SqlQueryable, tenant: string, every: number): Promise<void> {
  const { last, after } = await businessTail(tx, tenant);
  if (after < every) return;
  let state = last ? await businessSnapshotState(tx, tenant, last) : initialTenantState();
  let events = last?.events ?? 0;
  let key: BusinessKey | null = last;
  let since = 0;
  let remaining = after;
  while (remaining >= every - since) {
    const page = await eventsInBusinessOrder(tx, tenant, key, PAGE);
    if (page.length === 0) return;
    for (const event of page) {
      state = evolveTenantState(state, event);
      events++;
      since++;
      remaining--;
      key = event;
      if (since === every) {
        await insertBusinessSnapshot(tx, tenant, { occurredAt: event.occurredAt, transactionId: event.transactionId, globalPosition: event.globalPosition }, events, state);
        since = 0;
        if (remaining < every) return;
      }
    }
  }
}
