// KPI 4 (RULES.md §6.4): periodic reports submitted by the deadline ÷ reports due in the period, with the days late of
// each late report and the missing ones; the rate as Báo cáo 1270/BC-TCTTTg counts it (complianceBuckets of
// @bcd/regulation: done ÷ (done + not done and overdue), not-done-in-time excluded), as of the period's last day.
// Each obligation was opened (or redetermined) with the due date of the regulation in force on its date: that rule is
// cited. Withdrawn obligations are not due; only the periodic member reports count
// (`member-report`): the committee's own activity reports are KPI 6, reports asked ad hoc are not periodic. Pure.
import { complianceBuckets, daysLate } from '@bcd/regulation';
import { doneOn } from '../tenant-state/obligations.js';
import { eventsNaming, inPeriod, type Kpi, type KpiBreakdown, type KpiInput } from './kpi.js';

export const KPI_04 = {
  id: 'kpi-04',
  name: 'Tỷ lệ báo cáo định kỳ gửi đúng hạn',
  rule: 'Báo cáo định kỳ của thành viên hoặc cơ quan theo quy chế gửi đúng hạn ÷ báo cáo đến hạn trong kỳ; số ngày chậm; báo cáo còn thiếu. Tỷ lệ tính như Báo cáo 1270/BC-TCTTTg: đã hoàn thành ÷ (đã hoàn thành + chưa hoàn thành quá hạn).',
  citation: 'RULES.md §6 mục 4; Báo cáo 1270/BC-TCTTTg',
} as const;

export function kpi04Reports({ state, period, events }: KpiInput): Kpi {
  const due = Object.values(state.obligations)
    .filter((o) => o.report === 'member-report' && o.status !== 'withdrawn' && inPeriod(period, o.dueDate))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.obligationId.localeCompare(b.obligationId));
  const buckets = complianceBuckets(
    due.map((o) => ({ id: o.obligationId, from: o.from, dueOn: o.dueDate, doneOn: doneOn(o) })),
    period.end,
  );
  const onTime = buckets.counts['done-on-time'];
  const done = onTime + buckets.counts['done-late'];
  const breakdown: KpiBreakdown[] = [
    ...Object.entries(buckets.counts).map(([bucket, count]) => ({ label: bucket, value: String(count) })),
    { label: 'on-time', value: String(onTime) },
    { label: 'due', value: String(due.length) },
  ];
  for (const o of due) {
    const bucket = buckets.byItem[o.obligationId];
    if (bucket === 'done-late' && o.firstSubmittedAt !== null) breakdown.push({ label: `days-late:${o.obligationId}`, value: String(daysLate(o.dueDate, new Date(o.firstSubmittedAt))) });
    if (bucket === 'not-done-overdue') breakdown.push({ label: `missing:${o.obligationId}`, value: o.dueDate });
  }
  const articles = [...new Set(due.map((o) => o.rule.article))];
  return {
    ...KPI_04,
    citation: [KPI_04.citation, ...articles].join('; '),
    value: buckets.completionRate?.rate ?? null,
    numerator: String(done),
    denominator: String(done + buckets.counts['not-done-overdue']),
    target: null,
    breakdown,
    drillDown: eventsNaming(events, 'obligationId', due.map((o) => o.obligationId)),
  };
}
