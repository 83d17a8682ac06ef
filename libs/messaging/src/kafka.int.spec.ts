// The kafkajs adapter against a real Kafka-protocol peer: librdkafka's mock cluster, started by Debian's kcat
// (`apt-get install -y kcat`; .ci/run does), always; a real broker when KAFKA_BROKERS is set. The mock accepts
// produce and consumer groups, not admin calls or idempotent producers: topics are created on first use.
// eslint-disable-next-line @nx/enforce-module-boundaries -- tests only: relay and inbox describe the store and its executor structurally; here they meet the real ones
import { createEventStore, loadMigrations, migrate, type PostgresEventStore } from '@bcd/event-store';
import { newId } from '@bcd/kernel';
import { toMessage, topicOf } from './event-message.js';
import { Inbox, MESSAGING_MIGRATIONS_DIR, MESSAGING_MIGRATIONS_TABLE, type Receipt } from './inbox.js';
import { KafkaMessaging, parseBrokers, type KafkaLogEntry } from './kafka-messaging.js';
import type { IncomingMessage } from './port.js';
import { EventRelay } from './relay.js';
import { startMockCluster, type MockCluster } from './testing/mock-cluster.js';
import { ScriptedPublisher } from './testing/scripted-publisher.js';
import { once, until } from './testing/until.js';

/**
 * Stores events of two contexts in interleaved streams, relays them through the kafkajs adapter (losing the
 * first acknowledgement, so a batch is published twice), consumes them back through a kafkajs consumer with
 * the inbox, and checks topics, order per key, headers and deduplication.
 */
function relayThroughKafka(brokers: () => string[]) {
  // A describe of its own, so that its connections close before the broker goes away.
  describe('relay → Kafka → consumer with the inbox', () => relayScenario(brokers));
}

function relayScenario(brokers: () => string[]) {
  let store: PostgresEventStore;
  let kafka: KafkaMessaging;
  const log: KafkaLogEntry[] = [];
  const tenantId = `t-${newId().slice(-12)}`;
  const effects = `messaging_kafka_effects_${newId().replace(/-/g, '').slice(-12)}`;

  beforeAll(async () => {
    store = await createEventStore({ dataDir: 'memory://' });
    await migrate(store.executor, await loadMigrations(MESSAGING_MIGRATIONS_DIR), MESSAGING_MIGRATIONS_TABLE);
    await store.executor.query(`CREATE TABLE ${effects} (seq serial PRIMARY KEY, event_id uuid NOT NULL, stream_id text NOT NULL, stream_version int NOT NULL)`);
    kafka = new KafkaMessaging({
      brokers: brokers(),
      clientId: 'bcd-messaging-spec',
      fetchMaxWaitMs: 200,
      retries: 3,
      onLog: (entry) => log.push(entry),
    });
  });
  afterAll(async () => {
    await kafka?.close();
    await store?.close();
  });

  it('relays stored events to their context topics and consumes them back: order per key kept, duplicates handled once', async () => {
    const streams = [
      { id: `membership-member-${tenantId}-a`, type: 'membership.MemberAppointed' },
      { id: `meetings-meeting-${tenantId}-b`, type: 'meetings.MeetingScheduled' },
      { id: `membership-member-${tenantId}-c`, type: 'membership.MemberReassigned' },
    ];
    for (let round = 1; round <= 4; round++) {
      for (const stream of streams) await store.appendToStream(tenantId, stream.id, [{ type: stream.type, data: { round } }]);
    }
    const stored = await once(async () => (await store.readAll({ tenantId })).events, 12, 'events readable');

    // The first publish reaches the broker but its acknowledgement is lost: the relay publishes that batch again.
    const publisher = new ScriptedPublisher(kafka, (call) => (call === 1 ? 'lose-ack' : 'ack'));
    const relay = new EventRelay(store, publisher, { relayId: `relay-${tenantId}`, tenantId, batchSize: 5, pollIntervalMs: 50 });
    relay.start();
    await until(() => publisher.calls >= 2, 'the publish after the lost acknowledgement', 30_000);
    await relay.caughtUp();
    await relay.stop();
    expect(await store.readCheckpoint(`relay-${tenantId}`)).toEqual({
      transactionId: stored[11].transactionId,
      globalPosition: stored[11].globalPosition,
    });
    const duplicated = 5; // the first batch

    const seen: IncomingMessage[] = [];
    const receipts: Receipt[] = [];
    const inbox = new Inbox(store.executor, { consumer: `group-${tenantId}` });
    const handle = inbox.handler(
      async (tx, event) => {
        await tx.query(`INSERT INTO ${effects} (event_id, stream_id, stream_version) VALUES ($1, $2, $3)`, [event.eventId, event.streamId, event.streamVersion]);
      },
      (receipt) => receipts.push(receipt),
    );
    const consumer = await kafka.run(`group-${tenantId}`, [topicOf('membership'), topicOf('meetings')], async (message) => {
      // a real broker's topics hold other runs' events too: this run handles its own tenant's
      if (message.headers['bcd-tenant-id'] !== tenantId) return;
      seen.push(message);
      await handle(message);
    });
    try {
      await until(() => receipts.length === stored.length + duplicated, `${stored.length + duplicated} messages consumed`, 45_000);
    } finally {
      await consumer.stop();
    }

    expect(receipts.filter((r) => r === 'duplicate')).toHaveLength(duplicated);
    const made = await store.executor.query<{ event_id: string; stream_id: string; stream_version: number }>(
      `SELECT event_id::text AS event_id, stream_id, stream_version FROM ${effects} ORDER BY seq`,
    );
    expect(made.map((e) => e.event_id).sort()).toEqual(stored.map((e) => e.eventId).sort());
    for (const stream of streams) {
      // each stream's effects in version order: its messages kept their order (one key, one partition)
      expect(made.filter((e) => e.stream_id === stream.id).map((e) => e.stream_version)).toEqual([1, 2, 3, 4]);
      const received = seen.filter((m) => m.key === stream.id);
      expect(new Set(received.map((m) => m.topic))).toEqual(new Set([topicOf(stream.type.split('.')[0])]));
      expect(new Set(received.map((m) => m.partition)).size).toBe(1);
    }
    // headers and values arrive as sent
    for (const event of stored) {
      const message = seen.find((m) => m.headers['bcd-event-id'] === event.eventId);
      const sent = toMessage(event);
      expect(message && { key: message.key, value: message.value, headers: message.headers }).toEqual(sent);
    }
    expect(log.filter((entry) => entry.level === 'error')).toEqual([]);
  });
}

describe("kafkajs adapter against librdkafka's mock cluster (kcat)", () => {
  let cluster: MockCluster | undefined;
  beforeAll(async () => {
    cluster = await startMockCluster();
  });
  afterAll(async () => {
    await cluster?.stop();
    expect(cluster?.process.exitCode !== null || cluster?.process.signalCode !== null).toBe(true);
  });

  relayThroughKafka(() => [cluster!.bootstrap]);
});

const KAFKA_BROKERS = process.env.KAFKA_BROKERS;
if (parseBrokers(KAFKA_BROKERS).length > 0) {
  describe(`kafkajs adapter against the broker(s) at KAFKA_BROKERS=${KAFKA_BROKERS}`, () => {
    relayThroughKafka(() => parseBrokers(KAFKA_BROKERS));
  });
} else {
  describe('kafkajs adapter against a real broker: skipped: KAFKA_BROKERS unset (host:port,… of a broker that auto-creates topics)', () => {
    it.skip('relays stored events to their context topics and consumes them back through the inbox', () => undefined);
  });
}
