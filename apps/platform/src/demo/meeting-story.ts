// The life of one committee meeting as acts (RULES.md §2): scheduled a couple of weeks ahead, documents sent
// (some too late for the regulation's lead time: recorded and flagged by the platform), absences asked for and
// decided by the chair (some never asked: unapproved), a delegate now and then, held with every invitee
// accounted for, the minutes and notice signed by whom the regulation names, conclusions and action items
// followed up (some late, some never done). Drawn from the province's random stream when the meeting is
// scheduled, so the same seed gives the same meeting.
import { createHash } from 'node:crypto';
import { LocalDate, formatVietnamInstant, vietnamInstant } from '@bcd/calendar';
import { addedId, Province } from './province.js';
import type { Random } from './random.js';

export type Richness = 'full' | 'plain' | 'bare';

export interface MeetingPlan {
  kind: 'plenary' | 'standing-board' | 'working-group' | 'extraordinary';
  period: string | null;
  date: LocalDate;
  title: string;
  place: string;
  /** Member keys of the province. */
  presiding: string;
  convener?: string;
  proposedBy?: { role: string; memberKey?: string };
  richness: Richness;
  /** When the documents go out: calendar days, or hours, before the start; null: none sent. */
  documents: { daysBefore: number } | { hoursBefore: number } | null;
  /** Whether the regulation has an absence procedure (asked for, consented to by the chair or the one presiding). */
  absenceProcedure: boolean;
  /** Delegates: with the written opinion, without it (flagged where it is demanded), or none allowed. */
  delegates: 'with-opinion' | 'without-opinion' | 'none';
  /** Whether a delegate needs an approved absence first (Kiên Giang 2008, Bình Định 2021). */
  delegateAfterConsent?: boolean;
  /** Who signs the minutes and notice (a member key); none where the regulation names no one. */
  signer?: { memberKey: string; assignment: boolean };
  /** The seal-bearing number's issuer: `BB-BCĐ` for minutes, `TB-BCĐ` for notices. */
  numbering?: string;
}

interface Invitee {
  memberId: string;
  agencyId: string;
}

const CONCLUSIONS = [
  'Các sở, ngành hoàn thành kết nối liên thông văn bản điện tử bốn cấp chính quyền.',
  'Sở Thông tin và Truyền thông hoàn thiện kế hoạch ứng dụng công nghệ thông tin năm tới, trình UBND tỉnh.',
  'Đẩy mạnh cung cấp dịch vụ công trực tuyến mức độ 3, 4; nâng tỷ lệ hồ sơ xử lý trực tuyến.',
  'Rà soát, bảo đảm an toàn thông tin cho hệ thống thông tin của các cơ quan nhà nước.',
  'Triển khai hệ thống quản lý văn bản và điều hành tại các huyện, thị xã, thành phố.',
  'Các thành viên gửi báo cáo định kỳ đúng hạn về cơ quan thường trực.',
  'Đào tạo kỹ năng số cho cán bộ, công chức cấp xã.',
  'Hoàn thành số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn tồn đọng.',
];

const ACTION_ITEMS = [
  'Xây dựng kế hoạch triển khai và báo cáo kết quả',
  'Rà soát, cập nhật số liệu báo cáo Ban Chỉ đạo',
  'Hoàn thành kết nối với nền tảng tích hợp, chia sẻ dữ liệu của tỉnh',
  'Tổ chức tập huấn cho cán bộ đầu mối',
  'Đánh giá an toàn thông tin và khắc phục các điểm yếu',
];

/** Adds the acts of one meeting; everything after the end of the history is left out. */
export function planMeeting(province: Province, plan: MeetingPlan): void {
  const random = province.random.fork(`meeting ${plan.kind} ${plan.date}`);
  const start = '08:00';
  const scheduledOn = LocalDate.addDays(plan.date, plan.richness === 'bare' ? -7 : -random.int(12, 20));
  province.at(scheduledOn, '09:00', `lịch họp ${plan.kind} ${plan.period ?? ''}`, async () => {
    const body = {
      kind: plan.kind,
      period: plan.period,
      scheduledOn: plan.date,
      startsAt: `${plan.date}T${start}:00+07:00`,
      place: plan.place,
      agenda: [{ title: plan.title, presenterAgencyId: province.agencies[province.standingAgency], plannedMinutes: 120 }],
      presidedBy: province.members[plan.presiding],
      convenedBy: province.members[plan.convener ?? plan.presiding],
      ...(plan.proposedBy ? { proposedBy: { role: plan.proposedBy.role, memberId: plan.proposedBy.memberKey ? province.members[plan.proposedBy.memberKey] : null } } : {}),
      committeeId: province.committeeId,
    };
    const meeting = await province.secretariat.post<{ meetingId: string; invitees: Invitee[] }>('/meetings', body);
    followMeeting(province, plan, random, meeting.meetingId, meeting.invitees);
  });
}

