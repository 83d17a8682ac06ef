// The committee (Ban Chỉ đạo) and its members. Stream `membership-committee-<tenant>-<committeeId>`.
// The members live in the committee's stream because the composition rules (one chair, the vice chairs,
// the standing members) are about the whole committee: two concurrent appointments are settled by the
// stream's version. Each member still has its own revision (the ETag of /members/:memberId), so editing
// one member does not make every other member's If-Match stale.
//
// Every change is made by a numbered decision and takes effect on a business date given in the command
// (back-dating is allowed; a member's changes are recorded in date order). The regulation in force on
// that date, read by the application through the RegulationsInForce port, arrives in the command.
import { LocalDate } from '@bcd/calendar';
import { ConcurrencyConflict, NotFound, ValidationFailed, type Command, type Decider } from '@bcd/kernel';
import { checkComposition, type MemberRole, type RoleSpan } from './composition.js';
import {
  addMonths,
  checkDecision,
  checkNotErased,
  regulationRef,
  type AgencyFacts,
  type Decision,
  type PersonFacts,
  type RegulationInForce,
  type RegulationRef,
} from './facts.js';
import { refuse, refuseByRegulation, Rules } from './rules.js';

export { MEMBER_ROLES, type MemberRole } from './composition.js';

/** An assigned responsibility: free text and the area it covers (e.g. "an ninh mạng"). */
export interface Responsibility {
  area: string;
  text: string;
}

/**
 * Why a member is away (Thanh Hóa 2014 Điều 2.4): a work trip or full-time study over the threshold,
 * leave, retirement (nghỉ chế độ) or a change of personnel (thay đổi về nhân sự).
 */
export const ABSENCE_REASONS = ['work-trip', 'study', 'leave', 'retirement', 'personnel-change'] as const;
export type AbsenceReason = (typeof ABSENCE_REASONS)[number];
/** Reasons that count only when the absence lasts longer than the regulation's threshold. */
const TIMED_REASONS: readonly AbsenceReason[] = ['work-trip', 'study', 'leave'];

export const END_REASONS = ['dismissed', 'replaced', 'not-carried-over', 'committee-dissolved'] as const;
export type EndReason = (typeof END_REASONS)[number];

type WithCommittee<T> = { committeeId: string } & T;

export type CommitteeEstablished = {
  type: 'CommitteeEstablished';
  data: WithCommittee<{ name: string; decision: Decision; establishedOn: LocalDate; regulation: RegulationRef | null; standingAgencyId: string | null }>;
};
/** Kiện toàn: a new decision; the members named in `carriedOver` keep their seats, the others end (MemberDismissed follow). */
export type CommitteeReestablished = {
  type: 'CommitteeReestablished';
  data: WithCommittee<{ decision: Decision; effectiveOn: LocalDate; carriedOver: string[] }>;
};
export type CommitteeRenamed = {
  type: 'CommitteeRenamed';
  data: WithCommittee<{ name: string; previousName: string; decision: Decision; effectiveOn: LocalDate }>;
};
export type CommitteeDissolved = { type: 'CommitteeDissolved'; data: WithCommittee<{ decision: Decision; effectiveOn: LocalDate }> };
export type StandingAgencyDesignated = {
  type: 'StandingAgencyDesignated';
  data: WithCommittee<{ agencyId: string; decision: Decision; effectiveOn: LocalDate }>;
};
export type MemberAppointed = {
  type: 'MemberAppointed';
  data: WithCommittee<{
    memberId: string;
    personId: string;
    role: MemberRole;
    agencyId: string;
    decision: Decision;
    effectiveOn: LocalDate;
    /** The member whose seat this one takes (a replacement), if any. */
    replaces: string | null;
  }>;
};
export type MemberRoleChanged = {
  type: 'MemberRoleChanged';
  data: WithCommittee<{ memberId: string; role: MemberRole; previousRole: MemberRole; decision: Decision; effectiveOn: LocalDate }>;
};
export type ResponsibilitiesAssigned = {
  type: 'ResponsibilitiesAssigned';
  data: WithCommittee<{ memberId: string; responsibilities: Responsibility[]; effectiveOn: LocalDate; decision: Decision | null }>;
};
export type MemberDismissed = {
  type: 'MemberDismissed';
  data: WithCommittee<{ memberId: string; reason: EndReason; decision: Decision; effectiveOn: LocalDate }>;
};
/** Thanh Hóa 2014 Điều 2.4: the agency notified the chair in writing; the seat is pending replacement from `notifiedOn`. */
export type LongAbsenceNotified = {
  type: 'LongAbsenceNotified';
  data: WithCommittee<{
    memberId: string;
    reason: AbsenceReason;
    from: LocalDate;
    expectedUntil: LocalDate | null;
    noticeReference: string;
    notifiedOn: LocalDate;
  }>;
};
export type ReplacementProposed = {
  type: 'ReplacementProposed';
  data: WithCommittee<{ memberId: string; personId: string; proposedOn: LocalDate; proposalReference: string }>;
};
/** The member came back before a replacement was appointed: the seat is no longer pending. */
export type LongAbsenceEnded = { type: 'LongAbsenceEnded'; data: WithCommittee<{ memberId: string; endedOn: LocalDate }> };

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
  /** Events about this member so far: its ETag. */
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

