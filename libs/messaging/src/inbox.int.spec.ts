// The inbox on the real executors (PGlite always, PostgreSQL with TEST_DATABASE_URL): the handler's effect and
// the inbox row commit together, so the same event delivered twice is handled once.
// eslint-disable-next-line @nx/enforce-module-boundaries -- tests only: the inbox describes the executor structurally (InboxExecutor); here it meets the real one
import { createEventStore, loadMigrations, migrate, type PostgresEventStore } from '@bcd/event-store';
import { newId, type RecordedEvent } from '@bcd/kernel';
import { fromMessage, topicFor } from './event-message.js';
import { InProcessMessaging } from './in-process-messaging.js';
import { Inbox, MESSAGING_MIGRATIONS_DIR, MESSAGING_MIGRATIONS_TABLE, type InboxHandler, type Receipt } from './inbox.js';
import { EventRelay } from './relay.js';
import { ScriptedPublisher } from './testing/scripted-publisher.js';
import { once, until } from './testing/until.js';

const url = process.env.TEST_DATABASE_URL;
const backends: [string, () => Promise<PostgresEventStore>][] = [['PGlite', () => createEventStore({ dataDir: 'memory://' })]];
if (url) backends.push(['PostgreSQL', () => createEventStore({ databaseUrl: url, dataDir: 'unused' })]);
else {
  describe('inbox on PostgreSQL: skipped: TEST_DATABASE_URL unset (.ci/run sets it)', () => {
    it.skip('runs the PGlite cases below on a PostgreSQL server', () => undefined);
  });
}

