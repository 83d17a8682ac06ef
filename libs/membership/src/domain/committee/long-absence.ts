// Long absence (Thanh Hóa 2014 Điều 2.4): "Ủy viên Ban chỉ đạo đi công tác, đi học tập trung trên 6
// tháng, nghỉ chế độ hoặc có sự thay đổi về nhân sự": the member's agency notifies the chair in writing
// and proposes a replacement, who is appointed to the same seat. The regulation's threshold ("trên 6
// tháng") holds only for the reasons its pack lists in `thresholdReasons` (Thanh Hóa 2014: a work trip
// and full-time study); statutory leave or retirement (nghỉ chế độ) and a change of personnel are
// notified whatever their length (issue 10 correction 9). The text sets no deadline and does not say the
// seat is vacant meanwhile: it is pending replacement from the notice until the replacement is
// appointed or the member is back.
import { LocalDate } from '@bcd/calendar';
import { ValidationFailed, type Command } from '@bcd/kernel';
import type { Decision, RegulationSpan } from '@bcd/regulation';
import { checkDecision, checkNotErased, inForce, type PersonFacts } from '../facts.js';
import { refuse, refuseByRegulation, Rules } from '../rules.js';
import { active, appointment, currentRole, dismissal, type AbsenceReason, type CommitteeEvent, type CommitteeState, type LongAbsence, type MemberState } from './committee.js';
import { checkMemberDate, checkPersonFree, serving, type MemberPrecondition } from './seats.js';

export type NotifyLongAbsence = Command<
  'NotifyLongAbsence',
  MemberPrecondition & {
    reason: AbsenceReason;
    from: LocalDate;
    expectedUntil: LocalDate | null;
    noticeReference: string;
    notifiedOn: LocalDate;
    regulation: RegulationSpan | undefined;
  }
>;
export type ProposeReplacement = Command<'ProposeReplacement', MemberPrecondition & { person: PersonFacts; proposedOn: LocalDate; proposalReference: string }>;
export type AppointReplacement = Command<'AppointReplacement', MemberPrecondition & { newMemberId: string; person: PersonFacts; decision: Decision; effectiveOn: LocalDate }>;
export type EndLongAbsence = Command<'EndLongAbsence', MemberPrecondition & { endedOn: LocalDate }>;

export function notifyLongAbsence(command: NotifyLongAbsence, state: CommitteeState): CommitteeEvent[] {
  const committee = active(state);
  const { reason, from, expectedUntil, noticeReference, notifiedOn, regulation } = command.data;
  const member = serving(committee, command.data);
  if (member.absence) {
    throw refuse(Rules.longAbsenceOpen, `Member ${member.memberId} has a long absence notified on ${member.absence.notifiedOn} still open.`);
  }
  checkMemberDate(member, notifiedOn);
  if (expectedUntil !== null && expectedUntil <= from) throw new ValidationFailed([{ path: 'expectedUntil', message: 'must be after from' }]);
  const { pack } = inForce(regulation, notifiedOn).adoption;
  const rule = pack.composition.longAbsence;
  if (rule.kind === 'none') {
    throw refuseByRegulation(pack, 'composition.longAbsence', `${pack.title} has no long-absence procedure: dismiss the member and appoint another.`);
  }
  if (rule.thresholdReasons.includes(reason)) {
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

export function proposeReplacement(command: ProposeReplacement, state: CommitteeState): CommitteeEvent[] {
  const committee = active(state);
  const { person, proposedOn, proposalReference } = command.data;
  const member = serving(committee, command.data);
  const absence = openAbsence(member);
  checkNotErased(person);
  checkMemberDate(member, proposedOn);
  checkPersonFree(committee, person.personId, proposedOn);
  if (absence.proposal?.personId === person.personId && absence.proposal.proposalReference === proposalReference) return [];
  return [
    { type: 'ReplacementProposed', data: { committeeId: committee.committeeId, memberId: member.memberId, personId: person.personId, proposedOn, proposalReference } },
  ];
}

export function appointReplacement(command: AppointReplacement, state: CommitteeState): CommitteeEvent[] {
  const committee = active(state);
  const { newMemberId, person, decision, effectiveOn } = command.data;
  const member = serving(committee, command.data);
  const absence = openAbsence(member);
  if (!absence.proposal) throw refuse(Rules.noLongAbsence, `No replacement was proposed for member ${member.memberId} yet.`);
  if (absence.proposal.personId !== person.personId) {
    throw new ValidationFailed([{ path: 'personId', message: 'must be the person proposed as the replacement' }]);
  }
  checkDecision(decision, command.metadata.now);
  checkNotErased(person);
  checkMemberDate(member, effectiveOn);
  checkPersonFree(committee, person.personId, effectiveOn);
  const seat = { memberId: newMemberId, personId: person.personId, role: currentRole(member), agencyId: member.agencyId, replaces: member.memberId };
  return [dismissal(committee, member, 'replaced', decision, effectiveOn), appointment(committee, seat, decision, effectiveOn)];
}

export function endLongAbsence(command: EndLongAbsence, state: CommitteeState): CommitteeEvent[] {
  const committee = active(state);
  const member = serving(committee, command.data);
  openAbsence(member);
  checkMemberDate(member, command.data.endedOn);
  return [{ type: 'LongAbsenceEnded', data: { committeeId: committee.committeeId, memberId: member.memberId, endedOn: command.data.endedOn } }];
}

function openAbsence(member: MemberState): LongAbsence {
  if (!member.absence) throw refuse(Rules.noLongAbsence, `No long absence is open for member ${member.memberId}: the seat is not pending replacement.`);
  return member.absence;
}

/** The date `months` months after `date`; a day past the target month's end becomes its last day. */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const total = LocalDate.year(date) * 12 + (LocalDate.month(date) - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = LocalDate.endOfMonth(year, month);
  return LocalDate.of(year, month, Math.min(LocalDate.day(date), LocalDate.day(last)));
}
