// The committee's working group (Tổ giúp việc / Tổ thư ký / Tổ công tác, named per regulation): a leader
// (Tổ trưởng), members (Tổ viên) and sub-groups (nhóm công tác). One per committee: stream
// `membership-working-group-<tenant>-<committeeId>`.
//
// Kiên Giang 2008 Điều 9.2: the working group is staffed mainly from the Sở TTTT (the standing agency);
// a member not on its staff must be nominated by the decision of the head of the agency that manages
// them. Where the regulation in force says so (`externalMembersNominatedByAgencyHead`), adding such a
// member without that decision is refused.
import type { LocalDate } from '@bcd/calendar';
import { NotFound, ValidationFailed, type Command, type Decider } from '@bcd/kernel';
import { checkDecision, checkNotErased, type AgencyFacts, type Decision, type PersonFacts, type RegulationInForce } from './facts.js';
import { refuse, refuseByRegulation, Rules } from './rules.js';

export type WorkingGroupFormed = {
  type: 'WorkingGroupFormed';
  data: { committeeId: string; name: string; decision: Decision; formedOn: LocalDate };
};
export type WorkingGroupLeaderSet = {
  type: 'WorkingGroupLeaderSet';
  data: { committeeId: string; personId: string; decision: Decision; effectiveOn: LocalDate };
};
export type SubGroupFormed = { type: 'SubGroupFormed'; data: { committeeId: string; subGroupId: string; name: string; formedOn: LocalDate } };
export type WorkingGroupMemberAdded = {
  type: 'WorkingGroupMemberAdded';
  data: {
    committeeId: string;
    personId: string;
    agencyId: string;
    subGroupId: string | null;
    joinedOn: LocalDate;
    /** The decision of the member's agency head nominating them (Kiên Giang 2008 Điều 9.2), when there is one. */
    nomination: Decision | null;
  };
};
export type WorkingGroupMemberRemoved = {
  type: 'WorkingGroupMemberRemoved';
  data: { committeeId: string; personId: string; leftOn: LocalDate; reason: string | null };
};
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
type Formed = Exclude<WorkingGroupState, { status: 'absent' }>;

export type FormWorkingGroup = Command<
  'FormWorkingGroup',
  {
    committeeId: string;
    /** null: the name the regulation in force gives it. */
    name: string | null;
    decision: Decision;
    formedOn: LocalDate;
    /** Whether the committee exists and is not dissolved on that date (read by the application). */
    committee: { exists: boolean; dissolvedOn: LocalDate | null };
    regulation: RegulationInForce | undefined;
  }
>;
export type SetWorkingGroupLeader = Command<'SetWorkingGroupLeader', { personId: string; decision: Decision; effectiveOn: LocalDate }>;
export type FormSubGroup = Command<'FormSubGroup', { subGroupId: string; name: string; formedOn: LocalDate }>;
export type AddWorkingGroupMember = Command<
  'AddWorkingGroupMember',
  {
    person: PersonFacts;
    agency: AgencyFacts;
    /** The committee's standing agency on `joinedOn`, after following merges; null when none is designated. */
    standingAgencyId: string | null;
    subGroupId: string | null;
    joinedOn: LocalDate;
    nomination: Decision | null;
    regulation: RegulationInForce | undefined;
  }
>;
export type RemoveWorkingGroupMember = Command<'RemoveWorkingGroupMember', { personId: string; leftOn: LocalDate; reason: string | null }>;
export type WorkingGroupCommand = FormWorkingGroup | SetWorkingGroupLeader | FormSubGroup | AddWorkingGroupMember | RemoveWorkingGroupMember;

