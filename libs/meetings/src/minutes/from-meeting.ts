// The minutes and the notice as a projection of the meeting's events: the meeting's view (agenda,
// attendance, conclusions, the issued document's number, signer and date) with the names the events do
// not carry (people, agencies, the committee and the province, read when the document is rendered: an
// erased person prints as erased). Pure: no I/O.
import { vietnamDateOf, type LocalDate } from '@bcd/calendar';
import type { MemberRole } from '@bcd/contracts';
import type { MeetingView } from '../read-model/meeting.view.js';
import type { MeetingDocumentContent, MeetingDocumentKind } from './meeting-document.js';

export interface DocumentNames {
  /** 'Tỉnh Thanh Hóa' (the tenant's name). */
  province: string;
  /** The committee's name on the meeting's date; null: unknown. */
  committee: string | null;
  /** personId → full name; null: erased. A person missing from the map prints by id. */
  people: ReadonlyMap<string, string | null>;
  agencies: ReadonlyMap<string, string>;
}

export const ROLE_TITLES: Record<MemberRole, string> = {
  chair: 'Trưởng ban',
  'standing-vice-chair': 'Phó Trưởng ban Thường trực',
  'vice-chair': 'Phó Trưởng ban',
  'standing-member': 'Ủy viên Thường trực',
  member: 'Ủy viên',
  secretary: 'Thư ký',
};

const ERASED = '(đã xóa dữ liệu cá nhân)';
const KIND_TITLES: Record<MeetingView['kind'], string> = {
  plenary: 'Phiên họp Ban Chỉ đạo',
  'standing-board': 'Cuộc họp Thường trực Ban Chỉ đạo',
  'working-group': 'Cuộc họp Tổ giúp việc',
  extraordinary: 'Phiên họp bất thường của Ban Chỉ đạo',
  extended: 'Phiên họp mở rộng của Ban Chỉ đạo',
};

const ROMAN = ['I', 'II', 'III', 'IV'];

/** A period label as Vietnamese documents write it: `2019-Q3` → `quý III năm 2019`, `2021-H1` → `6 tháng đầu năm 2021`. */
export function periodName(period: string): string {
  const year = period.slice(0, 4);
  const quarter = /^\d{4}-Q([1-4])$/.exec(period);
  if (quarter) return `quý ${ROMAN[Number(quarter[1]) - 1]} năm ${year}`;
  const half = /^\d{4}-H([12])$/.exec(period);
  if (half) return `6 tháng ${half[1] === '1' ? 'đầu' : 'cuối'} năm ${year}`;
  const month = /^\d{4}-(\d{2})$/.exec(period);
  if (month) return `tháng ${month[1]} năm ${year}`;
  return /^\d{4}$/.test(period) ? `năm ${year}` : period;
}

/** The place without its administrative level: 'Tỉnh Thanh Hóa' → 'Thanh Hóa'. */
export function placeName(province: string): string {
  return province.replace(/^(tỉnh|thành phố)\s+/iu, '').trim();
}

/**
 * The content of the issued `kind` of a held meeting. `undefined` when that document was not issued:
 * there is nothing to render yet.
 */
export function meetingDocumentContent(meeting: MeetingView, kind: MeetingDocumentKind, names: DocumentNames): MeetingDocumentContent | undefined {
  const issued = kind === 'minutes' ? meeting.minutes : meeting.notice;
  if (!issued || !meeting.held) return undefined;
  const person = (personId: string) => {
    const name = names.people.get(personId);
    return name === undefined ? personId : (name ?? ERASED);
  };
  const agency = (agencyId: string) => names.agencies.get(agencyId) ?? agencyId;
  const invitee = new Map(meeting.invitees.map((p) => [p.memberId, p]));
  const delegates = new Map(meeting.delegates.map((d) => [d.memberId, d]));
  const attendees: MeetingDocumentContent['attendees'] = [];
  const absent: MeetingDocumentContent['absent'] = [];
  for (const entry of meeting.held.attendance) {
    const member = invitee.get(entry.memberId);
    if (!member) continue;
    const notes = [entry.arrivedLate ? 'đến muộn' : null, entry.leftEarly ? 'về sớm' : null].filter((n): n is string => n !== null);
    if (entry.status === 'present') {
      attendees.push({ name: person(member.personId), position: ROLE_TITLES[member.role], agency: agency(member.agencyId), ...(notes.length ? { note: notes.join(', ') } : {}) });
    } else if (entry.status === 'delegate') {
      // The member is represented: the delegate's line says for whom (not an absence "có phép": no one consented).
      const delegate = delegates.get(entry.memberId);
      if (delegate) {
        attendees.push({ name: person(delegate.delegate.personId), position: 'Đại diện', agency: agency(delegate.delegate.agencyId), note: [`dự thay ${person(member.personId)}`, ...notes].join(', ') });
      }
    } else {
      absent.push({ name: person(member.personId), position: `${ROLE_TITLES[member.role]}, ${agency(member.agencyId)}`, approved: entry.status === 'absent-approved' });
    }
  }
  const presiding = invitee.get(meeting.held.presidedBy);
  const signer = invitee.get(issued.signedBy.memberId);
  const heldOn: LocalDate = vietnamDateOf(new Date(meeting.held.heldAt));
  const committee = names.committee ?? 'Ban Chỉ đạo';
  return {
    kind,
    issuingBody: { parent: `UBND ${names.province}`.toLocaleUpperCase('vi-VN'), name: committee.toLocaleUpperCase('vi-VN') },
    number: issued.number,
    place: placeName(names.province),
    issuedOn: vietnamDateOf(new Date(issued.signedAt)),
    title: meeting.period ? `${KIND_TITLES[meeting.kind]} ${periodName(meeting.period)}` : `${KIND_TITLES[meeting.kind]} ngày ${Number(heldOn.slice(8, 10))}/${Number(heldOn.slice(5, 7))}/${heldOn.slice(0, 4)}`,
    meeting: {
      startsAt: meeting.held.heldAt,
      ...(meeting.held.endedAt ? { endsAt: meeting.held.endedAt } : {}),
      place: meeting.place ?? meeting.onlineLink ?? 'Trực tuyến',
      presidedBy: { name: presiding ? person(presiding.personId) : meeting.held.presidedBy, position: presiding ? ROLE_TITLES[presiding.role] : '' },
    },
    attendees,
    absent,
    agenda: meeting.agenda.map((item) => (item.presenterAgencyId ? `${agency(item.presenterAgencyId)}: ${item.title}` : item.title)),
    conclusions: meeting.conclusions.map((c) => c.text),
    ...(kind === 'minutes' && presiding && presiding.memberId !== issued.signedBy.memberId ? { presidingSignature: { name: person(presiding.personId) } } : {}),
    signer: {
      name: signer ? person(signer.personId) : issued.signedBy.memberId,
      position: ROLE_TITLES[issued.signedBy.role].toLocaleUpperCase('vi-VN'),
      ...authorityOf(issued.signedBy.role),
    },
    recipients: ['Các thành viên Ban Chỉ đạo', 'Lưu: VT, BCĐ'],
  };
}

/** Nghị định 30, Phụ lục I: the chair signs for the committee (TM.), a deputy for the chair (KT.); others in their own capacity. */
function authorityOf(role: MemberRole): { authority?: string } {
  if (role === 'chair') return { authority: 'TM. BAN CHỈ ĐẠO' };
  if (role === 'vice-chair' || role === 'standing-vice-chair') return { authority: 'KT. TRƯỞNG BAN' };
  return {};
}
