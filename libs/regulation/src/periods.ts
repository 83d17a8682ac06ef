// Reporting and meeting periods: `2019-01` (month), `2009-Q3`, `2021-H1`, `2014` (year).

import { LocalDate, vietnamDateOf } from '@bcd/calendar';
import type { Cadence, DueRule, MeetingWindow } from './rule-pack.schema.js';

export interface Period {
  cadence: Cadence;
  year: number;
  /** 1-based within the year. */
  index: number;
  label: string;
  start: LocalDate;
  end: LocalDate;
}

const MONTHS: Record<Cadence, number> = { monthly: 1, quarterly: 3, semiannual: 6, annual: 12 };

export function periodOf(cadence: Cadence, year: number, index: number): Period {
  const length = MONTHS[cadence];
  const firstMonth = (index - 1) * length + 1;
  const lastMonth = index * length;
  const label =
    cadence === 'monthly'
      ? `${year}-${String(index).padStart(2, '0')}`
      : cadence === 'quarterly'
        ? `${year}-Q${index}`
        : cadence === 'semiannual'
          ? `${year}-H${index}`
          : `${year}`;
  return { cadence, year, index, label, start: LocalDate.of(year, firstMonth, 1), end: LocalDate.endOfMonth(year, lastMonth) };
}

export function periodsOfYear(cadence: Cadence, year: number): Period[] {
  return Array.from({ length: 12 / MONTHS[cadence] }, (_, i) => periodOf(cadence, year, i + 1));
}

/** The last month (1–12) of a period. */
export function lastMonthOf(period: Period): number {
  return LocalDate.month(period.end);
}

// "Ngày 31" of a 30-day month is its last day.
function dayOfMonth(year: number, month: number, day: number): LocalDate {
  const end = LocalDate.endOfMonth(year, month);
  return LocalDate.of(year, month, Math.min(day, LocalDate.day(end)));
}

/**
 * The last day a report for `period` may arrive. "trước ngày 25/6" (before) → 24 June;
 * "chậm nhất ngày 15" (no later than) → the 15th.
 */
export function dueDateOf(rule: Omit<DueRule, 'onDayOff'>, period: Period): LocalDate {
  const month = rule.month === 'last-month-of-period' ? lastMonthOf(period) : rule.month;
  const named = dayOfMonth(period.year, month, rule.day);
  return rule.reading === 'before' ? LocalDate.addDays(named, -1) : named;
}

/** The days a periodic meeting of `period` must be held on. */
export function meetingWindowOf(window: MeetingWindow, period: Period): { start: LocalDate; end: LocalDate } {
  if (window.kind === 'whole-period') return { start: period.start, end: period.end };
  const month = lastMonthOf(period);
  return { start: dayOfMonth(period.year, month, window.fromDay), end: dayOfMonth(period.year, month, window.toDay) };
}

/**
 * How late a report received at `receivedAt` is against its due date: 0 when it arrived by the end of
 * the due date in Vietnam, otherwise the number of days after it (KPI 4, "days late").
 */
export function daysLate(dueDate: LocalDate, receivedAt: Date): number {
  return Math.max(0, LocalDate.daysBetween(dueDate, vietnamDateOf(receivedAt)));
}
