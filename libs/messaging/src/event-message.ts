import type { RecordedEvent } from '@bcd/kernel';
import type { IncomingMessage, OutgoingMessage } from './port.js';

/** Headers of every relayed event: a consumer can route or deduplicate without parsing the value. */
export const EVENT_HEADERS = {
  eventId: 'bcd-event-id',
  type: 'bcd-event-type',
  tenantId: 'bcd-tenant-id',
  globalPosition: 'bcd-global-position',
  /** Global order is (transactionId, globalPosition): see libs/event-store README "Gap-safe reads". */
  transactionId: 'bcd-transaction-id',
} as const;

// A context's namespace as stored (`membership` of `membership.MemberAppointed`); it becomes part of a
// topic name, and Kafka allows only [a-zA-Z0-9._-] there.
const NAMESPACE = /^[a-z][a-z0-9-]*$/;

/** The context of an event type: its namespace (`meetings` of `meetings.MeetingHeld`). */
export function contextOf(type: string): string {
  const dot = type.indexOf('.');
  const namespace = dot > 0 ? type.slice(0, dot) : '';
  if (!NAMESPACE.test(namespace)) {
    throw new Error(`Event type "${type}" has no context namespace (expected "<context>.<EventName>"): it cannot be given a topic`);
  }
  return namespace;
}

/** The topic of a context's events: `bcd.membership.events`. */
export function topicOf(context: string): string {
  if (!NAMESPACE.test(context)) throw new Error(`"${context}" is not a context name`);
  return `bcd.${context}.events`;
}

/** The topic an event is published to: its context's. */
export function topicFor(type: string): string {
  return topicOf(contextOf(type));
}

/** The JSON value of a relayed event: the stored event, bigints as decimal text, instants as ISO 8601. */
interface EventValue {
  eventId: string;
  type: string;
  schemaVersion: number;
  tenantId: string;
  streamId: string;
  streamVersion: number;
  globalPosition: string;
  transactionId: string;
  occurredAt: string;
  recordedAt: string;
  data: unknown;
  metadata: RecordedEvent['metadata'];
}

/** The message of a stored event, keyed by its stream so that a stream's events stay in order. */
export function toMessage(event: RecordedEvent): OutgoingMessage {
  const value: EventValue = {
    eventId: event.eventId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    tenantId: event.tenantId,
    streamId: event.streamId,
    streamVersion: event.streamVersion,
    globalPosition: event.globalPosition.toString(),
    transactionId: event.transactionId.toString(),
    occurredAt: event.occurredAt.toISOString(),
    recordedAt: event.recordedAt.toISOString(),
    data: event.data,
    metadata: event.metadata,
  };
  return {
    key: event.streamId,
    value: JSON.stringify(value),
    headers: {
      [EVENT_HEADERS.eventId]: event.eventId,
      [EVENT_HEADERS.type]: event.type,
      [EVENT_HEADERS.tenantId]: event.tenantId,
      [EVENT_HEADERS.globalPosition]: event.globalPosition.toString(),
      [EVENT_HEADERS.transactionId]: event.transactionId.toString(),
    },
  };
}

/** The stored event a relayed message carries. Throws on a message that is not one (it names the offset). */
export function fromMessage(message: IncomingMessage): RecordedEvent {
  const where = `${message.topic}[${message.partition}]@${message.offset}`;
  let value: Partial<EventValue>;
  try {
    value = JSON.parse(message.value) as Partial<EventValue>;
  } catch {
    throw new Error(`Message ${where} is not a relayed event: its value is not JSON`);
  }
  const text = (field: keyof EventValue) => {
    const v = value?.[field];
    if (typeof v !== 'string' || v === '') throw new Error(`Message ${where} is not a relayed event: ${field} is missing`);
    return v;
  };
  const integer = (field: 'schemaVersion' | 'streamVersion') => {
    const v = value?.[field];
    if (!Number.isInteger(v)) throw new Error(`Message ${where} is not a relayed event: ${field} is missing`);
    return v as number;
  };
  const position = (field: 'globalPosition' | 'transactionId') => {
    const v = text(field);
    if (!/^\d+$/.test(v)) throw new Error(`Message ${where} is not a relayed event: ${field} is not a whole number`);
    return BigInt(v);
  };
  const instant = (field: 'occurredAt' | 'recordedAt') => {
    const date = new Date(text(field));
    if (Number.isNaN(date.getTime())) throw new Error(`Message ${where} is not a relayed event: ${field} is not a date`);
    return date;
  };
  const eventId = text('eventId');
  const header = message.headers[EVENT_HEADERS.eventId];
  if (header !== undefined && header !== eventId) {
    throw new Error(`Message ${where}: header ${EVENT_HEADERS.eventId} (${header}) differs from the event it carries (${eventId})`);
  }
  return {
    eventId,
    type: text('type'),
    schemaVersion: integer('schemaVersion'),
    tenantId: text('tenantId'),
    streamId: text('streamId'),
    streamVersion: integer('streamVersion'),
    globalPosition: position('globalPosition'),
    transactionId: position('transactionId'),
    occurredAt: instant('occurredAt'),
    recordedAt: instant('recordedAt'),
    data: value.data,
    metadata: value.metadata ?? {},
  };
}
