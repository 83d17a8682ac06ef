// The EventStore port on KurrentDB (the successor of EventStoreDB, through @kurrent/kurrentdb-client).
//
// How the port's notions map onto KurrentDB:
// - Streams: `<tenant>~<stream id>`. The tenant leads the name, so two tenants can never share a stream
//   (a tenant id holds no `~`, so the first `~` splits the name back, whatever the stream id holds), and
//   one tenant's events are the streams with the prefix `<tenant>~`: KurrentDB's server-side filter on
//   stream names reads them out of $all. The port's stream ids are also global (PostgreSQL refuses a write
//   to a stream id another tenant owns): the first append of a stream claims its id in `~owner~<stream id>`.
// - Versions: KurrentDB counts revisions from 0, the port versions from 1; the adapter adds or subtracts one
//   at the edge and nowhere else. The server only ever checks `no_stream` or an exact revision: `any` and
//   `stream_exists` read the stream's head first and retry when another writer got in between.
// - Global order: $all. An event's position (commit, prepare) is its checkpoint (transactionId, globalPosition):
//   compareCheckpoints orders them as $all does. The log is written in order, so no reader ever sees a later
//   event before an earlier one (PostgreSQL needs the in-flight transaction check for that).
// - Idempotency by event id, per tenant: an event whose id the caller chose claims it in
//   `~id~<tenant>~<event id>`, in the same atomic append as the event; a replay finds the claim and gets the
//   original result, other content under the id is an IdempotencyConflict. Ids the adapter generates are
//   fresh UUIDv7s, never claimed (as on PostgreSQL, where a refused append with them needs no replay check).
// - Metadata: the event's metadata JSON holds `tenantId`, `schemaVersion`, `occurredAt` (when given) and
//   `metadata`, the port's EventMetadata (correlationId, causationId, actor, …) as JSON text: the
//   multi-stream appends that make the claims atomic take string values only.
// - Checkpoints: the last one of a subscription is the head of `~checkpoint~<subscription id>` (kept to one
//   event by the stream's $maxCount).
//
// What it cannot do that the PostgreSQL store does (README "KurrentDB"):
// - no units of work: appends cannot commit in one transaction with the caller's own SQL rows, so read
//   models and their checkpoints cannot commit with the events, nor personal data with its event. It does
//   not claim TransactionalEventStore (isTransactional is false): the kit runs such steps one by one.
// - the tenant filter of readAll is a server-side filtered scan of $all, not an index: its cost grows with
//   every tenant's events, not with this tenant's.
// - no row-level security: tenant isolation rests on the stream names and this adapter's checks alone.
// It needs KurrentDB 25.1 or later (multi-stream appends) and read access to $all.
import {
  ConcurrencyConflict,
  IdempotencyConflict,
  ValidationFailed,
  newId,
  type AppendOptions,
  type AppendResult,
  type ExpectedVersion,
  type NewEvent,
  type ReadStreamOptions,
  type RecordedEvent,
} from '@bcd/kernel';
import type {
  AllStreamResolvedEvent,
  AllStreamSubscription,
  AppendResult as KurrentAppendResult,
  AppendStreamRequest,
  AppendToStreamOptions,
  CurrentStreamState,
  EventData,
  Filter,
  JSONType,
  MultiAppendResult,
  Position,
  ReadAllOptions as KurrentReadAllOptions,
  ReadStreamOptions as KurrentReadStreamOptions,
  RecordedEvent as KurrentRecordedEvent,
  ResolvedEvent,
  SetStreamMetadataOptions,
  StreamMetadata,
  SubscribeToAllOptions,
} from '@kurrent/kurrentdb-client';
import {
  compareCheckpoints,
  type EventStore,
  type GlobalCheckpoint,
  type ReadAllOptions,
  type ReadAllPage,
  type Subscription,
  type SubscriptionOptions,
  type Upcaster,
} from './port.js';
import { prepareAppend, sameContent, type StoredShape } from './stored-shape.js';
import { CatchUpSubscription, concernsSubscription, namespacesOf } from './subscription.js';
import { Upcasters } from './upcasting.js';

/**
 * The part of the KurrentDB client the adapter uses: the real client satisfies it, and the unit tests put a
 * small fake behind it.
 */
