// Forming the working group and staffing it: its leader among its members, sub-groups, members added
// and removed. Kiên Giang 2008 Điều 9.2: the working group is staffed mainly from the Sở TTTT (the
// standing agency); a member not on its staff must be nominated by the decision of the head of the
// agency that manages them. Where the regulation in force says so (`externalMembersNominatedByAgencyHead`),
// adding such a member without that decision is refused.
import type { LocalDate } from '@bcd/calendar';
import { NotFound, ValidationFailed, type Command } from '@bcd/kernel';
import type { Decision, RegulationSpan } from '@bcd/regulation';
import { checkAgencyActive, checkDecision, checkNotErased, inForce, type AgencyFacts, type PersonFacts } from '../facts.js';
import { refuse, refuseByRegulation, Rules } from '../rules.js';
import { checkDate, formed, type WorkingGroupEvent, type WorkingGroupState } from './working-group.js';

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
    regulation: RegulationSpan | undefined;
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
    regulation: RegulationSpan | undefined;
  }
>;
export type RemoveWorkingGroupMember = Command<'RemoveWorkingGroupMember', { personId: string; leftOn: LocalDate; reason: string | null }>;

export function formWorkingGroup(command: FormWorkingGroup, state: WorkingGroupState): WorkingGroupEvent[] {
  const { committeeId, decision, formedOn, committee, regulation } = command.data;
  if (state.status === 'formed') {
    throw refuse(Rules.workingGroupFormed, `The committee's working group was formed on ${state.formedOn}: change its members instead.`);
  }
  if (!committee.exists) throw new NotFound('Committee', committeeId);
  if (committee.dissolvedOn !== null && committee.dissolvedOn <= formedOn) {
    throw refuse(Rules.committeeDissolved, `The committee was dissolved with effect from ${committee.dissolvedOn}.`);
  }
  checkDecision(decision, command.metadata.now);
  const name = command.data.name ?? regulation?.adoption.pack.composition.workingGroup.name;
  if (name === undefined) {
    throw refuse(Rules.noRegulationInForce, `No regulation was in force on ${formedOn} to name the working group: give its name.`);
  }
  return [{ type: 'WorkingGroupFormed', data: { committeeId, name, decision, formedOn } }];
}

export function setLeader(command: SetWorkingGroupLeader, state: WorkingGroupState): WorkingGroupEvent[] {
  const group = formed(state);
  const { personId, decision, effectiveOn } = command.data;
  checkDecision(decision, command.metadata.now);
  checkDate(group, effectiveOn);
  if (!group.members[personId]) {
    throw refuse(Rules.workingGroupLeaderMember, `The leader (Tổ trưởng) is one of the working group's members: add person ${personId} first.`);
  }
  if (group.leader?.personId === personId) return [];
  return [{ type: 'WorkingGroupLeaderSet', data: { committeeId: group.committeeId, personId, decision, effectiveOn } }];
}

export function formSubGroup(command: FormSubGroup, state: WorkingGroupState): WorkingGroupEvent[] {
  const group = formed(state);
  const { subGroupId, name, formedOn } = command.data;
  if (group.subGroups[subGroupId]) return [];
  checkDate(group, formedOn);
  if (Object.values(group.subGroups).some((s) => s.name === name)) {
    throw new ValidationFailed([{ path: 'name', message: 'is the name of another sub-group' }]);
  }
  return [{ type: 'SubGroupFormed', data: { committeeId: group.committeeId, subGroupId, name, formedOn } }];
}

export function addMember(command: AddWorkingGroupMember, state: WorkingGroupState): WorkingGroupEvent[] {
  const group = formed(state);
  const { person, agency, standingAgencyId, subGroupId, joinedOn, nomination, regulation } = command.data;
  checkNotErased(person);
  checkDate(group, joinedOn);
  if (group.members[person.personId]) {
    throw refuse(Rules.workingGroupMember, `Person ${person.personId} is already a member of the working group.`);
  }
  if (subGroupId !== null && !group.subGroups[subGroupId]) throw new NotFound('Sub-group', subGroupId);
  checkAgencyActive(agency, joinedOn);
  if (nomination) checkDecision(nomination, command.metadata.now);
  const { pack } = inForce(regulation, joinedOn).adoption;
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

export function removeMember(command: RemoveWorkingGroupMember, state: WorkingGroupState): WorkingGroupEvent[] {
  const group = formed(state);
  const { personId, leftOn, reason } = command.data;
  if (!group.members[personId]) throw refuse(Rules.workingGroupMember, `Person ${personId} is not a member of the working group.`);
  checkDate(group, leftOn);
  return [{ type: 'WorkingGroupMemberRemoved', data: { committeeId: group.committeeId, personId, leftOn, reason } }];
}