/** A member-level If-Match: the member's revision the caller saw (undefined: no precondition). */
interface MemberPrecondition {
  memberId: string;
  expectedRevision?: number;
}

export type EstablishCommittee = Command<
  'EstablishCommittee',
  { committeeId: string; name: string; decision: Decision; establishedOn: LocalDate; regulation: RegulationInForce | undefined; standingAgency: AgencyFacts | null }
>;
export type ReestablishCommittee = Command<
  'ReestablishCommittee',
  {
    decision: Decision;
    effectiveOn: LocalDate;
    /** A new name, when the re-establishment renames the committee. */
    name: string | null;
    carriedOver: string[];
    /** Seats kept with a new person (same role, same agency). */
    replaced: { memberId: string; newMemberId: string; person: PersonFacts }[];
  }
>;
export type RenameCommittee = Command<'RenameCommittee', { name: string; decision: Decision; effectiveOn: LocalDate }>;
export type DissolveCommittee = Command<'DissolveCommittee', { decision: Decision; effectiveOn: LocalDate }>;
export type DesignateStandingAgency = Command<'DesignateStandingAgency', { agency: AgencyFacts; decision: Decision; effectiveOn: LocalDate }>;
export type AppointMember = Command<
  'AppointMember',
  {
    memberId: string;
    person: PersonFacts;
    role: MemberRole;
    agency: AgencyFacts;
    decision: Decision;
    effectiveOn: LocalDate;
    regulation: RegulationInForce | undefined;
  }
>;
export type ChangeRole = Command<
  'ChangeRole',
  MemberPrecondition & { role: MemberRole; decision: Decision; effectiveOn: LocalDate; agency: AgencyFacts; regulation: RegulationInForce | undefined }
>;
export type AssignResponsibilities = Command<
  'AssignResponsibilities',
  MemberPrecondition & { responsibilities: Responsibility[]; effectiveOn: LocalDate; decision: Decision | null }
>;
export type DismissMember = Command<'DismissMember', MemberPrecondition & { decision: Decision; effectiveOn: LocalDate }>;
export type NotifyLongAbsence = Command<
  'NotifyLongAbsence',
  MemberPrecondition & {
    reason: AbsenceReason;
    from: LocalDate;
    expectedUntil: LocalDate | null;
    noticeReference: string;
    notifiedOn: LocalDate;
    regulation: RegulationInForce | undefined;
  }
>;
export type ProposeReplacement = Command<
  'ProposeReplacement',
  MemberPrecondition & { person: PersonFacts; proposedOn: LocalDate; proposalReference: string }
>;
export type AppointReplacement = Command<
  'AppointReplacement',
  MemberPrecondition & { newMemberId: string; person: PersonFacts; decision: Decision; effectiveOn: LocalDate }
