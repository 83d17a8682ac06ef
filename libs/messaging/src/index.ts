export * from './port.js';
export { EVENT_HEADERS, contextOf, topicOf, topicFor, toMessage, fromMessage } from './event-message.js';
export { InProcessMessaging, type InProcessMessagingOptions } from './in-process-messaging.js';
export { KafkaMessaging, parseBrokers, type KafkaMessagingOptions, type KafkaLogEntry, type KafkaLogLevel } from './kafka-messaging.js';
export { createMessaging, type MessagingConfig } from './create-messaging.js';
export {
  EventRelay,
  PublishTimeout,
  type EventRelayOptions,
  type RelayCheckpoint,
  type RelaySource,
  type RelaySubscription,
} from './relay.js';
export {
  Inbox,
  MESSAGING_MIGRATIONS_DIR,
  MESSAGING_MIGRATIONS_TABLE,
  type InboxExecutor,
  type InboxHandler,
  type InboxOptions,
  type InboxSql,
  type Receipt,
} from './inbox.js';
