// The working-day calendar as the platform judges facts by it: the built-in holiday data of
// @bcd/calendar with the platform admins' overrides (stream `calendar-overrides`) applied on top.
// Read side: the stream is small (a few overrides a year), so it is folded, not projected; the fold is
// cached and each read fetches only the events after the cached version (one indexed query that
// usually returns nothing), which gives read-your-writes after an override and keeps several
// processes sharing one database in step.
import { Inject, Injectable } from '@nestjs/common';
import { CommandHandler, QueryHandler, type ICommandHandler, type IQueryHandler } from '@nestjs/cqrs';
import {
  calendarOverrides,
  LocalDate,
  overriddenCalendar,
  vietnamCalendar,
  type CalendarEntry,
  type CalendarOverrideCommand,
  type CalendarOverridesState,
  type WorkingCalendar,
} from '@bcd/calendar';
import { CLOCK, NotFound, type Clock, type StreamStore, handleCommand } from '@bcd/kernel';
import { CALENDAR_TENANT, calendarCodec, streamIds } from './streams.js';
import { RULEBOOK_EVENT_STORE } from './tokens.js';

interface Cached {
  version: number;
  state: CalendarOverridesState;
  calendar: WorkingCalendar;
}

@Injectable()
export class EffectiveCalendar {
  private cached: Cached = { version: 0, state: { overrides: [] }, calendar: vietnamCalendar };

  constructor(@Inject(RULEBOOK_EVENT_STORE) private readonly store: StreamStore) {}

  /** The calendar with every override recorded so far. */
  async current(): Promise<WorkingCalendar> {
    const base = this.cached;
    const events = await this.store.readStream(CALENDAR_TENANT, streamIds.calendarOverrides, { fromVersion: base.version + 1 });
    if (events.length === 0) return base.calendar;
    const state: CalendarOverridesState = { overrides: [...base.state.overrides, ...events.map((e) => calendarCodec.decode(e))] };
    const next: Cached = { version: events[events.length - 1].streamVersion, state, calendar: overriddenCalendar(state) };
    // Two reads may race: keep whichever saw more.
    if (next.version > this.cached.version) this.cached = next;
    return next.calendar;
  }
}

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

// ---- commands: the overrides of platform admins ----

type OverrideInput = CalendarOverrideCommand extends infer C ? (C extends CalendarOverrideCommand ? Omit<C, 'metadata'> : never) : never;

export class RecordCalendarOverrideCommand {
  constructor(readonly override: OverrideInput) {}
}

export interface DayView {
  date: LocalDate;
  workingDay: boolean;
  entries: CalendarEntry[];
}

@CommandHandler(RecordCalendarOverrideCommand)
export class RecordCalendarOverrideHandler implements ICommandHandler<RecordCalendarOverrideCommand, DayView> {
  constructor(
    @Inject(RULEBOOK_EVENT_STORE) private readonly store: StreamStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly calendar: EffectiveCalendar,
  ) {}

  async execute({ override }: RecordCalendarOverrideCommand): Promise<DayView> {
    const { date } = override.data;
    // A well-formed date outside the data is 404, as on every calendar route; the decider checks the rest.
    if (LocalDate.is(date)) ensureCovered(await this.calendar.current(), date);
    const now = this.clock.now();
    await handleCommand(this.store, calendarOverrides, {
      tenantId: CALENDAR_TENANT,
      streamId: streamIds.calendarOverrides,
      command: { ...override, metadata: { now } } as CalendarOverrideCommand,
      occurredAt: now,
      codec: calendarCodec,
    });
    return dayView(await this.calendar.current(), date as LocalDate);
  }
}

export function dayView(calendar: WorkingCalendar, date: LocalDate): DayView {
  return { date, workingDay: calendar.isWorkingDay(date), entries: [...calendar.entriesOn(date)] };
}

// ---- queries ----

export class WorkingDaysQuery {
  constructor(
    readonly from: LocalDate,
    readonly to: LocalDate,
  ) {}
}
export class AddWorkingDaysQuery {
  constructor(
    readonly date: LocalDate,
    readonly days: number,
  ) {}
}
export class HolidaysQuery {
  constructor(readonly year: number) {}
}

export interface WorkingDaysView {
  from: LocalDate;
  to: LocalDate;
  /** The working days in [from, to], both included. */
  workingDays: LocalDate[];
  count: number;
  /** Working days after `from` up to and including `to`: how far `to` is from `from` (`addWorkingDays(from, n) = to`). */
  workingDaysBetween: number;
}

export interface AddWorkingDaysView {
  date: LocalDate;
  days: number;
  /** `days` working days after `date` (before it when negative); `date` itself when 0. */
  result: LocalDate;
}

export interface HolidaysView {
  year: number;
  /** Holidays, days off and make-up working days of the year, by date, overrides applied. */
  entries: CalendarEntry[];
}

@QueryHandler(WorkingDaysQuery)
export class WorkingDaysHandler implements IQueryHandler<WorkingDaysQuery, WorkingDaysView> {
  constructor(private readonly calendar: EffectiveCalendar) {}
  async execute({ from, to }: WorkingDaysQuery): Promise<WorkingDaysView> {
    const calendar = await this.calendar.current();
    ensureCovered(calendar, from);
    ensureCovered(calendar, to);
    const workingDays: LocalDate[] = [];
    for (let d = from; d <= to; d = LocalDate.addDays(d, 1)) if (calendar.isWorkingDay(d)) workingDays.push(d);
    return { from, to, workingDays, count: workingDays.length, workingDaysBetween: calendar.workingDaysBetween(from, to) };
  }
}

@QueryHandler(AddWorkingDaysQuery)
export class AddWorkingDaysHandler implements IQueryHandler<AddWorkingDaysQuery, AddWorkingDaysView> {
  constructor(private readonly calendar: EffectiveCalendar) {}
  async execute({ date, days }: AddWorkingDaysQuery): Promise<AddWorkingDaysView> {
    const calendar = await this.calendar.current();
    ensureCovered(calendar, date);
    const result = days >= 0 ? calendar.addWorkingDays(date, days) : calendar.subtractWorkingDays(date, -days);
    return { date, days, result };
  }
}

@QueryHandler(HolidaysQuery)
export class HolidaysHandler implements IQueryHandler<HolidaysQuery, HolidaysView> {
  constructor(private readonly calendar: EffectiveCalendar) {}
  async execute({ year }: HolidaysQuery): Promise<HolidaysView> {
    const calendar = await this.calendar.current();
    ensureCovered(calendar, LocalDate.of(year, 1, 1));
    const entries = calendar.entries
      .filter((e) => LocalDate.year(e.date) === year)
      .sort((a, b) => a.date.localeCompare(b.date));
    return { year, entries };
  }
}

export const calendarHandlers = [RecordCalendarOverrideHandler, WorkingDaysHandler, AddWorkingDaysHandler, HolidaysHandler];