export interface KurrentDbClient {
  multiStreamAppend(requests: AppendStreamRequest[]): Promise<MultiAppendResult>;
  appendToStream(streamName: string, events: EventData | EventData[], options?: AppendToStreamOptions): Promise<KurrentAppendResult>;
  readStream(streamName: string, options?: KurrentReadStreamOptions): AsyncIterableIterator<ResolvedEvent>;
  readAll(options?: KurrentReadAllOptions): AsyncIterableIterator<AllStreamResolvedEvent>;
  subscribeToAll(options?: SubscribeToAllOptions): AllStreamSubscription;
  setStreamMetadata(streamName: string, metadata: StreamMetadata, options?: SetStreamMetadataOptions): Promise<KurrentAppendResult>;
  dispose(): Promise<void>;
}

export interface KurrentDbEventStoreOptions {
  upcasters?: readonly Upcaster[];
  /** Retries of an `any` or `stream_exists` append that lost a race for the stream's head; default 5. */
  anyVersionRetries?: number;
  /**
   * Wake the subscriptions of this store when another process appends, through one live subscription to
   * $all (default true). Without it they find other processes' events by polling only.
   */
  liveWake?: boolean;
  /** Wait before the live subscription is opened again after it failed (ms); default 1000. */
  liveWakeRetryMs?: number;
}

const SEPARATOR = '~';
const OWNER_STREAMS = '~owner~';
const EVENT_ID_STREAMS = '~id~';
const CHECKPOINT_STREAMS = '~checkpoint~';
/** The streams that hold events: `<tenant>~<stream id>`, neither system (`$…`) nor the adapter's own (`~…`). */
const EVENT_STREAMS_REGEX = '^[^$~][^~]*~.';
const MAX_COUNT = Number.MAX_SAFE_INTEGER;

/** The KurrentDB stream of a tenant's stream. */
export function kurrentStreamName(tenantId: string, streamId: string): string {
  checkTenant(tenantId);
  if (!streamId) throw new ValidationFailed([{ path: 'streamId', message: 'is required' }]);
  return `${tenantId}${SEPARATOR}${streamId}`;
}

/** The tenant and stream id of a KurrentDB stream; undefined for a stream that holds no events of the port. */
export function parseKurrentStreamName(name: string): { tenantId: string; streamId: string } | undefined {
  const at = name.indexOf(SEPARATOR);
  if (at <= 0 || at === name.length - 1 || name.startsWith('$')) return undefined;
  return { tenantId: name.slice(0, at), streamId: name.slice(at + 1) };
}

function checkTenant(tenantId: string | undefined): void {
  if (!tenantId) throw new ValidationFailed([{ path: 'tenantId', message: 'is required' }]);
  if (tenantId.includes(SEPARATOR) || tenantId.startsWith('$')) {
    throw new ValidationFailed([{ path: 'tenantId', message: 'must not contain "~" nor start with "$" (KurrentDB streams are named <tenant>~<stream id>)' }]);
  }
}

/** The port's version of a KurrentDB revision: revisions count from 0, versions from 1. */
export function versionOfRevision(revision: bigint): number {
  return Number(revision) + 1;
}

/** The version a conflict reports: undefined when the stream does not exist (or was deleted). */
export function actualVersionOf(state: CurrentStreamState): number | undefined {
  return state === 'no_stream' || state < 0n ? undefined : versionOfRevision(state);
}

/** The stream's state before an append: its last revision, or `no_stream`. */
export type StreamHead = bigint | 'no_stream';

/** `any` and `stream_exists` leave the check to the caller's knowledge of the head; the adapter reads it. */
export function needsHead(expected: ExpectedVersion): boolean {
  return expected === 'any' || expected === 'stream_exists';
}

/**
 * What the server must find before appending, for an expected version (`head`: the stream's head, read
 * when `needsHead`): `no_stream` or an exact revision; `conflict` when `stream_exists` meets no stream.
 */
export function streamStateFor(expected: ExpectedVersion, head?: StreamHead): StreamHead | 'conflict' {
  if (expected === 'no_stream' || expected === 0) return 'no_stream';
  if (typeof expected === 'number') {
    if (!Number.isInteger(expected) || expected < 0) {
      throw new ValidationFailed([{ path: 'expectedVersion', message: 'must be no_stream, stream_exists, any or a version ≥ 0' }]);
    }
    return BigInt(expected - 1);
  }
  if (head === undefined) throw new Error(`The stream's head is needed for expected version ${expected}`);
  if (expected === 'stream_exists' && head === 'no_stream') return 'conflict';
  return head;
}

