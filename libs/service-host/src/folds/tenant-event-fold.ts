// A context's published events folded per tenant in memory, for a host that serves a port from the event
// log instead of the owning context's tables: each lookup first reads what was appended since the last
// one (one catch-up at a time per tenant), so a change recorded elsewhere judges the next command here.
import { TenantId, type RecordedEvent } from '@bcd/kernel';
import type { EventStore, GlobalCheckpoint } from '@bcd/event-store';

interface TenantState<S> {
  checkpoint: GlobalCheckpoint | undefined;
  state: S;
  refreshing: Promise<void>;
}

export class TenantEventFold<S> {
  private readonly tenants = new Map<string, TenantState<S>>();

  constructor(
    private readonly store: EventStore,
    /** The events folded, e.g. `rulebook.`. */
    private readonly typePrefix: string,
    private readonly initial: () => S,
    private readonly apply: (state: S, event: RecordedEvent) => S,
  ) {}

  /** The tenant's state with every event appended so far; the initial state for a name that is no tenant id. */
  async stateOf(tenantId: string): Promise<S> {
    if (!TenantId.is(tenantId)) return this.initial();
    let tenant = this.tenants.get(tenantId);
    if (!tenant) {
      tenant = { checkpoint: undefined, state: this.initial(), refreshing: Promise.resolve() };
      this.tenants.set(tenantId, tenant);
    }
    const current = tenant;
    current.refreshing = current.refreshing.catch(() => undefined).then(async () => {
      for (;;) {
        const page = await this.store.readAll({ after: current.checkpoint, tenantId, typePrefix: this.typePrefix, maxCount: 1000 });
        for (const event of page.events) current.state = this.apply(current.state, event);
        current.checkpoint = page.checkpoint;
        if (page.isEnd) return;
      }
    });
    await current.refreshing;
    return current.state;
  }
}
