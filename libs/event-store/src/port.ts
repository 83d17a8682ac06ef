import type { RecordedEvent, StreamStore } from '@bcd/kernel';
import type { SqlQueryable } from './sql-executor.js';

/** A point in the global order. Global order is (transactionId, globalPosition); see README "Gap-safe reads". */
export interface GlobalCheckpoint {
  transactionId: bigint;
  globalPosition: bigint;
}

export interface ReadAllFilter {
  tenantId?: string;
  /** e.g. `meetings.` for every event of the meetings context. */
  typePrefix?: string;
  /** Only events recorded strictly before this instant (the "what did the system show on date X" axis). */
  recordedBefore?: Date;
}

export interface ReadAllOptions extends ReadAllFilter {
  /** Exclusive: read what comes after this checkpoint. Absent: from the start. */
  after?: GlobalCheckpoint;
  /** Page size; default 1000. */
  maxCount?: number;
}

export interface ReadAllPage {
  events: RecordedEvent[];
  /** Where the next page starts (the last event read, or `after` when the page is empty). */
  checkpoint: GlobalCheckpoint | undefined;
  /** True when the page is shorter than maxCount: nothing more is visible right now. */
  isEnd: boolean;
}

export interface SubscriptionOptions extends ReadAllFilter {
  /** Its name; a durable subscription's checkpoint is stored under it in the `checkpoints` table. */
  subscriptionId: string;
  /**
   * Default true. False: an in-memory subscription (a process's own fold of some events) that starts from
   * the beginning every time and stores no checkpoint.
   */
  durable?: boolean;
  /** Called with each batch, in global order. The checkpoint is stored after it resolves. */
  handler: (events: RecordedEvent[]) => Promise<void>;
  batchSize?: number;
  /** Fallback polling interval when no notification comes (ms); default 1000. */
  pollIntervalMs?: number;
  /**
   * Once caught up and woken again, wait this long (ms) before reading, so that the events of many appends are
   * read and applied as one batch: for readers nobody waits on (eventually consistent), which would otherwise run
   * one transaction per append. Default 0.
   */
  settleMs?: number;
  /** Called when the handler or a read fails; the subscription retries after pollIntervalMs. */
  onError?: (error: unknown) => void;
}

export interface Subscription {
  readonly subscriptionId: string;
  /** Resolves once the subscription has read everything visible when it was called. */
  caughtUp(): Promise<void>;
  /**
   * At once when nothing was appended since its last read (no notification is pending, no read is
   * running); otherwise as caughtUp(). What an in-memory fold awaits before answering, so that it
   * costs no query while the store is quiet and sees an append as soon as it has been notified of it.
   */
  settled(): Promise<void>;
  /** The last checkpoint stored. */
  checkpoint(): GlobalCheckpoint | undefined;
  /**
   * Resolves once the subscription has handled everything up to `checkpoint` (e.g. an append's
   * transactionId and last position: read-your-writes). Rejects after `timeoutMs` (default 10 s).
   */
  reached(checkpoint: GlobalCheckpoint, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** Compares two points of the global order. */
export function compareCheckpoints(a: GlobalCheckpoint, b: GlobalCheckpoint): number {
  if (a.transactionId !== b.transactionId) return a.transactionId < b.transactionId ? -1 : 1;
  if (a.globalPosition !== b.globalPosition) return a.globalPosition < b.globalPosition ? -1 : 1;
  return 0;
}

/** Rewrites an event stored under an old schema version into the next version's shape. */
export interface Upcaster {
  type: string;
  fromVersion: number;
  upcast(event: RecordedEvent): RecordedEvent;
}

/** The event-store port (ARCHITECTURE.md "Event store"). Every adapter passes `eventStoreContract`. */
export interface EventStore extends StreamStore {
  readAll(options?: ReadAllOptions): Promise<ReadAllPage>;
  subscribe(options: SubscriptionOptions): Subscription;
  readCheckpoint(subscriptionId: string): Promise<GlobalCheckpoint | undefined>;
  storeCheckpoint(subscriptionId: string, checkpoint: GlobalCheckpoint): Promise<void>;
  /** Readiness probe: resolves when the store answers. */
  ping(): Promise<void>;
  /** Waits for in-flight appends, stops subscriptions, closes connections. */
  close(): Promise<void>;
}

/**
 * One transaction of appends (to any streams) and of the caller's own rows (personal data, a password
 * hash): all of it commits, or none of it does. Subscribers are woken after the commit.
 */
export interface AtomicUnit {
  /** Reads and appends inside the transaction (an append's conflict refuses the whole unit). */
  store: StreamStore;
  /** The caller's own statements, inside the same transaction. */
  sql: SqlQueryable;
}

/**
 * A store that can run a unit of work in one transaction (the PostgreSQL store; not KurrentDB, whose
 * multi-stream appends cannot include rows of another database).
 */
export interface TransactionalEventStore {
  readonly transactional: true;
  atomically<T>(work: (unit: AtomicUnit) => Promise<T>, options?: { prelude?: string }): Promise<T>;
}

export function isTransactional(store: unknown): store is TransactionalEventStore {
  return (store as Partial<TransactionalEventStore> | null)?.transactional === true;
}