/** An event as appended: the port's fields in the event's metadata JSON (string values, see the header). */
export function toEventData(tenantId: string, event: StoredShape): EventData {
  const metadata: Record<string, string> = {
    tenantId,
    schemaVersion: String(event.schemaVersion),
    metadata: JSON.stringify(event.metadata),
  };
  if (event.occurredAt !== null) metadata.occurredAt = event.occurredAt;
  // `data` may be any JSON value (null for an event without data); the client writes JSON.stringify of it.
  return { id: event.eventId, contentType: 'application/json', type: event.type, data: event.data as JSONType, metadata };
}

/** A stored event in the port's shape (no upcasting); undefined for an event this adapter did not write. */
export function toRecordedEvent(event: KurrentRecordedEvent): RecordedEvent | undefined {
  const name = parseKurrentStreamName(event.streamId);
  const meta = event.metadata;
  if (!name || !isStringRecord(meta) || meta.tenantId !== name.tenantId) return undefined;
  if (!event.position) throw new Error(`KurrentDB sent event ${event.id} without its position: a server of version 22.6 or later is needed`);
  return {
    eventId: event.id,
    type: event.type,
    schemaVersion: Number(meta.schemaVersion ?? 1),
    tenantId: name.tenantId,
    streamId: name.streamId,
    streamVersion: versionOfRevision(event.revision),
    globalPosition: event.position.prepare,
    transactionId: event.position.commit,
    occurredAt: typeof meta.occurredAt === 'string' ? new Date(meta.occurredAt) : event.created,
    recordedAt: event.created,
    data: event.isJson ? event.data : JSON.parse(Buffer.from(event.data).toString('utf8')),
    metadata: typeof meta.metadata === 'string' ? (JSON.parse(meta.metadata) as RecordedEvent['metadata']) : {},
  };
}

function isStringRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}

/** The checkpoint of a position of $all, and back. */
export function checkpointOf(position: Position): GlobalCheckpoint {
  return { transactionId: position.commit, globalPosition: position.prepare };
}

export function positionOf(checkpoint: GlobalCheckpoint): Position {
  return { commit: checkpoint.transactionId, prepare: checkpoint.globalPosition };
}

interface OwnerClaim {
  tenantId: string;
}

interface EventIdClaim {
  streamId: string;
  /** KurrentDB revision, as text (JSON has no bigint). */
  revision: string;
}

/**
 * One atomic multi-stream append: the events with the server's check, the stream id's owner when the stream
 * is new, and the claim of every event id the caller chose (`no_stream` each: an id already taken refuses
 * the whole append).
 */
export function appendRequests(
  tenantId: string,
  streamId: string,
  batch: readonly StoredShape[],
  state: StreamHead,
  callerChose: readonly boolean[],
): AppendStreamRequest[] {
  const first = state === 'no_stream' ? 0n : state + 1n;
  const requests: AppendStreamRequest[] = [
    { streamName: kurrentStreamName(tenantId, streamId), expectedState: state, events: batch.map((event) => toEventData(tenantId, event)) },
  ];
  if (state === 'no_stream') {
    const claim: OwnerClaim = { tenantId };
    requests.push({ streamName: `${OWNER_STREAMS}${streamId}`, expectedState: 'no_stream', events: [internalEvent('bcd.StreamOwned', claim)] });
  }
  batch.forEach((event, i) => {
    if (!callerChose[i]) return;
    const claim: EventIdClaim = { streamId, revision: String(first + BigInt(i)) };
    requests.push({ streamName: eventIdStream(tenantId, event.eventId), expectedState: 'no_stream', events: [internalEvent('bcd.EventIdTaken', claim)] });
  });
  return requests;
}

function eventIdStream(tenantId: string, eventId: string): string {
  return `${EVENT_ID_STREAMS}${tenantId}${SEPARATOR}${eventId}`;
}

function internalEvent(type: string, data: object): EventData {
  return { id: newId(), contentType: 'application/json', type, data: data as JSONType, metadata: undefined };
}

