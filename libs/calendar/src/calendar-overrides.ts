// Platform admins correct the built-in holiday data when the government announces (or changes) a day
// off: one platform-wide stream `calendar-overrides`, three commands, three events. This file is the
// pure decider; the HTTP/persistence shell loads the stream, decides, appends, and builds the working
// calendar with `overriddenCalendar(state)`.

import { defineAggregate, type Command, type Decider, type DomainEvent, type FieldError, RuleViolation, ValidationFailed } from '@bcd/kernel';
import type { CalendarEntry, CalendarEntryKind } from './calendar-entry.js';
import { DAY_OFF_KINDS } from './calendar-entry.js';
import { LocalDate } from './local-date.js';
import {
  BUILT_IN_CALENDAR_YEARS,
  builtInCalendarEntries,
  createWorkingCalendar,
  type WorkingCalendar,
} from './working-calendar.js';

export const CALENDAR_OVERRIDES_STREAM = 'calendar-overrides';

/** Kinds of day off an admin may add. */
export type DayOffKind = Exclude<CalendarEntryKind, 'make-up-working-day'>;

/** Why and on whose authority: every override names the announcement it follows. */
interface Justified {
  /** Free text, e.g. "Thông báo chính thức thay cho ngày suy ra theo quy tắc". */
  reason: string;
  /** The announcement or decision, e.g. "Công văn 12729/VPCP-KGVX ngày 25/12/2025". */
  decisionRef: string;
}

export type HolidayAdded = DomainEvent<'HolidayAdded', { date: LocalDate; kind: DayOffKind; name: string } & Justified>;
export type HolidayRemoved = DomainEvent<'HolidayRemoved', { date: LocalDate } & Justified>;
export type WorkingDayAdded = DomainEvent<'WorkingDayAdded', { date: LocalDate; name: string } & Justified>;
export type CalendarOverrideEvent = HolidayAdded | HolidayRemoved | WorkingDayAdded;

// Commands carry unchecked input (from an HTTP body): decide validates it.
export type AddHoliday = Command<'AddHoliday', { date: string; kind?: DayOffKind; name: string } & Justified>;
export type RemoveHoliday = Command<'RemoveHoliday', { date: string } & Justified>;
export type AddWorkingDay = Command<'AddWorkingDay', { date: string; name?: string } & Justified>;
export type CalendarOverrideCommand = AddHoliday | RemoveHoliday | AddWorkingDay;

/** The overrides in the order they were recorded: later ones apply on top of earlier ones. */
export interface CalendarOverridesState {
  overrides: readonly CalendarOverrideEvent[];
}

/** The holiday data an override stream corrects: the built-in data unless a test gives other data. */
export interface CalendarBase {
  entries: readonly CalendarEntry[];
  years: readonly number[];
}

const BUILT_IN_BASE: CalendarBase = { entries: builtInCalendarEntries, years: BUILT_IN_CALENDAR_YEARS };

/** Rules that refuse an override, cited like a regulation's rules. */
export const CALENDAR_RULES = {
  alreadyDayOff: 'CALENDAR-already-day-off',
  notADayOff: 'CALENDAR-not-a-day-off',
  makeUpDayNotWeekend: 'CALENDAR-make-up-day-not-weekend',
  makeUpDayIsDayOff: 'CALENDAR-make-up-day-is-day-off',
  alreadyWorkingDay: 'CALENDAR-already-working-day',
  dayOffOnMakeUpDay: 'CALENDAR-day-off-on-make-up-day',
} as const;
const ARTICLE = 'Bộ luật Lao động 2019, Điều 111 khoản 3 và Điều 112; thông báo nghỉ lễ, Tết hằng năm';

/** Applies overrides, in order, to base entries: the entries of the effective calendar. */
export function applyOverrides(
  base: readonly CalendarEntry[],
  overrides: readonly CalendarOverrideEvent[],
): CalendarEntry[] {
  let entries = [...base];
  for (const event of overrides) {
    const { date, reason, decisionRef } = event.data;
    switch (event.type) {
      case 'HolidayAdded':
        entries.push({ date, kind: event.data.kind, name: event.data.name, source: decisionRef, basis: 'override', note: reason });
        break;
      case 'HolidayRemoved':
        // The date stops being a day off, whatever made it one. A swapped day's make-up Saturday stays:
        // removing it is a separate decision (and a separate override).
        entries = entries.filter((e) => e.date !== date || !DAY_OFF_KINDS.includes(e.kind));
        break;
      case 'WorkingDayAdded':
        entries.push({ date, kind: 'make-up-working-day', name: event.data.name, source: decisionRef, basis: 'override', note: reason });
        break;
      default: {
        const unknown: never = event;
        throw new Error(`Unknown calendar override ${JSON.stringify(unknown)}`);
      }
    }
  }
  return entries;
}

/** The working calendar with the recorded overrides applied to the base data. */
export function overriddenCalendar(state: CalendarOverridesState, base: CalendarBase = BUILT_IN_BASE): WorkingCalendar {
  return createWorkingCalendar(applyOverrides(base.entries, state.overrides), base.years);
}