type Attendance = 'in-person' | 'absent-asked-approved' | 'absent-asked-refused' | 'absent' | 'through-delegate';

function followMeeting(province: Province, plan: MeetingPlan, random: Random, meetingId: string, invitees: Invitee[]): void {
  const path = `/meetings/${meetingId}`;
  const secretariat = province.secretariat;
  const startAt = vietnamInstant(plan.date, '08:00');

  if (plan.documents && plan.richness !== 'bare') {
    const sentAt = 'daysBefore' in plan.documents ? vietnamInstant(LocalDate.addDays(plan.date, -plan.documents.daysBefore), '16:00') : new Date(startAt.getTime() - plan.documents.hoursBefore * 3_600_000);
    const sentOn = formatVietnamInstant(sentAt);
    province.at(sentOn.slice(0, 10) as LocalDate, sentOn.slice(11, 16), 'gửi tài liệu', async () => {
      const bytes = Buffer.from(`%PDF-1.4\n% ${plan.title} — ${province.name}, ${plan.date}\n`);
      const contentHash = createHash('sha256').update(bytes).digest('hex');
      await secretariat.putFile(`/meetings/files/${contentHash}`, bytes, 'application/pdf');
      await secretariat.post(`${path}/documents`, { title: `${plan.title}.pdf`, contentHash, channel: 'electronic', sentAt: sentOn });
    });
  }

  // Who comes: the one presiding always; the others mostly, with the odd absence.
  const presidingId = province.members[plan.presiding];
  const chairId = province.members.chair;
  const attendance = new Map<string, Attendance>();
  for (const invitee of invitees) {
    if (invitee.memberId === presidingId || invitee.memberId === chairId || plan.richness === 'bare') {
      attendance.set(invitee.memberId, 'in-person');
      continue;
    }
    const absences: Array<[Attendance, number]> = plan.absenceProcedure
      ? [['absent-asked-approved', 5], ['absent-asked-refused', 1], ['absent', 4]]
      : [['absent', 8]];
    const delegate: Array<[Attendance, number]> = plan.delegates === 'none' ? [] : [['through-delegate', 3]];
    attendance.set(invitee.memberId, random.weighted<Attendance>([['in-person', 82], ...absences, ...delegate]));
  }

  const decider = province.as('chair');
  const before = (days: number) => LocalDate.addDays(plan.date, -days);
  for (const invitee of invitees) {
    const status = attendance.get(invitee.memberId) ?? 'in-person';
    const needsConsent = status === 'absent-asked-approved' || status === 'absent-asked-refused' || (status === 'through-delegate' && plan.delegateAfterConsent);
    if (needsConsent) {
      province.at(before(4), '10:00', 'xin vắng', async () => {
        await secretariat.post(`${path}/absences`, { memberId: invitee.memberId, reason: random.pick(['Đi công tác', 'Họp HĐND tỉnh', 'Tiếp đoàn công tác của Bộ', 'Lý do sức khỏe']) });
      });
      const decision = status === 'absent-asked-refused' ? 'refused' : 'approved';
      province.at(before(3), '14:00', 'quyết định vắng', async () => {
        await decider.post(`${path}/absences/${invitee.memberId}/decision`, { decision });
      });
    }
    if (status === 'through-delegate') {
      const withOpinion = plan.delegates === 'with-opinion';
      province.at(before(2), '09:30', 'cử người dự thay', async () => {
        const personId = await province.person(`delegate-${meetingId}-${invitee.memberId}`);
        await secretariat.post(`${path}/delegates`, {
          memberId: invitee.memberId,
          delegate: { personId, agencyId: invitee.agencyId },
          ...(withOpinion ? { writtenOpinion: { reference: `${random.int(10, 250)}/CV-${plan.date.slice(0, 4)}` } } : {}),
        });
      });
    }
  }

  const conclusions = plan.richness === 'full' ? random.sample(CONCLUSIONS, 2) : plan.richness === 'plain' ? random.sample(CONCLUSIONS, 1) : [];
  const conclusionIds: string[] = [];
  province.at(plan.date, '11:00', `họp ${plan.kind} ${plan.period ?? ''}`, async () => {
    await secretariat.post(`${path}/holding`, {
      heldAt: `${plan.date}T08:05:00+07:00`,
      endedAt: `${plan.date}T10:45:00+07:00`,
      presidedBy: presidingId,
      attendance: invitees.map((invitee) => {
        const status = attendance.get(invitee.memberId) ?? 'in-person';
        const attended = status === 'in-person' ? 'in-person' : status === 'through-delegate' ? 'through-delegate' : 'absent';
        return { memberId: invitee.memberId, attended, ...(attended === 'in-person' && random.chance(0.06) ? { arrivedLate: true } : {}) };
      }),
    });
    for (const text of conclusions) {
      const meeting = await secretariat.post<{ conclusions: Array<{ conclusionId: string }> }>(`${path}/conclusions`, { text });
      conclusionIds.push(addedId(meeting.conclusions.map((c) => c.conclusionId), conclusionIds));
    }
  });

  if (plan.signer && plan.richness !== 'bare') {
    const { memberKey, assignment } = plan.signer;
    const number = (kind: string) => `${random.int(8, 160)}/${kind}-${plan.numbering ?? 'BCĐ'}`;
    const signed = (days: number) => `${LocalDate.addDays(plan.date, days)}T16:00:00+07:00`;
    const authority = assignment ? { assignment: { reference: `Phân công của Trưởng ban số ${random.int(5, 90)}/PC-BCĐ` } } : {};
    province.at(LocalDate.addDays(plan.date, 1), '16:00', 'biên bản', async () => {
      await secretariat.post(`${path}/minutes`, { number: number('BB'), signedBy: province.members[memberKey], signedAt: signed(1), ...authority });
    });
    if (plan.richness === 'full') {
      province.at(LocalDate.addDays(plan.date, 3), '16:00', 'thông báo kết luận', async () => {
        await secretariat.post(`${path}/notice`, { number: number('TB'), signedBy: province.members[memberKey], signedAt: signed(3), ...authority });
      });
    }
  }

  if (plan.richness === 'full') planActionItems(province, random, path, plan.date, conclusionIds, conclusions.length);
}

