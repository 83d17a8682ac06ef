// The work-programme aggregate: its commands, `decide` dispatching to the rule families, and its binding (stream
// `programme-<tenant>-<programmeId>`, events stored as `programme.<Type>`, business time the start of the command's
// business date in Vietnam). A programme's id is made from the tenant, the committee and the year: one programme per
// committee and year, whoever opens it.
import { vietnamInstant, type LocalDate } from '@bcd/calendar';
import { deciderOf, defineAggregate, nameBasedId, type CommandOf } from '@bcd/kernel';
import { amendInspection, amendTask, openProgramme, planInspection, planTask } from './drafting.js';
import { completeInspection, completeTask, extendTask } from './execution.js';
import { issueProgramme } from './issue.js';
import { evolve, initialState } from './programme.js';

export const programmeDecider = deciderOf({
  initialState,
  evolve,
  decide: {
    OpenProgramme: openProgramme,
    PlanTask: planTask,
    AmendTask: amendTask,
    PlanInspection: planInspection,
    AmendInspection: amendInspection,
    IssueProgramme: issueProgramme,
    CompleteTask: completeTask,
    ExtendTask: extendTask,
    CompleteInspection: completeInspection,
  },
});

export type ProgrammeCommand = CommandOf<typeof programmeDecider>;

export const programmeStream = (tenant: string, programmeId: string): string => `programme-${tenant}-${programmeId}`;

/** The id of `committeeId`'s programme for `year`: the same in every process. */
export const programmeIdOf = (tenant: string, committeeId: string, year: number): string => nameBasedId('programme', tenant, committeeId, String(year));

/**
 * The business date of what a command records (the events' `occurredAt`, may be back-dated): the day drafted, the
 * decision's date, the day done or approved. Without it, "what was true on date X" (RULES.md §7) would read a
 * programme typed in years later as issued the day it was typed.
 */
export function businessDateOf(command: ProgrammeCommand): LocalDate {
  switch (command.type) {
    case 'OpenProgramme':
      return command.data.openedOn;
    case 'PlanTask':
    case 'PlanInspection':
      return command.data.plannedOn;
    case 'AmendTask':
    case 'AmendInspection':
      return command.data.amendedOn;
    case 'IssueProgramme':
      return command.data.decision.date;
    case 'CompleteTask':
    case 'CompleteInspection':
      return command.data.doneOn;
    case 'ExtendTask':
      return command.data.approvedOn;
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}

export const programmeAggregate = defineAggregate({
  name: 'programme',
  namespace: 'programme',
  decider: programmeDecider,
  streamId: programmeStream,
  occurredAt: (command: ProgrammeCommand) => vietnamInstant(businessDateOf(command)),
});
