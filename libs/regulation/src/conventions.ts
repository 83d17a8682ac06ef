// How periods are counted where the regulations say nothing: the Civil Code (Bộ luật Dân sự 2015) applies
// "trừ trường hợp … pháp luật có quy định khác" (Điều 144). Each rule of a pack states the reading it uses
// (a due rule's `reading` and `onDayOff`, a lead time's `counting`) and a province may choose the other
// (tenant-configuration.ts, `interpretations`). RULES.md §7.
import { LocalDate, type WorkingCalendar } from '@bcd/calendar';
import { NotFound } from '@bcd/kernel';
import type { Citation, DayOffRule, WorkingDayCounting } from './rule-pack.schema.js';

const civilCode = (article: string, quote: string): Citation => ({
  article,
  decision: 'Bộ luật Dân sự số 91/2015/QH13',
  signedOn: LocalDate.parse('2015-11-24'),
  quote,
});

export const CIVIL_CODE = {
  /** Scope: the Code's counting applies unless another law says otherwise. */
  scope: civilCode('Điều 144', 'Cách tính thời hạn được áp dụng theo quy định của Bộ luật này, trừ trường hợp có thỏa thuận khác hoặc pháp luật có quy định khác.'),
  /** Clock hours run from the moment that starts the period. */
  hours: civilCode('Điều 147 khoản 1', 'Khi thời hạn được xác định bằng phút, giờ thì thời hạn được bắt đầu từ thời điểm đã xác định.'),
  /** The first day of a period counted in days is not counted. */
  firstDayNotCounted: civilCode(
    'Điều 147 khoản 2',
    'Khi thời hạn được xác định bằng ngày, tuần, tháng, năm thì ngày đầu tiên của thời hạn không được tính mà tính từ ngày tiếp theo liền kề ngày được xác định.',
  ),
  /** A period ending on a day off ends at the end of the next working day. */
  dayOffRollsOver: civilCode(
    'Điều 148 khoản 5',
    'Khi ngày cuối cùng của thời hạn là ngày nghỉ cuối tuần hoặc ngày nghỉ lễ thì thời hạn kết thúc tại thời điểm kết thúc ngày làm việc tiếp theo ngày nghỉ đó.',
  ),
} as const;

/** A due date after the day-off rule: the date lateness is judged by, and why it differs from the written one. */
export interface EffectiveDueDate {
  /** The date the regulation's wording gives. */
  literalDueDate: LocalDate;
  /** The last day a report may arrive: the literal date, or the next working day after a day off. */
  dueDate: LocalDate;
  /**
   * Set when the two differ: the reason and the article; `holidaysKnown` is false when the holiday data
   * does not cover the year and only weekends were rolled over.
   */
  rolledOver: { because: string; citation: Citation; holidaysKnown: boolean } | null;
}

/**
 * The due date lateness is judged by. With `next-working-day`, a literal date on a weekend or holiday
 * moves to the next working day of `calendar` (BLDS 2015 Điều 148.5): Kiên Giang's Q3 2019 member
 * reports, "chậm nhất ngày 15" = Sunday 15/9/2019, are due Monday 16/9/2019. A year the holiday data does
 * not cover is rolled over weekends only, and the answer says so.
 */
export function effectiveDueDate(literalDueDate: LocalDate, onDayOff: DayOffRule, calendar: WorkingCalendar): EffectiveDueDate {
  if (onDayOff === 'literal') return { literalDueDate, dueDate: literalDueDate, rolledOver: null };
  try {
    if (calendar.isWorkingDay(literalDueDate)) return { literalDueDate, dueDate: literalDueDate, rolledOver: null };
    const dueDate = calendar.addWorkingDays(literalDueDate, 1);
    return { literalDueDate, dueDate, rolledOver: { because: dayOffName(literalDueDate, calendar), citation: CIVIL_CODE.dayOffRollsOver, holidaysKnown: true } };
  } catch (error) {
    if (!(error instanceof NotFound)) throw error;
    let dueDate = literalDueDate;
    while (LocalDate.isWeekend(dueDate)) dueDate = LocalDate.addDays(dueDate, 1);
    const because = `no holiday data for ${LocalDate.year(literalDueDate)}: rolled over weekends only, public holidays not known`;
    return { literalDueDate, dueDate, rolledOver: { because, citation: CIVIL_CODE.dayOffRollsOver, holidaysKnown: false } };
  }
}

/**
 * The last day documents may go out for a meeting on `meetingDate` with a lead time of `days` working
 * days. By default (BLDS 2015 Điều 147.2) the sending day is not counted, nor the meeting day (it is not
 * "before" the meeting): for Friday 2024-03-15 and 3 days, Tuesday to Thursday are the three days and the
 * documents must go out by Monday 2024-03-11. With `send-day-counts`, the sending day is the first of them.
 */
export function latestSendDate(meetingDate: LocalDate, days: number, counting: WorkingDayCounting, calendar: WorkingCalendar): LocalDate {
  const firstCountedDay = calendar.subtractWorkingDays(meetingDate, days);
  return counting === 'send-day-counts' ? firstCountedDay : LocalDate.addDays(firstCountedDay, -1);
}

function dayOffName(date: LocalDate, calendar: WorkingCalendar): string {
  const named = calendar.entriesOn(date).map((e) => e.name).filter(Boolean);
  if (named.length > 0) return `${date} is a day off (${named.join(', ')})`;
  return `${date} is a ${LocalDate.dayOfWeek(date) === 0 ? 'Sunday' : 'Saturday'}`;
}
