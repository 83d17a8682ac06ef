// The working-group aggregate: its commands, `decide` dispatching to the rule family, and its binding
// (one stream per committee, `membership-working-group-<tenant>-<committeeId>`; business time the start
// of the command's business date in Vietnam).
import { vietnamInstant, type LocalDate } from '@bcd/calendar';
import { type CommandOf, deciderOf, defineAggregate } from '@bcd/kernel';
import {
  addMember,
  formSubGroup,
  formWorkingGroup,
  removeMember,
  setLeader,
} from './staffing.js';
import { evolve, initialState } from './working-group.js';

export const workingGroupDecider = deciderOf({ initialState, evolve, decide: {
  FormWorkingGroup: formWorkingGroup, SetWorkingGroupLeader: setLeader, FormSubGroup: formSubGroup,
  AddWorkingGroupMember: addMember, RemoveWorkingGroupMember: removeMember,
} });

export type WorkingGroupCommand = CommandOf<typeof workingGroupDecider>;

/** One working group per committee: the instance id is the committee's. */
export const workingGroupStream = (tenant: string, committeeId: string): string => `membership-working-group-${tenant}-${committeeId}`;

export const workingGroupAggregate = defineAggregate({ name: 'working group', namespace: 'membership', decider: workingGroupDecider,
  streamId: workingGroupStream, occurredAt: (command) => vietnamInstant(businessDate(command)) });

function businessDate(command: WorkingGroupCommand): LocalDate {
  switch (command.type) {
    case 'FormWorkingGroup':
    case 'FormSubGroup':
      return command.data.formedOn;
    case 'SetWorkingGroupLeader':
      return command.data.effectiveOn;
    case 'AddWorkingGroupMember':
      return command.data.joinedOn;
    case 'RemoveWorkingGroupMember':
      return command.data.leftOn;
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}
