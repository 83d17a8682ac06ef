// Seats of the committee: appointing a person to a role representing an agency, changing the role,
// assigning responsibilities, dismissing. The composition rules of the regulation in force on the date
// (composition.ts) judge every new seat and role; a member's changes are recorded in date order, one
// seat per person at a time, and a member-level If-Match names the member's own revision.
import type { LocalDate } from '@bcd/calendar';
import { ConcurrencyConflict, NotFound, type Command } from '@bcd/kernel';
import type { Decision, RegulationSpan } from '@bcd/regulation';
import { checkAgencyActive, checkDecision, checkNotErased, inForce, type AgencyFacts, type PersonFacts } from '../facts.js';
import { refuse, Rules } from '../rules.js';
import {
  active,
  appointment,
  checkNotBefore,
  currentRole,
  dismissal,
  spansOf,
  type ActiveCommittee,
  type CommitteeEvent,
  type CommitteeState,
  type MemberRole,
  type MemberState,
  type Responsibility,
} from './committee.js';
import { checkComposition } from './composition.js';

/** A member-level If-Match: the member's revision the caller saw (undefined: no precondition). */
export interface MemberPrecondition {
  memberId: string;
  expectedRevision?: number;
}

export type AppointMember = Command<
  'AppointMember',
  {
    memberId: string;
    person: PersonFacts;
    role: MemberRole;
    agency: AgencyFacts;
    decision: Decision;
    effectiveOn: LocalDate;
    regulation: RegulationSpan | undefined;
  }
>;
export type ChangeRole = Command<
  'ChangeRole',
  MemberPrecondition & { role: MemberRole; decision: Decision; effectiveOn: LocalDate; agency: AgencyFacts; regulation: RegulationSpan | undefined }
>;
export type AssignResponsibilities = Command<
  'AssignResponsibilities',
  MemberPrecondition & { responsibilities: Responsibility[]; effectiveOn: LocalDate; decision: Decision | null }
>;
export type DismissMember = Command<'DismissMember', MemberPrecondition & { decision: Decision; effectiveOn: LocalDate }>;

export function appointMember(command: AppointMember, state: CommitteeState): CommitteeEvent[] {
  const committee = active(state);
  const { memberId, person, role, agency, decision, effectiveOn, regulation } = command.data;
  if (committee.members[memberId]) return []; // the same id again: a retried request
  checkDecision(decision, command.metadata.now);
  checkNotErased(person);
  checkAgencyActive(agency, effectiveOn);
  checkNotBefore(effectiveOn, committee.establishedOn, 'the committee was established');
  checkPersonFree(committee, person.personId, effectiveOn);
  const rules = inForce(regulation, effectiveOn);
  checkComposition(rules, spansOf(committee), { memberId, role, agencyId: agency.agencyId, from: effectiveOn, until: null }, agency);
  return [appointment(committee, { memberId, personId: person.personId, role, agencyId: agency.agencyId, replaces: null }, decision, effectiveOn)];
}

export function changeRole(command: ChangeRole, state: CommitteeState): CommitteeEvent[] {
  const committee = active(state);
  const { role, decision, effectiveOn, agency, regulation } = command.data;
  const member = serving(committee, command.data);
  checkDecision(decision, command.metadata.now);
  checkMemberDate(member, effectiveOn);
  const previousRole = currentRole(member);
  if (previousRole === role) return [];
  const rules = inForce(regulation, effectiveOn);
  const others = spansOf(committee).filter((s) => s.memberId !== member.memberId || s.from < effectiveOn);
  const trimmed = others.map((s) => (s.memberId === member.memberId && (s.until === null || s.until > effectiveOn) ? { ...s, until: effectiveOn } : s));
  checkComposition(rules, trimmed, { memberId: member.memberId, role, agencyId: member.agencyId, from: effectiveOn, until: member.until }, agency);
  return [{ type: 'MemberRoleChanged', data: { committeeId: committee.committeeId, memberId: member.memberId, role, previousRole, decision, effectiveOn } }];
}

export function assignResponsibilities(command: AssignResponsibilities, state: CommitteeState): CommitteeEvent[] {
  const committee = active(state);
  const { responsibilities, effectiveOn, decision } = command.data;
  const member = serving(committee, command.data);
  if (decision) checkDecision(decision, command.metadata.now);
  checkMemberDate(member, effectiveOn);
  if (sameResponsibilities(member.responsibilities, responsibilities)) return [];
  return [{ type: 'ResponsibilitiesAssigned', data: { committeeId: committee.committeeId, memberId: member.memberId, responsibilities, effectiveOn, decision } }];
}

export function dismissMember(command: DismissMember, state: CommitteeState): CommitteeEvent[] {
  const committee = active(state);
  const { decision, effectiveOn } = command.data;
  const member = serving(committee, command.data);
  checkDecision(decision, command.metadata.now);
  checkMemberDate(member, effectiveOn);
  return [dismissal(committee, member, 'dismissed', decision, effectiveOn)];
}

/** The member named, still serving, at the revision the caller saw (If-Match). */
export function serving(committee: ActiveCommittee, { memberId, expectedRevision }: MemberPrecondition): MemberState {
  const member = committee.members[memberId];
  if (!member) throw new NotFound('Member', memberId);
  if (expectedRevision !== undefined && expectedRevision !== member.revision) {
    throw new ConcurrencyConflict(`member ${memberId}`, String(expectedRevision), member.revision);
  }
  if (member.until !== null) {
    throw refuse(Rules.memberNotServing, `Member ${memberId} left the committee with effect from ${member.until} (${member.endReason}).`);
  }
  return member;
}

/** A member's changes are recorded in the order of their dates (MEMBERSHIP-date-order). */
export function checkMemberDate(member: MemberState, date: LocalDate): void {
  if (date < member.lastChangeOn) {
    throw refuse(Rules.dateOrder, `Member ${member.memberId} has a change taking effect on ${member.lastChangeOn}: record changes in date order.`);
  }
}

/** One seat per person at a time (MEMBERSHIP-person-already-serving). */
export function checkPersonFree(committee: ActiveCommittee, personId: string, date: LocalDate): void {
  const seat = Object.values(committee.members).find((m) => m.personId === personId && (m.until === null || m.until > date));
  if (seat) throw alreadyServing(personId);
}

export function alreadyServing(personId: string) {
  return refuse(Rules.personAlreadyServing, `Person ${personId} already holds a seat on this committee.`);
}

function sameResponsibilities(a: readonly Responsibility[], b: readonly Responsibility[]): boolean {
  return a.length === b.length && a.every((r, i) => r.area === b[i].area && r.text === b[i].text);
}