describe.each(backends)('inbox on %s', (_backend, open) => {
  let store: PostgresEventStore;
  // The consumer's own read model: one row per effect, in the order the effects were made.
  const effects = `messaging_effects_${newId().replace(/-/g, '').slice(-12)}`;

  beforeAll(async () => {
    store = await open();
    await migrate(store.executor, await loadMigrations(MESSAGING_MIGRATIONS_DIR), MESSAGING_MIGRATIONS_TABLE);
    await store.executor.query(
      `CREATE TABLE ${effects} (seq serial PRIMARY KEY, consumer text NOT NULL, event_id uuid NOT NULL, stream_id text NOT NULL, stream_version int NOT NULL)`,
    );
  });
  afterAll(async () => {
    await store.executor.query(`DROP TABLE IF EXISTS ${effects}`);
    await store.close();
  });

  const record =
    (consumer: string): InboxHandler =>
    async (tx, event) => {
      await tx.query(`INSERT INTO ${effects} (consumer, event_id, stream_id, stream_version) VALUES ($1, $2, $3, $4)`, [
        consumer,
        event.eventId,
        event.streamId,
        event.streamVersion,
      ]);
    };
  const effectsOf = (consumer: string) =>
    store.executor.query<{ event_id: string; stream_id: string; stream_version: number }>(
      `SELECT event_id::text AS event_id, stream_id, stream_version FROM ${effects} WHERE consumer = $1 ORDER BY seq`,
      [consumer],
    );
  const inboxRows = (consumer: string) =>
    store.executor.query<{ event_id: string }>(`SELECT event_id::text AS event_id FROM messaging_inbox WHERE consumer = $1`, [consumer]);

  async function storedEvent(): Promise<RecordedEvent> {
    const tenantId = `t-${newId().slice(-12)}`;
    await store.appendToStream(tenantId, `membership-member-${tenantId}-1`, [{ type: 'membership.MemberAppointed', data: { n: 1 } }]);
    return (await once(async () => (await store.readAll({ tenantId })).events, 1, 'event readable'))[0];
  }

  it('handles the same event delivered twice once: the redelivery changes nothing', async () => {
    const consumer = `c-${newId()}`;
    const inbox = new Inbox(store.executor, { consumer });
    const event = await storedEvent();
    expect(await inbox.receive(event, record(consumer))).toBe('handled');
    expect(await inbox.receive(event, record(consumer))).toBe('duplicate');
    expect(await effectsOf(consumer)).toEqual([{ event_id: event.eventId, stream_id: event.streamId, stream_version: 1 }]);
    expect(await inboxRows(consumer)).toEqual([{ event_id: event.eventId }]);
  });

  it('rolls the inbox row back with a failed effect, so the redelivery handles the event', async () => {
    const consumer = `c-${newId()}`;
    const inbox = new Inbox(store.executor, { consumer });
    const event = await storedEvent();
    const failing: InboxHandler = async (tx, e) => {
      await record(consumer)(tx, e); // written, then undone with the inbox row
      throw new Error('read model down');
    };
    await expect(inbox.receive(event, failing)).rejects.toThrow('read model down');
    expect(await inboxRows(consumer)).toEqual([]);
    expect(await effectsOf(consumer)).toEqual([]);
    expect(await inbox.receive(event, record(consumer))).toBe('handled');
    expect(await effectsOf(consumer)).toHaveLength(1);
  });

  it('keeps one inbox per consumer: each consumer handles the event once', async () => {
    const [a, b] = [`c-${newId()}`, `c-${newId()}`];
    const event = await storedEvent();
    for (const consumer of [a, b, a, b]) await new Inbox(store.executor, { consumer }).receive(event, record(consumer));
    expect(await effectsOf(a)).toHaveLength(1);
    expect(await effectsOf(b)).toHaveLength(1);
  });

  it('handles an event delivered to two members at once only once', async () => {
    const consumer = `c-${newId()}`;
    const event = await storedEvent();
    // Both transactions are open at the same time on a server (the pool has several connections).
    const slow: InboxHandler = async (tx, e) => {
      await tx.query('SELECT pg_sleep(0.2)');
      await record(consumer)(tx, e);
    };
    const receipts = await Promise.all([1, 2].map(() => new Inbox(store.executor, { consumer }).receive(event, slow)));
    expect(receipts.sort()).toEqual(['duplicate', 'handled']);
    expect(await effectsOf(consumer)).toHaveLength(1);
  });

  it('behind the relay and a consumer: a batch published twice (lost acknowledgement) is handled once, streams in order', async () => {
    const tenantId = `t-${newId().slice(-12)}`;
    const consumer = `c-${newId()}`;
    const streams = [`membership-member-${tenantId}-a`, `membership-member-${tenantId}-b`];
    for (let round = 1; round <= 4; round++) {
      for (const stream of streams) await store.appendToStream(tenantId, stream, [{ type: 'membership.MemberAppointed', data: { round } }]);
    }
    const stored = await once(async () => (await store.readAll({ tenantId })).events, 8, 'events readable');

    const broker = new InProcessMessaging();
    const publisher = new ScriptedPublisher(broker, (call) => (call === 1 ? 'lose-ack' : 'ack'));
    const relay = new EventRelay(store, publisher, { relayId: `relay-${tenantId}`, tenantId, batchSize: 5, pollIntervalMs: 20 });
    relay.start();
    await until(() => publisher.calls >= 2, 'the publish after the lost acknowledgement');
    await relay.caughtUp();
    const topic = topicFor('membership.MemberAppointed');
    expect(broker.published(topic)).toHaveLength(13); // the first batch twice

    const receipts: Receipt[] = [];
    const inbox = new Inbox(store.executor, { consumer });
    const run = await broker.run(consumer, [topic], inbox.handler(record(consumer), (receipt) => receipts.push(receipt)));
    await until(() => receipts.length === 13, 'every message handled or skipped');
    await run.stop();
    await relay.stop();

    expect(receipts.filter((r) => r === 'duplicate')).toHaveLength(5);
    const made = await effectsOf(consumer);
    expect(made.map((e) => e.event_id)).toEqual(stored.map((e) => e.eventId));
    for (const stream of streams) {
      expect(made.filter((e) => e.stream_id === stream).map((e) => e.stream_version)).toEqual([1, 2, 3, 4]);
    }
    // what the consumer handled is what was stored
    expect(broker.published(topic).slice(5).map(fromMessage)).toEqual(stored);
  });
});
