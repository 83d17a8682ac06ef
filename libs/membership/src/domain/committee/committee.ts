// The committee (Ban Chỉ đạo) and its members: events, state, evolve. Stream
// `membership-committee-<tenant>-<committeeId>`. The members live in the committee's stream because the
// composition rules (one chair, the vice chairs, the standing members) are about the whole committee:
// two concurrent appointments are settled by the stream's version. Each member still has its own
// revision (the ETag of /members/:memberId), so editing one member does not make every other member's
// If-Match stale; which events count in it is `revisedMembers`, for the decider and the read model alike.
//
// Every change is made by a numbered decision and takes effect on a business date given in the command
// (back-dating is allowed; a member's changes are recorded in date order). The rule families are
// lifecycle.ts (the committee itself), seats.ts (appointments and seats) and long-absence.ts.
import { LocalDate } from '@bcd/calendar';
import { NotFound, type DomainEvent } from '@bcd/kernel';
import type { Decision } from '@bcd/regulation';
import type {
  AbsenceReason,
  CommitteeDissolvedData,
  CommitteeEstablishedData,
  CommitteeReestablishedData,
  CommitteeRenamedData,
  EndReason,
  LongAbsenceEndedData,
  LongAbsenceNotifiedData,
  MemberAppointedData,
  MemberDismissedData,
  MemberRole,
  MemberRoleChangedData,
  ReplacementProposedData,
  Responsibility,
  ResponsibilitiesAssignedData,
  StandingAgencyDesignatedData,
} from '@bcd/contracts';
import { refuse, Rules } from '../rules.js';
import type { RoleSpan } from './composition.js';

export { ABSENCE_REASONS, END_REASONS, MEMBER_ROLES, type AbsenceReason, type EndReason, type MemberRole, type Responsibility } from '@bcd/contracts';

export type CommitteeEstablished = DomainEvent<'CommitteeEstablished', CommitteeEstablishedData>;
/** Kiện toàn: a new decision; the members named in `carriedOver` keep their seats, the others end (MemberDismissed follow). */
export type CommitteeReestablished = DomainEvent<'CommitteeReestablished', CommitteeReestablishedData>;
export type CommitteeRenamed = DomainEvent<'CommitteeRenamed', CommitteeRenamedData>;
export type CommitteeDissolved = DomainEvent<'CommitteeDissolved', CommitteeDissolvedData>;
export type StandingAgencyDesignated = DomainEvent<'StandingAgencyDesignated', StandingAgencyDesignatedData>;
export type MemberAppointed = DomainEvent<'MemberAppointed', MemberAppointedData>;
export type MemberRoleChanged = DomainEvent<'MemberRoleChanged', MemberRoleChangedData>;
export type ResponsibilitiesAssigned = DomainEvent<'ResponsibilitiesAssigned', ResponsibilitiesAssignedData>;
export type MemberDismissed = DomainEvent<'MemberDismissed', MemberDismissedData>;
/** Thanh Hóa 2014 Điều 2.4: the agency notified the chair in writing; the seat is pending replacement from `notifiedOn`. */
export type LongAbsenceNotified = DomainEvent<'LongAbsenceNotified', LongAbsenceNotifiedData>;
export type ReplacementProposed = DomainEvent<'ReplacementProposed', ReplacementProposedData>;
/** The member came back before a replacement was appointed: the seat is no longer pending. */
export type LongAbsenceEnded = DomainEvent<'LongAbsenceEnded', LongAbsenceEndedData>;

export type CommitteeEvent =
  | CommitteeEstablished
  | CommitteeReestablished
  | CommitteeRenamed
  | CommitteeDissolved
  | StandingAgencyDesignated
  | MemberAppointed
  | MemberRoleChanged
  | ResponsibilitiesAssigned
  | MemberDismissed
  | LongAbsenceNotified
  | ReplacementProposed
  | LongAbsenceEnded;

export interface LongAbsence {
  reason: AbsenceReason;
  from: LocalDate;
  expectedUntil: LocalDate | null;
  noticeReference: string;
  notifiedOn: LocalDate;
  proposal: { personId: string; proposedOn: LocalDate; proposalReference: string } | null;
}

