// KPI 6 (RULES.md §6.6): the committee's own activity reports (quarterly, 6-month, annual) delivered on time ÷ those
// due in the period, with the days late of each late one and the missing ones, as of the period's last day.
// Which reports: the obligations the reporting context opened with `report: 'activity-report'` — the reports the
// regulation asks of the committee's bodies (`reporter: { kind: 'committee', body }`: the standing agency, Thanh Hóa
// 2014 Điều 11.3 / 2018 Điều 10.3, Phú Thọ 2022 Điều 7.6; the working group, Thanh Hóa 2018 Điều 7.9, Bình Định 2021
// Điều 7.7; the committee itself, Kiên Giang 2008 Điều 11, Bình Định 2021 Điều 8.1), never the members' or agencies'
// periodic reports (`member-report`, KPI 4) nor ad hoc ones. No seed fixes their dates: each obligation carries the
// due date the province set, judged by the regulation in force on its literal due date (rolled over a day off, Bộ
// luật Dân sự 2015 Điều 148 khoản 5), and that rule is cited. Unlike KPI 4 the rate is strict: a late report is not
// on time. Withdrawn obligations are not due. Pure.
import { complianceBuckets, daysLate } from '@bcd/regulation';
import { percentOf } from '../tenant-state/budgets.js';
import { doneOn } from '../tenant-state/obligations.js';
import { eventsNaming, inPeriod, type Kpi, type KpiBreakdown, type KpiInput } from './kpi.js';

export const KPI_06 = {
  id: 'kpi-06',
  name: 'Tỷ lệ báo cáo hoạt động của Ban Chỉ đạo gửi đúng hạn',
  rule: 'Báo cáo định kỳ (hằng quý, 6 tháng, hằng năm) về hoạt động của Ban Chỉ đạo, do Ban Chỉ đạo, cơ quan thường trực hoặc tổ giúp việc lập (không gồm báo cáo của thành viên, cơ quan — chỉ tiêu 4), gửi đúng hạn ÷ báo cáo đến hạn trong kỳ; hạn theo quy chế có hiệu lực vào ngày đến hạn; số ngày chậm; báo cáo còn thiếu.',
  citation: 'RULES.md §6 mục 6',
} as const;

export function kpi06ActivityReports({ state, period, events }: KpiInput): Kpi {
  const due = Object.values(state.obligations)
    .filter((o) => o.report === 'activity-report' && o.status !== 'withdrawn' && inPeriod(period, o.dueDate))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.obligationId.localeCompare(b.obligationId));
  const buckets = complianceBuckets(
    due.map((o) => ({ id: o.obligationId, from: o.from, dueOn: o.dueDate, doneOn: doneOn(o) })),
    period.end,
  );
  const onTime = buckets.counts['done-on-time'];
  const breakdown: KpiBreakdown[] = [
    ...Object.entries(buckets.counts).map(([bucket, count]) => ({ label: bucket, value: String(count) })),
    { label: 'on-time', value: String(onTime) },
    { label: 'due', value: String(due.length) },
  ];
  for (const o of due) {
    const body = o.reporter.kind === 'committee' ? o.reporter.body : o.reporter.agencyId;
    breakdown.push({ label: `report:${o.obligationId}`, value: `${body}; ${o.period ?? ''}; ${o.dueDate}` });
    const bucket = buckets.byItem[o.obligationId];
    if (bucket === 'done-late' && o.firstSubmittedAt !== null) breakdown.push({ label: `days-late:${o.obligationId}`, value: String(daysLate(o.dueDate, new Date(o.firstSubmittedAt))) });
    if (bucket === 'not-done-overdue' || bucket === 'not-done-in-time') breakdown.push({ label: `missing:${o.obligationId}`, value: o.dueDate });
  }
  const articles = [...new Set(due.map((o) => o.rule.article))];
  return {
    ...KPI_06,
    citation: [KPI_06.citation, ...articles].join('; '),
    value: percentOf(String(onTime), String(due.length)),
    numerator: String(onTime),
    denominator: String(due.length),
    target: null,
    breakdown,
    drillDown: eventsNaming(events, 'obligationId', due.map((o) => o.obligationId)),
  };
}
