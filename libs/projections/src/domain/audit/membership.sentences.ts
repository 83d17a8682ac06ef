// The membership context's events in Vietnamese (data as MEMBERSHIP_EVENT_DATA of @bcd/contracts validates it).
// People by token: their names are read from the personal-data store when the trail is shown.
import type { AbsenceReason, AgencyKind, EndReason, MEMBERSHIP_EVENT_DATA, PersonalDataField } from '@bcd/contracts';
import { agency, date, decision, member, person, quote, ROLE_NAMES, sentence, type Sentences } from './sentence.js';

const AGENCY_KINDS: Record<AgencyKind, string> = {
  department: 'sở',
  board: 'ban',
  sector: 'ngành',
  'people-committee': 'Ủy ban nhân dân',
  'central-agency-branch': 'cơ quan Trung ương trên địa bàn',
};

const END_REASONS: Record<EndReason, string> = {
  dismissed: 'miễn nhiệm',
  replaced: 'được thay thế',
  'not-carried-over': 'không được giữ lại khi kiện toàn Ban Chỉ đạo',
  'committee-dissolved': 'Ban Chỉ đạo giải thể',
};

/** Thanh Hóa 2014 Điều 2.4's reasons. */
const ABSENCE_REASONS: Record<AbsenceReason, string> = {
  'work-trip': 'đi công tác',
  study: 'đi học tập trung',
  leave: 'nghỉ chế độ',
  retirement: 'nghỉ hưu',
  'personnel-change': 'thay đổi về nhân sự',
};

const PERSONAL_DATA_FIELDS: Record<PersonalDataField, string> = { fullName: 'họ tên', email: 'thư điện tử', phone: 'số điện thoại' };

/** `, có hiệu lực từ ngày …` when a decision takes effect on another day than its signing. */
const effectiveFrom = (effectiveOn: string, signedOn: string) => (effectiveOn === signedOn ? '' : `, có hiệu lực từ ngày ${date(effectiveOn)}`);

