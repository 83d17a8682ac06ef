// KPI 1 (RULES.md §6.1): required meetings held in their window ÷ required meetings — the plenary and, where the
// regulation has one, the standing board (TH2014 Điều 9.2, every 6 months). What is required comes from
// @bcd/regulation's schedule over the tenant's adoptions (scheduleForAdoptions): the period is split at each effective
// date and each part follows the regulation in force there, a meeting belonging to the regulation in force on its
// window's last day (Thanh Hóa 2018: the 2014 standing board of 2018-H1, then the 2018 quarterly plenary of Q4). A
// required meeting is held when a meeting of its kind was held (not cancelled) on a day of its window; one meeting
// counts for one requirement. Working-group meetings are KPI 9. Pure.
import { vietnamDateOf } from '@bcd/calendar';
import { asAdoption, formatCitation, scheduleForAdoptions } from '@bcd/regulation';
import { percentOf } from '../tenant-state/budgets.js';
import { eventsNaming, type Kpi, type KpiBreakdown, type KpiInput } from './kpi.js';

export const KPI_01 = {
  id: 'kpi-01',
  name: 'Tỷ lệ cuộc họp định kỳ được tổ chức đúng thời hạn',
  rule: 'Cuộc họp định kỳ bắt buộc (phiên toàn thể và, nếu quy chế quy định, họp Thường trực Ban Chỉ đạo) được tổ chức trong thời hạn ÷ số cuộc họp bắt buộc, theo quy chế có hiệu lực tại thời hạn của từng cuộc họp.',
  citation: 'RULES.md §6 mục 1',
} as const;

export function kpi01RequiredMeetings({ state, period, events }: KpiInput): Kpi {
  const schedule = scheduleForAdoptions(state.adoptions.map(asAdoption), period.start, period.end);
  const required = schedule.meetings.filter((m) => m.kind === 'plenary' || m.kind === 'standing-board');
  const held = Object.values(state.meetings.meetings)
    .filter((m) => m.status === 'held' && m.heldAt !== null)
    .map((m) => ({ meetingId: m.meetingId, kind: m.kind, heldOn: vietnamDateOf(new Date(m.heldAt as string)) }))
    .sort((a, b) => a.heldOn.localeCompare(b.heldOn) || a.meetingId.localeCompare(b.meetingId));
  const used = new Set<string>();
  const breakdown: KpiBreakdown[] = [];
  for (const requirement of required) {
    const match = held.find((m) => !used.has(m.meetingId) && m.kind === requirement.kind && m.heldOn >= requirement.windowStart && m.heldOn <= requirement.windowEnd);
    if (match) used.add(match.meetingId);
    breakdown.push({ label: `${requirement.kind}:${requirement.period}:${requirement.regulation.packId}`, value: match ? `held:${match.meetingId}` : `missed:${requirement.windowStart}..${requirement.windowEnd}` });
  }
  const packs = new Set(required.map((r) => `${r.regulation.packId}|${r.regulation.decisionNumber ?? ''}`));
  const adoptionIds = state.adoptions.filter((a) => packs.has(`${a.pack.id}|${a.decisionNumber ?? ''}`)).map((a) => a.adoptionId);
  const articles = [...new Set(required.map((r) => formatCitation(r.citation)))];
  return {
    ...KPI_01,
    citation: [KPI_01.citation, ...articles].join('; '),
    value: percentOf(String(used.size), String(required.length)),
    numerator: String(used.size),
    denominator: String(required.length),
    target: null,
    breakdown,
    drillDown: [...eventsNaming(events, 'adoptionId', adoptionIds), ...eventsNaming(events, 'meetingId', used)],
  };
}
