// The messaging port on Kafka through kafkajs 2.2.4. kafkajs is unmaintained upstream (tulios/kafkajs#1603):
// nothing outside this file may import it, so that replacing it touches this adapter alone. Its replacement
// is @platformatic/kafka, once the platform runs on Node 22 or later (its current major requires it).
// Known kafkajs defect on Node 24: a `TimeoutNegativeWarning` from its request queue (tulios/kafkajs#1751,
// fixed in open PRs only); Node clamps the delay to 1 ms, so it is noise, not a fault.
import kafkajs from 'kafkajs';
import type { Consumer, IHeaders, KafkaMessage, LogEntry, Producer } from 'kafkajs';
import type { ConsumerRun, IncomingMessage, MessageHandler, MessagingPort, OutgoingMessage } from './port.js';

const { Kafka, Partitioners, logLevel } = kafkajs;

export type KafkaLogLevel = 'error' | 'warn' | 'info' | 'debug';

export interface KafkaLogEntry {
  level: KafkaLogLevel;
  /** kafkajs's component (`Producer`, `ConsumerGroup`, `Connection` …). */
  namespace: string;
  message: string;
  extra: Record<string, unknown>;
}

export interface KafkaMessagingOptions {
  /** `host:port` of one or more brokers (KAFKA_BROKERS, comma-separated, split by parseBrokers). */
  brokers: readonly string[];
  /** Default `bcd`. */
  clientId?: string;
  /** Default 3000 ms. */
  connectionTimeoutMs?: number;
  /** How long a request (a produce included) may wait for the broker's answer; default 30 s. */
  requestTimeoutMs?: number;
  /** Retries of a failed request before it is reported; default 5 (backoff from 300 ms). */
  retries?: number;
  /**
   * Ask the broker to create a topic on first use; default true. The broker decides
   * (`auto.create.topics.enable`); where it refuses, create `bcd.<context>.events` with the infra config.
   */
  allowAutoTopicCreation?: boolean;
  /** The longest a consumer's fetch waits for new messages (also bounds how long a stop takes); default 1000 ms. */
  fetchMaxWaitMs?: number;
  /** A consumer missing heartbeats this long is evicted from its group; default 30 s (kafkajs's). */
  sessionTimeoutMs?: number;
  heartbeatIntervalMs?: number;
  /** Least level logged; default `warn`. */
  logLevel?: KafkaLogLevel;
  /** Where kafkajs's log goes; absent: kafkajs's own JSON lines on the console. */
  onLog?: (entry: KafkaLogEntry) => void;
  /** A consumer that crashed (its handler kept failing, the broker went away): kafkajs restarts it. */
  onConsumerCrash?: (groupId: string, error: unknown) => void;
}

const LEVELS: Record<KafkaLogLevel, number> = {
  error: logLevel.ERROR,
  warn: logLevel.WARN,
  info: logLevel.INFO,
  debug: logLevel.DEBUG,
};

function levelName(level: number): KafkaLogLevel {
  if (level <= logLevel.ERROR) return 'error';
  if (level <= logLevel.WARN) return 'warn';
  if (level <= logLevel.INFO) return 'info';
  return 'debug';
}

/** `KAFKA_BROKERS` (`host:port,host:port`) as a list; empty when unset or blank. */
export function parseBrokers(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((broker) => broker.trim())
    .filter((broker) => broker.length > 0);
}

export class KafkaMessaging implements MessagingPort {
  private readonly kafka: InstanceType<typeof Kafka>;
  private producer: Promise<Producer> | undefined;
  private readonly consumers = new Set<Consumer>();
  private closed = false;

  constructor(private readonly options: KafkaMessagingOptions) {
    if (options.brokers.length === 0) throw new Error('KafkaMessaging needs at least one broker (KAFKA_BROKERS)');
    const onLog = options.onLog;
    this.kafka = new Kafka({
      clientId: options.clientId ?? 'bcd',
      brokers: [...options.brokers],
      connectionTimeout: options.connectionTimeoutMs ?? 3000,
      requestTimeout: options.requestTimeoutMs ?? 30_000,
      retry: { retries: options.retries ?? 5 },
      logLevel: LEVELS[options.logLevel ?? 'warn'],
      ...(onLog
        ? {
            logCreator:
              () =>
              ({ namespace, level, log }: LogEntry) => {
                const { message, timestamp: _timestamp, ...extra } = log;
                onLog({ level: levelName(level), namespace, message, extra });
              },
          }
        : {}),
    });
  }

