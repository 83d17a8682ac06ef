// A province's reporting setup, one stream per tenant (`reporting-setup-<tenant>`): the agencies that owe
// periodic reports where the regulation does not list them (designated from a date, by the province's
// decision), and how many days ahead reminders show an obligation as due soon (default 7).
import type { LocalDate } from '@bcd/calendar';
import { deciderOf, defineAggregate, type Command, type CommandOf, type DomainEvent } from '@bcd/kernel';
import type { ReminderHorizonSetData, ReportingAgenciesDesignatedData } from '@bcd/contracts';
import { refuse, Rules } from '../rules.js';

export type ReportingAgenciesDesignated = DomainEvent<'ReportingAgenciesDesignated', ReportingAgenciesDesignatedData>;
export type ReminderHorizonSet = DomainEvent<'ReminderHorizonSet', ReminderHorizonSetData>;
export type SetupEvent = ReportingAgenciesDesignated | ReminderHorizonSet;

export const DEFAULT_REMINDER_DAYS = 7;

export interface SetupState {
  /** Each designation with the day it takes effect, in the order recorded. */
  designations: readonly ReportingAgenciesDesignatedData[];
  reminderDays: number;
}

export const initialState = (): SetupState => ({ designations: [], reminderDays: DEFAULT_REMINDER_DAYS });

export function evolve(state: SetupState, event: SetupEvent): SetupState {
  switch (event.type) {
    case 'ReportingAgenciesDesignated':
      return { ...state, designations: [...state.designations, event.data] };
    case 'ReminderHorizonSet':
      return { ...state, reminderDays: event.data.days };
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}

export type DesignateReportingAgencies = Command<'DesignateReportingAgencies', ReportingAgenciesDesignatedData>;
export type SetReminderHorizon = Command<'SetReminderHorizon', ReminderHorizonSetData>;

export function designate(command: DesignateReportingAgencies, state: SetupState): SetupEvent[] {
  const { agencyIds, effectiveFrom } = command.data;
  if (new Set(agencyIds).size !== agencyIds.length) throw refuse(Rules.setup, 'An agency is designated twice.');
  const last = state.designations[state.designations.length - 1];
  if (last && last.effectiveFrom > effectiveFrom) throw refuse(Rules.setup, `The designation in force from ${last.effectiveFrom} is later: a new one starts on or after it.`);
  return [{ type: 'ReportingAgenciesDesignated', data: command.data }];
}

export function setReminderHorizon(command: SetReminderHorizon, state: SetupState): SetupEvent[] {
  return state.reminderDays === command.data.days ? [] : [{ type: 'ReminderHorizonSet', data: command.data }];
}

/** The agencies designated on `date`; null when none was designated by then. */
export function designatedOn(state: SetupState, date: LocalDate): string[] | null {
  const inForce = state.designations.filter((d) => d.effectiveFrom <= date);
  return inForce.length === 0 ? null : [...inForce[inForce.length - 1].agencyIds];
}

export const setupDecider = deciderOf({ initialState, evolve, decide: { DesignateReportingAgencies: designate, SetReminderHorizon: setReminderHorizon } });
export type SetupCommand = CommandOf<typeof setupDecider>;
export const setupStream = (tenant: string): string => `reporting-setup-${tenant}`;
export const setupAggregate = defineAggregate({ name: 'reporting-setup', namespace: 'reporting', decider: setupDecider, streamId: setupStream });