>;
export type EndLongAbsence = Command<'EndLongAbsence', MemberPrecondition & { endedOn: LocalDate }>;

export type CommitteeCommand =
  | EstablishCommittee
  | ReestablishCommittee
  | RenameCommittee
  | DissolveCommittee
  | DesignateStandingAgency
  | AppointMember
  | ChangeRole
  | AssignResponsibilities
  | DismissMember
  | NotifyLongAbsence
  | ProposeReplacement
  | AppointReplacement
  | EndLongAbsence;

export const committeeDecider: Decider<CommitteeCommand, CommitteeEvent, CommitteeState> = {
  initialState: () => ({ status: 'absent' }),

  decide(command, state) {
    const { now } = command.metadata;
    switch (command.type) {
      case 'EstablishCommittee': {
        const { committeeId, name, decision, establishedOn, regulation, standingAgency } = command.data;
        if (state.status !== 'absent') return []; // the same id again: a retried request
        checkDecision(decision, now);
        if (standingAgency) checkAgencyActive(standingAgency, establishedOn);
        return [
          {
            type: 'CommitteeEstablished',
            data: {
              committeeId,
              name,
              decision,
              establishedOn,
              regulation: regulation ? regulationRef(regulation) : null,
              standingAgencyId: standingAgency?.agencyId ?? null,
            },
          },
        ];
      }
      case 'ReestablishCommittee': {
        const committee = active(state);
        const { decision, effectiveOn, name, carriedOver, replaced } = command.data;
        checkDecision(decision, now);
        checkNotBefore(effectiveOn, committee.establishedOn, 'the committee was established');
        const serving = servingOn(committee, effectiveOn);
        const named = [...carriedOver, ...replaced.map((r) => r.memberId)];
        const unknown = named.filter((id) => !serving.some((m) => m.memberId === id));
        const twice = named.filter((id, i) => named.indexOf(id) !== i);
        if (unknown.length > 0 || twice.length > 0) {
          throw refuse(
            Rules.reestablishmentMembers,
            `Name serving members, each once: ${[...unknown.map((id) => `${id} is not serving`), ...twice.map((id) => `${id} is named twice`)].join('; ')}.`,
          );
        }
        for (const member of serving) if (!carriedOver.includes(member.memberId)) checkMemberDate(member, effectiveOn);
        const continuing = serving.filter((m) => carriedOver.includes(m.memberId));
        for (const { person } of replaced) {
          checkNotErased(person);
          if (continuing.some((m) => m.personId === person.personId)) throw alreadyServing(person.personId);
        }
        const newPeople = replaced.map((r) => r.person.personId);
        const twiceAppointed = newPeople.find((id, i) => newPeople.indexOf(id) !== i);
        if (twiceAppointed !== undefined) throw alreadyServing(twiceAppointed);

        const events: CommitteeEvent[] = [{ type: 'CommitteeReestablished', data: { committeeId: committee.committeeId, decision, effectiveOn, carriedOver } }];
        const previousName = nameOn(committee, effectiveOn);
        if (name !== null && name !== previousName) {
          checkNotBefore(effectiveOn, lastNameDate(committee), 'the committee took its current name');
          events.push({ type: 'CommitteeRenamed', data: { committeeId: committee.committeeId, name, previousName, decision, effectiveOn } });
        }
        for (const member of serving) {
          const replacement = replaced.find((r) => r.memberId === member.memberId);
          if (carriedOver.includes(member.memberId)) continue;
          events.push(dismissal(committee, member, replacement ? 'replaced' : 'not-carried-over', decision, effectiveOn));
          if (replacement) {
            events.push(appointment(committee, replacement.newMemberId, replacement.person.personId, currentRole(member), member.agencyId, decision, effectiveOn, member.memberId));
          }
        }
        return events;
      }
      case 'RenameCommittee': {
        const committee = active(state);
        const { name, decision, effectiveOn } = command.data;
        checkDecision(decision, now);
        checkNotBefore(effectiveOn, lastNameDate(committee), 'the committee took its current name');
        const previousName = nameOn(committee, effectiveOn);
        if (previousName === name) return [];
        return [{ type: 'CommitteeRenamed', data: { committeeId: committee.committeeId, name, previousName, decision, effectiveOn } }];
      }
      case 'DissolveCommittee': {
        const committee = active(state);
        const { decision, effectiveOn } = command.data;
        checkDecision(decision, now);
        checkNotBefore(effectiveOn, committee.establishedOn, 'the committee was established');
        const serving = servingOn(committee, effectiveOn);
        for (const member of serving) checkMemberDate(member, effectiveOn);
        return [
          ...serving.map((member) => dismissal(committee, member, 'committee-dissolved', decision, effectiveOn)),
          { type: 'CommitteeDissolved', data: { committeeId: committee.committeeId, decision, effectiveOn } },
        ];
      }
      case 'DesignateStandingAgency': {
        const committee = active(state);
        const { agency, decision, effectiveOn } = command.data;
        checkDecision(decision, now);
        checkAgencyActive(agency, effectiveOn);
        checkNotBefore(effectiveOn, committee.establishedOn, 'the committee was established');
        const last = committee.standingAgencies[committee.standingAgencies.length - 1];
        if (last && last.agencyId === agency.agencyId) return [];
        if (last && last.effectiveOn >= effectiveOn) {
          throw refuse(Rules.dateOrder, `The standing agency was last designated with effect from ${last.effectiveOn}: a new designation takes effect after that.`);
        }
        return [{ type: 'StandingAgencyDesignated', data: { committeeId: committee.committeeId, agencyId: agency.agencyId, decision, effectiveOn } }];
      }
      case 'AppointMember': {
        const committee = active(state);
        const { memberId, person, role, agency, decision, effectiveOn, regulation } = command.data;
        if (committee.members[memberId]) return []; // the same id again: a retried request
        checkDecision(decision, now);
        checkNotErased(person);
        checkAgencyActive(agency, effectiveOn);
        checkNotBefore(effectiveOn, committee.establishedOn, 'the committee was established');
        const seat = Object.values(committee.members).find((m) => m.personId === person.personId && (m.until === null || m.until > effectiveOn));
        if (seat) throw alreadyServing(person.personId);
        const rules = inForce(regulation, effectiveOn);
        checkComposition(rules, spansOf(committee), { memberId, role, agencyId: agency.agencyId, from: effectiveOn, until: null }, agency);
        return [appointment(committee, memberId, person.personId, role, agency.agencyId, decision, effectiveOn, null)];
      }
      case 'ChangeRole': {
        const committee = active(state);
        const { role, decision, effectiveOn, agency, regulation } = command.data;
        const member = serving(committee, command.data);
        checkDecision(decision, now);
        checkMemberDate(member, effectiveOn);
        const previousRole = currentRole(member);
        if (previousRole === role) return [];
        const rules = inForce(regulation, effectiveOn);
        const others = spansOf(committee).filter((s) => s.memberId !== member.memberId || s.from < effectiveOn);
        const trimmed = others.map((s) => (s.memberId === member.memberId && (s.until === null || s.until > effectiveOn) ? { ...s, until: effectiveOn } : s));
        checkComposition(rules, trimmed, { memberId: member.memberId, role, agencyId: member.agencyId, from: effectiveOn, until: member.until }, agency);
        return [{ type: 'MemberRoleChanged', data: { committeeId: committee.committeeId, memberId: member.memberId, role, previousRole, decision, effectiveOn } }];
      }
      case 'AssignResponsibilities': {
        const committee = active(state);
        const { responsibilities, effectiveOn, decision } = command.data;
        const member = serving(committee, command.data);
        if (decision) checkDecision(decision, now);
        checkMemberDate(member, effectiveOn);
        if (sameResponsibilities(member.responsibilities, responsibilities)) return [];
        return [
          { type: 'ResponsibilitiesAssigned', data: { committeeId: committee.committeeId, memberId: member.memberId, responsibilities, effectiveOn, decision } },
        ];
      }
      case 'DismissMember': {
        const committee = active(state);
        const { decision, effectiveOn } = command.data;
        const member = serving(committee, command.data);
        checkDecision(decision, now);
        checkMemberDate(member, effectiveOn);
        return [dismissal(committee, member, 'dismissed', decision, effectiveOn)];
      }
      case 'NotifyLongAbsence': {
        const committee = active(state);
        const { reason, from, expectedUntil, noticeReference, notifiedOn, regulation } = command.data;
        const member = serving(committee, command.data);
        if (member.absence) {
          throw refuse(Rules.longAbsenceOpen, `Member ${member.memberId} has a long absence notified on ${member.absence.notifiedOn} still open.`);
        }
        checkMemberDate(member, notifiedOn);
        if (expectedUntil !== null && expectedUntil <= from) throw new ValidationFailed([{ path: 'expectedUntil', message: 'must be after from' }]);
        const { pack } = inForce(regulation, notifiedOn);
        const rule = pack.composition.longAbsence;
        if (rule.kind === 'none') {
          throw refuseByRegulation(pack, 'composition.longAbsence', `${pack.title} has no long-absence procedure: dismiss the member and appoint another.`);
        }
        if (TIMED_REASONS.includes(reason)) {
          const threshold = addMonths(from, rule.thresholdMonths);
          if (expectedUntil === null || expectedUntil <= threshold) {
            throw refuseByRegulation(
              pack,
              'composition.longAbsence',
              `${pack.title} provides for absences of more than ${rule.thresholdMonths} months (${reason}): this one ${expectedUntil === null ? 'has no expected end' : `ends on ${expectedUntil}, not after ${threshold}`}.`,
            );
          }
        }
        return [
          {
            type: 'LongAbsenceNotified',
            data: { committeeId: committee.committeeId, memberId: member.memberId, reason, from, expectedUntil, noticeReference, notifiedOn },
          },
        ];
      }
      case 'ProposeReplacement': {
        const committee = active(state);
        const { person, proposedOn, proposalReference } = command.data;
        const member = serving(committee, command.data);
        const absence = openAbsence(member);
        checkNotErased(person);
        checkMemberDate(member, proposedOn);
        const seat = Object.values(committee.members).find((m) => m.personId === person.personId && (m.until === null || m.until > proposedOn));
        if (seat) throw alreadyServing(person.personId);
        if (absence.proposal?.personId === person.personId && absence.proposal.proposalReference === proposalReference) return [];
        return [
          { type: 'ReplacementProposed', data: { committeeId: committee.committeeId, memberId: member.memberId, personId: person.personId, proposedOn, proposalReference } },
        ];
      }
      case 'AppointReplacement': {
        const committee = active(state);
        const { newMemberId, person, decision, effectiveOn } = command.data;
        const member = serving(committee, command.data);
        const absence = openAbsence(member);
        if (!absence.proposal) throw refuse(Rules.noLongAbsence, `No replacement was proposed for member ${member.memberId} yet.`);
        if (absence.proposal.personId !== person.personId) {
          throw new ValidationFailed([{ path: 'personId', message: 'must be the person proposed as the replacement' }]);
        }
        checkDecision(decision, now);
        checkNotErased(person);
        checkMemberDate(member, effectiveOn);
        const seat = Object.values(committee.members).find((m) => m.personId === person.personId && (m.until === null || m.until > effectiveOn));
        if (seat) throw alreadyServing(person.personId);
        return [
          dismissal(committee, member, 'replaced', decision, effectiveOn),
          appointment(committee, newMemberId, person.personId, currentRole(member), member.agencyId, decision, effectiveOn, member.memberId),
        ];
      }
      case 'EndLongAbsence': {
        const committee = active(state);
        const member = serving(committee, command.data);
        openAbsence(member);
        checkMemberDate(member, command.data.endedOn);
        return [{ type: 'LongAbsenceEnded', data: { committeeId: committee.committeeId, memberId: member.memberId, endedOn: command.data.endedOn } }];
      }
      default: {
        const _exhaustive: never = command;
        return _exhaustive;
      }
    }
  },

  evolve(state, event) {
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
          revision: 1,
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
  },
};

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
function servingOn(committee: ActiveCommittee, date: LocalDate): MemberState[] {
  return Object.values(committee.members).filter((m) => m.until === null || m.until > date);
}

