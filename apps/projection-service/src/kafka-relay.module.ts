// The Kafka relay of the distributed shape (libs/messaging README "The relay"): with KAFKA_BROKERS set, this service
// publishes every stored event to `bcd.<context>.events`, keyed by stream id, advancing its checkpoint only once the
// broker acknowledged a batch. It runs here because this service already reads every context's events, and in one
// kind of process only: every relay of a database shares the checkpoint `messaging-relay`, so relays in other hosts
// would publish each event once more. Without KAFKA_BROKERS the module provides nothing.
import {
  Inject,
  Injectable,
  Logger,
  Module,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { Gauge } from 'prom-client';
import type { EventStore, PostgresEventStore } from '@bcd/event-store';
import { EventRelay, KafkaMessaging, parseBrokers, type EventRelayOptions, type KafkaLogEntry, type KafkaMessagingOptions } from '@bcd/messaging';
import { EVENT_STORE, Metrics, PROJECTION_HOST } from '@bcd/service-host';

/** Knobs the defaults of libs/messaging leave to the host (tests shorten them). */
export interface KafkaRelayTuning {
  relay?: Pick<EventRelayOptions, 'pollIntervalMs' | 'batchSize' | 'ackTimeoutMs'>;
  kafka?: Pick<KafkaMessagingOptions, 'retries' | 'connectionTimeoutMs' | 'requestTimeoutMs'>;
}

export interface KafkaRelayModuleOptions extends KafkaRelayTuning {
  /** KAFKA_BROKERS as validated by the host configuration; unset: no relay. */
  brokers: string | undefined;
}

const OPTIONS = Symbol('bcd.KafkaRelayOptions');

/** The relay's durable subscription, shared by every process relaying the same database. */
export const KAFKA_RELAY_ID = 'messaging-relay';

/** Starts the relay once the application is up, stops it (and disconnects the producer) before the store closes. */
@Injectable()
export class KafkaRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('KafkaRelay');
  private readonly brokers: string[];
  private messaging: KafkaMessaging | undefined;
  private relay: EventRelay | undefined;

  constructor(
    @Inject(OPTIONS) private readonly options: KafkaRelayModuleOptions,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PROJECTION_HOST) private readonly host: PostgresEventStore | null,
    private readonly metrics: Metrics,
  ) {
    this.brokers = parseBrokers(options.brokers);
  }

  async onApplicationBootstrap(): Promise<void> {
    const pollIntervalMs = this.options.relay?.pollIntervalMs ?? 1000;
    const from = await this.store.readCheckpoint(KAFKA_RELAY_ID);
    this.messaging = new KafkaMessaging({
      ...this.options.kafka,
      brokers: this.brokers,
      clientId: 'bcd-projection-service',
      logLevel: 'warn',
      onLog: (entry) => this.kafkaLog(entry),
    });
    this.relay = new EventRelay(this.store, this.messaging, {
      ...this.options.relay,
      relayId: KAFKA_RELAY_ID,
      pollIntervalMs,
      // A refused or unanswered batch keeps its checkpoint: it goes out again after pollIntervalMs.
      onError: (error) =>
        this.logger.warn({ err: error }, `Kafka relay: a batch was not published (${messageOf(error)}); it is published again in ${pollIntervalMs} ms`),
    });
    this.relay.start();
    if (this.host) this.exposeLag(this.host);
    this.logger.log(
      `Kafka relay started: every stored event to bcd.<context>.events at ${this.brokers.join(',')}, from ${from ? `checkpoint ${from.transactionId}/${from.globalPosition}` : 'the first event'}`,
    );
  }

  /** Nest runs this before onApplicationShutdown, where the event store closes. */
  async onModuleDestroy(): Promise<void> {
    const relay = this.relay;
    this.relay = undefined;
    if (!relay) return;
    await relay.stop();
    await this.messaging?.close();
    const at = relay.checkpoint();
    this.logger.log(`Kafka relay stopped${at ? ` at checkpoint ${at.transactionId}/${at.globalPosition}` : ''}`);
  }

  /**
   * kafkajs's warnings and errors, at debug: this client only produces, so each of its failures ends in a rejected
   * batch, logged at warn with the broker error; its own lines (one per connection attempt) would repeat it.
   */
  private kafkaLog({ level, namespace, message, extra }: KafkaLogEntry): void {
    this.logger.debug({ kafka: { level, namespace, ...extra } }, `kafkajs ${namespace}: ${message}`);
  }

  /** On /metrics, like the projections' lag: the events after the relay's checkpoint, and the oldest one's age. */
  private exposeLag(host: PostgresEventStore): void {
    let measuring: Promise<{ behind: number; seconds: number } | null> | undefined;
    // One query per scrape for both gauges; a failed one keeps the last values rather than failing the scrape.
    const measure = () =>
      (measuring ??= this.lag(host)
        .catch(() => null)
        .finally(() => {
          measuring = undefined;
        }));
    new Gauge({
      name: 'messaging_relay_lag_events',
      help: 'Stored events the Kafka relay has not had acknowledged by the broker yet.',
      registers: [this.metrics.registry],
      async collect() {
        const lag = await measure();
        if (lag) this.set(lag.behind);
      },
    });
    new Gauge({
      name: 'messaging_relay_lag_seconds',
      help: 'Seconds since the oldest stored event the Kafka relay has not had acknowledged was recorded (0 when it is current).',
      registers: [this.metrics.registry],
      async collect() {
        const lag = await measure();
        if (lag) this.set(lag.seconds);
      },
    });
  }

  private async lag(host: PostgresEventStore): Promise<{ behind: number; seconds: number }> {
    const [row] = await host.executor.query<{ behind: number | string; seconds: number | string | null }>(
      `SELECT count(e.global_position) AS behind, EXTRACT(EPOCH FROM (now() - min(e.recorded_at)))::float8 AS seconds
       FROM (SELECT 1) AS one
       LEFT JOIN checkpoints c ON c.subscription_id = $1
       LEFT JOIN events e ON c.subscription_id IS NULL OR (e.transaction_id, e.global_position) > (c.transaction_id, c.global_position)`,
      [KAFKA_RELAY_ID],
    );
    return { behind: Number(row?.behind ?? 0), seconds: Math.max(0, Number(row?.seconds ?? 0)) };
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

@Module({})
export class KafkaRelayModule {
  /** The relay when `brokers` (KAFKA_BROKERS) names any; an empty module otherwise. */
  static forRoot(options: KafkaRelayModuleOptions): DynamicModule {
    if (parseBrokers(options.brokers).length === 0) return { module: KafkaRelayModule };
    return { module: KafkaRelayModule, providers: [{ provide: OPTIONS, useValue: options }, KafkaRelay] };
  }
}