/** The server-side filter of a read of $all (the rest of the filter is applied here, see readAll). */
function serverFilter(options: ReadAllOptions): Filter {
  if (options.tenantId !== undefined) return { filterOn: 'streamName', prefixes: [`${options.tenantId}${SEPARATOR}`], checkpointInterval: 1 };
  if (options.typePrefix) return { filterOn: 'eventType', prefixes: [options.typePrefix], checkpointInterval: 1 };
  return { filterOn: 'streamName', regex: EVENT_STREAMS_REGEX, checkpointInterval: 1 };
}

function matches(event: RecordedEvent, options: ReadAllOptions): boolean {
  return (
    (options.tenantId === undefined || event.tenantId === options.tenantId) &&
    (options.typePrefix === undefined || event.type.startsWith(options.typePrefix)) &&
    (options.recordedBefore === undefined || event.recordedAt < options.recordedBefore)
  );
}

function isCommandError<T extends string>(error: unknown, type: T): error is Error & { type: T } & Record<string, unknown> {
  return error instanceof Error && (error as { type?: unknown }).type === type;
}

type WrongExpectedVersion = Error & { type: 'wrong-expected-version'; streamName: string; actualState: CurrentStreamState };

/** A conflict of the server's check (the client's WrongExpectedVersionError). */
function isWrongExpectedVersion(error: unknown): error is WrongExpectedVersion {
  return isCommandError(error, 'wrong-expected-version');
}

/** Host and port of a connection string, without credentials (for messages). */
function describeUrl(url: string): string {
  const hosts = /^[a-z+]+:\/\/(?:[^@/]*@)?([^/?]+)/i.exec(url)?.[1];
  return hosts ? `KurrentDB at ${hosts}` : 'KurrentDB';
}

type Wake = { wake: (tenantId: string, types: readonly string[]) => void; onError?: (error: unknown) => void };

/** The EventStore port on KurrentDB; see the header for the mapping and what it cannot do. */
export class KurrentDbEventStore implements EventStore {
  private readonly upcasters: Upcasters;
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly subscriptions = new Set<CatchUpSubscription>();
  /** The wake-ups of this store's subscriptions: called on this process's appends and by the live subscription. */
  private readonly listeners = new Set<Wake>();
  private live: AllStreamSubscription | undefined;
  private liveRetry: NodeJS.Timeout | undefined;
  /** Checkpoint streams whose $maxCount this process has set. */
  private readonly truncated = new Set<string>();
  private closing = false;

  /** Connects to the server of a connection string (`kurrentdb://host:2113?tls=false`) and checks that it answers. */
  static async connect(url: string, options: KurrentDbEventStoreOptions = {}): Promise<KurrentDbEventStore> {
    // Loaded here, not on import: the PostgreSQL shape never pays for the gRPC client and its native bridge.
    const { KurrentDBClient } = await import('@kurrent/kurrentdb-client');
    let client: KurrentDbClient;
    try {
      client = KurrentDBClient.connectionString(url);
    } catch (error) {
      // The client's message quotes the string around the error, which may be the password: not passed on.
      const expected = (error as { expected?: unknown }).expected;
      const hint = typeof expected === 'string' ? `: expected ${expected}` : '';
      throw new Error(`The KurrentDB connection string cannot be parsed${hint} (it is not shown: it may hold a password)`);
    }
    const store = new KurrentDbEventStore(client, options);
    try {
      await store.ping();
    } catch (error) {
      await store.close();
      const reason = isCommandError(error, 'unavailable')
        ? 'unavailable (no server there, or a tls setting in the connection string that does not match the server)'
        : isCommandError(error, 'access-denied')
          ? 'access denied (the adapter reads $all: its user needs that right, which the default ACL gives $admins)'
          : error instanceof Error
            ? error.message
            : String(error);
      throw new Error(`${describeUrl(url)} did not answer: ${reason}`, { cause: error });
    }
    return store;
  }

  constructor(
    private readonly client: KurrentDbClient,
    private readonly options: KurrentDbEventStoreOptions = {},
  ) {
    this.upcasters = new Upcasters(options.upcasters);
  }

