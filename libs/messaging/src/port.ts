// The messaging port (ARCHITECTURE.md "Two shapes": integration events between contexts in the
// distributed shape). Deliberately narrow, so that the Kafka client behind it can be swapped without
// touching the relay, the inbox or a context: kafkajs is unmaintained upstream (tulios/kafkajs#1603).

/** A message to publish. The key chooses the partition: messages with one key keep their order. */
export interface OutgoingMessage {
  key: string;
  /** UTF-8 text (the relay sends JSON). */
  value: string;
  headers: Readonly<Record<string, string>>;
}

/** A message as a consumer receives it. */
export interface IncomingMessage {
  topic: string;
  partition: number;
  /** Position in the partition (Kafka offsets are 64-bit: kept as text). */
  offset: string;
  key: string | undefined;
  value: string;
  headers: Readonly<Record<string, string>>;
}

/**
 * Handles one message. The message counts as consumed only once this resolves; a throw leaves it
 * unconsumed and it is delivered again (at-least-once: consumers deduplicate, see Inbox).
 */
export type MessageHandler = (message: IncomingMessage) => Promise<void>;

export interface ConsumerRun {
  /** Stops fetching, lets the message in hand finish, leaves the group. */
  stop(): Promise<void>;
}

export interface MessagePublisher {
  /**
   * Publishes `messages` to `topic`, in order. Resolves only once the broker has acknowledged every one
   * of them; rejects otherwise, in which case some of them may nevertheless have been stored.
   */
  publish(topic: string, messages: readonly OutgoingMessage[]): Promise<void>;
}

export interface MessageConsumer {
  /**
   * Joins consumer group `groupId` on `topics` (from the beginning when the group has no offsets yet)
   * and hands each message to `handle`, one at a time per partition, in partition order.
   */
  run(groupId: string, topics: readonly string[], handle: MessageHandler): Promise<ConsumerRun>;
}

export interface MessagingPort extends MessagePublisher, MessageConsumer {
  /** Stops every consumer and closes the connections. */
  close(): Promise<void>;
}
