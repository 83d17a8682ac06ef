// The KurrentDB adapter's mapping, checked without a server (none runs here; kurrentdb.int.spec.ts runs the
// whole contract suite against one when KURRENTDB_URL is set). The client sits behind a small fake that
// records the calls and answers each one as the server would in that case: stream naming, versions from 1
// over revisions from 0, expected versions and conflicts, the metadata round trip, positions and wake-ups.
import { PassThrough } from 'node:stream';
import { ConcurrencyConflict, ValidationFailed, newId, type NewEvent } from '@bcd/kernel';
import type {
  AllStreamResolvedEvent,
  AllStreamSubscription,
  AppendStreamRequest,
  EventData,
  Position,
  ReadAllOptions as KurrentReadAllOptions,
  ReadStreamOptions as KurrentReadStreamOptions,
  RecordedEvent as KurrentRecordedEvent,
  ResolvedEvent,
} from '@kurrent/kurrentdb-client';
import {
  KurrentDbEventStore,
  kurrentStreamName,
  parseKurrentStreamName,
  streamStateFor,
  toEventData,
  toRecordedEvent,
  type KurrentDbClient,
} from './kurrentdb-event-store.js';
import { toStoredShape } from './stored-shape.js';

/** What the server returns for a record of a multi-stream append: its metadata JSON plus the schema properties it adds. */
function asStored(event: EventData, streamId: string, revision: bigint, position: Position, created = new Date('2025-03-01T02:00:00.000Z')): KurrentRecordedEvent {
  return {
    streamId,
    id: event.id,
    revision,
    type: event.type,
    isJson: true,
    data: JSON.parse(JSON.stringify(event.data)),
    metadata: { ...(event.metadata as Record<string, string>), '$schema.format': 'Json', '$schema.name': event.type },
    created,
    position,
  } as KurrentRecordedEvent;
}

const notFound = () => Object.assign(new Error('stream not found'), { type: 'stream-not-found' });
const conflictOn = (streamName: string, actualState: bigint | 'no_stream') =>
  Object.assign(new Error('wrong expected version'), { type: 'wrong-expected-version', streamName, actualState });

class FakeClient implements KurrentDbClient {
  readonly appends: AppendStreamRequest[][] = [];
  readonly streamReads: { streamName: string; options?: KurrentReadStreamOptions }[] = [];
  readonly allReads: KurrentReadAllOptions[] = [];
  /** Thrown by the next multiStreamAppend instead of appending. */
  nextAppendError: Error | undefined;
  /** The events of each stream the fake knows; absent: the stream does not exist. */
  readonly streams = new Map<string, KurrentRecordedEvent[]>();
  /** What readAll returns (the server's filtered answer). */
  allEvents: KurrentRecordedEvent[] = [];
  readonly live = Object.assign(new PassThrough({ objectMode: true }), { unsubscribe: async () => undefined }) as unknown as AllStreamSubscription;
  private position = 1000n;

  async multiStreamAppend(requests: AppendStreamRequest[]) {
    this.appends.push(requests);
    const error = this.nextAppendError;
    this.nextAppendError = undefined;
    if (error) throw error;
    // Keeps the events of the first request (the tenant's stream), for the adapter's read-back of positions.
    const [{ streamName, events }] = requests;
    const stream = this.streams.get(streamName) ?? [];
    for (const event of events) {
      this.position += 100n;
      stream.push(asStored(event, streamName, BigInt(stream.length), { commit: this.position, prepare: this.position }));
    }
    this.streams.set(streamName, stream);
    return { position: this.position, responses: [] };
  }

  async appendToStream() {
    return { success: true, nextExpectedRevision: 0n };
  }

  readStream(streamName: string, options?: KurrentReadStreamOptions): AsyncIterableIterator<ResolvedEvent> {
    this.streamReads.push({ streamName, options });
    const stored = this.streams.get(streamName);
    const backwards = options?.direction === 'backwards';
    const from = options?.fromRevision;
    const events = (backwards ? [...(stored ?? [])].reverse() : (stored ?? []))
      .filter((e) => typeof from !== 'bigint' || (backwards ? e.revision <= from : e.revision >= from))
      .slice(0, Number(options?.maxCount ?? Number.MAX_SAFE_INTEGER));
    return (async function* () {
      if (!stored) throw notFound();
      for (const event of events) yield { event };
    })();
  }

  readAll(options?: KurrentReadAllOptions): AsyncIterableIterator<AllStreamResolvedEvent> {
    this.allReads.push(options ?? {});
    const events = this.allEvents.slice(0, Number(options?.maxCount ?? Number.MAX_SAFE_INTEGER));
    return (async function* () {
      for (const event of events) yield { event } as AllStreamResolvedEvent;
    })();
  }

