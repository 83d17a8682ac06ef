// The meetings context's events in Vietnamese (data as MEETINGS_EVENT_DATA of @bcd/contracts validates it).
import type { MEETINGS_EVENT_DATA, MeetingDocumentIssuedData, MeetingKind, ParticipantData } from '@bcd/contracts';
import { agency, date, dateTime, member, person, quote, roleName, sentence, type Part, type Sentences } from './sentence.js';

const MEETING_KINDS: Record<MeetingKind, string> = {
  plenary: 'phiên họp toàn thể',
  'standing-board': 'cuộc họp Thường trực Ban Chỉ đạo',
  'working-group': 'cuộc họp tổ giúp việc',
  extraordinary: 'cuộc họp đột xuất',
  extended: 'cuộc họp mở rộng',
};

const CHANNELS = { electronic: 'bản điện tử', paper: 'bản giấy', 'electronic-and-paper': 'bản điện tử và bản giấy' } as const;

const SEALS = { 'provincial-people-committee': 'Ủy ban nhân dân tỉnh', 'standing-agency': 'cơ quan thường trực', 'own-agency': 'cơ quan của người ký' } as const;

/** Where a meeting takes place: `tại …`, online, or both. */
const where = (m: { place: string | null; onlineLink: string | null }) =>
  `${m.place ? ` tại ${m.place}` : ''}${m.onlineLink ? (m.place ? ', kết hợp trực tuyến' : ' theo hình thức trực tuyến') : ''}`;

/** The member presiding, as the invitation lists them (their person), else as a seat. */
const presiding = (memberId: string, invitees: readonly ParticipantData[]): Part => {
  const invited = invitees.find((i) => i.memberId === memberId);
  return invited ? person(invited.personId) : member(memberId);
};

/** `Thông báo`/`Biên bản` number N, signed by whom with which seal. */
const issued = (what: string, d: MeetingDocumentIssuedData) =>
  sentence`Ban hành ${what} số ${d.number} lúc ${dateTime(d.signedAt)}, do ${member(d.signedBy.memberId)} (${roleName(d.signedBy.role)}) ký, đóng dấu của ${SEALS[d.seal.kind]} (${d.authority.article})${
    d.assignment ? `, theo ủy quyền ${d.assignment.reference}` : ''
  }.`;

export const meetingsSentences: Sentences<typeof MEETINGS_EVENT_DATA> = {
  MeetingScheduled: (m) =>
    sentence`Lên lịch ${MEETING_KINDS[m.kind]}${m.period ? ` kỳ ${m.period}` : ''} vào ${dateTime(m.startsAt)}${where(m)}, do ${presiding(m.presidedBy, m.invitees)} chủ trì; mời ${m.invitees.length} thành viên${
      m.guests.length > 0 ? ` và ${m.guests.length} khách mời` : ''
    } (${m.article}).`,
  MeetingRescheduled: (m) => sentence`Dời cuộc họp sang ${dateTime(m.startsAt)}${where(m)}; lý do: ${m.reason}.`,
  MeetingCancelled: (m) => sentence`Hủy cuộc họp; lý do: ${m.reason}.`,
  DocumentDistributed: (d) =>
    sentence`Gửi tài liệu ${quote(d.title)} (${CHANNELS[d.channel]}) lúc ${dateTime(d.sentAt)}${
      d.leadTime.outcome === 'met' ? '; đúng thời hạn gửi tài liệu' : d.leadTime.outcome === 'missed' ? `; chậm so với thời hạn gửi tài liệu${d.leadTime.flag ? ` (${d.leadTime.flag.article})` : ''}` : ''
    }.`,
  AbsenceRequested: (a) => sentence`${member(a.memberId)} xin vắng mặt cuộc họp; lý do: ${a.reason}.`,
  AbsenceDecided: (a) =>
    sentence`${member(a.decidedBy)} (${a.as === 'chair' ? 'Trưởng ban' : 'người chủ trì'}) ${a.decision === 'approved' ? 'đồng ý' : 'không đồng ý'} cho ${member(a.memberId)} vắng mặt cuộc họp (${a.article}).`,
  DelegateNamed: (d) =>
    sentence`${member(d.memberId)} cử ${person(d.delegate.personId)} (${agency(d.delegate.agencyId)}) dự họp thay${
      d.writtenOpinion ? `, kèm ý kiến bằng văn bản ${d.writtenOpinion.reference}` : d.flag ? `, không có ý kiến bằng văn bản (${d.flag.article})` : ''
    }.`,
  MeetingHeld: (m) => {
    const count = (status: string) => m.attendance.filter((a) => a.status === status).length;
    return sentence`Cuộc họp diễn ra lúc ${dateTime(m.heldAt)}${m.endedAt ? ` đến ${dateTime(m.endedAt)}` : ''}, do ${member(m.presidedBy)} chủ trì: ${count('present')} thành viên có mặt, ${count(
      'absent-approved',
    )} vắng có phép, ${count('absent-unapproved')} vắng không phép, ${count('delegate')} cử người dự thay.`;
  },
  NoticeIssued: (d) => issued('Thông báo kết luận', d),
  MinutesIssued: (d) => issued('Biên bản', d),
  ConclusionRecorded: (c) => sentence`Ghi nhận kết luận của cuộc họp: ${quote(c.text)}.`,
  ActionItemAssigned: (a) => sentence`Giao ${agency(a.ownerAgencyId)} nhiệm vụ ${quote(a.description)} ngày ${date(a.assignedOn)}, hạn hoàn thành ngày ${date(a.dueOn)}.`,
  ActionItemProgressNoted: (p) => sentence`Cập nhật tiến độ nhiệm vụ ngày ${date(p.notedOn)}: ${quote(p.note)}.`,
  ActionItemDone: (d) => sentence`Nhiệm vụ được hoàn thành ngày ${date(d.doneOn)}.`,
  ActionItemExtended: (e) =>
    sentence`Gia hạn nhiệm vụ từ ngày ${date(e.previousDueOn)} đến ngày ${date(e.dueOn)}, được ${member(e.approvedBy)} đồng ý ngày ${date(e.approvedOn)}; lý do: ${e.reason}.`,
  ConsultationStarted: (c) =>
    sentence`${member(c.requestedBy.memberId)} (${roleName(c.requestedBy.role)}) xin ý kiến bằng văn bản của ${c.recipients.length} thành viên về ${quote(c.question)} ngày ${date(c.startedOn)}, hạn trả lời ngày ${date(
      c.deadlineOn,
    )} (${c.article}).`,
  OpinionReceived: (o) => sentence`Nhận ý kiến bằng văn bản ${o.reference} của ${member(o.memberId)} ngày ${date(o.receivedOn)}${o.late ? ', sau thời hạn' : ''}.`,
  ConsultationClosed: (c) => sentence`Kết thúc lấy ý kiến bằng văn bản ngày ${date(c.closedOn)}: ${quote(c.outcome)}.`,
};
