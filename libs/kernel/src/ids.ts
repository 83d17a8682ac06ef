import { v7, validate } from 'uuid';

/**
 * A new UUIDv7: time-ordered, so ids created later in this process sort after earlier ones
 * (the uuid package keeps a per-process counter within the same millisecond).
 */
export function newId(): string {
  return v7();
}

/** Any RFC 9562 UUID in canonical form (any version, case-insensitive). */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && validate(value);
}

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** A UUID of version 7 (what `newId` makes): event ids and aggregate ids must be these. */
export function isUuidV7(value: unknown): value is string {
  return typeof value === 'string' && UUID_V7.test(value);
}
