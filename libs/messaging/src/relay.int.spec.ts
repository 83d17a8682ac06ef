// The relay against the real event store (PGlite always, PostgreSQL with TEST_DATABASE_URL), with the broker
// behind the port: the in-process adapter, or a scripted one that fails, hangs or loses acknowledgements.
// eslint-disable-next-line @nx/enforce-module-boundaries -- tests only: the relay describes the store structurally (RelaySource); here it meets the real one
import { createEventStore, type PostgresEventStore } from '@bcd/event-store';
import { newId, type RecordedEvent } from '@bcd/kernel';
import { EVENT_HEADERS, fromMessage } from './event-message.js';
import { InProcessMessaging } from './in-process-messaging.js';
import type { IncomingMessage } from './port.js';
import { EventRelay, PublishTimeout, type EventRelayOptions } from './relay.js';
import { ScriptedPublisher } from './testing/scripted-publisher.js';
import { once, sleep, until } from './testing/until.js';

const url = process.env.TEST_DATABASE_URL;
const backends: [string, () => Promise<PostgresEventStore>][] = [['PGlite', () => createEventStore({ dataDir: 'memory://' })]];
if (url) backends.push(['PostgreSQL', () => createEventStore({ databaseUrl: url, dataDir: 'unused' })]);
else {
  describe('relay on PostgreSQL: skipped: TEST_DATABASE_URL unset (.ci/run sets it)', () => {
    it.skip('runs the PGlite cases below on a PostgreSQL server', () => undefined);
  });
}

const MEMBERSHIP = 'bcd.membership.events';
const MEETINGS = 'bcd.meetings.events';
const ids = (messages: readonly IncomingMessage[]) => messages.map((m) => m.headers[EVENT_HEADERS.eventId]);
const eventIds = (events: readonly RecordedEvent[]) => events.map((e) => e.eventId);
const positionOf = (e: RecordedEvent) => ({ transactionId: e.transactionId, globalPosition: e.globalPosition });

