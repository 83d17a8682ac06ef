// The shape of events as every context sees them. The event-store port (libs/event-store)
// builds on these; the kernel's command handler needs only the stream part of it.

/** Who caused a fact: the authenticated user and the role they acted in. */
export interface Actor {
  userId: string;
  role?: string;
}

/** Metadata stored beside every event; free-form keys are kept as given. */
export interface EventMetadata {
  actor?: Actor;
  correlationId?: string;
  causationId?: string;
  [key: string]: unknown;
}

/** An event a command produced, before it is stored. */
export interface NewEvent<Type extends string = string, Data = unknown> {
  /** UUIDv7; the idempotency key. Generated on append when absent. */
  eventId?: string;
  type: Type;
  data: Data;
  /** Version of `data`'s shape; old versions are upcast on read. Default 1. */
  schemaVersion?: number;
  /** Business time (may be back-dated). Defaults to the time of recording. */
  occurredAt?: Date;
  metadata?: EventMetadata;
}

/** An event as stored, with everything the store assigned. */
export interface RecordedEvent<Type extends string = string, Data = unknown> {
  eventId: string;
  type: Type;
  schemaVersion: number;
  tenantId: string;
  streamId: string;
  /** 1 for the first event of a stream. */
  streamVersion: number;
  /** Position in the global log (a sequence: unique, increasing within a transaction, gaps possible). */
  globalPosition: bigint;
  /** PostgreSQL transaction id (xid8) of the append; global order is (transactionId, globalPosition). */
  transactionId: bigint;
  occurredAt: Date;
  recordedAt: Date;
  data: Data;
  metadata: EventMetadata;
}

/**
 * What the writer believes about the stream before appending:
 * `no_stream` (must not exist), `stream_exists`, `any` (no check), or the exact current version.
 */
export type ExpectedVersion = 'no_stream' | 'stream_exists' | 'any' | number;

export interface AppendOptions {
  expectedVersion?: ExpectedVersion;
}

export interface AppendResult {
  /** The stream's version after the append (pass it as the next expected version). */
  nextExpectedVersion: number;
  /** Global positions of the appended events, in order. */
  positions: bigint[];
  /** Transaction id of the append (part of the global order). */
  transactionId: bigint;
  /** True when every event id was already stored: nothing was written, the original result is returned. */
  alreadyStored: boolean;
}

export interface ReadStreamOptions {
  direction?: 'forwards' | 'backwards';
  /** Forwards: first version to read (inclusive); backwards: last version to read (inclusive). */
  fromVersion?: number;
  maxCount?: number;
}

/** The part of the event store that aggregates need: one stream, read and appended. */
export interface StreamStore {
  readStream(tenantId: string, streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  appendToStream(
    tenantId: string,
    streamId: string,
    events: readonly NewEvent[],
    options?: AppendOptions,
  ): Promise<AppendResult>;
}