export function calendarOverridesDecider(
  base: CalendarBase = BUILT_IN_BASE,
): Decider<CalendarOverrideCommand, CalendarOverrideEvent, CalendarOverridesState> {
  const refuse = (rule: string, message: string): never => {
    throw new RuleViolation(rule, ARTICLE, message);
  };

  return {
    initialState: () => ({ overrides: [] }),
    evolve: (state, event) => ({ overrides: [...state.overrides, event] }),
    decide: (command, state) => {
      const date = checkInput(command, base.years);
      const calendar = overriddenCalendar(state, base);
      const entries = calendar.entriesOn(date);
      const dayOff = entries.filter((e) => DAY_OFF_KINDS.includes(e.kind));
      const { reason, decisionRef } = command.data;
      // A retried command (same date and decision) finds its own override already there: nothing to do.
      const alreadyRecorded = (kind: 'off' | 'make-up') =>
        entries.some(
          (e) =>
            e.basis === 'override' &&
            e.source === decisionRef.trim() &&
            (kind === 'off' ? DAY_OFF_KINDS.includes(e.kind) : e.kind === 'make-up-working-day'),
        );

      switch (command.type) {
        case 'AddHoliday': {
          if (dayOff.length > 0) {
            if (alreadyRecorded('off')) return [];
            return refuse(CALENDAR_RULES.alreadyDayOff, `${date} is already a day off (${dayOff[0].name})`);
          }
          // A day cannot be both off and worked: the calendar would refuse to load, and every later read with it.
          const makeUp = entries.find((e) => e.kind === 'make-up-working-day');
          if (makeUp) {
            return refuse(CALENDAR_RULES.dayOffOnMakeUpDay, `${date} is a make-up working day (${makeUp.name}): a day off cannot fall on it`);
          }
          const kind = command.data.kind ?? 'holiday';
          return [
            { type: 'HolidayAdded', data: { date, kind, name: command.data.name.trim(), reason: reason.trim(), decisionRef: decisionRef.trim() } },
          ];
        }
        case 'RemoveHoliday': {
          if (dayOff.length === 0) {
            const removedHere = state.overrides.some(
              (e) => e.type === 'HolidayRemoved' && e.data.date === date && e.data.decisionRef === decisionRef.trim(),
            );
            if (removedHere) return [];
            return refuse(CALENDAR_RULES.notADayOff, `${date} is not a day off in the calendar`);
          }
          return [{ type: 'HolidayRemoved', data: { date, reason: reason.trim(), decisionRef: decisionRef.trim() } }];
        }
        case 'AddWorkingDay': {
          if (!LocalDate.isWeekend(date)) {
            return refuse(
              CALENDAR_RULES.makeUpDayNotWeekend,
              `${date} is a weekday: a make-up working day is a Saturday or Sunday (remove the day off instead)`,
            );
          }
          if (dayOff.length > 0) {
            return refuse(CALENDAR_RULES.makeUpDayIsDayOff, `${date} is a day off (${dayOff[0].name}): remove it first`);
          }
          if (calendar.isWorkingDay(date)) {
            if (alreadyRecorded('make-up')) return [];
            return refuse(CALENDAR_RULES.alreadyWorkingDay, `${date} is already a make-up working day`);
          }
          const name = command.data.name?.trim() || 'Ngày làm bù';
          return [{ type: 'WorkingDayAdded', data: { date, name, reason: reason.trim(), decisionRef: decisionRef.trim() } }];
        }
        default: {
          const unknown: never = command;
          throw new Error(`Unknown command ${JSON.stringify(unknown)}`);
        }
      }
    },
  };
}

/** The decider over the built-in holiday data. */
export const calendarOverrides = calendarOverridesDecider();

// Checks the command's fields together, so the caller sees every problem at once.
function checkInput(command: CalendarOverrideCommand, years: readonly number[]): LocalDate {
  const errors: FieldError[] = [];
  const text = (path: string, value: unknown) => {
    if (typeof value !== 'string' || value.trim() === '') errors.push({ path, message: 'must not be empty' });
  };
  let date: LocalDate | undefined;
  if (!LocalDate.is(command.data.date)) {
    errors.push({ path: 'date', message: 'must be a date written YYYY-MM-DD' });
  } else if (!years.includes(LocalDate.year(command.data.date))) {
    errors.push({ path: 'date', message: `must be in a year the holiday calendar covers (${Math.min(...years)}–${Math.max(...years)})` });
  } else {
    date = command.data.date;
  }
  text('reason', command.data.reason);
  text('decisionRef', command.data.decisionRef);
  if (command.type === 'AddHoliday') {
    text('name', command.data.name);
    const kind = command.data.kind;
    if (kind !== undefined && !(DAY_OFF_KINDS as readonly string[]).includes(kind)) {
      errors.push({ path: 'kind', message: `must be one of ${DAY_OFF_KINDS.join(', ')}` });
    }
  }
  if (errors.length > 0 || date === undefined) throw new ValidationFailed(errors);
  return date;
}

/**
 * The platform admins' overrides as an aggregate: one stream, `calendar-overrides`, under the platform
 * pseudo-tenant (whatever tenant id the runner is given), events stored as `calendar.<Type>`.
 */
export const calendarOverridesAggregate = defineAggregate({
  name: 'calendar overrides',
  namespace: 'calendar',
  decider: calendarOverrides,
  streamId: () => CALENDAR_OVERRIDES_STREAM,
});