function nameOn(committee: ActiveCommittee, date: LocalDate): string {
  let name = committee.names[0].name;
  for (const entry of committee.names) if (entry.effectiveOn <= date) name = entry.name;
  return name;
}

function lastNameDate(committee: ActiveCommittee): LocalDate {
  return committee.names[committee.names.length - 1].effectiveOn;
}

function active(state: CommitteeState): ActiveCommittee {
  if (state.status === 'absent') throw new NotFound('Committee');
  if (state.status === 'dissolved') {
    throw refuse(Rules.committeeDissolved, `The committee was dissolved with effect from ${state.dissolvedOn}: its membership changes no more.`);
  }
  return state;
}

function serving(committee: ActiveCommittee, { memberId, expectedRevision }: MemberPrecondition): MemberState {
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

function openAbsence(member: MemberState): LongAbsence {
  if (!member.absence) throw refuse(Rules.noLongAbsence, `No long absence is open for member ${member.memberId}: the seat is not pending replacement.`);
  return member.absence;
}

function inForce(regulation: RegulationInForce | undefined, date: LocalDate): RegulationInForce {
  if (!regulation) {
    throw refuse(Rules.noRegulationInForce, `No regulation (Quy chế) of this province was in force on ${date}: adopt it before recording changes judged by it.`);
  }
  return regulation;
}

function checkAgencyActive(agency: AgencyFacts, date: LocalDate): void {
  if (agency.mergedOn !== null && agency.mergedOn <= date) {
    throw refuse(Rules.agencyMerged, `Agency ${agency.agencyId} was merged with effect from ${agency.mergedOn}: name the agency it became part of.`);
  }
}

function checkMemberDate(member: MemberState, date: LocalDate): void {
  if (date < member.lastChangeOn) {
    throw refuse(Rules.dateOrder, `Member ${member.memberId} has a change taking effect on ${member.lastChangeOn}: record changes in date order.`);
  }
}

function checkNotBefore(date: LocalDate, earliest: LocalDate, what: string): void {
  if (date < earliest) throw refuse(Rules.dateOrder, `${date} is before ${earliest}, when ${what}.`);
}

function alreadyServing(personId: string) {
  return refuse(Rules.personAlreadyServing, `Person ${personId} already holds a seat on this committee.`);
}

function dismissal(committee: ActiveCommittee, member: MemberState, reason: EndReason, decision: Decision, effectiveOn: LocalDate): MemberDismissed {
  return { type: 'MemberDismissed', data: { committeeId: committee.committeeId, memberId: member.memberId, reason, decision, effectiveOn } };
}

function appointment(
  committee: ActiveCommittee,
  memberId: string,
  personId: string,
  role: MemberRole,
  agencyId: string,
  decision: Decision,
  effectiveOn: LocalDate,
  replaces: string | null,
): MemberAppointed {
  return { type: 'MemberAppointed', data: { committeeId: committee.committeeId, memberId, personId, role, agencyId, decision, effectiveOn, replaces } };
}

function updateMember(state: ActiveCommittee, memberId: string, date: LocalDate, change: (member: MemberState) => MemberState): ActiveCommittee {
  const member = state.members[memberId];
  if (!member) return state;
  const next = change(member);
  return {
    ...state,
    members: { ...state.members, [memberId]: { ...next, lastChangeOn: LocalDate.max(member.lastChangeOn, date), revision: member.revision + 1 } },
  };
}

function sameResponsibilities(a: readonly Responsibility[], b: readonly Responsibility[]): boolean {
  return a.length === b.length && a.every((r, i) => r.area === b[i].area && r.text === b[i].text);
}