  async appendToStream(tenantId: string, streamId: string, events: readonly NewEvent[], options: AppendOptions = {}): Promise<AppendResult> {
    if (this.closing) throw new Error('Event store is closing: append refused');
    const work = this.append(tenantId, streamId, events, options.expectedVersion ?? 'any');
    this.inFlight.add(work);
    try {
      const result = await work;
      if (!result.alreadyStored) for (const { wake } of this.listeners) wake(tenantId, events.map((e) => e.type));
      return result;
    } finally {
      this.inFlight.delete(work);
    }
  }

  private async append(tenantId: string, streamId: string, events: readonly NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    checkTenant(tenantId);
    const batch = prepareAppend(tenantId, streamId, events);
    streamStateFor(expected, 'no_stream'); // refuses a malformed expected version before any round trip
    const seen = new Map<string, number>();
    batch.forEach((event, i) => {
      const earlier = seen.get(event.eventId);
      if (earlier !== undefined) throw new ValidationFailed([{ path: `events.${i}.eventId`, message: `repeats events.${earlier}.eventId` }]);
      seen.set(event.eventId, i);
    });
    const callerChose = events.map((e) => e.eventId !== undefined);
    const name = kurrentStreamName(tenantId, streamId);
    for (let attempt = 0; ; attempt++) {
      const state = streamStateFor(expected, needsHead(expected) ? await this.headOf(name) : undefined);
      if (state === 'conflict') throw new ConcurrencyConflict(streamId, String(expected), undefined);
      try {
        await this.client.multiStreamAppend(appendRequests(tenantId, streamId, batch, state, callerChose));
      } catch (error) {
        if (isCommandError(error, 'unsupported')) {
          throw new Error(`KurrentDB ${String(error.minimumVersion)} or later is needed: this adapter appends through multi-stream appends`, { cause: error });
        }
        if (!isWrongExpectedVersion(error)) throw error;
        // A retried request finds its own claims: the original result. Another content under a claimed id: refused.
        if (callerChose.some(Boolean)) {
          const replayed = await this.replay(tenantId, streamId, batch, callerChose);
          if (replayed) return replayed;
        }
        if (state === 'no_stream') {
          const owner = await this.ownerOf(streamId);
          if (owner !== undefined && owner !== tenantId) {
            // Stream ids embed the tenant; a clash means a bug or a probe. Say nothing about the owner.
            throw new ConcurrencyConflict(streamId, String(expected), undefined, `Stream ${streamId} cannot be appended by this tenant`);
          }
        }
        if (needsHead(expected) && attempt < (this.options.anyVersionRetries ?? 5)) continue;
        const actual = error.streamName === name ? error.actualState : await this.headOf(name);
        throw new ConcurrencyConflict(streamId, String(expected), actualVersionOf(actual));
      }
      // The append answers with one position; each event's own comes from reading them back.
      const first = state === 'no_stream' ? 0n : state + 1n;
      const written = (await this.readRaw(name, { fromRevision: first, maxCount: batch.length })).map(toRecordedEvent);
      if (written.length !== batch.length || written.some((e, i) => e?.eventId !== batch[i].eventId)) {
        throw new Error(`KurrentDB did not read back the ${batch.length} event(s) just appended to ${name} from revision ${first}`);
      }
      return resultOf(written as RecordedEvent[], false);
    }
  }

  /** The original result when every event of the batch is stored under its claimed id with the same content. */
  private async replay(tenantId: string, streamId: string, batch: readonly StoredShape[], callerChose: readonly boolean[]): Promise<AppendResult | undefined> {
    const claims = await Promise.all(batch.map((event, i) => (callerChose[i] ? this.firstData<EventIdClaim>(eventIdStream(tenantId, event.eventId)) : undefined)));
    if (claims.every((claim) => claim === undefined)) return undefined;
    const stored = await Promise.all(
      claims.map(async (claim, i) => {
        if (!claim) return undefined;
        const [event] = await this.readRaw(kurrentStreamName(tenantId, claim.streamId), { fromRevision: BigInt(claim.revision), maxCount: 1 });
        const recorded = event && toRecordedEvent(event);
        return recorded?.eventId === batch[i].eventId ? recorded : undefined;
      }),
    );
    const differing = batch.filter((event, i) => {
      const s = stored[i];
      return !s || !sameContent(s, streamId, event);
    });
    if (differing.length > 0) throw new IdempotencyConflict(differing.map((e) => e.eventId));
    return resultOf(stored as RecordedEvent[], true);
  }

