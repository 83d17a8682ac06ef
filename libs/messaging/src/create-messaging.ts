import { InProcessMessaging } from './in-process-messaging.js';
import { KafkaMessaging, parseBrokers, type KafkaMessagingOptions } from './kafka-messaging.js';
import type { MessagingPort } from './port.js';

export interface MessagingConfig {
  /** KAFKA_BROKERS (`host:port,host:port`): Kafka. Unset or blank: in this process (the embedded shape). */
  kafkaBrokers?: string;
  kafka?: Omit<KafkaMessagingOptions, 'brokers'>;
}

/** The messaging the configuration names: switching shape is configuration, never code (ARCHITECTURE.md). */
export function createMessaging(config: MessagingConfig = {}): MessagingPort {
  const brokers = parseBrokers(config.kafkaBrokers);
  return brokers.length > 0 ? new KafkaMessaging({ ...config.kafka, brokers }) : new InProcessMessaging();
}