export const workingGroupDecider: Decider<WorkingGroupCommand, WorkingGroupEvent, WorkingGroupState> = {
  initialState: () => ({ status: 'absent' }),

  decide(command, state) {
    const { now } = command.metadata;
    switch (command.type) {
      case 'FormWorkingGroup': {
        const { committeeId, decision, formedOn, committee, regulation } = command.data;
        if (state.status === 'formed') {
          throw refuse(Rules.workingGroupFormed, `The committee's working group was formed on ${state.formedOn}: change its members instead.`);
        }
        if (!committee.exists) throw new NotFound('Committee', committeeId);
        if (committee.dissolvedOn !== null && committee.dissolvedOn <= formedOn) {
          throw refuse(Rules.committeeDissolved, `The committee was dissolved with effect from ${committee.dissolvedOn}.`);
        }
        checkDecision(decision, now);
        const name = command.data.name ?? regulation?.pack.composition.workingGroup.name;
        if (name === undefined) {
          throw refuse(Rules.noRegulationInForce, `No regulation was in force on ${formedOn} to name the working group: give its name.`);
        }
        return [{ type: 'WorkingGroupFormed', data: { committeeId, name, decision, formedOn } }];
      }
      case 'SetWorkingGroupLeader': {
        const group = formed(state);
        const { personId, decision, effectiveOn } = command.data;
        checkDecision(decision, now);
        checkDate(group, effectiveOn);
        if (!group.members[personId]) {
          throw refuse(Rules.workingGroupLeaderMember, `The leader (Tổ trưởng) is one of the working group's members: add person ${personId} first.`);
        }
        if (group.leader?.personId === personId) return [];
        return [{ type: 'WorkingGroupLeaderSet', data: { committeeId: group.committeeId, personId, decision, effectiveOn } }];
      }
      case 'FormSubGroup': {
        const group = formed(state);
        const { subGroupId, name, formedOn } = command.data;
        if (group.subGroups[subGroupId]) return [];
        checkDate(group, formedOn);
        if (Object.values(group.subGroups).some((s) => s.name === name)) {
          throw new ValidationFailed([{ path: 'name', message: 'is the name of another sub-group' }]);
        }
        return [{ type: 'SubGroupFormed', data: { committeeId: group.committeeId, subGroupId, name, formedOn } }];
      }
      case 'AddWorkingGroupMember': {
        const group = formed(state);
        const { person, agency, standingAgencyId, subGroupId, joinedOn, nomination, regulation } = command.data;
        checkNotErased(person);
        checkDate(group, joinedOn);
        if (group.members[person.personId]) {
          throw refuse(Rules.workingGroupMember, `Person ${person.personId} is already a member of the working group.`);
        }
        if (subGroupId !== null && !group.subGroups[subGroupId]) throw new NotFound('Sub-group', subGroupId);
        if (agency.mergedOn !== null && agency.mergedOn <= joinedOn) {
          throw refuse(Rules.agencyMerged, `Agency ${agency.agencyId} was merged with effect from ${agency.mergedOn}: name the agency it became part of.`);
        }
        if (nomination) checkDecision(nomination, now);
        if (!regulation) {
          throw refuse(Rules.noRegulationInForce, `No regulation (Quy chế) of this province was in force on ${joinedOn}.`);
        }
        const { pack } = regulation;
        if (pack.composition.workingGroup.externalMembersNominatedByAgencyHead && nomination === null) {
          if (standingAgencyId === null) {
            throw refuse(Rules.standingAgencyUnknown, `No standing agency was designated on ${joinedOn}: ${pack.title} staffs the working group from it.`);
          }
          if (agency.successorId !== standingAgencyId) {
            throw refuseByRegulation(
              pack,
              'composition.workingGroup',
              `${agency.name} is not the standing agency: a member from another agency joins the ${pack.composition.workingGroup.name} only by the decision of that agency's head (give the nomination).`,
            );
          }
        }
        return [
          {
            type: 'WorkingGroupMemberAdded',
            data: { committeeId: group.committeeId, personId: person.personId, agencyId: agency.agencyId, subGroupId, joinedOn, nomination },
          },
        ];
      }
      case 'RemoveWorkingGroupMember': {
        const group = formed(state);
        const { personId, leftOn, reason } = command.data;
        const member = group.members[personId];
        if (!member) throw refuse(Rules.workingGroupMember, `Person ${personId} is not a member of the working group.`);
        checkDate(group, leftOn);
        return [{ type: 'WorkingGroupMemberRemoved', data: { committeeId: group.committeeId, personId, leftOn, reason } }];
      }
      default: {
        const _exhaustive: never = command;
        return _exhaustive;
      }
    }
  },

  evolve(state, event) {
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
  },
};

function formed(state: WorkingGroupState): Formed {
  if (state.status === 'absent') throw new NotFound('Working group');
  return state;
}

function checkDate(group: Formed, date: LocalDate): void {
  if (date < group.lastChangeOn) {
    throw refuse(Rules.dateOrder, `The working group has a change taking effect on ${group.lastChangeOn}: record changes in date order.`);
  }
}

function touched(state: Formed, date: LocalDate): Formed {
  return { ...state, lastChangeOn: date > state.lastChangeOn ? date : state.lastChangeOn };
}