  async publish(topic: string, messages: readonly OutgoingMessage[]): Promise<void> {
    if (this.closed) throw new Error('Kafka messaging is closed: publish refused');
    if (messages.length === 0) return;
    const producer = await this.connectedProducer();
    // acks -1: every in-sync replica has the batch before send() resolves (the relay's checkpoint waits on it).
    await producer.send({
      topic,
      acks: -1,
      messages: messages.map((m) => ({ key: m.key, value: m.value, headers: { ...m.headers } })),
    });
  }

  async run(groupId: string, topics: readonly string[], handle: MessageHandler): Promise<ConsumerRun> {
    if (this.closed) throw new Error('Kafka messaging is closed: run refused');
    const consumer = this.kafka.consumer({
      groupId,
      allowAutoTopicCreation: this.options.allowAutoTopicCreation ?? true,
      maxWaitTimeInMs: this.options.fetchMaxWaitMs ?? 1000,
      ...(this.options.sessionTimeoutMs !== undefined ? { sessionTimeout: this.options.sessionTimeoutMs } : {}),
      ...(this.options.heartbeatIntervalMs !== undefined ? { heartbeatInterval: this.options.heartbeatIntervalMs } : {}),
    });
    consumer.on(consumer.events.CRASH, ({ payload }) => this.options.onConsumerCrash?.(groupId, payload.error));
    this.consumers.add(consumer);
    try {
      await consumer.connect();
      await consumer.subscribe({ topics: [...topics], fromBeginning: true });
      // eachMessage: an offset is committed only for messages whose handler resolved; a throw makes kafkajs
      // retry, then restart the consumer from the first unhandled message (at-least-once).
      await consumer.run({
        autoCommit: true,
        eachMessage: async ({ topic, partition, message }) => handle(incoming(topic, partition, message)),
      });
    } catch (error) {
      this.consumers.delete(consumer);
      await consumer.disconnect().catch(() => undefined);
      throw error;
    }
    return {
      stop: async () => {
        if (!this.consumers.delete(consumer)) return;
        await consumer.disconnect();
      },
    };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const consumers = [...this.consumers];
    this.consumers.clear();
    await Promise.allSettled(consumers.map((consumer) => consumer.disconnect()));
    const producer = this.producer;
    this.producer = undefined;
    await producer?.then((p) => p.disconnect()).catch(() => undefined);
  }

  /** Connected on the first publish; a failed connection is tried again on the next one. */
  private connectedProducer(): Promise<Producer> {
    this.producer ??= (async () => {
      const producer = this.kafka.producer({
        // Not idempotent (librdkafka's mock cluster refuses it, and dedup is the inbox's job); one request in
        // flight, so a retried batch can never land behind the one after it: a stream stays in order.
        idempotent: false,
        maxInFlightRequests: 1,
        allowAutoTopicCreation: this.options.allowAutoTopicCreation ?? true,
        // kafkajs 2's default (Java-compatible murmur2), named to silence its warning about the v1 change.
        createPartitioner: Partitioners.DefaultPartitioner,
      });
      await producer.connect();
      return producer;
    })().catch((error: unknown) => {
      this.producer = undefined;
      throw error;
    });
    return this.producer;
  }
}

function incoming(topic: string, partition: number, message: KafkaMessage): IncomingMessage {
  return {
    topic,
    partition,
    offset: message.offset,
    key: message.key === null || message.key === undefined ? undefined : message.key.toString('utf8'),
    value: message.value === null ? '' : message.value.toString('utf8'),
    headers: headersOf(message.headers),
  };
}

function headersOf(headers: IHeaders | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    // A header sent several times arrives as an array; the relay sends each once.
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) out[name] = first.toString();
  }
  return out;
}
