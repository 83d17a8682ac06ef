// KPI 9 (RULES.md §6.9): working-group meetings held in their window ÷ required — monthly where the regulation says so
// (TH 2018 Điều 8.3). What is required comes from @bcd/regulation's schedule over the tenant's adoptions, as for KPI 1:
// the period is split at each effective date, a meeting belongs to the regulation in force on its window's last day.
// BĐ 2021 Điều 10.1b ("họp định kỳ và đột xuất") sets no cadence: nothing is required until the tenant configures one
// (listed as `needs-configuration`); KG 2008, TH 2014 and PT 2022 have no working-group meetings. A required meeting is
// held when a working-group meeting was held (not cancelled) on a day of its window; one meeting counts once. Pure.
import { vietnamDateOf } from '@bcd/calendar';
import { asAdoption, formatCitation, scheduleForAdoptions } from '@bcd/regulation';
import { percentOf } from '../tenant-state/budgets.js';
import { eventsNaming, type Kpi, type KpiBreakdown, type KpiInput } from './kpi.js';

export const KPI_09 = {
  id: 'kpi-09',
  name: 'Tỷ lệ cuộc họp định kỳ của Tổ giúp việc được tổ chức',
  rule: 'Cuộc họp định kỳ của Tổ giúp việc (Tổ thư ký, Tổ công tác) được tổ chức trong kỳ ÷ số cuộc họp quy chế yêu cầu (hằng tháng nếu quy chế quy định), theo quy chế có hiệu lực vào ngày cuối của từng kỳ họp.',
  citation: 'RULES.md §6 mục 9',
} as const;

export function kpi09WorkingGroupMeetings({ state, period, events }: KpiInput): Kpi {
  const schedule = scheduleForAdoptions(state.adoptions.map(asAdoption), period.start, period.end);
  const required = schedule.meetings.filter((m) => m.kind === 'working-group');
  const unset = schedule.needsConfiguration.filter((n) => n.path === 'meetings.workingGroup');
  const held = Object.values(state.meetings.meetings)
    .filter((m) => m.kind === 'working-group' && m.status === 'held' && m.heldAt !== null)
    .map((m) => ({ meetingId: m.meetingId, heldOn: vietnamDateOf(new Date(m.heldAt as string)) }))
    .sort((a, b) => a.heldOn.localeCompare(b.heldOn) || a.meetingId.localeCompare(b.meetingId));
  const used = new Set<string>();
  const breakdown: KpiBreakdown[] = [];
  for (const requirement of required) {
    const match = held.find((m) => !used.has(m.meetingId) && m.heldOn >= requirement.windowStart && m.heldOn <= requirement.windowEnd);
    if (match) used.add(match.meetingId);
    breakdown.push({ label: `working-group:${requirement.period}:${requirement.regulation.packId}`, value: match ? `held:${match.meetingId}` : `missed:${requirement.windowStart}..${requirement.windowEnd}` });
  }
  for (const gap of unset) breakdown.push({ label: `needs-configuration:${gap.regulation.packId}`, value: `${gap.from}..${gap.to}` });
  const packs = new Set(required.map((r) => `${r.regulation.packId}|${r.regulation.decisionNumber ?? ''}`));
  const adoptionIds = state.adoptions.filter((a) => packs.has(`${a.pack.id}|${a.decisionNumber ?? ''}`)).map((a) => a.adoptionId);
  const articles = [...new Set([...required, ...unset].map((r) => formatCitation(r.citation)))];
  return {
    ...KPI_09,
    citation: [KPI_09.citation, ...articles].join('; '),
    value: percentOf(String(used.size), String(required.length)),
    numerator: String(used.size),
    denominator: String(required.length),
    target: null,
    breakdown,
    drillDown: [...eventsNaming(events, 'adoptionId', adoptionIds), ...eventsNaming(events, 'meetingId', used)],
  };
}