  private async ownerOf(streamId: string): Promise<string | undefined> {
    return (await this.firstData<OwnerClaim>(`${OWNER_STREAMS}${streamId}`))?.tenantId;
  }

  /** The data of a stream's first event (the adapter's own streams hold JSON). */
  private async firstData<T>(streamName: string): Promise<T | undefined> {
    const [event] = await this.readRaw(streamName, { maxCount: 1 });
    return event?.isJson ? (event.data as T) : undefined;
  }

  private async headOf(streamName: string): Promise<StreamHead> {
    const [last] = await this.readRaw(streamName, { direction: 'backwards', fromRevision: 'end', maxCount: 1 });
    return last ? last.revision : 'no_stream';
  }

  /** A stream's events as KurrentDB has them; none when the stream does not exist. */
  private async readRaw(streamName: string, options: KurrentReadStreamOptions): Promise<KurrentRecordedEvent[]> {
    const events: KurrentRecordedEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(streamName, options)) if (resolved.event) events.push(resolved.event);
    } catch (error) {
      if (isCommandError(error, 'stream-not-found')) return [];
      throw error;
    }
    return events;
  }

  async readStream(tenantId: string, streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const name = kurrentStreamName(tenantId, streamId);
    const backwards = options.direction === 'backwards';
    if (options.maxCount !== undefined && options.maxCount < 1) return [];
    let fromRevision: KurrentReadStreamOptions['fromRevision'] = backwards ? 'end' : 'start';
    if (options.fromVersion !== undefined) {
      // Versions from 1, revisions from 0: version v is revision v - 1.
      const version = backwards ? Math.floor(options.fromVersion) : Math.ceil(options.fromVersion);
      if (version >= 1) fromRevision = BigInt(version - 1);
      else if (backwards) return [];
    }
    const events = await this.readRaw(name, { direction: backwards ? 'backwards' : 'forwards', fromRevision, maxCount: options.maxCount ?? MAX_COUNT });
    return events.map((event) => {
      const recorded = toRecordedEvent(event);
      if (!recorded) throw new Error(`Event ${event.id} of ${name} was not written by this adapter (no tenantId in its metadata)`);
      return this.upcasters.apply(recorded);
    });
  }

  /**
   * A page of $all in order, after `after` (exclusive). Tenant or type prefix are filtered by the server
   * (stream-name prefix `<tenant>~`, else event-type prefix), the rest here; a page is only short at the end.
   */
  async readAll(options: ReadAllOptions = {}): Promise<ReadAllPage> {
    const maxCount = options.maxCount ?? 1000;
    if (!Number.isInteger(maxCount) || maxCount < 1) throw new ValidationFailed([{ path: 'maxCount', message: 'must be a positive integer' }]);
    if (options.tenantId !== undefined) checkTenant(options.tenantId);
    const filter = serverFilter(options);
    const events: RecordedEvent[] = [];
    let scanned = options.after;
    for (;;) {
      // One more than wanted: a read from a position starts with the event at it, read already.
      const wanted = maxCount - events.length + 1;
      let read = 0;
      let progressed = false;
      const page = this.client.readAll({ fromPosition: scanned ? positionOf(scanned) : 'start', maxCount: wanted, filter });
      for await (const resolved of page) {
        read++;
        const event = resolved.event;
        if (!event?.position) continue;
        const at = checkpointOf(event.position);
        if (scanned && compareCheckpoints(at, scanned) <= 0) continue;
        scanned = at;
        progressed = true;
        const recorded = toRecordedEvent(event);
        if (recorded && matches(recorded, options)) events.push(this.upcasters.apply(recorded));
        if (events.length === maxCount) break;
      }
      if (events.length === maxCount || read < wanted) break;
      if (!progressed) throw new Error('KurrentDB returned no event after the read position: $all cannot be read further');
    }
    const last = events[events.length - 1];
    return { events, checkpoint: last ? { transactionId: last.transactionId, globalPosition: last.globalPosition } : options.after, isEnd: events.length < maxCount };
  }

  subscribe(options: SubscriptionOptions): Subscription {
    if (this.closing) throw new Error('Event store is closing: subscribe refused');
    // An append wakes only the subscriptions that read what it appended: this process's at once, other
    // processes' through the live subscription to $all. Polling covers a wake-up that comes late or never.
    const listen = async (handler: (payload: string) => void) => {
      const listener: Wake = {
        wake: (tenantId, types) => {
          if (concernsSubscription(options, tenantId, namespacesOf(types))) handler(tenantId);
        },
        onError: options.onError,
      };
      this.listeners.add(listener);
      this.startLiveWake();
      return async () => {
        this.listeners.delete(listener);
        if (this.listeners.size === 0) await this.stopLiveWake();
      };
    };
    const subscription = new CatchUpSubscription(this, options, listen);
    this.subscriptions.add(subscription);
    void subscription.done.finally(() => this.subscriptions.delete(subscription));
    return subscription;
  }

  private startLiveWake(): void {
    if (this.live || this.closing || this.options.liveWake === false || this.listeners.size === 0) return;
    const live = this.client.subscribeToAll({
      fromPosition: 'end',
      filter: { filterOn: 'streamName', regex: EVENT_STREAMS_REGEX, checkpointInterval: 1000 },
    });
    this.live = live;
    live.on('data', (resolved: AllStreamResolvedEvent) => {
      const name = resolved.event && parseKurrentStreamName(resolved.event.streamId);
      if (name && resolved.event) for (const { wake } of this.listeners) wake(name.tenantId, [resolved.event.type]);
    });
    const ended = (error?: unknown) => {
      if (this.live !== live) return;
      this.live = undefined;
      if (error !== undefined) for (const { onError } of this.listeners) onError?.(error);
      if (this.closing || this.listeners.size === 0) return;
      this.liveRetry = setTimeout(() => this.startLiveWake(), this.options.liveWakeRetryMs ?? 1000);
      this.liveRetry.unref();
    };
    live.on('error', (error: Error) => ended(error));
    live.on('end', () => ended());
    live.on('close', () => ended());
  }

  private async stopLiveWake(): Promise<void> {
    clearTimeout(this.liveRetry);
    const live = this.live;
    this.live = undefined;
    await live?.unsubscribe().catch(() => undefined);
  }

  async readCheckpoint(subscriptionId: string): Promise<GlobalCheckpoint | undefined> {
    const [last] = await this.readRaw(`${CHECKPOINT_STREAMS}${subscriptionId}`, { direction: 'backwards', fromRevision: 'end', maxCount: 1 });
    if (!last?.isJson) return undefined;
    const data = last.data as { transactionId: string; globalPosition: string };
    return { transactionId: BigInt(data.transactionId), globalPosition: BigInt(data.globalPosition) };
  }

  async storeCheckpoint(subscriptionId: string, checkpoint: GlobalCheckpoint): Promise<void> {
    const name = `${CHECKPOINT_STREAMS}${subscriptionId}`;
    if (!this.truncated.has(name)) {
      // Only the last checkpoint is ever read: the server may drop the older ones.
      await this.client.setStreamMetadata(name, { maxCount: 1 });
      this.truncated.add(name);
    }
    const data = { transactionId: checkpoint.transactionId.toString(), globalPosition: checkpoint.globalPosition.toString() };
    await this.client.appendToStream(name, internalEvent('bcd.CheckpointStored', data), { streamState: 'any' });
  }

  /** Reads the last position of $all: the server answers, and lets this client read $all (which the adapter needs). */
  async ping(): Promise<void> {
    const last = this.client.readAll({ direction: 'backwards', fromPosition: 'end', maxCount: 1 });
    try {
      await last.next();
    } finally {
      await last.return?.();
    }
  }

  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    await Promise.allSettled([...this.inFlight]);
    await Promise.allSettled([...this.subscriptions].map((s) => s.stop()));
    await this.stopLiveWake();
    await this.client.dispose();
  }
}

/** An append's result from its events as stored (in stream order). */
function resultOf(events: readonly RecordedEvent[], alreadyStored: boolean): AppendResult {
  return {
    nextExpectedVersion: Math.max(...events.map((e) => e.streamVersion)),
    positions: events.map((e) => e.globalPosition),
    // The largest commit position of the append: a reader at (transactionId, any of its positions) has then
    // read all of it, whether the server gave its events one commit position or one each.
    transactionId: events.reduce((max, e) => (e.transactionId > max ? e.transactionId : max), 0n),
    alreadyStored,
  };
}
