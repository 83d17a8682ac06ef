// KPI 10 (RULES.md §6.10), two values from the work-programme fold as of the period's last day:
// - issued on time: a programme is due for the period's year when the regulation in force on 1 January of that year
//   names the committee's annual programme (WORK_PROGRAMME_READINGS of @bcd/contracts: Thanh Hóa 2014 Điều 5.1d,
//   Thanh Hóa 2018, Bình Định 2021 and Phú Thọ 2022 Điều 3.1; not Kiên Giang 2008). Each programme of the year (or,
//   when none was recorded, the year itself) falls in one of the four buckets of Báo cáo 1270/BC-TCTTTg as of the
//   period's end, against the deadline the tenant set (`issueBy`; no regulation sets one). With none set, an issued
//   programme is on time, and one not issued by the period's end is not done and overdue: without a deadline nothing
//   makes it still in time, and a year's programme missing at the end of a period is the gap the KPI shows.
//   Value: issued on time ÷ (issued + not issued and overdue).
// - tasks done by their deadlines: the tasks of the programmes issued by the period's end, owed from the day of the
//   issue, in the four buckets with the deadline in force on the period's last day (the chair's last extension
//   approved by then), counted like KPI 5: done ÷ (done + not done and overdue), whatever the regulation (a programme
//   recorded where none is named still assigned its tasks and deadlines). Pure.
import { LocalDate } from '@bcd/calendar';
import { workProgrammeReadingOf } from '@bcd/contracts';
import { BUCKETS, complianceBuckets, formatCitation, inEffectiveOrder, regulationSpanOn, type Bucket } from '@bcd/regulation';
import { percentOf } from '../tenant-state/budgets.js';
import { taskDueOnAsOf } from '../tenant-state/programme.js';
import { eventsNaming, type Kpi, type KpiInput } from './kpi.js';

export const KPI_10_ISSUED = {
  id: 'kpi-10-issued',
  name: 'Chương trình công tác năm được ban hành đúng hạn',
  rule: 'Chương trình, kế hoạch công tác, kiểm tra hằng năm được Trưởng ban ban hành đúng hạn ÷ (đã ban hành + chưa ban hành mà đã quá hạn), cho mỗi năm mà quy chế có hiệu lực ngày 01/01 quy định chương trình năm; hạn ban hành do tỉnh đặt (không quy chế nào quy định); không đặt hạn thì chương trình đã ban hành là đúng hạn, chưa ban hành đến hết kỳ là quá hạn.',
  citation: 'RULES.md §6 mục 10',
} as const;

export const KPI_10_TASKS = {
  id: 'kpi-10-tasks',
  name: 'Tỷ lệ hoàn thành nhiệm vụ của chương trình công tác năm',
  rule: 'Nhiệm vụ của chương trình công tác đã ban hành chia bốn nhóm như Báo cáo 1270/BC-TCTTTg (hoàn thành đúng hạn, hoàn thành quá hạn, chưa hoàn thành trong hạn, chưa hoàn thành quá hạn), theo hạn đang có hiệu lực (kể cả gia hạn được Trưởng ban chấp thuận); tỷ lệ hoàn thành = đã hoàn thành ÷ (đã hoàn thành + chưa hoàn thành quá hạn).',
  citation: 'RULES.md §6 mục 10; Báo cáo 1270/BC-TCTTTg',
} as const;

