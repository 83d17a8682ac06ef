// The entry a tenant's transparency log holds for each event: a commitment to the event, not the event.
//
// The leaf is the UTF-8 encoding of the kernel's canonical JSON (RFC 8785 for these values: keys sorted, no
// white space, no trailing newline) of exactly these members:
//
//   dataSha256     lowercase hex SHA-256 of the UTF-8 of canonicalJson(event.data)
//   eventId        the event id, as stored
//   format         "bcd/event-leaf@v1"
//   position       the global position, as a decimal string (a bigint: it may pass 2^53)
//   recordedAt     the recording instant, Date.prototype.toISOString() (UTC, milliseconds, "Z")
//   streamId       the stream id, as stored
//   streamVersion  the event's version in its stream (a JSON number)
//   tenant         the tenant id
//   type           the event type, as stored (e.g. "meetings.MeetingHeld")
//
// e.g. {"dataSha256":"44136fa3…","eventId":"0190…","format":"bcd/event-leaf@v1","position":"42",
//       "recordedAt":"2026-03-01T08:00:00.000Z","streamId":"meeting-…","streamVersion":3,"tenant":"thanh-hoa",
//       "type":"meetings.MeetingHeld"}
//
// The data itself (names, opinions, amounts) never enters the log: only its hash, so an auditor holding the
// event can check it and nobody holding the log can read it. Metadata (actor, correlation) is not committed.
// The Merkle leaf hash is leafHash(leaf) = SHA-256(0x00 ‖ leaf), as for any log entry.
import { createHash } from 'node:crypto';
import { canonicalJson, TenantId, ValidationFailed, type RecordedEvent } from '@bcd/kernel';
import { leafHash, type Hash } from './merkle.js';

export const EVENT_LEAF_FORMAT = 'bcd/event-leaf@v1';

/** The parts of a recorded event a leaf commits to (data only through its hash). */
export type EventLeafSource = Pick<
  RecordedEvent,
  'tenantId' | 'globalPosition' | 'eventId' | 'streamId' | 'streamVersion' | 'type' | 'recordedAt' | 'data'
>;

/** The members of a leaf, as encoded. */
export interface EventLeafFields {
  readonly dataSha256: string;
  readonly eventId: string;
  readonly format: typeof EVENT_LEAF_FORMAT;
  readonly position: string;
  readonly recordedAt: string;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly tenant: string;
  readonly type: string;
}

/** Lowercase hex SHA-256 of the canonical JSON of an event's data. */
export function dataSha256(data: unknown): string {
  let text: string;
  try {
    text = canonicalJson(data);
  } catch (error) {
    throw new ValidationFailed([{ path: 'data', message: `not JSON data: ${(error as Error).message}` }]);
  }
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function nonEmpty(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.length === 0) throw new ValidationFailed([{ path, message: 'must be a non-empty string' }]);
  return value;
}

/** The members of the leaf of an event; ValidationFailed for an event that cannot be committed to. */
export function eventLeafFields(event: EventLeafSource): EventLeafFields {
  const tenant = TenantId.parse(event.tenantId, 'tenantId');
  if (typeof event.globalPosition !== 'bigint' || event.globalPosition < 0n) {
    throw new ValidationFailed([{ path: 'globalPosition', message: 'must be a non-negative bigint' }]);
  }
  if (!Number.isSafeInteger(event.streamVersion) || event.streamVersion < 0) {
    throw new ValidationFailed([{ path: 'streamVersion', message: 'must be a non-negative integer' }]);
  }
  if (!(event.recordedAt instanceof Date) || Number.isNaN(event.recordedAt.getTime())) {
    throw new ValidationFailed([{ path: 'recordedAt', message: 'must be a valid Date' }]);
  }
  return {
    dataSha256: dataSha256(event.data),
    eventId: nonEmpty(event.eventId, 'eventId'),
    format: EVENT_LEAF_FORMAT,
    position: event.globalPosition.toString(10),
    recordedAt: event.recordedAt.toISOString(),
    streamId: nonEmpty(event.streamId, 'streamId'),
    streamVersion: event.streamVersion,
    tenant,
    type: nonEmpty(event.type, 'type'),
  };
}

/** The bytes of a leaf: UTF-8 of the canonical JSON of its members. */
export function encodeEventLeaf(fields: EventLeafFields): Uint8Array {
  return new TextEncoder().encode(canonicalJson(fields));
}

/** The log entry of an event. */
export function eventLeaf(event: EventLeafSource): Uint8Array {
  return encodeEventLeaf(eventLeafFields(event));
}

/** The Merkle leaf hash of an event's entry: SHA-256(0x00 ‖ eventLeaf(event)). */
export function eventLeafHash(event: EventLeafSource): Hash {
  return leafHash(eventLeaf(event));
}