  subscribeToAll(): AllStreamSubscription {
    return this.live;
  }

  async setStreamMetadata() {
    return { success: true, nextExpectedRevision: 0n };
  }

  async dispose() {}
}

const tenant = 'thanh-hoa';
const open = (client: FakeClient) => new KurrentDbEventStore(client, { liveWake: true });

describe('KurrentDB stream names', () => {
  it('are <tenant>~<stream id>, parsed back at the first ~ (a stream id may hold more)', () => {
    expect(kurrentStreamName(tenant, 'meeting-1')).toBe('thanh-hoa~meeting-1');
    expect(parseKurrentStreamName('thanh-hoa~budget~2025')).toEqual({ tenantId: tenant, streamId: 'budget~2025' });
    // System streams, the adapter's own (claims, checkpoints) and foreign streams hold no events of the port.
    for (const name of ['$settings', '~owner~meeting-1', '~checkpoint~audit', 'foreign-stream', 'thanh-hoa~']) {
      expect(parseKurrentStreamName(name)).toBeUndefined();
    }
  });

  it('refuses a tenant id that would make them ambiguous', () => {
    for (const bad of ['a~b', '$all', '']) expect(() => kurrentStreamName(bad, 's')).toThrow(ValidationFailed);
  });
});

describe('expected versions', () => {
  it('map to the check the server makes: revisions count from 0, versions from 1', () => {
    expect(streamStateFor('no_stream')).toBe('no_stream');
    expect(streamStateFor(0)).toBe('no_stream');
    expect(streamStateFor(1)).toBe(0n);
    expect(streamStateFor(10_000)).toBe(9_999n);
    // `any` and `stream_exists` check the head the adapter read first.
    expect(streamStateFor('any', 'no_stream')).toBe('no_stream');
    expect(streamStateFor('any', 4n)).toBe(4n);
    expect(streamStateFor('stream_exists', 4n)).toBe(4n);
    expect(streamStateFor('stream_exists', 'no_stream')).toBe('conflict');
    expect(() => streamStateFor(-1)).toThrow(ValidationFailed);
    expect(() => streamStateFor(1.5)).toThrow(ValidationFailed);
  });
});

describe('KurrentDbEventStore.appendToStream', () => {
  it('appends a new stream in one atomic append: its events, the owner of its id, the claims of the ids the caller chose', async () => {
    const client = new FakeClient();
    const store = open(client);
    const chosen = newId();
    const events: NewEvent[] = [
      { type: 'meetings.MeetingScheduled', data: { n: 1 } },
      { eventId: chosen, type: 'meetings.MeetingHeld', data: { n: 2 } },
    ];
    const result = await store.appendToStream(tenant, 'meeting-1', events, { expectedVersion: 'no_stream' });

    const [requests] = client.appends;
    expect(requests.map((r) => [r.streamName, r.expectedState, r.events.map((e) => e.type)])).toEqual([
      ['thanh-hoa~meeting-1', 'no_stream', ['meetings.MeetingScheduled', 'meetings.MeetingHeld']],
      ['~owner~meeting-1', 'no_stream', ['bcd.StreamOwned']],
      [`~id~thanh-hoa~${chosen}`, 'no_stream', ['bcd.EventIdTaken']],
    ]);
    expect(requests[1].events[0].data).toEqual({ tenantId: tenant });
    expect(requests[2].events[0].data).toEqual({ streamId: 'meeting-1', revision: '1' }); // the claimed event's revision
    // Versions from 1; each event's position read back: (commit, prepare) → (transactionId, globalPosition).
    expect(result).toEqual({ nextExpectedVersion: 2, positions: [1100n, 1200n], transactionId: 1200n, alreadyStored: false });
    expect(client.streamReads.at(-1)).toEqual({ streamName: 'thanh-hoa~meeting-1', options: { fromRevision: 0n, maxCount: 2 } });
  });

  it('at version 2 the server checks revision 1 and no owner is claimed; `any` checks the head it read', async () => {
    const client = new FakeClient();
    const store = open(client);
    await store.appendToStream(tenant, 's', [{ type: 'a', data: {} }, { type: 'b', data: {} }]);
    const exact = await store.appendToStream(tenant, 's', [{ type: 'c', data: {} }], { expectedVersion: 2 });
    expect(client.appends[1].map((r) => [r.streamName, r.expectedState])).toEqual([['thanh-hoa~s', 1n]]);
    expect(exact.nextExpectedVersion).toBe(3);

    const any = await store.appendToStream(tenant, 's', [{ type: 'd', data: {} }]);
    expect(client.streamReads.some((read) => read.options?.direction === 'backwards' && read.options.fromRevision === 'end' && read.options.maxCount === 1)).toBe(true);
    expect(client.appends[2].map((r) => [r.streamName, r.expectedState])).toEqual([['thanh-hoa~s', 2n]]);
    expect(any.nextExpectedVersion).toBe(4);
  });

  it("maps the server's conflict to ConcurrencyConflict with the port's version (revision + 1; none when the stream is missing)", async () => {
    const client = new FakeClient();
    const store = open(client);
    await store.appendToStream(tenant, 's', [{ type: 'a', data: {} }, { type: 'b', data: {} }]);

    client.nextAppendError = conflictOn('thanh-hoa~s', 1n);
    const stale = await store.appendToStream(tenant, 's', [{ type: 'x', data: {} }], { expectedVersion: 1 }).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ConcurrencyConflict);
    expect(stale).toMatchObject({ streamId: 's', expectedVersion: '1', actualVersion: 2 });

    client.nextAppendError = conflictOn('thanh-hoa~new', 'no_stream');
    await expect(store.appendToStream(tenant, 'new', [{ type: 'x', data: {} }], { expectedVersion: 1 })).rejects.toMatchObject({
      constructor: ConcurrencyConflict,
      actualVersion: undefined,
    });
  });

  it('refuses a new stream whose id another tenant owns, without naming the owner', async () => {
    const client = new FakeClient();
    const store = open(client);
    const owner: EventData = { id: newId(), contentType: 'application/json', type: 'bcd.StreamOwned', data: { tenantId: 'ha-noi' }, metadata: undefined };
    client.streams.set('~owner~shared', [asStored(owner, '~owner~shared', 0n, { commit: 1n, prepare: 1n })]);
    client.nextAppendError = conflictOn('~owner~shared', 0n);
    const error = await store.appendToStream(tenant, 'shared', [{ type: 'x', data: {} }], { expectedVersion: 'no_stream' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConcurrencyConflict);
    expect((error as Error).message).toBe('Stream shared cannot be appended by this tenant');
    expect((error as Error).message).not.toContain('ha-noi');
  });
});

