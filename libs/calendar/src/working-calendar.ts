// Working days of public agencies: Monday to Friday, less the days off in the holiday data, plus the
// make-up Saturdays (làm bù) the data lists. Compensatory days (nghỉ bù) are never computed here:
// only what the data says counts, so a holiday on a weekend gives a day off only where the data has one.

import { NotFound, ValidationFailed } from '@bcd/kernel';
import { type CalendarEntry, DAY_OFF_KINDS, type HolidayYear } from './calendar-entry.js';
import { BUILT_IN_HOLIDAY_YEARS } from './holidays/index.js';
import { LocalDate } from './local-date.js';

export interface WorkingCalendar {
  /** The years the data covers, ascending. Asking about any other year throws NotFound. */
  readonly years: readonly number[];
  readonly entries: readonly CalendarEntry[];
  /** The entries on a date (a holiday and its name, a make-up day, …); empty for an ordinary day. */
  entriesOn(date: LocalDate): readonly CalendarEntry[];
  isWorkingDay(date: LocalDate): boolean;
  /**
   * The `n`-th working day after `date` (`date` itself is not counted). `n = 0` returns `date` unchanged,
   * working day or not: "0 working days later" is the same day.
   */
  addWorkingDays(date: LocalDate, n: number): LocalDate;
  /** The `n`-th working day before `date` (`date` itself is not counted); `n = 0` returns `date`. */
  subtractWorkingDays(date: LocalDate, n: number): LocalDate;
  /**
   * Working days in the half-open range (`from`, `to`]: after `from`, up to and including `to`.
   * Negative when `to` is before `from`. So `workingDaysBetween(d, addWorkingDays(d, n)) === n`.
   */
  workingDaysBetween(from: LocalDate, to: LocalDate): number;
  /**
   * Whether `earlier` is at least `n` working days before `later`: on or before
   * `subtractWorkingDays(later, n)`. E.g. documents sent Monday for a Thursday meeting are 3 working
   * days before it (Monday, Tuesday, Wednesday are the days the members have to read them).
   */
  isAtLeastWorkingDaysBefore(earlier: LocalDate, later: LocalDate, n: number): boolean;
}

/** Checks the plain data of each year (dates, years, kinds) and brands the dates. */
export function loadHolidayYears(years: readonly HolidayYear[]): CalendarEntry[] {
  const entries: CalendarEntry[] = [];
  years.forEach((holidayYear, y) => {
    holidayYear.entries.forEach((entry, i) => {
      const path = `years.${y}.entries.${i}.date`;
      const date = LocalDate.parse(entry.date, path);
      // Each entry lives in the file of its own year: a swap across New Year is split over two files.
      if (LocalDate.year(date) !== holidayYear.year) {
        throw new ValidationFailed([{ path, message: `is not in ${holidayYear.year}, the year of its file` }]);
      }
      entries.push({ ...entry, date });
    });
  });
  return entries;
}

