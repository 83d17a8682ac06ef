// What every adapter checks and computes before an append, and how a replay is recognised: the same
// rules on PostgreSQL and on KurrentDB, so that the contract suite finds the same answers on both.
import { canonicalJson, isUuid, newId, ValidationFailed, type NewEvent } from '@bcd/kernel';

/** A new event, checked, with its id (the caller's or a new UUIDv7) and its defaults. */
export interface StoredShape {
  eventId: string;
  type: string;
  schemaVersion: number;
  data: unknown;
  metadata: Record<string, unknown>;
  /** ISO instant; null: the time of recording. */
  occurredAt: string | null;
}

/** Checks an append's arguments; ValidationFailed names every bad field. */
export function prepareAppend(tenantId: string, streamId: string, events: readonly NewEvent[]): StoredShape[] {
  if (!tenantId) throw new ValidationFailed([{ path: 'tenantId', message: 'is required' }]);
  if (!streamId) throw new ValidationFailed([{ path: 'streamId', message: 'is required' }]);
  if (events.length === 0) throw new ValidationFailed([{ path: 'events', message: 'must not be empty' }]);
  return events.map((e, i) => toStoredShape(e, i));
}

export function toStoredShape(event: NewEvent, index: number): StoredShape {
  const eventId = event.eventId ?? newId();
  const errors = [];
  if (!isUuid(eventId)) errors.push({ path: `events.${index}.eventId`, message: 'must be a UUID' });
  if (!event.type) errors.push({ path: `events.${index}.type`, message: 'is required' });
  const schemaVersion = event.schemaVersion ?? 1;
  if (!Number.isInteger(schemaVersion) || schemaVersion < 1) {
    errors.push({ path: `events.${index}.schemaVersion`, message: 'must be a positive integer' });
  }
  if (event.occurredAt !== undefined && Number.isNaN(event.occurredAt.getTime())) {
    errors.push({ path: `events.${index}.occurredAt`, message: 'must be a valid date' });
  }
  if (errors.length > 0) throw new ValidationFailed(errors);
  return {
    eventId: eventId.toLowerCase(),
    type: event.type,
    schemaVersion,
    data: event.data ?? null,
    metadata: (event.metadata ?? {}) as Record<string, unknown>,
    occurredAt: event.occurredAt ? event.occurredAt.toISOString() : null,
  };
}

/** A stored event's identity as far as a replay is concerned. */
export interface StoredContent {
  streamId: string;
  type: string;
  schemaVersion: number;
  data: unknown;
}

/**
 * Same stream, type, schema version and data: a replay of the stored event. Compared canonically (a store
 * may forget key order, as jsonb does) and after a JSON round trip (what the store kept of the new data).
 */
export function sameContent(stored: StoredContent, streamId: string, event: StoredShape): boolean {
  return (
    stored.streamId === streamId &&
    stored.type === event.type &&
    stored.schemaVersion === event.schemaVersion &&
    canonicalJson(stored.data) === canonicalJson(JSON.parse(JSON.stringify(event.data)))
  );
}