export function kpi10Issued({ state, period, events }: KpiInput): Kpi {
  const firstDay = LocalDate.of(period.year, 1, 1);
  const span = regulationSpanOn(inEffectiveOrder(state.adoptions), firstDay);
  const reading = span ? workProgrammeReadingOf(span.adoption.pack.id) : undefined;
  if (!span || !reading?.annual) {
    // No regulation in force on 1 January, or one that names no annual programme: none is due that year.
    return { ...KPI_10_ISSUED, value: null, numerator: '0', denominator: '0', target: null, breakdown: [{ label: 'not-named', value: span ? span.adoption.pack.id : 'no-regulation' }], drillDown: [] };
  }
  const programmes = Object.values(state.programmes.programmes)
    .filter((p) => p.year === period.year)
    .sort((a, b) => a.programmeId.localeCompare(b.programmeId));
  // The year's programmes, or the year itself when none was recorded: it still owed one.
  const owed: { id: string; issueBy: LocalDate | null; issuedOn: LocalDate | null }[] =
    programmes.length === 0 ? [{ id: `year:${period.year}`, issueBy: null, issuedOn: null }] : programmes.map((p) => ({ id: p.programmeId, issueBy: p.issueBy, issuedOn: p.issue?.decision.date ?? null }));
  const items = owed.map((item) => ({ ...item, bucket: issueBucket(item.issueBy, item.issuedOn, period.end) }));
  const counts = Object.fromEntries(BUCKETS.map((b) => [b, items.filter((i) => i.bucket === b).length])) as Record<Bucket, number>;
  const onTime = counts['done-on-time'];
  const counted = onTime + counts['done-late'] + counts['not-done-overdue'];
  return {
    ...KPI_10_ISSUED,
    citation: `${KPI_10_ISSUED.citation}; ${formatCitation({ ...span.adoption.pack.decision.citation, article: reading.article })}`,
    value: percentOf(String(onTime), String(counted)),
    numerator: String(onTime),
    denominator: String(counted),
    target: null,
    breakdown: [
      ...BUCKETS.map((bucket) => ({ label: bucket, value: String(counts[bucket]) })),
      ...items.map((i) => ({ label: i.id.startsWith('year:') ? i.id : `programme:${i.id}`, value: `${i.bucket}; hạn ${i.issueBy ?? 'không đặt'}` })),
    ],
    drillDown: [...eventsNaming(events, 'adoptionId', [span.adoption.adoptionId]), ...eventsNaming(events, 'programmeId', programmes.map((p) => p.programmeId))],
  };
}

/** The issue's bucket as of `asOf` (the programme as folded by then: issued by then, or not). */
function issueBucket(issueBy: LocalDate | null, issuedOn: LocalDate | null, asOf: LocalDate): Bucket {
  if (issuedOn !== null) return issueBy === null || issuedOn <= issueBy ? 'done-on-time' : 'done-late';
  return issueBy !== null && asOf <= issueBy ? 'not-done-in-time' : 'not-done-overdue';
}

export function kpi10Tasks({ state, period, events }: KpiInput): Kpi {
  const { programmes, tasks } = state.programmes;
  // Owed from the day their programme was issued (a draft owes nothing); done before the period began: earlier periods'.
  const items = Object.values(tasks)
    .flatMap((task) => {
      const issuedOn = programmes[task.programmeId]?.issue?.decision.date;
      return issuedOn !== undefined && issuedOn <= period.end && (task.doneOn === null || task.doneOn >= period.start) ? [{ task, issuedOn }] : [];
    })
    .sort((a, b) => a.task.taskId.localeCompare(b.task.taskId));
  const buckets = complianceBuckets(
    items.map(({ task, issuedOn }) => ({ id: task.taskId, from: issuedOn, dueOn: taskDueOnAsOf(task, period.end), doneOn: task.doneOn })),
    period.end,
  );
  const done = buckets.counts['done-on-time'] + buckets.counts['done-late'];
  return {
    ...KPI_10_TASKS,
    value: buckets.completionRate?.rate ?? null,
    numerator: String(done),
    denominator: String(done + buckets.counts['not-done-overdue']),
    target: null,
    breakdown: [
      ...Object.entries(buckets.counts).map(([bucket, count]) => ({ label: bucket, value: String(count) })),
      ...(buckets.completionRate ? [{ label: 'complement', value: buckets.completionRate.complement }] : []),
    ],
    drillDown: eventsNaming(events, 'taskId', items.map(({ task }) => task.taskId)),
  };
}