describe('event metadata', () => {
  it('round-trips every field through the metadata JSON, in the string values multi-stream appends take', () => {
    const occurredAt = new Date('2018-10-19T08:00:00.000Z');
    const event: NewEvent = {
      eventId: newId(),
      type: 'meetings.MeetingHeld',
      data: { title: 'Họp Ban Chỉ đạo', items: [1, 2], nested: { ok: true } },
      schemaVersion: 2,
      occurredAt,
      metadata: { correlationId: 'c-1', causationId: 'c-0', actor: { userId: 'u1', role: 'secretariat' }, source: { ip: '10.0.0.1' } },
    };
    const data = toEventData(tenant, toStoredShape(event, 0));
    expect(Object.values(data.metadata as object).every((value) => typeof value === 'string')).toBe(true);
    expect(data.metadata).toMatchObject({ tenantId: tenant, schemaVersion: '2', occurredAt: '2018-10-19T08:00:00.000Z' });

    const recorded = toRecordedEvent(asStored(data, 'thanh-hoa~meeting-1', 0n, { commit: 7n, prepare: 5n }));
    expect(recorded).toEqual({
      eventId: event.eventId,
      type: 'meetings.MeetingHeld',
      schemaVersion: 2,
      tenantId: tenant,
      streamId: 'meeting-1',
      streamVersion: 1,
      globalPosition: 5n,
      transactionId: 7n,
      occurredAt,
      recordedAt: new Date('2025-03-01T02:00:00.000Z'),
      data: event.data,
      metadata: event.metadata,
    });
  });

  it('takes the recording time as the business time when none was given, and ignores events it did not write', () => {
    const created = new Date('2025-03-01T02:00:00.000Z');
    const data = toEventData(tenant, toStoredShape({ type: 'x', data: null }, 0));
    expect(data.metadata).not.toHaveProperty('occurredAt');
    expect(toRecordedEvent(asStored(data, 'thanh-hoa~s', 4n, { commit: 1n, prepare: 1n }, created))).toMatchObject({
      occurredAt: created,
      streamVersion: 5,
      data: null,
      metadata: {},
    });
    // Another tenant's name on the stream than in the metadata, or no metadata of ours: not an event of the port.
    expect(toRecordedEvent(asStored(data, 'ha-noi~s', 0n, { commit: 1n, prepare: 1n }))).toBeUndefined();
    expect(toRecordedEvent({ ...asStored(data, 'thanh-hoa~s', 0n, { commit: 1n, prepare: 1n }), metadata: undefined } as KurrentRecordedEvent)).toBeUndefined();
  });
});

