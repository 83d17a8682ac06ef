import type { LocalDate } from './local-date.js';

/**
 * What a date is in the working calendar of public agencies (cơ quan hành chính, sự nghiệp):
 * - `holiday`: a public holiday of the Labour Code (ngày nghỉ lễ, Tết), listed even when it falls on a weekend;
 * - `compensatory-day-off`: nghỉ bù for a holiday that fell on the weekly rest;
 * - `swapped-day-off`: nghỉ hoán đổi, a working day moved to a weekend to make a longer break;
 * - `make-up-working-day`: làm bù, the Saturday (or Sunday) worked in exchange: a working day.
 */
export type CalendarEntryKind = 'holiday' | 'compensatory-day-off' | 'swapped-day-off' | 'make-up-working-day';

/**
 * Where an entry comes from:
 * - `announced`: the government's announcement for that year (or a law that names the day outright);
 * - `derived-by-rule`: we applied the Labour Code's rule ourselves (lunar dates, nghỉ bù on the next
 *   working day, the adjacent day of Quốc khánh) because we hold no announcement: check these first;
 * - `override`: a platform admin's correction, recorded as an event (calendar-overrides stream).
 */
export type CalendarEntryBasis = 'announced' | 'derived-by-rule' | 'override';

export interface CalendarEntry {
  date: LocalDate;
  kind: CalendarEntryKind;
  /** Vietnamese, as shown to users: `Tết Nguyên đán (mùng 1)`, `Nghỉ bù Giỗ Tổ Hùng Vương`. */
  name: string;
  /** The law or announcement, e.g. `Bộ luật Lao động 2019, Điều 112` or a Công văn number. */
  source: string;
  basis: CalendarEntryBasis;
  /** What we are unsure of, or why the day is what it is. */
  note?: string;
}

/** One year of holiday data as written in `holidays/<year>.ts`: plain data, checked when loaded. */
export interface HolidayYear {
  year: number;
  entries: ReadonlyArray<Omit<CalendarEntry, 'date'> & { date: string }>;
}

/** Entries that make a date a day off. */
export const DAY_OFF_KINDS: readonly CalendarEntryKind[] = ['holiday', 'compensatory-day-off', 'swapped-day-off'];
