import { v5, v7, validate } from 'uuid';

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

/** The namespace of the platform's name-based ids (a fixed UUID: changing it would change every such id). */
const PLATFORM_NAMESPACE = '6f1c7c3e-3a51-4f0e-9c7a-1b2d3e4f5a60';

/**
 * An id made from names (RFC 9562 version 5): the same parts always give the same id. For what two
 * processes may create at once and must create once (an obligation for an agency and a period, the event
 * that opens it): both compute the same id, and the store keeps one. Pure: no clock, no randomness.
 */
export function nameBasedId(...parts: readonly string[]): string {
  return v5(JSON.stringify(parts), PLATFORM_NAMESPACE);
}
