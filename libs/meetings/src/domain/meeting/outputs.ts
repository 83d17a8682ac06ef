// Holding the meeting and issuing what it produced (RULES.md §2, §5): attendance as it was — present (late,
// leaving early), absent with the consent the regulation asks for or without it, through a named delegate
// — and the notice of conclusions (Thông báo kết luận) and the minutes (Biên bản), each signed by whom the
// regulation in force names and bearing the seal it gives that signer: Thanh Hóa 2014 Điều 5.1đ, only the
// standing member who is Giám đốc Sở TTTT; Thanh Hóa 2018 Điều 5.4, the standing member (secretary);
// Phú Thọ 2022 Điều 5.4, the standing member when the chair assigned or authorised it; Bình Định 2021 names
// no one (the tenant decides). Seals: Thanh Hóa Điều 2.6, Phú Thọ Điều 11.1, Bình Định Điều 11, Kiên Giang
// Điều 2.2–2.3 ("Thường trực Ban": the role the tenant says holds it).
import type { Command } from '@bcd/kernel';
import { formatCitation, ruleRef, sameName, type RegulationSpan, type RulePack } from '@bcd/regulation';
import type { ATTENDANCE_STATUSES, MeetingDocumentIssuedData, MemberRole, ParticipantData } from '@bcd/contracts';
import { refuse, refuseByRegulation, Rules } from '../rules.js';
import { invitee, open, type MeetingEvent, type MeetingState, type ScheduledMeeting } from './meeting.js';
import { holds, inForce } from '../facts.js';

export type HoldMeeting = Command<
  'HoldMeeting',
  {
    meetingId: string;
    heldAt: Date;
    /** When it ended, when recorded: the minutes say it. */
    endedAt: Date | null;
    presidedBy: string;
    /** Each invitee once: present (late, leaving early) or absent; a delegate attends for a member who named one. */
    attendance: { memberId: string; attended: 'in-person' | 'through-delegate' | 'absent'; arrivedLate: boolean; leftEarly: boolean }[];
  }
>;

export type IssueMeetingDocument = Command<
  'IssueMeetingDocument',
  {
    meetingId: string;
    document: 'notice' | 'minutes';
    number: string;
    /** The signer, a member of the roster on the meeting's date, and their agency's name on that date. */
    signedBy: string;
    signerAgencyName: string;
    signedAt: Date;
    assignment: { reference: string } | null;
    regulation: RegulationSpan | undefined;
  }
>;

export function hold(command: HoldMeeting, state: MeetingState): MeetingEvent[] {
  const { meetingId, heldAt, endedAt, presidedBy, attendance } = command.data;
  const meeting = open(state, meetingId);
  if (meeting.status === 'held') throw refuse(Rules.held, `Meeting ${meetingId} was already held.`);
  if (endedAt !== null && endedAt <= heldAt) throw refuse(Rules.held, `The meeting ends (${endedAt.toISOString()}) after it starts (${heldAt.toISOString()}).`);
  invitee(meeting, presidedBy);
  const seen = new Set<string>();
  const recorded = attendance.map((entry) => {
    invitee(meeting, entry.memberId);
    if (seen.has(entry.memberId)) throw refuse(Rules.attendance, `Member ${entry.memberId} is named twice in the attendance.`);
    seen.add(entry.memberId);
    return { memberId: entry.memberId, status: statusOf(meeting, entry), arrivedLate: entry.arrivedLate, leftEarly: entry.leftEarly };
  });
  const missing = meeting.invitees.filter((p) => !seen.has(p.memberId)).map((p) => p.memberId);
  if (missing.length > 0) throw refuse(Rules.attendance, `The attendance leaves out invitee(s) ${missing.join(', ')}: say how each took part.`);
  return [{ type: 'MeetingHeld', data: { meetingId, heldAt: heldAt.toISOString(), endedAt: endedAt?.toISOString() ?? null, presidedBy, attendance: recorded } }];
}

