// The committee's working group (Tổ giúp việc / Tổ thư ký / Tổ công tác, named per regulation): a leader
// (Tổ trưởng), members (Tổ viên) and sub-groups (nhóm công tác). One per committee: stream
// `membership-working-group-<tenant>-<committeeId>`. Its rules are in staffing.ts.
import type { LocalDate } from '@bcd/calendar';
import { NotFound, type DomainEvent } from '@bcd/kernel';
import type { Decision } from '@bcd/regulation';
import type {
  SubGroupFormedData,
  WorkingGroupFormedData,
  WorkingGroupLeaderSetData,
  WorkingGroupMemberAddedData,
  WorkingGroupMemberRemovedData,
} from '@bcd/contracts';
import { refuse, Rules } from '../rules.js';

export type WorkingGroupFormed = DomainEvent<'WorkingGroupFormed', WorkingGroupFormedData>;
export type WorkingGroupLeaderSet = DomainEvent<'WorkingGroupLeaderSet', WorkingGroupLeaderSetData>;
export type SubGroupFormed = DomainEvent<'SubGroupFormed', SubGroupFormedData>;
export type WorkingGroupMemberAdded = DomainEvent<'WorkingGroupMemberAdded', WorkingGroupMemberAddedData>;
export type WorkingGroupMemberRemoved = DomainEvent<'WorkingGroupMemberRemoved', WorkingGroupMemberRemovedData>;
export type WorkingGroupEvent = WorkingGroupFormed | WorkingGroupLeaderSet | SubGroupFormed | WorkingGroupMemberAdded | WorkingGroupMemberRemoved;

export interface WorkingGroupMember {
  personId: string;
  agencyId: string;
  subGroupId: string | null;
  joinedOn: LocalDate;
  nomination: Decision | null;
}

export type WorkingGroupState =
  | { status: 'absent' }
  | {
      status: 'formed';
      committeeId: string;
      name: string;
      formedOn: LocalDate;
      leader: { personId: string; since: LocalDate } | null;
      subGroups: Record<string, { name: string; formedOn: LocalDate }>;
      members: Record<string, WorkingGroupMember>;
      lastChangeOn: LocalDate;
    };
export type FormedWorkingGroup = Exclude<WorkingGroupState, { status: 'absent' }>;

export const initialState = (): WorkingGroupState => ({ status: 'absent' });

export function evolve(state: WorkingGroupState, event: WorkingGroupEvent): WorkingGroupState {
  if (event.type === 'WorkingGroupFormed') {
    const { committeeId, name, formedOn } = event.data;
    return { status: 'formed', committeeId, name, formedOn, leader: null, subGroups: {}, members: {}, lastChangeOn: formedOn };
  }
  if (state.status === 'absent') return state;
  switch (event.type) {
    case 'WorkingGroupLeaderSet':
      return { ...touched(state, event.data.effectiveOn), leader: { personId: event.data.personId, since: event.data.effectiveOn } };
    case 'SubGroupFormed':
      return {
        ...touched(state, event.data.formedOn),
        subGroups: { ...state.subGroups, [event.data.subGroupId]: { name: event.data.name, formedOn: event.data.formedOn } },
      };
    case 'WorkingGroupMemberAdded': {
      const { personId, agencyId, subGroupId, joinedOn, nomination } = event.data;
      return { ...touched(state, joinedOn), members: { ...state.members, [personId]: { personId, agencyId, subGroupId, joinedOn, nomination } } };
    }
    case 'WorkingGroupMemberRemoved': {
      const { [event.data.personId]: _removed, ...members } = state.members;
      const leader = state.leader?.personId === event.data.personId ? null : state.leader;
      return { ...touched(state, event.data.leftOn), members, leader };
    }
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}

/** The working group, or 404 when it was not formed. */
export function formed(state: WorkingGroupState): FormedWorkingGroup {
  if (state.status === 'absent') throw new NotFound('Working group');
  return state;
}

/** The working group's changes are recorded in the order of their dates (MEMBERSHIP-date-order). */
export function checkDate(group: FormedWorkingGroup, date: LocalDate): void {
  if (date < group.lastChangeOn) {
    throw refuse(Rules.dateOrder, `The working group has a change taking effect on ${group.lastChangeOn}: record changes in date order.`);
  }
}

function touched(state: FormedWorkingGroup, date: LocalDate): FormedWorkingGroup {
  return { ...state, lastChangeOn: date > state.lastChangeOn ? date : state.lastChangeOn };
}
