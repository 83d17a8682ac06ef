// The projection service runs libs/messaging's relay when KAFKA_BROKERS is set (issue 16 item 2). Against librdkafka's
// mock cluster (Debian's kcat: `apt-get install -y kcat`, .ci/run installs it; never skipped): events of two contexts
// appended to the service's store come back from `bcd.membership.events` and `bcd.meetings.events` through a kafkajs
// consumer, keyed by stream id, in stream order, with the relay's headers; the relay's lag is on /metrics. The service
// stopped, the relay publishes nothing; restarted on the same database (PGlite files in a temporary DATA_DIR), it
// resumes from its checkpoint: each event is published exactly once (every stop here follows a caught-up relay, so
// at-least-once has nothing to repeat). Also: a broker that refuses connections does not stop the service from
// starting, each failed batch is logged at warn with the broker's error, and the events behind show on /metrics;
// without KAFKA_BROKERS nothing starts; KAFKA_BROKERS is validated.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { newId, type RecordedEvent } from '@bcd/kernel';
import { createEventStore, type EventStore } from '@bcd/event-store';
import { KafkaMessaging, toMessage, topicOf, type ConsumerRun, type IncomingMessage } from '@bcd/messaging';
import { startMockCluster, until, type MockCluster } from '@bcd/messaging/testing';
import { EVENT_STORE, InvalidConfiguration } from '@bcd/service-host';
import { LogCapture } from '@bcd/service-host/testing';
import { createProjectionService } from './app.js';
import { loadConfig } from './config.js';
import { KAFKA_RELAY_ID } from './kafka-relay.module.js';

const SECRET = 'test-only-jwt-secret-of-at-least-32-characters';
/** Short intervals, so that a retried batch and a caught-up relay are a matter of tenths of seconds. */
const TUNING = { relay: { pollIntervalMs: 100, batchSize: 4 }, kafka: { retries: 1, connectionTimeoutMs: 1000 } };

/**
 * Every service of this file logs here: nestjs-pino keeps the first application's logger, process-wide, for the lines
 * written outside a request (the relay's among them), so one capture per application would miss them.
 */
const logs = new LogCapture();

interface Started {
  app: NestFastifyApplication;
  store: EventStore;
  /** This start's lines of the relay (its context `KafkaRelay`). */
  relayLines(): Record<string, unknown>[];
  metrics(): Promise<string>;
}

async function startService(env: Record<string, string>): Promise<Started> {
  const from = logs.lines.length;
  const relayLines = () => logs.lines.slice(from).filter((line) => line.context === 'KafkaRelay');
  const config = loadConfig({ JWT_SECRET: SECRET, NODE_ENV: 'test', LOG_LEVEL: 'info', ...env });
  const app = await createProjectionService(config, { logStream: logs, kafkaRelay: TUNING });
  try {
    await app.init();
    if (env.KAFKA_BROKERS) await until(() => relayLines().some((line) => String(line.msg).startsWith('Kafka relay started')), 'the relay logged its start');
  } catch (error) {
    await app.close();
    throw error;
  }
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.ready();
  return {
    app,
    store: app.get<EventStore>(EVENT_STORE),
    relayLines,
    metrics: async () => (await fastify.inject({ method: 'GET', url: '/metrics' })).body,
  };
}

/** The value of a gauge without labels in a Prometheus scrape; undefined when the scrape has no such series. */
function gauge(scrape: string, name: string): number | undefined {
  const line = new RegExp(`^${name} (\\S+)$`, 'm').exec(scrape);
  return line ? Number(line[1]) : undefined;
}