export function issue(command: IssueMeetingDocument, state: MeetingState): MeetingEvent[] {
  const { meetingId, document, number, signedBy, signerAgencyName, signedAt, assignment } = command.data;
  const meeting = open(state, meetingId);
  if (meeting.status !== 'held') throw refuse(Rules.held, `Meeting ${meetingId} has not been held: its ${document} is issued after it.`);
  const already = meeting.issued[document];
  if (already !== null) {
    if (already === number) return [];
    throw refuse(Rules.held, `The ${document} of meeting ${meetingId} was already issued (number ${already}).`);
  }
  const signer = invitee(meeting, signedBy);
  const { pack } = inForce(command.data.regulation, meeting.scheduledOn).adoption;
  const authority = checkSigner(pack, signer, signerAgencyName, assignment);
  const seal = sealOf(pack, signer.role);
  const data: MeetingDocumentIssuedData = {
    meetingId,
    number,
    signedBy: { memberId: signer.memberId, role: signer.role, agencyId: signer.agencyId },
    signedAt: signedAt.toISOString(),
    seal,
    authority,
    assignment,
  };
  return [document === 'notice' ? { type: 'NoticeIssued', data } : { type: 'MinutesIssued', data }];
}

function statusOf(meeting: ScheduledMeeting, entry: HoldMeeting['data']['attendance'][number]): (typeof ATTENDANCE_STATUSES)[number] {
  if (entry.attended === 'in-person') return 'present';
  if (entry.attended === 'through-delegate') {
    if (!meeting.delegates[entry.memberId]) throw refuse(Rules.attendance, `Member ${entry.memberId} named no delegate for meeting ${meeting.meetingId}.`);
    return 'delegate';
  }
  return meeting.absences[entry.memberId]?.decision === 'approved' ? 'absent-approved' : 'absent-unapproved';
}

/** The signer's authority under the regulation's notice-signer rule; refused with its rule and article. */
function checkSigner(pack: RulePack, signer: ParticipantData, agencyName: string, assignment: { reference: string } | null): { rule: string; article: string } {
  const path = 'documents.noticeSigner';
  const rule = pack.documents.noticeSigner;
  if (rule.kind === 'tenant-decides') {
    throw refuseByRegulation(pack, path, `${pack.title} names no signer of notices and minutes: the province configures it first (${rule.note ?? path}).`);
  }
  if (rule.kind === 'none') return { rule: `${pack.id}/${path}`, article: formatCitation({ ...pack.decision.citation, article: 'Quy chế (không quy định người ký)' }) };
  if (!holds(pack, signer.role, rule.role)) throw refuseByRegulation(pack, path, `Notices and minutes are signed by the ${rule.role}; member ${signer.memberId} is ${signer.role}.`);
  if (rule.agency !== undefined && !sameName(rule.agency, agencyName)) {
    throw refuseByRegulation(pack, path, `Only the ${rule.role} who heads ${rule.agency} signs notices and minutes; member ${signer.memberId} represents ${agencyName}.`);
  }
  if (rule.onlyWhenAssigned && assignment === null) {
    throw refuseByRegulation(pack, path, `The ${rule.role} signs only when the chair assigned or authorised it: give the assignment's reference.`);
  }
  const ref = ruleRef(pack, path);
  if (!ref) throw new Error(`${pack.id} cites no article for ${path}`);
  return ref;
}

/** The seal the regulation gives the signer's role (RULES.md §5); refused where it gives none. */
function sealOf(pack: RulePack, role: MemberRole): MeetingDocumentIssuedData['seal'] {
  const office = pack.composition.standingOffice;
  const index = pack.documents.seals.findIndex(
    (s) => holds(pack, role, s.signer) || (s.signer === 'standing-agency' && office.kind === 'held-by' && holds(pack, role, office.role)),
  );
  if (index < 0) throw refuseByRegulation(pack, 'documents.seals', `${pack.title} gives no seal to a document signed by the ${role}.`);
  const ref = ruleRef(pack, `documents.seals.${index}`);
  if (!ref) throw new Error(`${pack.id} cites no article for documents.seals.${index}`);
  return { kind: pack.documents.seals[index].seal, ...ref };
}
