// KPI 3 (RULES.md §6.3): attendance — (present + absences consented to by whoever the regulation names) ÷ invitations
// of the meetings held in the period, each meeting judged by the regulation in force on its date (the one its record
// names). Who consents: the chair (KG 2008 Điều 10), the person presiding (TH 2018 Điều 6.5, BĐ 2021 Điều 5.4), either
// (PT 2022 Điều 9.2 / 6.5); TH 2014 names no one (Điều 6.1c: members attend every session), so there only presence
// counts. An absence counts when the attendance recorded it consented to (`absent-approved`: the consent was given
// by the time the meeting was held). A member sending a delegate is absent too: it counts when the absence was
// consented to and, where the regulation demands it (TH 2018 Điều 6.5, PT 2022 Điều 6.5), the member gave a written
// opinion. The other invitations are listed. (PT 2022 Điều 9.2's "the delegate reports on the member's work" is not
// recorded, so not judged.) Pure.
import { formatCitation, refuseByRegulation, type RulePack } from '@bcd/regulation';
import { percentOf } from '../tenant-state/budgets.js';
import { adoptionOfMeeting, heldBetween, type MeetingRecord } from '../tenant-state/meetings.js';
import { eventsNaming, type Kpi, type KpiBreakdown, type KpiInput } from './kpi.js';

export const KPI_03 = {
  id: 'kpi-03',
  name: 'Tỷ lệ tham dự họp đúng quy chế',
  rule: 'Lượt thành viên có mặt và lượt vắng mặt được người có thẩm quyền theo quy chế (Trưởng ban hoặc người chủ trì cuộc họp) đồng ý — nếu cử người dự thay mà quy chế yêu cầu thì phải có ý kiến bằng văn bản — ÷ lượt thành viên được mời của các cuộc họp đã tổ chức trong kỳ; liệt kê các lượt vắng mặt không được đồng ý.',
  citation: 'RULES.md §6 mục 3',
} as const;

/** Why an invitation is not counted. */
type Unapproved = 'absent-unapproved' | 'absent-no-procedure' | 'delegate-without-consent' | 'delegate-without-written-opinion';

/** Whether the invitee's way of taking part counts, and if not why. */
function judge(pack: RulePack, m: MeetingRecord, memberId: string): 'present' | 'consented' | Unapproved {
  // the meetings context records every invitee's status; one missing is taken as absent without consent
  const status = m.attendance[memberId] ?? 'absent-unapproved';
  if (status === 'present') return 'present';
  const rule = pack.meetings.absence;
  if (rule.kind === 'none') return 'absent-no-procedure';
  if (status === 'absent-approved') return 'consented';
  if (status === 'absent-unapproved') return 'absent-unapproved';
  if (m.absences[memberId] !== 'approved') return 'delegate-without-consent';
  if (rule.delegateMustSubmitWrittenOpinion && !m.writtenOpinions[memberId]) return 'delegate-without-written-opinion';
  return 'consented';
}

/** The articles the absences of a meeting were judged by: each approver's (and the rule's), or what the regulation says instead. */
function articlesOf(pack: RulePack): string[] {
  const rule = pack.meetings.absence;
  // cited as the meetings context cites it when it refuses a consent there
  if (rule.kind === 'none') return [refuseByRegulation(pack, 'meetings.absence', 'no absence procedure').article];
  return [formatCitation(rule.citation), ...rule.approvers.map((a) => formatCitation(a.citation))];
}

export function kpi03Attendance({ state, period, events }: KpiInput): Kpi {
  const counts = { present: 0, consented: 0 };
  const counted: string[] = [];
  const articles = new Set<string>();
  const listed: KpiBreakdown[] = [];
  let invitations = 0;
  for (const m of heldBetween(state.meetings, period.start, period.end)) {
    const adoption = adoptionOfMeeting(state.adoptions, m);
    if (!adoption) {
      listed.push({ label: `unknown-regulation:${m.meetingId}`, value: m.regulation.packId });
      continue;
    }
    counted.push(m.meetingId);
    for (const article of articlesOf(adoption.effectivePack)) articles.add(article);
    for (const memberId of m.invitees) {
      invitations++;
      const judged = judge(adoption.effectivePack, m, memberId);
      if (judged === 'present' || judged === 'consented') counts[judged]++;
      else listed.push({ label: `unapproved:${m.meetingId}:${memberId}`, value: judged });
    }
  }
  const attended = counts.present + counts.consented;
  return {
    ...KPI_03,
    citation: [KPI_03.citation, ...articles].join('; '),
    value: percentOf(String(attended), String(invitations)),
    numerator: String(attended),
    denominator: String(invitations),
    target: null,
    breakdown: [
      { label: 'present', value: String(counts.present) },
      { label: 'absent-consented', value: String(counts.consented) },
      { label: 'unapproved', value: String(invitations - attended) },
      ...listed,
    ],
    drillDown: eventsNaming(events, 'meetingId', counted),
  };
}
