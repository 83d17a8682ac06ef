// The one command handler every context uses: read the stream, fold it, decide, append with the
// version that was read. Optimistic concurrency: a conflict means someone wrote in between, so
// the whole read-decide-append runs again on the fresh state (the decision may change or be refused).

import type { Decider, DomainEvent } from './decider.js';
import { ConcurrencyConflict } from './errors.js';
import type { EventMetadata, ExpectedVersion, NewEvent, RecordedEvent, StreamStore } from './events.js';

/**
 * How domain events map to stored events and back. The default keeps `type` and `data` as they are;
 * `namespacedCodec('meetings')` stores `MeetingHeld` as `meetings.MeetingHeld`. A context's own codec
 * can also revive values on read (e.g. `Money.fromJSON`, ISO strings to Date) or set `schemaVersion`.
 */
export interface EventCodec<E extends DomainEvent> {
  encode(event: E): NewEvent;
  decode(recorded: RecordedEvent): E;
}

export const plainCodec: EventCodec<DomainEvent> = {
  encode: (event) => ({ type: event.type, data: event.data }),
  decode: (recorded) => ({ type: recorded.type, data: recorded.data }),
};

/** Stores `Type` as `<namespace>.Type` and strips it on read; an event of another namespace is an error. */
export function namespacedCodec<E extends DomainEvent>(namespace: string, eventId?: (event: E) => string | undefined): EventCodec<E> {
  const prefix = `${namespace}.`;
  return {
    encode: (event) => {
      const id = eventId?.(event);
      return { ...(id === undefined ? {} : { eventId: id }), type: prefix + event.type, data: event.data };
    },
    decode: (recorded) => {
      if (!recorded.type.startsWith(prefix)) {
        // A stream belongs to one context: a foreign event means a wrong stream id, not something to skip.
        throw new Error(`Event ${recorded.eventId} of type ${recorded.type} in stream ${recorded.streamId} is not in namespace ${namespace}`);
      }
      return { type: recorded.type.slice(prefix.length), data: recorded.data } as E;
    },
  };
}

export interface HandleCommandOptions<C, E extends DomainEvent> {
  tenantId: string;
  streamId: string;
  command: C;
  /** Attached to every appended event (actor, correlationId, causationId, ...). */
  metadata?: EventMetadata;
  /** Business time of the new events (e.g. the command's `metadata.now`, or a back-dated date). Default: recording time. */
  occurredAt?: Date;
  /**
   * The version the caller saw (e.g. from If-Match). When given, a stale view is refused with
   * ConcurrencyConflict before deciding, and a conflict on append is never retried.
   */
  expectedVersion?: ExpectedVersion;
  /** Retries after a conflict, when the version came from this handler's own read. Default 3. */
  maxRetries?: number;
  /**
   * The stream id was just made (a new UUIDv7): its stream cannot exist yet, so the first attempt skips
   * reading it and appends with `no_stream` (a conflict, which cannot happen, would read and retry).
   */
  newStream?: boolean;
  /**
   * Milliseconds to wait before retry `attempt` (1, 2, …). Default: a random delay up to
   * 5 · 2^(attempt-1) ms, so writers that collided on a hot stream do not collide again in step.
   */
  retryDelayMs?: (attempt: number) => number;
  codec?: EventCodec<E>;
}

export interface HandleCommandResult<E extends DomainEvent, S> {
  /** The state after the new events. */
  newState: S;
  /** The events the decider returned (empty when the command changed nothing). */
  newEvents: E[];
  /** The stream's version now (0 for a stream that still does not exist): the next If-Match / ETag. */
  nextExpectedVersion: number;
  /** Global positions of the appended events, in order (empty when nothing was appended). */
  positions: bigint[];
  /** Transaction id of the append (undefined when nothing was appended). */
  transactionId?: bigint;
  /**
   * Where the last appended event sits in the global order (undefined when nothing was appended):
   * what a read model is waited on to reach before answering (read-your-writes).
   */
  checkpoint?: { transactionId: bigint; globalPosition: bigint };
}

