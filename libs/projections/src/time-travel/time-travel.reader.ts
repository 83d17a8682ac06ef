// A tenant's state as of a moment, from the stored snapshots and only the events after them (README "Time travel"):
// - recorded axis: the latest state (head or recorded snapshot) whose events were all recorded by `at`, then the
//   store's events of the tenant after it recorded by `at`, in global order (readAll with recordedBefore): what the
//   platform showed then, the projection's lag included;
// - business axis: the store's events of the tenant the projection has not kept yet (its lag), then — in one read,
//   one view of the tables — the last business snapshot ending by `at` and before any of those, and the kept events
//   after it up to `at`; all of them folded in business order.
// Framework-free: the host gives it a scoped read of the read-model tables through Prisma (read-model/prisma-reads.ts,
// each read one view of the tables) and the event store.
import type { EventStore, GlobalCheckpoint } from '@bcd/event-store';
import { isFolded, type AsOf } from '../domain/tenant-state/tenant-event.js';
import { foldInto, initialTenantState, type TenantState } from '../domain/tenant-state/tenant-state.js';
import type { PrismaReader } from '../read-model/prisma-reads.js';
import { businessRead, compareBusiness, comparePositions, headPosition, keptEventOf, recordedStart, type KeptEvent, type Position } from './time-travel.store.js';

/** How a state was computed: where it started and how many events were folded on top. */
export interface Computation {
  /** `snapshot`: a stored snapshot (on the recorded axis, possibly the head); `start`: the empty state. */
  from: 'snapshot' | 'start';
  /** Events the starting state already held. */
  snapshotEvents: number;
  /** Events folded on top of it. */
  replayed: number;
}

export interface StateAt {
  state: TenantState;
  computation: Computation;
}

/** A scoped read of the read-model tables (one transaction, one view): PrismaReads.read or readInRequest. */
export type ReadTables = <T>(work: (tx: PrismaReader) => Promise<T>) => Promise<T>;

const PAGE = 1000;

export class TimeTravelReader {
  constructor(
    private readonly read: ReadTables,
    private readonly store: Pick<EventStore, 'readAll'>,
  ) {}

  async stateAsOf(tenant: string, asOf: Pick<AsOf, 'axis' | 'at'>): Promise<StateAt> {
    return asOf.axis === 'recorded' ? this.recorded(tenant, asOf.at) : this.business(tenant, asOf.at);
  }

  private async recorded(tenant: string, at: Date): Promise<StateAt> {
    const start = await this.read((tx) => recordedStart(tx, tenant, at));
    const after = await this.storeEvents(tenant, start ?? undefined, new Date(at.getTime() + 1));
    return {
      // The starting state was just read (restored from its JSON): this read owns it, so it is folded in place.
      state: foldInto(start?.state ?? initialTenantState(), after),
      computation: { from: start ? 'snapshot' : 'start', snapshotEvents: start?.events ?? 0, replayed: after.length },
    };
  }

  private async business(tenant: string, at: Date): Promise<StateAt> {
    const { state, computation } = await this.businessAfterHead(tenant, at, await this.read((tx) => headPosition(tx, tenant)));
    return { state, computation };
  }

  /**
   * The business-axis state as of `at`, given the time-travel head the caller read (null: nothing kept yet), with
   * the store's events after that head (the projection's lag, every business time): a caller that needs them too
   * (the KPI pages' drill-down) reads them once.
   */
  async businessAfterHead(tenant: string, at: Date, knownHead: Position | null): Promise<StateAt & { lagging: KeptEvent[] }> {
    // What the projection has not kept yet: a snapshot must end before every one of these (in business order).
    const lagging = await this.storeEvents(tenant, knownHead ?? undefined);
    const bound = lagging.reduce((min, e) => (e.occurredAt.getTime() < min.getTime() ? e.occurredAt : min), at);
    const { head, snapshot, events } = await this.read((tx) => businessRead(tx, tenant, at, bound));
    // Those kept meanwhile came back in `events` already.
    const unkept = lagging.filter((e) => (head === null || comparePositions(e, head) > 0) && e.occurredAt.getTime() <= at.getTime());
    const replay = [...events, ...unkept].sort(compareBusiness);
    return {
      state: foldInto(snapshot?.state ?? initialTenantState(), replay),
      computation: { from: snapshot ? 'snapshot' : 'start', snapshotEvents: snapshot?.events ?? 0, replayed: replay.length },
      lagging,
    };
  }

  /** The tenant's events in the store after `after` (recorded before `recordedBefore`), of the namespaces the state reads. */
  private async storeEvents(tenant: string, after: Position | undefined, recordedBefore?: Date): Promise<KeptEvent[]> {
    const events: KeptEvent[] = [];
    let checkpoint: GlobalCheckpoint | undefined = after && { transactionId: after.transactionId, globalPosition: after.globalPosition };
    for (;;) {
      const page = await this.store.readAll({ tenantId: tenant, after: checkpoint, recordedBefore, maxCount: PAGE });
      for (const event of page.events) if (isFolded(event.type)) events.push(keptEventOf(event));
      checkpoint = page.checkpoint;
      if (page.isEnd) return events;
    }
  }
}
