// Absences and delegates (RULES.md §2): a member asks to be absent; the one the regulation in force names
// consents or refuses — the chair (Kiên Giang 2008 Điều 10), the person presiding (Thanh Hóa 2018 Điều 6.5,
// Bình Định 2021 Điều 5.4), either under its own article (Phú Thọ 2022 Điều 9.2 / 6.5) — and no one else.
// A member names a delegate where the regulation allows one (after the consent, where it demands it); a
// written opinion the regulation demands and the member did not give is flagged on the event.
import { formatCitation, absenceConsentRule, type RegulationSpan } from '@bcd/regulation';
import type { Command } from '@bcd/kernel';
import { flagByRegulation, refuse, refuseByRegulation, Rules } from '../rules.js';
import { invitee, open, type MeetingEvent, type MeetingState } from './meeting.js';
import { inForce } from '../facts.js';

export type RequestAbsence = Command<'RequestAbsence', { meetingId: string; memberId: string; reason: string }>;
export type DecideAbsence = Command<
  'DecideAbsence',
  { meetingId: string; memberId: string; decision: 'approved' | 'refused'; decidedBy: string; regulation: RegulationSpan | undefined }
>;
export type NameDelegate = Command<
  'NameDelegate',
  {
    meetingId: string;
    memberId: string;
    delegate: { personId: string; agencyId: string };
    writtenOpinion: { reference: string } | null;
    regulation: RegulationSpan | undefined;
  }
>;

export function requestAbsence(command: RequestAbsence, state: MeetingState): MeetingEvent[] {
  const { meetingId, memberId, reason } = command.data;
  const meeting = open(state, meetingId);
  invitee(meeting, memberId);
  const asked = meeting.absences[memberId];
  if (asked?.reason === reason && asked.decision === 'pending') return [];
  if (asked) throw refuse(Rules.absenceRequest, `Member ${memberId} already asked to be absent from meeting ${meetingId} (${asked.decision}).`);
  return [{ type: 'AbsenceRequested', data: { meetingId, memberId, reason } }];
}

export function decideAbsence(command: DecideAbsence, state: MeetingState): MeetingEvent[] {
  const { meetingId, memberId, decision, decidedBy } = command.data;
  const meeting = open(state, meetingId);
  const asked = meeting.absences[memberId];
  if (!asked) throw refuse(Rules.absenceRequest, `Member ${memberId} has not asked to be absent from meeting ${meetingId}.`);
  const { pack } = inForce(command.data.regulation, meeting.scheduledOn).adoption;
  const consenter = meeting.invitees.find((p) => p.memberId === decidedBy);
  const rule = absenceConsentRule(pack, { isChair: consenter?.role === 'chair', presides: decidedBy === meeting.presidedBy });
  if (!rule) {
    const named = pack.meetings.absence.kind === 'report-and-approval' ? pack.meetings.absence.approvers.map((a) => a.by).join(' or ') : 'no one';
    throw refuseByRegulation(pack, 'meetings.absence', `An absence from this meeting is decided by ${named}; member ${decidedBy} is neither.`);
  }
  if (asked.decision === decision) return [];
  if (asked.decision !== 'pending') throw refuse(Rules.absenceRequest, `The absence of member ${memberId} was already ${asked.decision}.`);
  return [
    {
      type: 'AbsenceDecided',
      data: { meetingId, memberId, decision, decidedBy, as: rule.by, rule: `${pack.id}/meetings.absence`, article: formatCitation(rule.citation) },
    },
  ];
}

export function nameDelegate(command: NameDelegate, state: MeetingState): MeetingEvent[] {
  const { meetingId, memberId, delegate, writtenOpinion } = command.data;
  const meeting = open(state, meetingId);
  invitee(meeting, memberId);
  const { pack } = inForce(command.data.regulation, meeting.scheduledOn).adoption;
  const rule = pack.meetings.absence;
  const path = 'meetings.absence';
  if (rule.kind === 'none') throw refuseByRegulation(pack, path, `${pack.title} provides for no one attending in a member's place.`);
  if (rule.substitute === 'not-allowed') throw refuseByRegulation(pack, path, `${pack.title} allows no delegate in a member's place.`);
  if (rule.substitute === 'with-approval' && meeting.absences[memberId]?.decision !== 'approved') {
    throw refuseByRegulation(pack, path, `Member ${memberId} sends a delegate only once their absence was consented to (${rule.approvers.map((a) => a.by).join(' or ')}).`);
  }
  const flag =
    rule.delegateMustSubmitWrittenOpinion && writtenOpinion === null
      ? flagByRegulation(pack, path, `Member ${memberId} delegated without the written opinion the regulation demands (ý kiến bằng văn bản).`)
      : null;
  return [{ type: 'DelegateNamed', data: { meetingId, memberId, delegate, writtenOpinion, flag } }];
}
