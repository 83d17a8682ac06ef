// The working-day calendar as the platform judges facts by it: the built-in holiday data with the
// platform admins' overrides (the WorkingCalendars fold of the host kit). Dates outside the data: 404.
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { z } from 'zod';
import { LocalDate, type WorkingCalendar } from '@bcd/calendar';
import { NotFound } from '@bcd/kernel';
import { EventLogWorkingCalendars, View } from '@bcd/service-host';

/** Refuses a date outside the years the holiday data covers, as the calendar's own functions do (404). */
export function ensureCovered(calendar: WorkingCalendar, date: LocalDate): void {
  const year = LocalDate.year(date);
  if (!calendar.years.includes(year)) {
    throw new NotFound(
      'Holiday calendar year',
      String(year),
      `No holiday data for ${year}: the calendar covers ${calendar.years[0]}–${calendar.years[calendar.years.length - 1]}`,
    );
  }
}

const CalendarEntrySchema = z.strictObject({
  date: View.localDate,
  kind: z.enum(['holiday', 'compensatory-day-off', 'swapped-day-off', 'make-up-working-day']),
  name: z.string(),
  source: z.string(),
  basis: z.enum(['announced', 'derived-by-rule', 'override']),
  note: z.string().optional(),
});

export const DayViewSchema = z.strictObject({ date: View.localDate, workingDay: z.boolean(), entries: z.array(CalendarEntrySchema) });
export type DayView = z.infer<typeof DayViewSchema>;

export const WorkingDaysViewSchema = z.strictObject({
  from: View.localDate,
  to: View.localDate,
  /** The working days in [from, to], both included. */
  workingDays: z.array(View.localDate),
  count: z.int(),
  /** Working days after `from` up to and including `to`: how far `to` is from `from` (`addWorkingDays(from, n) = to`). */
  workingDaysBetween: z.int(),
});
export type WorkingDaysView = z.infer<typeof WorkingDaysViewSchema>;

export const AddWorkingDaysViewSchema = z.strictObject({
  date: View.localDate,
  days: z.int(),
  /** `days` working days after `date` (before it when negative); `date` itself when 0. */
  result: View.localDate,
});
export type AddWorkingDaysView = z.infer<typeof AddWorkingDaysViewSchema>;

export const HolidaysViewSchema = z.strictObject({
  year: z.int(),
  /** Holidays, days off and make-up working days of the year, by date, overrides applied. */
  entries: z.array(CalendarEntrySchema),
});
export type HolidaysView = z.infer<typeof HolidaysViewSchema>;

export function dayView(calendar: WorkingCalendar, date: LocalDate): DayView {
  return { date, workingDay: calendar.isWorkingDay(date), entries: [...calendar.entriesOn(date)] };
}

export class WorkingDaysQuery extends Query<WorkingDaysView> {
  constructor(
    readonly from: LocalDate,
    readonly to: LocalDate,
  ) {
    super();
  }
}

@QueryHandler(WorkingDaysQuery)
export class WorkingDaysHandler implements IQueryHandler<WorkingDaysQuery> {
  constructor(private readonly calendars: EventLogWorkingCalendars) {}
  async execute({ from, to }: WorkingDaysQuery): Promise<WorkingDaysView> {
    const calendar = await this.calendars.current();
    ensureCovered(calendar, from);
    ensureCovered(calendar, to);
    const workingDays: LocalDate[] = [];
    for (let d = from; d <= to; d = LocalDate.addDays(d, 1)) if (calendar.isWorkingDay(d)) workingDays.push(d);
    return { from, to, workingDays, count: workingDays.length, workingDaysBetween: calendar.workingDaysBetween(from, to) };
  }
}

export class AddWorkingDaysQuery extends Query<AddWorkingDaysView> {
  constructor(
    readonly date: LocalDate,
    readonly days: number,
  ) {
    super();
  }
}

@QueryHandler(AddWorkingDaysQuery)
export class AddWorkingDaysHandler implements IQueryHandler<AddWorkingDaysQuery> {
  constructor(private readonly calendars: EventLogWorkingCalendars) {}
  async execute({ date, days }: AddWorkingDaysQuery): Promise<AddWorkingDaysView> {
    const calendar = await this.calendars.current();
    ensureCovered(calendar, date);
    const result = days >= 0 ? calendar.addWorkingDays(date, days) : calendar.subtractWorkingDays(date, -days);
    return { date, days, result };
  }
}

/** The year's entries, and the version of the overrides stream (the ETag an override's If-Match names). */
export class HolidaysQuery extends Query<{ holidays: HolidaysView; version: number }> {
  constructor(readonly year: number) {
    super();
  }
}

@QueryHandler(HolidaysQuery)
export class HolidaysHandler implements IQueryHandler<HolidaysQuery> {
  constructor(private readonly calendars: EventLogWorkingCalendars) {}
  async execute({ year }: HolidaysQuery) {
    const { calendar, version } = await this.calendars.currentWithVersion();
    ensureCovered(calendar, LocalDate.of(year, 1, 1));
    const entries = calendar.entries.filter((e) => LocalDate.year(e.date) === year).sort((a, b) => a.date.localeCompare(b.date));
    return { holidays: { year, entries }, version };
  }
}

export const calendarQueryHandlers = [WorkingDaysHandler, AddWorkingDaysHandler, HolidaysHandler];
