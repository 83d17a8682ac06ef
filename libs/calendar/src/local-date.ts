import { ValidationFailed } from '@bcd/kernel';

/**
 * A calendar date in Asia/Ho_Chi_Minh, written `YYYY-MM-DD`. Branded so an unchecked string cannot
 * pass for one. Dates compare correctly as strings, so `<`, `>` and sorting work as they read.
 */
export type LocalDate = string & { readonly __brand: 'LocalDate' };

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** 0 = Sunday … 6 = Saturday, as in `Date.getUTCDay()`. */
export type DayOfWeek = 0 | 1 | 2 | 3 | 4 | 5 | 6;

function problem(value: unknown): string | undefined {
  if (typeof value !== 'string') return 'must be a date written YYYY-MM-DD';
  const match = SHAPE.exec(value);
  if (!match) return 'must be a date written YYYY-MM-DD';
  const [, y, m, d] = match.map(Number);
  // Round-trip through UTC so 2023-02-30 or 2023-13-01 are refused rather than rolled over.
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return 'is not a date in the calendar';
  }
  return undefined;
}

// Epoch days (days since 1970-01-01) are the one internal representation: arithmetic stays integer.
function toEpochDay(date: LocalDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY;
}

function fromEpochDay(day: number): LocalDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10) as LocalDate;
}

export const LocalDate = {
  /** Checks and brands a date; throws ValidationFailed at `path` (default `date`). */
  parse(value: unknown, path = 'date'): LocalDate {
    const message = problem(value);
    if (message !== undefined) throw new ValidationFailed([{ path, message }]);
    return value as LocalDate;
  },

  is(value: unknown): value is LocalDate {
    return problem(value) === undefined;
  },

  /** The date for a year, month (1–12) and day; throws ValidationFailed if it does not exist. */
  of(year: number, month: number, day: number): LocalDate {
    const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return LocalDate.parse(text);
  },

  year(date: LocalDate): number {
    return Number(date.slice(0, 4));
  },

  /** 1–12. */
  month(date: LocalDate): number {
    return Number(date.slice(5, 7));
  },

  day(date: LocalDate): number {
    return Number(date.slice(8, 10));
  },

  addDays(date: LocalDate, days: number): LocalDate {
    return fromEpochDay(toEpochDay(date) + days);
  },

  /** Calendar days from `from` to `to` (negative when `to` is earlier). */
  daysBetween(from: LocalDate, to: LocalDate): number {
    return toEpochDay(to) - toEpochDay(from);
  },

  dayOfWeek(date: LocalDate): DayOfWeek {
    // 1970-01-01 was a Thursday (4).
    return ((((toEpochDay(date) + 4) % 7) + 7) % 7) as DayOfWeek;
  },

  /** Saturday or Sunday: the weekly rest of public agencies (40-hour week, Quyết định 188/1999/QĐ-TTg). */
  isWeekend(date: LocalDate): boolean {
    const dow = LocalDate.dayOfWeek(date);
    return dow === 0 || dow === 6;
  },

  /** The last day of a month (1–12). */
  endOfMonth(year: number, month: number): LocalDate {
    return fromEpochDay(Date.UTC(year, month, 1) / MS_PER_DAY - 1);
  },

  /** -1, 0 or 1: usable as a sort comparator. */
  compare(a: LocalDate, b: LocalDate): -1 | 0 | 1 {
    return a < b ? -1 : a > b ? 1 : 0;
  },

  min(a: LocalDate, b: LocalDate): LocalDate {
    return a <= b ? a : b;
  },

  max(a: LocalDate, b: LocalDate): LocalDate {
    return a >= b ? a : b;
  },
};