export interface MemberState {
  memberId: string;
  personId: string;
  agencyId: string;
  /** Role history, in date order. */
  roles: { role: MemberRole; from: LocalDate; decision: Decision }[];
  appointedOn: LocalDate;
  /** Last day + 1 of the seat (exclusive), once it ended. */
  until: LocalDate | null;
  endReason: EndReason | null;
  responsibilities: Responsibility[];
  /** The open long absence: the seat is pending replacement. */
  absence: LongAbsence | null;
  /** The latest business date of a change to this member: later changes may not predate it. */
  lastChangeOn: LocalDate;
  /** Events about this member so far (`revisedMembers`): its ETag. */
  revision: number;
}

export type CommitteeState =
  | { status: 'absent' }
  | {
      status: 'active' | 'dissolved';
      committeeId: string;
      names: { name: string; effectiveOn: LocalDate }[];
      establishedOn: LocalDate;
      standingAgencies: { agencyId: string; effectiveOn: LocalDate }[];
      lastReestablishedOn: LocalDate | null;
      dissolvedOn: LocalDate | null;
      members: Record<string, MemberState>;
    };
export type ActiveCommittee = Exclude<CommitteeState, { status: 'absent' }>;

export const initialState = (): CommitteeState => ({ status: 'absent' });

export function evolve(state: CommitteeState, event: CommitteeEvent): CommitteeState {
  const next = apply(state, event);
  if (next.status === 'absent') return next;
  const revised = revisedMembers(event).filter((memberId) => next.members[memberId]);
  if (revised.length === 0) return next;
  const members = { ...next.members };
  for (const memberId of revised) members[memberId] = { ...members[memberId], revision: members[memberId].revision + 1 };
  return { ...next, members };
}

/**
 * The members whose revision (the ETag of /members/:memberId) an event counts in: the one place that
 * decides it, for the decider's state and the read model. An appointment is a member's first event; a
 * re-establishment that carries a member over does not change them.
 */
