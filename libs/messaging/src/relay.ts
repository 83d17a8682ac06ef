import type { RecordedEvent } from '@bcd/kernel';
import { toMessage, topicFor } from './event-message.js';
import type { MessagePublisher, OutgoingMessage } from './port.js';

/** A point in the store's global order (the event store's GlobalCheckpoint). */
export interface RelayCheckpoint {
  transactionId: bigint;
  globalPosition: bigint;
}

/**
 * What the relay needs of the event store: a durable catch-up subscription that stores its checkpoint
 * only after the handler of a batch resolved, and hands the same batch again when it threw (the
 * EventStore port of libs/event-store fits as it is). Described here, not imported: messaging is an
 * infra lib and builds on the kernel alone.
 */
export interface RelaySource {
  subscribe(options: {
    subscriptionId: string;
    handler: (events: RecordedEvent[]) => Promise<void>;
    tenantId?: string;
    batchSize?: number;
    pollIntervalMs?: number;
    onError?: (error: unknown) => void;
  }): RelaySubscription;
}

export interface RelaySubscription {
  caughtUp(): Promise<void>;
  checkpoint(): RelayCheckpoint | undefined;
  stop(): Promise<void>;
}

export interface EventRelayOptions {
  /** The relay's durable subscription name (its checkpoint); default `messaging-relay`. */
  relayId?: string;
  /** Only this tenant's events (a relay per tenant, tests sharing a database); default every tenant's. */
  tenantId?: string;
  /** Events per batch (one publish per topic per batch); default 500. */
  batchSize?: number;
  /** How often the store is polled, and how long after a failed batch the relay tries again; default 1000 ms. */
  pollIntervalMs?: number;
  /**
   * The longest a batch waits for the broker's acknowledgement; default 60 s. Beyond, it counts as failed
   * and is published again: a broker that never answers cannot hold the relay (or its stop) forever.
   */
  ackTimeoutMs?: number;
  /** A batch that failed (it is published again) or a read of the store that failed. */
  onError?: (error: unknown) => void;
}

/** Raised for a batch the broker did not acknowledge within `ackTimeoutMs`. */
export class PublishTimeout extends Error {
  constructor(topic: string, count: number, ms: number) {
    super(`The broker did not acknowledge ${count} message(s) to ${topic} within ${ms} ms`);
    this.name = 'PublishTimeout';
  }
}

/**
 * Publishes every stored event to its context's topic (`bcd.<context>.events`), keyed by stream id so that
 * a stream stays in order, with the event id, type, tenant and global position as headers.
 *
 * At-least-once: a batch is handed to the publisher, and only once the broker has acknowledged all of it
 * does the subscription store the relay's checkpoint. A failed or unacknowledged batch is published again
 * (after a restart too, from the stored checkpoint), so consumers see duplicates but never a gap: they
 * deduplicate by event id (Inbox). Batches go out one after the other, so a stream's later events are never
 * published before its earlier ones were acknowledged.
 */
export class EventRelay {
  private subscription: RelaySubscription | undefined;
  /** Abandons the publishes waiting for their acknowledgement (stop). */
  private readonly abandon = new Set<() => void>();
  private published = 0;
  private isStopping = false;

  constructor(
    private readonly source: RelaySource,
    private readonly publisher: MessagePublisher,
    private readonly options: EventRelayOptions = {},
  ) {}

  get relayId(): string {
    return this.options.relayId ?? 'messaging-relay';
  }

  /** Starts relaying from the stored checkpoint (from the first event when there is none). */
  start(): void {
    if (this.subscription || this.isStopping) throw new Error(`Relay ${this.relayId} was started already`);
    this.subscription = this.source.subscribe({
      subscriptionId: this.relayId,
      tenantId: this.options.tenantId,
      batchSize: this.options.batchSize ?? 500,
      pollIntervalMs: this.options.pollIntervalMs ?? 1000,
      // Once stopping, the abandoned batch's error is expected: not reported.
      onError: (error) => {
        if (!this.isStopping) this.options.onError?.(error);
      },
      handler: (events) => this.publishBatch(events),
    });
  }

  /** Resolves once everything visible when called has been published and acknowledged. */
  async caughtUp(): Promise<void> {
    await this.subscription?.caughtUp();
  }

  /** The last checkpoint stored: every event up to it has been acknowledged by the broker. */
  checkpoint(): RelayCheckpoint | undefined {
    return this.subscription?.checkpoint();
  }

  /** Messages acknowledged since start (a republished batch counts again). */
  get publishedCount(): number {
    return this.published;
  }

  /** Stops; a batch waiting for its acknowledgement is abandoned (its checkpoint is not stored). */
  async stop(): Promise<void> {
    this.isStopping = true;
    for (const abandon of [...this.abandon]) abandon();
    await this.subscription?.stop();
  }

  private async publishBatch(events: RecordedEvent[]): Promise<void> {
    // Grouped by topic in global order: a stream's events (one context) keep their order inside one publish.
    const byTopic = new Map<string, OutgoingMessage[]>();
    for (const event of events) {
      const topic = topicFor(event.type);
      const messages = byTopic.get(topic) ?? [];
      messages.push(toMessage(event));
      byTopic.set(topic, messages);
    }
    // Topics are independent: published side by side; the batch counts only when every one is acknowledged.
    const results = await Promise.allSettled([...byTopic].map(([topic, messages]) => this.acknowledged(topic, messages)));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    this.published += events.length;
  }

  /** The publish, bounded by `ackTimeoutMs` and abandoned by stop(). */
  private acknowledged(topic: string, messages: OutgoingMessage[]): Promise<void> {
    const ms = this.options.ackTimeoutMs ?? 60_000;
    return new Promise<void>((resolve, reject) => {
      const settle = (outcome: { error: unknown } | undefined) => {
        clearTimeout(timer);
        this.abandon.delete(abandon);
        if (outcome) reject(outcome.error);
        else resolve();
      };
      const abandon = () =>
        settle({ error: new Error(`Relay ${this.relayId} stopped before the broker acknowledged ${messages.length} message(s) to ${topic}`) });
      const timer = setTimeout(() => settle({ error: new PublishTimeout(topic, messages.length, ms) }), ms);
      this.abandon.add(abandon);
      if (this.isStopping) abandon();
      // A late outcome of an abandoned or timed-out publish settles nothing (the promise is settled already).
      void Promise.resolve()
        .then(() => this.publisher.publish(topic, messages))
        .then(
          () => settle(undefined),
          (error: unknown) => settle({ error }),
        );
    });
  }
}
