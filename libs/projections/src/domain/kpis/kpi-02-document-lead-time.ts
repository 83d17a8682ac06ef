// KPI 2 (RULES.md §6.2): meetings whose documents went out within the lead time ÷ meetings with a lead-time rule —
// KG 2008 Điều 11 (≥ 3 working days, periodic meetings), TH 2014 Điều 9.4 (≥ 5 working days), BĐ 2021 Điều 10.1c
// (≥ 48 hours, electronically); TH 2018 and PT 2022 set none, so their meetings are not counted. Counted: the meetings
// held in the period, each judged by the regulation in force on its date (the one its record names, with the tenant's
// decisions). A meeting's documents went out within the lead time when at least one was distributed and every one
// met the rule, as the meetings context judged it when the document was recorded (DocumentDistributed's leadTime:
// `met`; `missed` also covers paper sent where BĐ asks for electronic documents). A held meeting with no document
// recorded counts as late: the platform cannot tell "nothing to send" (KG Điều 11: "tài liệu (nếu có)") from "not
// sent", and the breakdown says `no-documents`. A document sent before the meeting was moved keeps the outcome
// judged against the date then planned (the state holds no working calendar to judge it again). Pure.
import { formatCitation, type RulePack } from '@bcd/regulation';
import { percentOf } from '../tenant-state/budgets.js';
import { adoptionOfMeeting, heldBetween, type MeetingRecord } from '../tenant-state/meetings.js';
import { eventsNaming, type Kpi, type KpiBreakdown, type KpiInput } from './kpi.js';

export const KPI_02 = {
  id: 'kpi-02',
  name: 'Tỷ lệ cuộc họp gửi tài liệu đúng thời hạn',
  rule: 'Cuộc họp đã tổ chức có toàn bộ tài liệu gửi đến thành viên trong thời hạn quy chế quy định ÷ cuộc họp đã tổ chức mà quy chế có quy định thời hạn gửi tài liệu, theo quy chế có hiệu lực vào ngày họp; cuộc họp không ghi nhận tài liệu nào được tính là không đúng hạn.',
  citation: 'RULES.md §6 mục 2',
} as const;

/** The periodic (định kỳ) kinds, as the meetings context reads "kỳ họp định kỳ" (KG 2008 Điều 11). */
const PERIODIC: readonly MeetingRecord['kind'][] = ['plenary', 'standing-board', 'working-group'];

/** The lead-time rule the meeting is judged by; null when the regulation sets none for its kind (or leaves it to a tenant who has not set it). */
function leadTimeRule(pack: RulePack, m: MeetingRecord) {
  const rule = pack.meetings.documentLeadTime;
  if (rule.kind !== 'working-days' && rule.kind !== 'hours') return null;
  return rule.appliesTo === 'all-meetings' || PERIODIC.includes(m.kind) ? rule : null;
}

export function kpi02DocumentLeadTime({ state, period, events }: KpiInput): Kpi {
  const counted: string[] = [];
  const articles = new Set<string>();
  const listed: KpiBreakdown[] = [];
  let onTime = 0;
  let withoutRule = 0;
  for (const m of heldBetween(state.meetings, period.start, period.end)) {
    const adoption = adoptionOfMeeting(state.adoptions, m);
    if (!adoption) {
      listed.push({ label: `unknown-regulation:${m.meetingId}`, value: m.regulation.packId });
      continue;
    }
    const rule = leadTimeRule(adoption.effectivePack, m);
    if (!rule) {
      withoutRule++;
      continue;
    }
    counted.push(m.meetingId);
    articles.add(formatCitation(rule.citation));
    const notMet = m.documents.filter((d) => d.leadTime !== 'met').map((d) => d.documentId);
    if (m.documents.length > 0 && notMet.length === 0) onTime++;
    else listed.push({ label: `late:${m.meetingId}`, value: m.documents.length === 0 ? 'no-documents' : `missed:${notMet.join(',')}` });
  }
  return {
    ...KPI_02,
    citation: [KPI_02.citation, ...articles].join('; '),
    value: percentOf(String(onTime), String(counted.length)),
    numerator: String(onTime),
    denominator: String(counted.length),
    target: null,
    breakdown: [{ label: 'on-time', value: String(onTime) }, { label: 'late', value: String(counted.length - onTime) }, { label: 'without-rule', value: String(withoutRule) }, ...listed],
    drillDown: eventsNaming(events, 'meetingId', counted),
  };
}