/** A TCP port nothing listens on (taken, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('KAFKA_BROKERS (the host configuration)', () => {
  it.each(['kafka:9092', 'kafka:9092, kafka-2:9093', '127.0.0.1:9094', '[::1]:9092'])('accepts %s', (value) => {
    expect(loadConfig({ KAFKA_BROKERS: value }).KAFKA_BROKERS).toBe(value);
  });

  it('counts an empty value as unset (no relay)', () => {
    expect(loadConfig({ KAFKA_BROKERS: '' }).KAFKA_BROKERS).toBeUndefined();
  });

  it.each(['kafka', 'kafka:0', 'kafka:70000', 'kafka://kafka:9092', 'kafka:9092;kafka-2:9092', ' , '])('refuses %j, naming the variable', (value) => {
    let error: unknown;
    try {
      loadConfig({ KAFKA_BROKERS: value });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(InvalidConfiguration);
    expect((error as InvalidConfiguration).problems).toEqual([
      `KAFKA_BROKERS must be a comma-separated list of host:port (e.g. kafka:9092,kafka-2:9092) (got ${JSON.stringify(value)})`,
    ]);
  });
});

describe('projection service without KAFKA_BROKERS', () => {
  it('starts no relay: no log line, no lag gauge, no checkpoint', async () => {
    const service = await startService({ DATA_DIR: 'memory://' });
    try {
      await service.store.appendToStream('thanh-hoa', `membership-member-${newId()}`, [{ type: 'membership.MemberAppointed', data: { n: 1 } }]);
      const scrape = await service.metrics();
      expect(scrape).toContain('projection_lag_events{projection="projections-audit"}'); // the projections' lag is there …
      expect(scrape).not.toContain('messaging_relay_lag_events'); // … the relay's is not
      expect(service.relayLines()).toEqual([]);
      expect(await service.store.readCheckpoint(KAFKA_RELAY_ID)).toBeUndefined();
    } finally {
      await service.app.close();
    }
  });
});

describe("projection service relaying to librdkafka's mock cluster (kcat)", () => {
  let cluster: MockCluster | undefined;
  let dataDir: string;
  let consumerSide: KafkaMessaging | undefined;
  let consumer: ConsumerRun | undefined;
  const received: IncomingMessage[] = [];
  /** Every event appended, in append order. */
  const appended: RecordedEvent[] = [];
  let service: Started | undefined;

  const streams = [
    { tenant: 'thanh-hoa', id: `membership-member-${newId()}`, type: 'membership.MemberAppointed' },
    { tenant: 'thanh-hoa', id: `meetings-meeting-${newId()}`, type: 'meetings.MeetingScheduled' },
    { tenant: 'kien-giang', id: `membership-member-${newId()}`, type: 'membership.MemberReassigned' },
    { tenant: 'kien-giang', id: `meetings-meeting-${newId()}`, type: 'meetings.MeetingHeld' },
  ];

  /** Rounds of one event per stream, interleaved, through the store the service runs on. */
  async function append(store: EventStore, rounds: number[]): Promise<void> {
    for (const round of rounds) {
      for (const stream of streams) {
        await store.appendToStream(stream.tenant, stream.id, [{ type: stream.type, data: { round } }]);
        appended.push(...(await store.readStream(stream.tenant, stream.id)).slice(-1));
      }
    }
  }

  const caughtUp = (what: string) => until(async () => gauge(await service!.metrics(), 'messaging_relay_lag_events') === 0, `the relay caught up (${what})`, 30_000);

  beforeAll(async () => {
    cluster = await startMockCluster();
    dataDir = mkdtempSync(join(tmpdir(), 'bcd-projection-relay-'));
  });

  afterAll(async () => {
    await service?.app.close();
    await consumer?.stop();
    await consumerSide?.close();
    await cluster?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('publishes every stored event of two contexts to its context topic, keyed by stream, in order, with headers; its lag on /metrics', async () => {
    service = await startService({ DATA_DIR: dataDir, KAFKA_BROKERS: cluster!.bootstrap });
    expect(service.relayLines().map((line) => line.msg)).toEqual([
      `Kafka relay started: every stored event to bcd.<context>.events at ${cluster!.bootstrap}, from the first event`,
    ]);
    await append(service.store, [1, 2, 3]);
    await caughtUp('first start');
    expect(gauge(await service.metrics(), 'messaging_relay_lag_seconds')).toBe(0);
    // everything in the store is what this test appended (the service itself writes no events)
    expect((await service.store.readAll()).events.map((e) => e.eventId)).toEqual(appended.map((e) => e.eventId));

    consumerSide = new KafkaMessaging({ brokers: [cluster!.bootstrap], clientId: 'projection-relay-spec', fetchMaxWaitMs: 200, retries: 3 });
    consumer = await consumerSide.run(`projection-relay-spec-${newId()}`, [topicOf('membership'), topicOf('meetings')], async (message) => {
      received.push(message);
    });
    await until(() => received.length >= appended.length, `${appended.length} messages consumed`, 45_000);

    expect(received).toHaveLength(appended.length);
    for (const event of appended) {
      const message = received.find((m) => m.headers['bcd-event-id'] === event.eventId);
      // key (the stream id), value (the stored event as JSON) and headers as the relay sends them
      expect(message && { key: message.key, value: message.value, headers: message.headers }).toEqual(toMessage(event));
      expect(message?.topic).toBe(topicOf(event.type.split('.')[0]));
    }
    for (const stream of streams) {
      const ofStream = received.filter((m) => m.key === stream.id);
      expect(new Set(ofStream.map((m) => m.partition)).size).toBe(1); // one key, one partition …
      expect(ofStream.map((m) => (JSON.parse(m.value) as RecordedEvent).streamVersion)).toEqual([1, 2, 3]); // … one order
      expect(ofStream.map((m) => m.headers['bcd-tenant-id'])).toEqual([stream.tenant, stream.tenant, stream.tenant]);
    }
    expect(service.relayLines().filter((line) => line.level !== 'info')).toEqual([]);
  });

  it('stops with the service, and after a restart resumes from its checkpoint: nothing published twice', async () => {
    const beforeStop = received.length;
    const last = appended.at(-1)!;
    await service!.app.close();
    const stoppedLine = service!.relayLines().at(-1);
    expect(stoppedLine?.msg).toBe(`Kafka relay stopped at checkpoint ${last.transactionId}/${last.globalPosition}`);
    service = undefined;

    // While the service is down, other processes keep appending to the shared store: nothing reaches Kafka.
    const store = await createEventStore({ dataDir });
    try {
      expect(await store.readCheckpoint(KAFKA_RELAY_ID)).toEqual({ transactionId: last.transactionId, globalPosition: last.globalPosition });
      await append(store, [4]);
    } finally {
      await store.close();
    }
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(received).toHaveLength(beforeStop);

    service = await startService({ DATA_DIR: dataDir, KAFKA_BROKERS: cluster!.bootstrap });
    expect(service.relayLines().map((line) => line.msg)).toEqual([
      `Kafka relay started: every stored event to bcd.<context>.events at ${cluster!.bootstrap}, from checkpoint ${last.transactionId}/${last.globalPosition}`,
    ]);
    await append(service.store, [5]);
    await caughtUp('after the restart');
    await until(() => received.length >= appended.length, `${appended.length} messages consumed`, 45_000);
    // a moment for a duplicate, were one on its way
    await new Promise((resolve) => setTimeout(resolve, 1000));

    const ids = received.map((m) => m.headers['bcd-event-id']);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    expect([...ids].sort()).toEqual(appended.map((e) => e.eventId).sort());
    for (const stream of streams) {
      expect(received.filter((m) => m.key === stream.id).map((m) => (JSON.parse(m.value) as RecordedEvent).streamVersion)).toEqual([1, 2, 3, 4, 5]);
    }
  });
});

