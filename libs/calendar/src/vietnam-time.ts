// Instants and local dates in Asia/Ho_Chi_Minh. Vietnam keeps UTC+07:00 all year (no daylight
// saving since 1975), so a fixed offset is exact for every date this platform deals with.

import { ValidationFailed } from '@bcd/kernel';
import { LocalDate } from './local-date.js';

export const VIETNAM_UTC_OFFSET = '+07:00';
const OFFSET_MS = 7 * 3_600_000;

// An instant must say which offset it is in: a bare "2021-06-10T08:00" is ambiguous.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Parses an ISO 8601 instant with an explicit offset (`Z` or `±hh:mm`); ValidationFailed at `path` otherwise. */
export function parseInstant(value: unknown, path = 'at'): Date {
  // The date part is checked on its own: `Date` would silently roll 2021-02-30 over to March.
  if (typeof value !== 'string' || !INSTANT.test(value) || !LocalDate.is(value.slice(0, 10))) {
    throw new ValidationFailed([
      { path, message: 'must be an ISO 8601 date-time with an offset, e.g. 2021-06-10T08:00:00+07:00' },
    ]);
  }
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) throw new ValidationFailed([{ path, message: 'is not a valid date-time' }]);
  return instant;
}

/** The local date in Vietnam at an instant. */
export function vietnamDateOf(instant: Date): LocalDate {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10) as LocalDate;
}

/** The instant of a local date and time (`HH:mm`, default midnight) in Vietnam. */
export function vietnamInstant(date: LocalDate, time = '00:00'): Date {
  if (!TIME.test(time)) throw new ValidationFailed([{ path: 'time', message: 'must be HH:mm' }]);
  return new Date(`${date}T${time}:00${VIETNAM_UTC_OFFSET}`);
}

/** `2021-06-10T08:00:00+07:00`: how instants are shown and stored for Vietnamese users. */
export function formatVietnamInstant(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 19) + VIETNAM_UTC_OFFSET;
}

/**
 * Whether `earlier` is at least `hours` hours before `later` (e.g. documents "chậm nhất 48 giờ trước
 * khi tổ chức họp"). Clock hours, not working hours: the regulations that count hours say so.
 */
export function isAtLeastHoursBefore(earlier: Date, later: Date, hours: number): boolean {
  return later.getTime() - earlier.getTime() >= hours * 3_600_000;
}
