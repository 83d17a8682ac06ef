// A decorator around whichever EventStore adapter is configured. It adds what the host knows and
// the adapter must not care about: the request's correlation id and actor in event metadata, and
// metrics. Context modules receive this wrapper, never the bare adapter.
import {
  ConcurrencyConflict,
  IdempotencyConflict,
  type AppendOptions,
  type AppendResult,
  type EventMetadata,
  type NewEvent,
  type ReadStreamOptions,
  type RecordedEvent,
} from '@bcd/kernel';
import {
  isTransactional,
  type AtomicUnit,
  type EventStore,
  type GlobalCheckpoint,
  type ReadAllOptions,
  type ReadAllPage,
  type Subscription,
  type SubscriptionOptions,
} from '@bcd/event-store';
import { currentRequestContext } from '@bcd/auth';
import type { AppendOutcome, Metrics } from './metrics.js';

export class InstrumentedEventStore implements EventStore {
  // Tracked here too, so close() waits for appends even if an adapter's own close() did not.
  private readonly inFlight = new Set<Promise<unknown>>();
  private closing: Promise<void> | undefined;

  /** True when the adapter runs units of work in one transaction (see `atomically`). */
  readonly transactional: boolean;

  constructor(
    private readonly inner: EventStore,
    private readonly metrics: Metrics,
  ) {
    this.transactional = isTransactional(inner);
  }

  appendToStream(
    tenantId: string,
    streamId: string,
    events: readonly NewEvent[],
    options?: AppendOptions,
  ): Promise<AppendResult> {
    return this.tracked(this.measuredAppend(this.inner, tenantId, streamId, events.map(withRequestMetadata), options));
  }

  /** The adapter's unit of work, its appends with the request's metadata and measured as any other. */
  atomically<T>(work: (unit: AtomicUnit) => Promise<T>, options?: { prelude?: string }): Promise<T> {
    const inner = this.inner;
    if (!isTransactional(inner)) throw new Error('This event store cannot run a unit of work in one transaction');
    return this.tracked(
      inner.atomically(
        ({ store, sql }) =>
          work({
            sql,
            store: {
              readStream: (tenantId, streamId, readOptions) => store.readStream(tenantId, streamId, readOptions),
              appendToStream: (tenantId, streamId, events, appendOptions) =>
                this.measuredAppend(store, tenantId, streamId, events.map(withRequestMetadata), appendOptions),
            },
          }),
        options,
      ),
    );
  }

  private tracked<T>(work: Promise<T>): Promise<T> {
    this.inFlight.add(work);
    // Drop the entry however it ends; callers still see the original rejection through `work`.
    work.then(
      () => this.inFlight.delete(work),
      () => this.inFlight.delete(work),
    );
    return work;
  }

  private async measuredAppend(
    target: Pick<EventStore, 'appendToStream'>,
    tenantId: string,
    streamId: string,
    events: NewEvent[],
    options: AppendOptions | undefined,
  ): Promise<AppendResult> {
    const stopTimer = this.metrics.appendDuration.startTimer();
    let outcome: AppendOutcome = 'failed';
    try {
      const result = await target.appendToStream(tenantId, streamId, events, options);
      if (result.alreadyStored) {
        outcome = 'replayed';
        this.metrics.idempotentReplays.inc();
      } else {
        outcome = 'written';
        this.metrics.appends.inc();
        this.metrics.eventsAppended.inc(result.positions.length);
      }
      return result;
    } catch (error) {
      if (error instanceof ConcurrencyConflict) {
        outcome = 'conflict';
        this.metrics.conflicts.inc({ kind: 'concurrency' });
      } else if (error instanceof IdempotencyConflict) {
        outcome = 'conflict';
        this.metrics.conflicts.inc({ kind: 'idempotency' });
      }
      throw error;
    } finally {
      stopTimer({ outcome });
    }
  }

  readStream(tenantId: string, streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return this.inner.readStream(tenantId, streamId, options);
  }

  readAll(options?: ReadAllOptions): Promise<ReadAllPage> {
    return this.inner.readAll(options);
  }

  subscribe(options: SubscriptionOptions): Subscription {
    return this.inner.subscribe(options);
  }

  readCheckpoint(subscriptionId: string): Promise<GlobalCheckpoint | undefined> {
    return this.inner.readCheckpoint(subscriptionId);
  }

  storeCheckpoint(subscriptionId: string, checkpoint: GlobalCheckpoint): Promise<void> {
    return this.inner.storeCheckpoint(subscriptionId, checkpoint);
  }

  ping(): Promise<void> {
    return this.inner.ping();
  }

  /** Waits for in-flight appends, then closes the adapter. Safe to call more than once. */
  close(): Promise<void> {
    this.closing ??= Promise.allSettled([...this.inFlight]).then(() => this.inner.close());
    return this.closing;
  }
}

/**
 * Fills correlationId, actor and the tenant the request acts in (`tenantId`: the route's tenant, or
 * `platform`) from the request context; values the caller set win. The acting tenant can differ from
 * the stream's: a tenant_admin of thanh-hoa granting a role appends to a platform-level user stream.
 */
function withRequestMetadata(event: NewEvent): NewEvent {
  const context = currentRequestContext();
  if (!context) return event;
  const metadata: EventMetadata = { ...event.metadata };
  metadata.correlationId ??= context.correlationId;
  if (context.actor) metadata.actor ??= { ...context.actor };
  if (context.tenantId !== undefined) metadata.tenantId ??= context.tenantId;
  return { ...event, metadata };
}