describe.each(backends)('event relay on %s', (_backend, open) => {
  let store: PostgresEventStore;
  beforeAll(async () => {
    store = await open();
  });
  afterAll(async () => {
    await store.close();
  });

  /** A tenant of its own per test (the PostgreSQL database is shared) and a relay reading only it. */
  function scenario() {
    const tenantId = `t-${newId().slice(-12)}`;
    const options: EventRelayOptions = { relayId: `relay-${tenantId}`, tenantId, batchSize: 4, pollIntervalMs: 20 };
    const member = `membership-member-${tenantId}-1`;
    let written = 0;
    return {
      tenantId,
      options,
      member,
      /** `count` single-event appends to one membership stream. */
      async appendMembers(count: number) {
        for (let n = 1; n <= count; n++) await store.appendToStream(tenantId, member, [{ type: 'membership.MemberAppointed', data: { n } }]);
        written += count;
      },
      /**
       * The tenant's events as the store reads them, once it reads all `expected` (default: those appendMembers
       * wrote): on a PostgreSQL database shared with other test files, a gap-safe read stops before another file's
       * transaction still in flight, so a read right after the appends may see fewer.
       */
      stored: (expected = written) => once(async () => (await store.readAll({ tenantId, maxCount: 10_000 })).events, expected, 'events readable'),
      storedCheckpoint: () => store.readCheckpoint(options.relayId as string),
    };
  }

  it('publishes each context to its topic, keyed by stream, every stream in order, then stores its checkpoint', async () => {
    const s = scenario();
    const streams = [
      { id: `membership-member-${s.tenantId}-a`, type: 'membership.MemberAppointed' },
      { id: `membership-member-${s.tenantId}-b`, type: 'membership.MemberReassigned' },
      { id: `meetings-meeting-${s.tenantId}-c`, type: 'meetings.MeetingScheduled' },
    ];
    // Interleaved appends, one multi-event append, and batches of 4 that cut across streams and topics.
    for (let round = 1; round <= 4; round++) {
      for (const stream of streams) await store.appendToStream(s.tenantId, stream.id, [{ type: stream.type, data: { round } }]);
    }
    await store.appendToStream(s.tenantId, streams[0].id, [5, 6, 7].map((round) => ({ type: 'membership.MemberAppointed', data: { round } })));
    const stored = await s.stored(15);
    expect(stored).toHaveLength(15);

    const messaging = new InProcessMessaging();
    const relay = new EventRelay(store, messaging, s.options);
    relay.start();
    await relay.caughtUp();

    const membership = messaging.published(MEMBERSHIP);
    const meetings = messaging.published(MEETINGS);
    // every event once, in the store's global order within its topic, carrying the stored event
    expect(membership.map(fromMessage)).toEqual(stored.filter((e) => e.type.startsWith('membership.')));
    expect(meetings.map(fromMessage)).toEqual(stored.filter((e) => e.type.startsWith('meetings.')));
    for (const message of [...membership, ...meetings]) {
      const event = fromMessage(message);
      expect(message.key).toBe(event.streamId);
      expect(message.headers).toMatchObject({
        [EVENT_HEADERS.eventId]: event.eventId,
        [EVENT_HEADERS.type]: event.type,
        [EVENT_HEADERS.tenantId]: s.tenantId,
        [EVENT_HEADERS.globalPosition]: event.globalPosition.toString(),
      });
    }
    // per key: stream versions 1, 2, 3 … in publish order
    for (const stream of streams) {
      const versions = [...membership, ...meetings].filter((m) => m.key === stream.id).map((m) => fromMessage(m).streamVersion);
      expect(versions).toEqual(Array.from({ length: versions.length }, (_, i) => i + 1));
    }
    expect(relay.publishedCount).toBe(15);
    expect(await s.storedCheckpoint()).toEqual(positionOf(stored[14]));

    // a later append is relayed too, after the earlier ones
    await store.appendToStream(s.tenantId, streams[2].id, [{ type: 'meetings.MeetingHeld', data: {} }]);
    await relay.caughtUp();
    expect(messaging.published(MEETINGS).map((m) => fromMessage(m).streamVersion)).toEqual([1, 2, 3, 4, 5]);
    await relay.stop();
  });

  it('does not move its checkpoint while the broker refuses, and publishes everything once it accepts', async () => {
    const s = scenario();
    await s.appendMembers(6);
    const broker = new InProcessMessaging();
    let refusing = true;
    const publisher = new ScriptedPublisher(broker, () => (refusing ? 'fail' : 'ack'));
    const errors: unknown[] = [];
    const relay = new EventRelay(store, publisher, { ...s.options, onError: (e) => errors.push(e) });
    relay.start();

    await until(() => publisher.calls >= 3, 'three refused publishes');
    expect(await s.storedCheckpoint()).toBeUndefined();
    expect(relay.checkpoint()).toBeUndefined();
    expect(broker.published(MEMBERSHIP)).toEqual([]);
    expect(String(errors[0])).toContain('broker unavailable');
    // the same first batch, again and again: nothing after it goes out first
    expect(new Set(publisher.attempts.map((a) => a.count))).toEqual(new Set([4]));

    refusing = false;
    await relay.caughtUp();
    const stored = await s.stored();
    expect(ids(broker.published(MEMBERSHIP))).toEqual(eventIds(stored));
    expect(await s.storedCheckpoint()).toEqual(positionOf(stored[5]));
    await relay.stop();
  });

  it('does not move its checkpoint while the broker does not answer; stopped and restarted, it publishes the batch again', async () => {
    const s = scenario();
    await s.appendMembers(6);
    const hanging = new ScriptedPublisher(new InProcessMessaging(), () => 'hang');
    const relay = new EventRelay(store, hanging, { ...s.options, ackTimeoutMs: 60_000 });
    relay.start();

    await until(() => hanging.calls === 1, 'the first publish');
    await sleep(300); // many polling intervals
    expect(hanging.calls).toBe(1); // the second batch waits for the first one's acknowledgement
    expect(await s.storedCheckpoint()).toBeUndefined();

    const stopping = Date.now();
    await relay.stop(); // does not wait for an answer that never comes
    expect(Date.now() - stopping).toBeLessThan(2000);
    expect(await s.storedCheckpoint()).toBeUndefined();

    const broker = new InProcessMessaging();
    const restarted = new EventRelay(store, broker, s.options);
    restarted.start();
    await restarted.caughtUp();
    const stored = await s.stored();
    expect(ids(broker.published(MEMBERSHIP))).toEqual(eventIds(stored));
    expect(await s.storedCheckpoint()).toEqual(positionOf(stored[5]));
    await restarted.stop();
  });

  it('stores the checkpoint of an acknowledged batch only: a restart resumes right after it', async () => {
    const s = scenario();
    await s.appendMembers(10);
    const stored = await s.stored();
    const first = new InProcessMessaging();
    const publisher = new ScriptedPublisher(first, (call) => (call === 1 ? 'ack' : 'hang'));
    const relay = new EventRelay(store, publisher, s.options);
    relay.start();

    await until(() => publisher.calls === 2, 'the second publish');
    expect(await s.storedCheckpoint()).toEqual(positionOf(stored[3]));
    expect(ids(first.published(MEMBERSHIP))).toEqual(eventIds(stored.slice(0, 4)));
    await relay.stop();
    expect(await s.storedCheckpoint()).toEqual(positionOf(stored[3]));

    const second = new InProcessMessaging();
    const restarted = new EventRelay(store, second, s.options);
    restarted.start();
    await restarted.caughtUp();
    expect(ids(second.published(MEMBERSHIP))).toEqual(eventIds(stored.slice(4)));
    expect(await s.storedCheckpoint()).toEqual(positionOf(stored[9]));
    await restarted.stop();
  });

  it('gives up waiting after ackTimeoutMs and publishes the batch again', async () => {
    const s = scenario();
    await s.appendMembers(3);
    const broker = new InProcessMessaging();
    const publisher = new ScriptedPublisher(broker, (call) => (call === 1 ? 'hang' : 'ack'));
    const errors: unknown[] = [];
    const relay = new EventRelay(store, publisher, { ...s.options, ackTimeoutMs: 150, onError: (e) => errors.push(e) });
    relay.start();
    await until(() => publisher.calls === 2, 'the publish after the timeout');
    await relay.caughtUp();
    expect(errors[0]).toBeInstanceOf(PublishTimeout);
    expect(ids(broker.published(MEMBERSHIP))).toEqual(eventIds(await s.stored()));
    await relay.stop();
  });

  it('publishes a batch whose acknowledgement was lost again: duplicates, never a gap', async () => {
    const s = scenario();
    await s.appendMembers(6);
    const broker = new InProcessMessaging();
    const publisher = new ScriptedPublisher(broker, (call) => (call === 1 ? 'lose-ack' : 'ack'));
    const relay = new EventRelay(store, publisher, s.options);
    relay.start();
    await until(() => publisher.calls >= 2, 'the publish after the lost acknowledgement');
    await relay.caughtUp();
    const stored = eventIds(await s.stored());
    expect(ids(broker.published(MEMBERSHIP))).toEqual([...stored.slice(0, 4), ...stored]);
    await relay.stop();
  });

  it('stops at an event whose type names no context, rather than skip it', async () => {
    const s = scenario();
    await s.appendMembers(1);
    await store.appendToStream(s.tenantId, `odd-${s.tenantId}`, [{ type: 'Unnamespaced', data: {} }]);
    const broker = new InProcessMessaging();
    const errors: unknown[] = [];
    const relay = new EventRelay(store, broker, { ...s.options, onError: (e) => errors.push(e) });
    relay.start();
    await until(() => errors.length >= 2, 'the error reported twice');
    expect(String(errors[0])).toContain('Event type "Unnamespaced" has no context namespace');
    expect(await s.storedCheckpoint()).toBeUndefined();
    await relay.stop();
  });
});