describe('projection service with a broker that refuses connections', () => {
  it('starts anyway, logs each failed batch at warn with the broker error, and shows the events behind on /metrics', async () => {
    const broker = `127.0.0.1:${await closedPort()}`;
    const service = await startService({ DATA_DIR: 'memory://', KAFKA_BROKERS: broker });
    try {
      for (const round of [1, 2, 3]) {
        await service.store.appendToStream('thanh-hoa', 'membership-member-unsent', [{ type: 'membership.MemberAppointed', data: { round } }]);
      }
      const failed = () => service.relayLines().filter((line) => String(line.msg).startsWith('Kafka relay: a batch was not published'));
      await until(() => failed().length >= 2, 'two failed batches logged', 30_000);
      for (const line of failed()) {
        expect(line.level).toBe('warn');
        expect(line.msg).toContain(`ECONNREFUSED ${broker}`);
        expect(line.err).toMatchObject({ message: expect.stringContaining('ECONNREFUSED'), stack: expect.stringContaining('KafkaJSConnectionError') });
      }
      const scrape = await service.metrics();
      expect(gauge(scrape, 'messaging_relay_lag_events')).toBe(3);
      expect(gauge(scrape, 'messaging_relay_lag_seconds')).toBeGreaterThanOrEqual(0);
      expect(await service.store.readCheckpoint(KAFKA_RELAY_ID)).toBeUndefined();
      // still serving
      expect((await service.app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/health/ready' })).statusCode).toBe(200);
    } finally {
      await service.app.close();
    }
  });
});