export function revisedMembers(event: CommitteeEvent): string[] {
  switch (event.type) {
    case 'MemberAppointed':
    case 'MemberRoleChanged':
    case 'ResponsibilitiesAssigned':
    case 'MemberDismissed':
    case 'LongAbsenceNotified':
    case 'ReplacementProposed':
    case 'LongAbsenceEnded':
      return [event.data.memberId];
    case 'CommitteeEstablished':
    case 'CommitteeReestablished':
    case 'CommitteeRenamed':
    case 'CommitteeDissolved':
    case 'StandingAgencyDesignated':
      return [];
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}

function apply(state: CommitteeState, event: CommitteeEvent): CommitteeState {
  if (event.type === 'CommitteeEstablished') {
    const { committeeId, name, establishedOn, standingAgencyId } = event.data;
    return {
      status: 'active',
      committeeId,
      names: [{ name, effectiveOn: establishedOn }],
      establishedOn,
      standingAgencies: standingAgencyId === null ? [] : [{ agencyId: standingAgencyId, effectiveOn: establishedOn }],
      lastReestablishedOn: null,
      dissolvedOn: null,
      members: {},
    };
  }
  if (state.status === 'absent') return state;
  switch (event.type) {
    case 'CommitteeReestablished':
      return { ...state, lastReestablishedOn: event.data.effectiveOn };
    case 'CommitteeRenamed':
      return { ...state, names: [...state.names, { name: event.data.name, effectiveOn: event.data.effectiveOn }] };
    case 'CommitteeDissolved':
      return { ...state, status: 'dissolved', dissolvedOn: event.data.effectiveOn };
    case 'StandingAgencyDesignated':
      return { ...state, standingAgencies: [...state.standingAgencies, { agencyId: event.data.agencyId, effectiveOn: event.data.effectiveOn }] };
    case 'MemberAppointed': {
      const { memberId, personId, role, agencyId, decision, effectiveOn } = event.data;
      const member: MemberState = {
        memberId,
        personId,
        agencyId,
        roles: [{ role, from: effectiveOn, decision }],
        appointedOn: effectiveOn,
        until: null,
        endReason: null,
        responsibilities: [],
        absence: null,
        lastChangeOn: effectiveOn,
        revision: 0,
      };
      return { ...state, members: { ...state.members, [memberId]: member } };
    }
    case 'MemberRoleChanged': {
      const { role, decision, effectiveOn } = event.data;
      return updateMember(state, event.data.memberId, effectiveOn, (m) => ({ ...m, roles: [...m.roles, { role, from: effectiveOn, decision }] }));
    }
    case 'ResponsibilitiesAssigned':
      return updateMember(state, event.data.memberId, event.data.effectiveOn, (m) => ({ ...m, responsibilities: event.data.responsibilities }));
    case 'MemberDismissed':
      return updateMember(state, event.data.memberId, event.data.effectiveOn, (m) => ({
        ...m,
        until: event.data.effectiveOn,
        endReason: event.data.reason,
        absence: null,
      }));
    case 'LongAbsenceNotified': {
      const { reason, from, expectedUntil, noticeReference, notifiedOn } = event.data;
      return updateMember(state, event.data.memberId, notifiedOn, (m) => ({
        ...m,
        absence: { reason, from, expectedUntil, noticeReference, notifiedOn, proposal: null },
      }));
    }
    case 'ReplacementProposed': {
      const { personId, proposedOn, proposalReference } = event.data;
      return updateMember(state, event.data.memberId, proposedOn, (m) => ({
        ...m,
        absence: m.absence && { ...m.absence, proposal: { personId, proposedOn, proposalReference } },
      }));
    }
    case 'LongAbsenceEnded':
      return updateMember(state, event.data.memberId, event.data.endedOn, (m) => ({ ...m, absence: null }));
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}

function updateMember(state: ActiveCommittee, memberId: string, date: LocalDate, change: (member: MemberState) => MemberState): ActiveCommittee {
  const member = state.members[memberId];
  if (!member) return state;
  return { ...state, members: { ...state.members, [memberId]: { ...change(member), lastChangeOn: LocalDate.max(member.lastChangeOn, date) } } };
}

// ---- the state as the rule families read it ----

/** The committee as it may still change: absent is 404, dissolved is refused (MEMBERSHIP-committee-dissolved). */
export function active(state: CommitteeState): ActiveCommittee {
  if (state.status === 'absent') throw new NotFound('Committee');
  if (state.status === 'dissolved') {
    throw refuse(Rules.committeeDissolved, `The committee was dissolved with effect from ${state.dissolvedOn}: its membership changes no more.`);
  }
  return state;
}

/** Nothing takes effect before the date `what` happened (MEMBERSHIP-date-order). */
export function checkNotBefore(date: LocalDate, earliest: LocalDate, what: string): void {
  if (date < earliest) throw refuse(Rules.dateOrder, `${date} is before ${earliest}, when ${what}.`);
}

/** The role a member holds now (the last of their role history). */
export function currentRole(member: Pick<MemberState, 'roles'>): MemberRole {
  return member.roles[member.roles.length - 1].role;
}

/** Every member's roles as dated spans: what the composition rules count. */
export function spansOf(committee: ActiveCommittee): RoleSpan[] {
  return Object.values(committee.members).flatMap((member) =>
    member.roles.map((entry, i) => ({
      memberId: member.memberId,
      role: entry.role,
      agencyId: member.agencyId,
      from: entry.from,
      until: member.roles[i + 1]?.from ?? member.until,
    })),
  );
}

/** Members whose seat has not ended by `date` (appointed before or after it). */
export function servingOn(committee: ActiveCommittee, date: LocalDate): MemberState[] {
  return Object.values(committee.members).filter((m) => m.until === null || m.until > date);
}

export function nameOn(committee: ActiveCommittee, date: LocalDate): string {
  let name = committee.names[0].name;
  for (const entry of committee.names) if (entry.effectiveOn <= date) name = entry.name;
  return name;
}

export function lastNameDate(committee: ActiveCommittee): LocalDate {
  return committee.names[committee.names.length - 1].effectiveOn;
}

// ---- events the rule families build alike ----

export function dismissal(committee: ActiveCommittee, member: MemberState, reason: EndReason, decision: Decision, effectiveOn: LocalDate): MemberDismissed {
  return { type: 'MemberDismissed', data: { committeeId: committee.committeeId, memberId: member.memberId, reason, decision, effectiveOn } };
}

export function appointment(
  committee: ActiveCommittee,
  seat: { memberId: string; personId: string; role: MemberRole; agencyId: string; replaces: string | null },
  decision: Decision,
  effectiveOn: LocalDate,
): MemberAppointed {
  const { memberId, personId, role, agencyId, replaces } = seat;
  return { type: 'MemberAppointed', data: { committeeId: committee.committeeId, memberId, personId, role, agencyId, decision, effectiveOn, replaces } };
}
