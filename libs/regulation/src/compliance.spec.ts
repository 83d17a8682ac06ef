// The four buckets of Báo cáo 1270/BC-TCTTTg and its completion rate, as one function for every context.
import { LocalDate } from '@bcd/calendar';
import { complianceBuckets, type BucketItem } from './compliance.js';

const d = (value: string) => LocalDate.parse(value);
const asOf = d('2021-06-30');

/** `n` items of one bucket as of `asOf`. */
function items(n: number, kind: 'done-on-time' | 'done-late' | 'not-done-in-time' | 'not-done-overdue', prefix: string): BucketItem[] {
  const dueOn = kind === 'not-done-in-time' ? d('2021-07-15') : d('2021-05-31');
  const doneOn = kind === 'done-on-time' ? d('2021-05-20') : kind === 'done-late' ? d('2021-06-10') : null;
  return Array.from({ length: n }, (_, i) => ({ id: `${prefix}-${i}`, from: d('2021-01-04'), dueOn, doneOn }));
}

describe('complianceBuckets (Báo cáo 1270/BC-TCTTTg)', () => {
  it('reproduces the report\'s figures: 14,068 on time, 1,983 late, 5,640 in time, 223 overdue → 98.62 % and 1.38 %', () => {
    const all = [...items(14_068, 'done-on-time', 'a'), ...items(1_983, 'done-late', 'b'), ...items(5_640, 'not-done-in-time', 'c'), ...items(223, 'not-done-overdue', 'e')];
    const buckets = complianceBuckets(all, asOf);
    expect(buckets.counts).toEqual({ 'done-on-time': 14_068, 'done-late': 1_983, 'not-done-in-time': 5_640, 'not-done-overdue': 223 });
    expect(buckets.completionRate).toEqual({ rate: '98.62', complement: '1.38' });
  });

  it('cuts the rate off at two decimals, so that it and its complement add to exactly 100', () => {
    expect(complianceBuckets([...items(2, 'done-on-time', 'a'), ...items(1, 'not-done-overdue', 'b')], asOf).completionRate).toEqual({ rate: '66.66', complement: '33.34' });
    expect(complianceBuckets([...items(1, 'done-late', 'a'), ...items(2, 'not-done-overdue', 'b')], asOf).completionRate).toEqual({ rate: '33.33', complement: '66.67' });
    expect(complianceBuckets(items(3, 'done-on-time', 'a'), asOf).completionRate).toEqual({ rate: '100.00', complement: '0.00' });
  });

  it('leaves out items owed only later, counts a completion after the date as not done, and has no rate with nothing done or overdue', () => {
    const later: BucketItem = { id: 'later', from: d('2021-07-01'), dueOn: d('2021-07-31'), doneOn: null };
    const doneAfter: BucketItem = { id: 'after', from: d('2021-01-04'), dueOn: d('2021-05-31'), doneOn: d('2021-07-02') };
    const buckets = complianceBuckets([later, doneAfter, ...items(1, 'not-done-in-time', 'c')], asOf);
    expect(buckets.byItem).toEqual({ after: 'not-done-overdue', 'c-0': 'not-done-in-time' });
    expect(complianceBuckets(items(2, 'not-done-in-time', 'c'), asOf).completionRate).toBeNull();
  });
});
