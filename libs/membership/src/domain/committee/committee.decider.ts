// The committee aggregate: its commands, `decide` dispatching to the rule family, and its binding
// (stream `membership-committee-<tenant>-<committeeId>`, events stored as `membership.<Type>`, business
// time the start of the command's business date in Vietnam).
import { vietnamInstant, type LocalDate } from '@bcd/calendar';
import { type CommandOf, deciderOf, defineAggregate } from '@bcd/kernel';
import { evolve, initialState } from './committee.js';
import { designateStandingAgency, dissolve, establish, reestablish, rename } from './lifecycle.js';
import { appointReplacement, endLongAbsence, notifyLongAbsence, proposeReplacement } from './long-absence.js';
import { appointMember, assignResponsibilities, changeRole, dismissMember } from './seats.js';

export const committeeDecider = deciderOf({ initialState, evolve, decide: {
  EstablishCommittee: establish, ReestablishCommittee: reestablish, RenameCommittee: rename,
  DissolveCommittee: dissolve, DesignateStandingAgency: designateStandingAgency, AppointMember: appointMember,
  ChangeRole: changeRole, AssignResponsibilities: assignResponsibilities, DismissMember: dismissMember,
  NotifyLongAbsence: notifyLongAbsence, ProposeReplacement: proposeReplacement,
  AppointReplacement: appointReplacement, EndLongAbsence: endLongAbsence,
} });

export type CommitteeCommand = CommandOf<typeof committeeDecider>;

export const committeeStream = (tenant: string, committeeId: string): string => `membership-committee-${tenant}-${committeeId}`;

export const committeeAggregate = defineAggregate({ name: 'committee', namespace: 'membership', decider: committeeDecider,
  streamId: committeeStream, occurredAt: (command) => vietnamInstant(businessDate(command)) });

/** The business date a command's change takes effect on (the events' `occurredAt`, may be back-dated). */
function businessDate(command: CommitteeCommand): LocalDate {
  switch (command.type) {
    case 'EstablishCommittee':
      return command.data.establishedOn;
    case 'NotifyLongAbsence':
      return command.data.notifiedOn;
    case 'ProposeReplacement':
      return command.data.proposedOn;
    case 'EndLongAbsence':
      return command.data.endedOn;
    default:
      return command.data.effectiveOn;
  }
}