export interface AggregateStreamResult<S> {
  state: S;
  /** Version of the last event read; 0 when the stream has no events. */
  version: number;
}

export const DEFAULT_MAX_RETRIES = 3;

/** Folds a whole stream: for query handlers and for the command handler's read. */
export async function aggregateStream<E extends DomainEvent, S>(
  store: StreamStore,
  decider: Pick<Decider<unknown, E, S>, 'evolve' | 'initialState'>,
  tenantId: string,
  streamId: string,
  options: { codec?: EventCodec<E> } = {},
): Promise<AggregateStreamResult<S>> {
  const codec = options.codec ?? (plainCodec as EventCodec<E>);
  const recorded = await store.readStream(tenantId, streamId, { direction: 'forwards' });
  let state = decider.initialState();
  let version = 0;
  for (const event of recorded) {
    state = decider.evolve(state, codec.decode(event));
    version = event.streamVersion;
  }
  return { state, version };
}

export async function handleCommand<C, E extends DomainEvent, S>(
  store: StreamStore,
  decider: Decider<C, E, S>,
  options: HandleCommandOptions<C, E>,
): Promise<HandleCommandResult<E, S>> {
  const { tenantId, streamId, command, expectedVersion } = options;
  const codec = options.codec ?? (plainCodec as EventCodec<E>);
  const maxRetries = expectedVersion === undefined ? (options.maxRetries ?? DEFAULT_MAX_RETRIES) : 0;

  for (let attempt = 0; ; attempt++) {
    const { state, version } =
      options.newStream && attempt === 0 ? { state: decider.initialState(), version: 0 } : await aggregateStream(store, decider, tenantId, streamId, { codec });
    if (expectedVersion !== undefined && !matches(expectedVersion, version)) {
      // Deciding on a state the caller never saw could refuse or accept for the wrong reason.
      throw new ConcurrencyConflict(streamId, String(expectedVersion), version === 0 ? undefined : version);
    }

    const newEvents = decider.decide(command, state);
    const newState = newEvents.reduce(decider.evolve, state);
    if (newEvents.length === 0) {
      return { newState, newEvents, nextExpectedVersion: version, positions: [] };
    }

    const toAppend = newEvents.map((event) => withContext(codec.encode(event), options));
    try {
      const result = await store.appendToStream(tenantId, streamId, toAppend, {
        expectedVersion: expectedVersion ?? (version === 0 ? 'no_stream' : version),
      });
      return {
        newState,
        newEvents,
        nextExpectedVersion: result.nextExpectedVersion,
        positions: result.positions,
        transactionId: result.transactionId,
        checkpoint: { transactionId: result.transactionId, globalPosition: result.positions[result.positions.length - 1] },
      };
    } catch (error) {
      if (!(error instanceof ConcurrencyConflict) || attempt >= maxRetries) throw error;
      // Someone appended between our read and our append: decide again on the fresh stream.
      const delay = (options.retryDelayMs ?? jitteredBackoff)(attempt + 1);
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

export function jitteredBackoff(attempt: number): number {
  return Math.random() * 5 * 2 ** (attempt - 1);
}

function matches(expected: ExpectedVersion, version: number): boolean {
  if (expected === 'any') return true;
  if (expected === 'no_stream') return version === 0;
  if (expected === 'stream_exists') return version > 0;
  return expected === version;
}

function withContext(event: NewEvent, options: { metadata?: EventMetadata; occurredAt?: Date }): NewEvent {
  const occurredAt = event.occurredAt ?? options.occurredAt;
  return {
    ...event,
    ...(occurredAt === undefined ? {} : { occurredAt }),
    // The codec's per-event metadata is more specific than the command's, so it wins.
    metadata: { ...options.metadata, ...event.metadata },
  };
}
