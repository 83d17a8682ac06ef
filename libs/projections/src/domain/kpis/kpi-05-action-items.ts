// KPI 5 (RULES.md §6.5): the action items in the four buckets of Báo cáo 1270/BC-TCTTTg as of the period's last day
// (done on time, done late, not done and still in time, not done and overdue; the due date in force then: the last
// extension approved by then), and the completion rate done ÷ (done + not done and overdue) to two decimals with its
// complement — complianceBuckets of @bcd/regulation, the one function for it. Counted: the items assigned by the
// period's end and not done before it began (those belong to earlier periods). Pure.
import { complianceBuckets } from '@bcd/regulation';
import { dueOnAsOf } from '../tenant-state/meetings.js';
import { eventsNaming, type Kpi, type KpiInput } from './kpi.js';

export const KPI_05 = {
  id: 'kpi-05',
  name: 'Tỷ lệ hoàn thành nhiệm vụ được giao tại các cuộc họp',
  rule: 'Nhiệm vụ được giao chia bốn nhóm như Báo cáo 1270/BC-TCTTTg (hoàn thành đúng hạn, hoàn thành quá hạn, chưa hoàn thành trong hạn, chưa hoàn thành quá hạn); tỷ lệ hoàn thành = đã hoàn thành ÷ (đã hoàn thành + chưa hoàn thành quá hạn), hai chữ số thập phân, tỷ lệ và phần bù cộng đúng 100 %.',
  citation: 'RULES.md §6 mục 5; Báo cáo 1270/BC-TCTTTg',
} as const;

export function kpi05ActionItems({ state, period, events }: KpiInput): Kpi {
  const items = Object.values(state.meetings.actionItems)
    .filter((i) => i.assignedOn <= period.end && (i.doneOn === null || i.doneOn >= period.start))
    .sort((a, b) => a.itemId.localeCompare(b.itemId));
  const buckets = complianceBuckets(
    items.map((i) => ({ id: i.itemId, from: i.assignedOn, dueOn: dueOnAsOf(i, period.end), doneOn: i.doneOn })),
    period.end,
  );
  const done = buckets.counts['done-on-time'] + buckets.counts['done-late'];
  return {
    ...KPI_05,
    value: buckets.completionRate?.rate ?? null,
    numerator: String(done),
    denominator: String(done + buckets.counts['not-done-overdue']),
    target: null,
    breakdown: [
      ...Object.entries(buckets.counts).map(([bucket, count]) => ({ label: bucket, value: String(count) })),
      ...(buckets.completionRate ? [{ label: 'complement', value: buckets.completionRate.complement }] : []),
    ],
    drillDown: eventsNaming(events, 'itemId', items.map((i) => i.itemId)),
  };
}