export const membershipSentences: Sentences<typeof MEMBERSHIP_EVENT_DATA> = {
  AgencyRegistered: (a) => sentence`Đăng ký cơ quan ${quote(a.name)} (mã ${a.code}, ${AGENCY_KINDS[a.kind]}).`,
  AgencyRenamed: (a) => sentence`Cơ quan ${quote(a.previousName)} đổi tên thành ${quote(a.name)} từ ngày ${date(a.effectiveOn)} theo ${decision(a.decision)}.`,
  AgencyMerged: (a) => sentence`${agency(a.agencyId)} được hợp nhất vào ${agency(a.into)} từ ngày ${date(a.effectiveOn)} theo ${decision(a.decision)}.`,
  CommitteeEstablished: (c) =>
    sentence`Thành lập ${quote(c.name)} theo ${decision(c.decision)}${effectiveFrom(c.establishedOn, c.decision.date)}${
      c.regulation ? `, hoạt động theo Quy chế ${c.regulation.decisionNumber ? `ban hành kèm theo Quyết định số ${c.regulation.decisionNumber}` : c.regulation.packId}` : ''
    }${c.standingAgencyId ? sentence`; cơ quan thường trực: ${agency(c.standingAgencyId)}` : ''}.`,
  CommitteeReestablished: (c) =>
    sentence`Kiện toàn Ban Chỉ đạo theo ${decision(c.decision)}${effectiveFrom(c.effectiveOn, c.decision.date)}; ${c.carriedOver.length} thành viên được giữ lại.`,
  CommitteeRenamed: (c) => sentence`Ban Chỉ đạo ${quote(c.previousName)} đổi tên thành ${quote(c.name)} từ ngày ${date(c.effectiveOn)} theo ${decision(c.decision)}.`,
  CommitteeDissolved: (c) => sentence`Giải thể Ban Chỉ đạo theo ${decision(c.decision)}${effectiveFrom(c.effectiveOn, c.decision.date)}.`,
  StandingAgencyDesignated: (s) =>
    sentence`${agency(s.agencyId)} được giao làm cơ quan thường trực Ban Chỉ đạo theo ${decision(s.decision)}${effectiveFrom(s.effectiveOn, s.decision.date)}.`,
  MemberAppointed: (a) =>
    sentence`${person(a.personId)} được bổ nhiệm làm ${ROLE_NAMES[a.role]} theo ${decision(a.decision)}, đại diện ${agency(a.agencyId)}${effectiveFrom(a.effectiveOn, a.decision.date)}${
      a.replaces ? sentence`, thay ${member(a.replaces)}` : ''
    }.`,
  MemberRoleChanged: (c) =>
    sentence`${member(c.memberId)} chuyển từ ${ROLE_NAMES[c.previousRole]} sang ${ROLE_NAMES[c.role]} theo ${decision(c.decision)}${effectiveFrom(c.effectiveOn, c.decision.date)}.`,
  ResponsibilitiesAssigned: (r) =>
    sentence`${member(r.memberId)} được phân công ${r.responsibilities.length} nhiệm vụ${
      r.responsibilities.length > 0 ? ` (${r.responsibilities.map((x) => x.area).join('; ')})` : ''
    }${r.decision ? ` theo ${decision(r.decision)}` : ''}, từ ngày ${date(r.effectiveOn)}.`,
  MemberDismissed: (m) =>
    sentence`${member(m.memberId)} thôi làm thành viên Ban Chỉ đạo (${END_REASONS[m.reason]}) theo ${decision(m.decision)}${effectiveFrom(m.effectiveOn, m.decision.date)}.`,
  LongAbsenceNotified: (n) =>
    sentence`Cơ quan thông báo ${member(n.memberId)} vắng mặt dài ngày (${ABSENCE_REASONS[n.reason]}) từ ngày ${date(n.from)}${
      n.expectedUntil ? ` đến ngày ${date(n.expectedUntil)}` : ''
    } bằng văn bản ${n.noticeReference} ngày ${date(n.notifiedOn)}; vị trí chờ người thay thế.`,
  ReplacementProposed: (r) => sentence`Đề xuất ${person(r.personId)} thay thế ${member(r.memberId)} (văn bản ${r.proposalReference} ngày ${date(r.proposedOn)}).`,
  LongAbsenceEnded: (e) => sentence`${member(e.memberId)} trở lại làm việc từ ngày ${date(e.endedOn)}; vị trí không còn chờ người thay thế.`,
  PersonRegistered: (p) => sentence`Ghi nhận ${person(p.personId)} vào danh sách nhân sự.`,
  PersonalDataChanged: (p) => sentence`Cập nhật ${p.fields.map((field) => PERSONAL_DATA_FIELDS[field]).join(', ')} của ${person(p.personId)}.`,
  PersonErased: (p) => sentence`Xóa dữ liệu cá nhân của ${person(p.personId)} theo yêu cầu ${p.requestReference} ngày ${date(p.erasedOn)}.`,
  PersonAccountLinked: (p) =>
    p.userId === null ? sentence`Hủy liên kết tài khoản đăng nhập của ${person(p.personId)}.` : sentence`Liên kết ${person(p.personId)} với tài khoản đăng nhập ${p.userId}.`,
  WorkingGroupFormed: (w) => sentence`Thành lập tổ giúp việc ${quote(w.name)} theo ${decision(w.decision)}${effectiveFrom(w.formedOn, w.decision.date)}.`,
  WorkingGroupLeaderSet: (w) => sentence`${person(w.personId)} được giao làm Tổ trưởng tổ giúp việc theo ${decision(w.decision)}${effectiveFrom(w.effectiveOn, w.decision.date)}.`,
  SubGroupFormed: (s) => sentence`Thành lập nhóm công tác ${quote(s.name)} thuộc tổ giúp việc từ ngày ${date(s.formedOn)}.`,
  WorkingGroupMemberAdded: (w) =>
    sentence`${person(w.personId)} (${agency(w.agencyId)}) tham gia tổ giúp việc từ ngày ${date(w.joinedOn)}${w.nomination ? `, được cử theo ${decision(w.nomination)}` : ''}.`,
  WorkingGroupMemberRemoved: (w) => sentence`${person(w.personId)} thôi tham gia tổ giúp việc từ ngày ${date(w.leftOn)}${w.reason ? `; lý do: ${w.reason}` : ''}.`,
};
