// How the government counts whether assigned work was done in time (Báo cáo 1270/BC-TCTTTg): each item, as
// of a date, is done on time, done late, not done and still in time, or not done and overdue; the
// completion rate is done ÷ (done + not done and overdue). One function for every context that reports it
// (meetings' action items, reporting's obligations): the same rounding everywhere. Pure.
import type { LocalDate } from '@bcd/calendar';

export type Bucket = 'done-on-time' | 'done-late' | 'not-done-in-time' | 'not-done-overdue';

export const BUCKETS: readonly Bucket[] = ['done-on-time', 'done-late', 'not-done-in-time', 'not-done-overdue'];

/** One item as it stood on the date asked: since when it was owed, its due date in force then, when it was done. */
export interface BucketItem {
  id: string;
  /** The day it was assigned (opened): an item owed only later is not counted. */
  from: LocalDate;
  /** The due date in force on the date asked (an extension approved by then counts). */
  dueOn: LocalDate;
  /** When it was done, or null; a day after the date asked counts as not done yet. */
  doneOn: LocalDate | null;
}

export interface Buckets {
  asOf: LocalDate;
  counts: Record<Bucket, number>;
  byItem: Record<string, Bucket>;
  /**
   * done ÷ (done + not done and overdue), in percent to two decimals cut off (not rounded), and its complement: they
   * add to exactly 100 (computed in hundredths of a percent). Báo cáo 1270/BC-TCTTTg counts this way: 14,068 done on
   * time and 1,983 late against 223 overdue is 16,051 ÷ 16,274 = 98.6297…, reported as 98.62 % and 1.38 %.
   * Null when nothing is done or overdue.
   */
  completionRate: { rate: string; complement: string } | null;
}

export function complianceBuckets(items: readonly BucketItem[], asOf: LocalDate): Buckets {
  const counts: Record<Bucket, number> = { 'done-on-time': 0, 'done-late': 0, 'not-done-in-time': 0, 'not-done-overdue': 0 };
  const byItem: Record<string, Bucket> = {};
  for (const item of items) {
    if (item.from > asOf) continue;
    const done = item.doneOn !== null && item.doneOn <= asOf ? item.doneOn : null;
    const bucket: Bucket = done !== null ? (done <= item.dueOn ? 'done-on-time' : 'done-late') : asOf <= item.dueOn ? 'not-done-in-time' : 'not-done-overdue';
    counts[bucket]++;
    byItem[item.id] = bucket;
  }
  const done = counts['done-on-time'] + counts['done-late'];
  const counted = done + counts['not-done-overdue'];
  const hundredths = counted === 0 ? null : Math.floor((done * 10_000) / counted);
  const percent = (h: number) => `${Math.floor(h / 100)}.${String(h % 100).padStart(2, '0')}`;
  return { asOf, counts, byItem, completionRate: hundredths === null ? null : { rate: percent(hundredths), complement: percent(10_000 - hundredths) } };
}
