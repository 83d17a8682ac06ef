import type { RecordedEvent } from '@bcd/kernel';
import { compareCheckpoints, type EventStore, type GlobalCheckpoint, type Subscription, type SubscriptionOptions } from './port.js';

type Listen = (onNotification: (payload: string) => void) => Promise<() => Promise<void>>;

/** The namespaces of event types (`membership` of `membership.MemberAppointed`). */
export function namespacesOf(types: readonly string[]): string[] {
  return [...new Set(types.map((type) => type.split('.')[0]))];
}

/**
 * Whether an append in `tenantId` of events of `namespaces` may concern a subscription with this filter
 * (`*`: any tenant, any namespace): an append wakes only the subscriptions that would read what it appended.
 */
export function concernsSubscription(filter: Pick<SubscriptionOptions, 'tenantId' | 'typePrefix'>, tenantId: string, namespaces: readonly string[]): boolean {
  const { typePrefix } = filter;
  return (
    (filter.tenantId === undefined || tenantId === '*' || tenantId === filter.tenantId) &&
    (typePrefix === undefined ||
      namespaces.some((namespace) => namespace === '*' || `${namespace}.`.startsWith(typePrefix) || typePrefix.startsWith(`${namespace}.`)))
  );
}

/** Hands a batch over and stores the checkpoint; by default two steps, for projections one transaction. */
export type Deliver = (events: RecordedEvent[], checkpoint: GlobalCheckpoint) => Promise<void>;

/**
 * Reads from the stored checkpoint in pages, hands each page to the handler, stores the checkpoint,
 * and once nothing more is visible waits for a notification (or the polling interval, which also
 * covers events hidden for a while behind a transaction that was still in flight).
 */
export class CatchUpSubscription implements Subscription {
  readonly subscriptionId: string;
  readonly done: Promise<void>;
  private position: GlobalCheckpoint | undefined;
  private running = true;
  private wake: (() => void) | undefined;
  private pendingWake = false;
  private reading = false;
  /** Callers of caughtUp() waiting for a read that started after they called. */
  private waiters: { afterRead: number; resolve: () => void }[] = [];
  private readsStarted = 0;
  private reachedWaiters: { target: GlobalCheckpoint; resolve: () => void }[] = [];
  private readonly deliver: Deliver;

  constructor(
    private readonly store: Pick<EventStore, 'readAll' | 'readCheckpoint' | 'storeCheckpoint'>,
    private readonly options: SubscriptionOptions,
    private readonly listen: Listen,
    deliver?: Deliver,
  ) {
    this.subscriptionId = options.subscriptionId;
    this.deliver =
      deliver ??
      (async (events, checkpoint) => {
        await options.handler(events);
        if (options.durable !== false) await store.storeCheckpoint(this.subscriptionId, checkpoint);
      });
    this.done = this.run();
  }

  reached(target: GlobalCheckpoint, timeoutMs = 10_000): Promise<void> {
    if (this.position && compareCheckpoints(this.position, target) >= 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter = {
        target,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        this.reachedWaiters = this.reachedWaiters.filter((w) => w !== waiter);
        reject(new Error(`Subscription ${this.subscriptionId} did not reach ${target.transactionId}/${target.globalPosition} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.reachedWaiters.push(waiter);
      this.notify();
    });
  }

  settled(): Promise<void> {
    return this.pendingWake || this.reading ? this.caughtUp() : Promise.resolve();
  }

  checkpoint(): GlobalCheckpoint | undefined {
    return this.position;
  }

  caughtUp(): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => {
      this.waiters.push({ afterRead: this.readsStarted, resolve });
      this.notify();
    });
  }

  async stop(): Promise<void> {
    this.running = false;
    this.notify();
    await this.done;
    for (const w of this.waiters.splice(0)) w.resolve();
  }

  private notify(): void {
    this.pendingWake = true;
    this.wake?.();
  }

  private async run(): Promise<void> {
    const pollMs = this.options.pollIntervalMs ?? 1000;
    const batchSize = this.options.batchSize ?? 500;
    let unlisten: (() => Promise<void>) | undefined;
    try {
      unlisten = await this.listen(() => this.notify());
    } catch (error) {
      this.options.onError?.(error); // polling still works
    }
    try {
      this.position = this.options.durable === false ? undefined : await this.store.readCheckpoint(this.subscriptionId);
      while (this.running) {
        try {
          this.pendingWake = false;
          this.reading = true;
          const readNumber = ++this.readsStarted;
          const page = await this.store.readAll({
            after: this.position,
            maxCount: batchSize,
            tenantId: this.options.tenantId,
            typePrefix: this.options.typePrefix,
            recordedBefore: this.options.recordedBefore,
          });
          if (page.events.length > 0 && page.checkpoint) {
            await this.deliver(page.events, page.checkpoint);
            this.position = page.checkpoint;
            this.releaseReached();
          }
          if (!page.isEnd) continue;
          this.reading = false;
          this.releaseWaiters(readNumber);
          if (!this.pendingWake && this.running) await this.sleep(pollMs);
          const settle = this.options.settleMs ?? 0;
          if (settle > 0 && this.running) await new Promise((resolve) => setTimeout(resolve, settle));
        } catch (error) {
          this.reading = false;
          this.options.onError?.(error);
          if (this.running) await this.sleep(pollMs);
        }
      }
    } finally {
      await unlisten?.().catch(() => undefined);
    }
  }

  private releaseReached(): void {
    const position = this.position;
    if (!position) return;
    const ready = this.reachedWaiters.filter((w) => compareCheckpoints(position, w.target) >= 0);
    this.reachedWaiters = this.reachedWaiters.filter((w) => compareCheckpoints(position, w.target) < 0);
    for (const w of ready) w.resolve();
  }

  private releaseWaiters(completedRead: number): void {
    const ready = this.waiters.filter((w) => w.afterRead < completedRead);
    this.waiters = this.waiters.filter((w) => w.afterRead >= completedRead);
    for (const w of ready) w.resolve();
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = () => {
        this.wake = undefined;
        done();
      };
    });
  }
}
