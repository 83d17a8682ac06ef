// KPI 8 (RULES.md §6.8): seats pending replacement after a long-absence notice (Thanh Hóa 2014 Điều 2.4: the
// member's agency notifies the chair in writing and proposes a replacement), and for how long. The seats concerned
// are those pending on some day of the period or resolved in it: each still pending at the period's end with its
// days pending so far, each resolved in the period (replaced, the member back, or the seat ended) with the days it
// was pending — counted from the day after the notice (Bộ luật Dân sự 2015 Điều 147 khoản 2).
//
// No seed regulation sets a deadline for the replacement (RULES.md §1), so by default there is no rate: value null,
// numerator = seats resolved in the period, denominator = seats concerned. A percentage of seats resolved would
// count a seat filled in 3 days like one filled in 3 years, and call "late" what no text calls late; an auditor
// checks the counts and each seat's days instead. A province may set its own deadline (`replacementDeadlineDays`,
// calendar days after the notice, not rolled over a day off: it is the province's target, not a legal time limit);
// then value = seats resolved within it ÷ seats whose deadline passed or that were resolved, those still pending
// within their deadline left out (the four buckets of Báo cáo 1270/BC-TCTTTg, a late resolution not counting as in
// time). Notices are judged by the regulation in force on their date; the regulations in force during the period are
// cited, with what they say (only Thanh Hóa 2014 has the procedure). Pure.
import { LocalDate } from '@bcd/calendar';
import { asAdoption, CIVIL_CODE, complianceBuckets, formatCitation, inEffectiveOrder, regulationInForce, spanOf, type Adoption } from '@bcd/regulation';
import { percentOf } from '../tenant-state/budgets.js';
import { daysPending, pendingOn, type LongAbsenceRecord } from '../tenant-state/seats-pending.js';
import { eventsNaming, type Kpi, type KpiBreakdown, type KpiInput, type KpiPeriod } from './kpi.js';

export const KPI_08 = {
  id: 'kpi-08',
  name: 'Vị trí Ủy viên chờ cử người thay thế sau thông báo vắng mặt dài ngày',
  rule: 'Vị trí Ủy viên chờ cử người thay thế sau khi cơ quan chủ quản thông báo bằng văn bản (đi công tác, đi học tập trung trên 6 tháng, nghỉ chế độ hoặc thay đổi nhân sự): vị trí còn chờ cuối kỳ và số ngày đã chờ; vị trí được giải quyết trong kỳ (cử người thay thế, Ủy viên trở lại, vị trí chấm dứt) và số ngày đã chờ. Quy chế không ấn định thời hạn thay thế nên không tính tỷ lệ, trừ khi tỉnh đặt thời hạn: khi đó tỷ lệ = giải quyết trong thời hạn ÷ (đã giải quyết + đã quá hạn).',
  citation: 'RULES.md §6 mục 8',
} as const;

export interface Kpi08Options {
  /** The province's deadline for a replacement, in calendar days after the notice; none by default (no seed sets one). */
  replacementDeadlineDays?: number;
}

export function kpi08SeatsPending({ state, period, events }: KpiInput, options: Kpi08Options = {}): Kpi {
  const deadline = options.replacementDeadlineDays ?? null;
  if (deadline !== null && !(Number.isInteger(deadline) && deadline >= 0)) throw new RangeError(`replacementDeadlineDays must be a whole number of days, not ${deadline}`);
  const concerned = state.seatsPending
    .filter((r) => r.notifiedOn <= period.end && (r.resolved === null || r.resolved.on >= period.start))
    .sort((a, b) => a.notifiedOn.localeCompare(b.notifiedOn) || a.memberId.localeCompare(b.memberId));
  const pending = concerned.filter((r) => pendingOn(r, period.end));
  const resolved = concerned.filter((r) => !pendingOn(r, period.end));
  const breakdown: KpiBreakdown[] = [
    { label: 'pending-at-end', value: String(pending.length) },
    { label: 'resolved-in-period', value: String(resolved.length) },
  ];
  for (const r of concerned) {
    const done = r.resolved !== null && r.resolved.on <= period.end ? r.resolved : null;
    breakdown.push({ label: `${done ? done.by : 'pending'}:${key(r)}`, value: String(daysPending(r, period.end)) });
    if (done?.replacedBy) breakdown.push({ label: `replaced-by:${key(r)}`, value: done.replacedBy });
    if (!done && r.proposedOn !== null) breakdown.push({ label: `proposed:${key(r)}`, value: r.proposedOn });
  }
  const rate = deadline === null ? { value: null, numerator: String(resolved.length), denominator: String(concerned.length) } : withDeadline(concerned, period, deadline, breakdown);
  const adoptions = inEffectiveOrder(state.adoptions.map(asAdoption));
  const members = [...concerned.map((r) => r.memberId), ...concerned.flatMap((r) => (r.resolved?.replacedBy && r.resolved.on <= period.end ? [r.resolved.replacedBy] : []))];
  return {
    ...KPI_08,
    citation: [KPI_08.citation, ...articles(adoptions, concerned, period), formatCitation(CIVIL_CODE.firstDayNotCounted)].join('; '),
    ...rate,
    target: null,
    breakdown,
    drillDown: eventsNaming(events, 'memberId', members),
  };
}

/** The rate against the province's deadline, its buckets added to the breakdown. */
function withDeadline(concerned: readonly LongAbsenceRecord[], period: KpiPeriod, deadline: number, breakdown: KpiBreakdown[]) {
  const items = concerned.map((r) => ({ id: key(r), from: r.notifiedOn, dueOn: LocalDate.addDays(r.notifiedOn, deadline), doneOn: r.resolved?.on ?? null }));
  const buckets = complianceBuckets(items, period.end);
  breakdown.push({ label: 'deadline-days', value: String(deadline) }, ...Object.entries(buckets.counts).map(([bucket, count]) => ({ label: bucket, value: String(count) })));
  for (const r of concerned) {
    const bucket = buckets.byItem[key(r)];
    if (bucket === 'done-late' || bucket === 'not-done-overdue') breakdown.push({ label: `days-over-deadline:${key(r)}`, value: String(daysPending(r, period.end) - deadline) });
  }
  const inTime = buckets.counts['done-on-time'];
  const judged = inTime + buckets.counts['done-late'] + buckets.counts['not-done-overdue'];
  return { value: percentOf(String(inTime), String(judged)), numerator: String(inTime), denominator: String(judged) };
}

/** A notice: the member and the day notified (a member may be notified again after coming back). */
const key = (r: LongAbsenceRecord) => `${r.memberId}@${r.notifiedOn}`;

/** What each regulation in force during the period, or on a notice's date, says about long absences. */
function articles(adoptions: readonly Adoption[], concerned: readonly LongAbsenceRecord[], period: KpiPeriod): string[] {
  const during = adoptions.filter((a) => {
    const span = spanOf(adoptions, a);
    return span.from <= period.end && (span.lastDay === null || span.lastDay >= period.start);
  });
  const onNotices = concerned.flatMap((r) => regulationInForce(adoptions, r.notifiedOn) ?? []);
  return [...new Set([...onNotices, ...during].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom)).map(longAbsenceArticle))];
}

function longAbsenceArticle(adoption: Adoption): string {
  const rule = adoption.pack.composition.longAbsence;
  if (rule.kind !== 'none') return formatCitation(rule.citation);
  return formatCitation({ ...adoption.pack.decision.citation, article: 'Quy chế (không quy định việc cử người thay thế Ủy viên vắng mặt dài ngày)' });
}