/** One action item per conclusion, owned by a member's agency; done on time, late, or not at all. */
function planActionItems(province: Province, random: Random, path: string, date: LocalDate, conclusionIds: string[], count: number): void {
  const owners = province.ownerAgencies();
  const itemIds: string[] = [];
  for (let i = 0; i < count; i++) {
    const owner = random.pick(owners);
    const assignedOn = LocalDate.addDays(date, random.int(2, 5));
    const dueOn = Province.workday(LocalDate.addDays(assignedOn, random.int(30, 100)));
    // Left undone only lately: an older item is done in the end, however late.
    const drawn = random.weighted([['on-time', 55], ['late', 22], ['never', 13], ['progress', 10]] as const);
    const recent = LocalDate.daysBetween(dueOn, province.story.end) < 365;
    const outcome = (drawn === 'never' || drawn === 'progress') && !recent ? 'late' : drawn;
    const holder = { itemId: '' };
    province.at(assignedOn, '15:00', 'giao nhiệm vụ', async () => {
      const body = { conclusionId: conclusionIds[i] ?? null, ownerAgencyId: province.agencies[owner], description: `${random.pick(ACTION_ITEMS)} (${owner})`, assignedOn, dueOn };
      const meeting = await province.secretariat.post<{ actionItems: Array<{ itemId: string }> }>(`${path}/action-items`, body);
      holder.itemId = addedId(meeting.actionItems.map((item) => item.itemId), itemIds);
      itemIds.push(holder.itemId);
    });
    if (outcome === 'progress' || outcome === 'late') {
      const notedOn = LocalDate.addDays(assignedOn, random.int(10, 25));
      province.at(notedOn, '10:00', 'tiến độ nhiệm vụ', async () => {
        await province.secretariat.post(`${path}/action-items/${holder.itemId}/progress`, { note: 'Đang triển khai, đã hoàn thành khoảng một nửa khối lượng', notedOn });
      });
    }
    if (outcome === 'on-time' || outcome === 'late') {
      const doneOn = outcome === 'on-time' ? LocalDate.addDays(dueOn, -random.int(0, 20)) : LocalDate.addDays(dueOn, random.int(3, 45));
      province.at(LocalDate.max(doneOn, assignedOn), '16:30', 'hoàn thành nhiệm vụ', async () => {
        await province.secretariat.post(`${path}/action-items/${holder.itemId}/completion`, { doneOn: LocalDate.max(doneOn, assignedOn) });
      });
    }
  }
}

