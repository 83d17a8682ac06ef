// The committee itself: established by a decision under the regulation then in force, re-established
// (kiện toàn) with its members carried over, replaced or ended, renamed, dissolved, and its standing
// agency (Cơ quan thường trực) designated from an effective date (RULES.md §1 and §8).
import type { LocalDate } from '@bcd/calendar';
import type { Command } from '@bcd/kernel';
import type { Decision, RegulationSpan } from '@bcd/regulation';
import { checkAgencyActive, checkDecision, checkNotErased, regulationRef, type AgencyFacts, type PersonFacts } from '../facts.js';
import { refuse, Rules } from '../rules.js';
import {
  active,
  appointment,
  checkNotBefore,
  currentRole,
  dismissal,
  lastNameDate,
  nameOn,
  servingOn,
  type CommitteeEvent,
  type CommitteeState,
} from './committee.js';
import { alreadyServing, checkMemberDate } from './seats.js';

export type EstablishCommittee = Command<
  'EstablishCommittee',
  { committeeId: string; name: string; decision: Decision; establishedOn: LocalDate; regulation: RegulationSpan | undefined; standingAgency: AgencyFacts | null }
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

export function establish(command: EstablishCommittee, state: CommitteeState): CommitteeEvent[] {
  const { committeeId, name, decision, establishedOn, regulation, standingAgency } = command.data;
  if (state.status !== 'absent') return []; // the same id again: a retried request
  checkDecision(decision, command.metadata.now);
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

export function reestablish(command: ReestablishCommittee, state: CommitteeState): CommitteeEvent[] {
  const committee = active(state);
  const { decision, effectiveOn, name, carriedOver, replaced } = command.data;
  checkDecision(decision, command.metadata.now);
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
      const seat = { memberId: replacement.newMemberId, personId: replacement.person.personId, role: currentRole(member), agencyId: member.agencyId, replaces: member.memberId };
      events.push(appointment(committee, seat, decision, effectiveOn));
    }
  }
  return events;
}

export function rename(command: RenameCommittee, state: CommitteeState): CommitteeEvent[] {
  const committee = active(state);
  const { name, decision, effectiveOn } = command.data;
  checkDecision(decision, command.metadata.now);
  checkNotBefore(effectiveOn, lastNameDate(committee), 'the committee took its current name');
  const previousName = nameOn(committee, effectiveOn);
  if (previousName === name) return [];
  return [{ type: 'CommitteeRenamed', data: { committeeId: committee.committeeId, name, previousName, decision, effectiveOn } }];
}

export function dissolve(command: DissolveCommittee, state: CommitteeState): CommitteeEvent[] {
  const committee = active(state);
  const { decision, effectiveOn } = command.data;
  checkDecision(decision, command.metadata.now);
  checkNotBefore(effectiveOn, committee.establishedOn, 'the committee was established');
  const serving = servingOn(committee, effectiveOn);
  for (const member of serving) checkMemberDate(member, effectiveOn);
  return [
    ...serving.map((member) => dismissal(committee, member, 'committee-dissolved', decision, effectiveOn)),
    { type: 'CommitteeDissolved', data: { committeeId: committee.committeeId, decision, effectiveOn } },
  ];
}

export function designateStandingAgency(command: DesignateStandingAgency, state: CommitteeState): CommitteeEvent[] {
  const committee = active(state);
  const { agency, decision, effectiveOn } = command.data;
  checkDecision(decision, command.metadata.now);
  checkAgencyActive(agency, effectiveOn);
  checkNotBefore(effectiveOn, committee.establishedOn, 'the committee was established');
  const last = committee.standingAgencies[committee.standingAgencies.length - 1];
  if (last && last.agencyId === agency.agencyId) return [];
  if (last && last.effectiveOn >= effectiveOn) {
    throw refuse(Rules.dateOrder, `The standing agency was last designated with effect from ${last.effectiveOn}: a new designation takes effect after that.`);
  }
  return [{ type: 'StandingAgencyDesignated', data: { committeeId: committee.committeeId, agencyId: agency.agencyId, decision, effectiveOn } }];
}