export function createWorkingCalendar(entries: readonly CalendarEntry[], years: readonly number[]): WorkingCalendar {
  const covered = new Set(years);
  const byDate = new Map<LocalDate, CalendarEntry[]>();
  for (const entry of entries) byDate.set(entry.date, [...(byDate.get(entry.date) ?? []), entry]);
  checkConsistency(byDate);

  const isDayOff = (date: LocalDate) => (byDate.get(date) ?? []).some((e) => DAY_OFF_KINDS.includes(e.kind));
  const isMakeUpDay = (date: LocalDate) => (byDate.get(date) ?? []).some((e) => e.kind === 'make-up-working-day');

  const ensureCovered = (date: LocalDate) => {
    const year = LocalDate.year(date);
    if (!covered.has(year)) {
      const range = years.length ? `${Math.min(...years)}–${Math.max(...years)}` : 'no year';
      throw new NotFound('Holiday calendar year', String(year), `No holiday data for ${year}: the calendar covers ${range}`);
    }
  };

  const isWorkingDay = (date: LocalDate): boolean => {
    ensureCovered(date);
    if (isDayOff(date)) return false;
    if (isMakeUpDay(date)) return true;
    return !LocalDate.isWeekend(date);
  };

  const step = (date: LocalDate, n: number, direction: 1 | -1): LocalDate => {
    checkCount(n);
    let current = date;
    let remaining = n;
    while (remaining > 0) {
      current = LocalDate.addDays(current, direction);
      if (isWorkingDay(current)) remaining--;
    }
    return current;
  };

  const workingDaysBetween = (from: LocalDate, to: LocalDate): number => {
    if (to < from) return -workingDaysBetween(to, from);
    let count = 0;
    for (let d = LocalDate.addDays(from, 1); d <= to; d = LocalDate.addDays(d, 1)) {
      if (isWorkingDay(d)) count++;
    }
    return count;
  };

  return {
    years: [...years].sort((a, b) => a - b),
    entries,
    entriesOn: (date) => byDate.get(date) ?? [],
    isWorkingDay,
    addWorkingDays: (date, n) => step(date, n, 1),
    subtractWorkingDays: (date, n) => step(date, n, -1),
    workingDaysBetween,
    isAtLeastWorkingDaysBefore: (earlier, later, n) => earlier <= step(later, n, -1),
  };
}

function checkCount(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new ValidationFailed([{ path: 'n', message: 'must be a whole number of working days, 0 or more' }]);
  }
}

// A date cannot be both a day off and a make-up working day, and only a weekend day needs making up.
function checkConsistency(byDate: Map<LocalDate, CalendarEntry[]>): void {
  const errors: { path: string; message: string }[] = [];
  for (const [date, list] of byDate) {
    const makeUp = list.some((e) => e.kind === 'make-up-working-day');
    if (!makeUp) continue;
    if (list.some((e) => DAY_OFF_KINDS.includes(e.kind))) {
      errors.push({ path: date, message: 'is both a day off and a make-up working day' });
    }
    if (!LocalDate.isWeekend(date)) errors.push({ path: date, message: 'is a make-up working day but not a weekend day' });
  }
  if (errors.length) throw new ValidationFailed(errors);
}

const builtInYears = BUILT_IN_HOLIDAY_YEARS.map((y) => y.year);

/** The built-in holiday data, 2008–2027, as calendar entries. */
export const builtInCalendarEntries: readonly CalendarEntry[] = loadHolidayYears(BUILT_IN_HOLIDAY_YEARS);

/** The years the built-in data covers. */
export const BUILT_IN_CALENDAR_YEARS: readonly number[] = builtInYears;

/** The calendar of the built-in data, without platform overrides. */
export const vietnamCalendar: WorkingCalendar = createWorkingCalendar(builtInCalendarEntries, builtInYears);

// The functions below use the built-in calendar unless given another (e.g. one with overrides applied).

export function isWorkingDay(date: LocalDate, calendar: WorkingCalendar = vietnamCalendar): boolean {
  return calendar.isWorkingDay(date);
}

export function addWorkingDays(date: LocalDate, n: number, calendar: WorkingCalendar = vietnamCalendar): LocalDate {
  return calendar.addWorkingDays(date, n);
}

export function subtractWorkingDays(date: LocalDate, n: number, calendar: WorkingCalendar = vietnamCalendar): LocalDate {
  return calendar.subtractWorkingDays(date, n);
}

export function workingDaysBetween(from: LocalDate, to: LocalDate, calendar: WorkingCalendar = vietnamCalendar): number {
  return calendar.workingDaysBetween(from, to);
}

export function isAtLeastWorkingDaysBefore(
  earlier: LocalDate,
  later: LocalDate,
  n: number,
  calendar: WorkingCalendar = vietnamCalendar,
): boolean {
  return calendar.isAtLeastWorkingDaysBefore(earlier, later, n);
}