describe('KurrentDbEventStore reads', () => {
  it('reads a stream from a version (version v is revision v − 1), forwards and backwards; a missing stream is empty', async () => {
    const client = new FakeClient();
    const store = open(client);
    await store.appendToStream(tenant, 's', ['a', 'b', 'c', 'd', 'e'].map((type) => ({ type, data: {} })));
    expect((await store.readStream(tenant, 's', { fromVersion: 4 })).map((e) => [e.streamVersion, e.type])).toEqual([
      [4, 'd'],
      [5, 'e'],
    ]);
    expect(client.streamReads.at(-1)?.options).toMatchObject({ direction: 'forwards', fromRevision: 3n });
    expect((await store.readStream(tenant, 's', { direction: 'backwards', fromVersion: 2 })).map((e) => e.type)).toEqual(['b', 'a']);
    expect(client.streamReads.at(-1)?.options).toMatchObject({ direction: 'backwards', fromRevision: 1n });
    expect(await store.readStream(tenant, 'missing')).toEqual([]);
  });

  it('reads $all after a checkpoint, exclusive; a checkpoint is (commit, prepare); only the port events of the tenant asked for pass', async () => {
    const client = new FakeClient();
    const store = open(client);
    const event = (streamId: string, type: string, commit: bigint, eventTenant = tenant) =>
      asStored(toEventData(eventTenant, toStoredShape({ type, data: {} }, 0)), streamId, 0n, { commit, prepare: commit - 1n });
    client.allEvents = [
      event('thanh-hoa~s', 'at-the-checkpoint', 10n), // a read from a position starts with the event at it
      event('thanh-hoa~s', 'next', 20n),
      event('ha-noi~s', 'other-tenant', 30n, 'ha-noi'),
      event('thanh-hoa~t', 'last', 40n),
    ];
    const page = await store.readAll({ tenantId: tenant, after: { transactionId: 10n, globalPosition: 9n }, maxCount: 10 });
    expect(client.allReads[0]).toMatchObject({ fromPosition: { commit: 10n, prepare: 9n }, filter: { filterOn: 'streamName', prefixes: ['thanh-hoa~'] } });
    expect(page.events.map((e) => e.type)).toEqual(['next', 'last']);
    expect(page.checkpoint).toEqual({ transactionId: 40n, globalPosition: 39n });
    expect(page.isEnd).toBe(true);
  });

  it('wakes a subscription when another process appends, through the live subscription to $all (no polling)', async () => {
    const client = new FakeClient();
    const store = open(client);
    const seen: string[] = [];
    const sub = store.subscribe({
      subscriptionId: 'wake',
      durable: false,
      tenantId: tenant,
      pollIntervalMs: 60_000,
      handler: async (events) => void seen.push(...events.map((e) => e.type)),
    });
    await sub.caughtUp();
    const appended = asStored(toEventData(tenant, toStoredShape({ type: 'x.Happened', data: {} }, 0)), 'thanh-hoa~s', 0n, { commit: 5n, prepare: 5n });
    client.allEvents = [appended];
    (client.live as unknown as PassThrough).write({ event: appended }); // another process's append, as $all delivers it
    const start = Date.now();
    while (seen.length === 0 && Date.now() - start < 5_000) await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual(['x.Happened']);
    await store.close();
  });
});

describe('KurrentDbEventStore.connect', () => {
  it('refuses a malformed connection string without echoing it (it may hold a password)', async () => {
    const error = await KurrentDbEventStore.connect('https://admin:hunter2@kurrentdb:2113').then(
      () => new Error('expected a refusal'),
      (e: unknown) => e as Error,
    );
    expect(error.message).toMatch(/^The KurrentDB connection string cannot be parsed: expected kurrentdb:\/\/.* \(it is not shown: it may hold a password\)$/);
    expect(error.message).not.toContain('hunter2');
  });

  it('says which server did not answer, without its credentials', async () => {
    // Port 1 on loopback: nothing listens there.
    const error = await KurrentDbEventStore.connect('kurrentdb://admin:hunter2@127.0.0.1:1?tls=false').then(
      () => new Error('expected a refusal'),
      (e: unknown) => e as Error,
    );
    expect(error.message).toMatch(/^KurrentDB at 127\.0\.0\.1:1 did not answer: unavailable/);
    expect(error.message).not.toContain('hunter2');
  });
});

