import { LocalDate, parseInstant } from '@bcd/calendar';
import { daysLate, dueDateOf, meetingWindowOf, periodOf, periodsOfYear } from './periods.js';

describe('periods', () => {
  it('are labelled by cadence', () => {
    expect(periodOf('monthly', 2019, 1)).toEqual(expect.objectContaining({ label: '2019-01', start: '2019-01-01', end: '2019-01-31' }));
    expect(periodOf('quarterly', 2009, 3)).toEqual(expect.objectContaining({ label: '2009-Q3', start: '2009-07-01', end: '2009-09-30' }));
    expect(periodOf('semiannual', 2021, 1)).toEqual(expect.objectContaining({ label: '2021-H1', start: '2021-01-01', end: '2021-06-30' }));
    expect(periodOf('annual', 2014, 1)).toEqual(expect.objectContaining({ label: '2014', start: '2014-01-01', end: '2014-12-31' }));
    expect(periodsOfYear('monthly', 2024).map((p) => p.end)).toContain('2024-02-29');
  });

  it('read "trước ngày N" as due by the end of the day before N', () => {
    const h1 = periodOf('semiannual', 2015, 1);
    expect(dueDateOf({ month: 6, day: 25, reading: 'before', wording: 'trước ngày 25 tháng 6' }, h1)).toBe('2015-06-24');
    // before the 1st is the last day of the previous month
    expect(dueDateOf({ month: 3, day: 1, reading: 'before', wording: 'trước ngày 01 tháng 3' }, h1)).toBe('2015-02-28');
  });

  it('read "chậm nhất ngày N" as due by the end of N, and day 31 of a short month as its last day', () => {
    const q2 = periodOf('quarterly', 2009, 2);
    expect(dueDateOf({ month: 'last-month-of-period', day: 15, reading: 'no-later-than', wording: 'chậm nhất ngày 15' }, q2)).toBe('2009-06-15');
    expect(dueDateOf({ month: 'last-month-of-period', day: 31, reading: 'no-later-than', wording: 'chậm nhất ngày 31' }, q2)).toBe('2009-06-30');
    expect(dueDateOf({ month: 2, day: 30, reading: 'before', wording: 'trước ngày 30 tháng 2' }, periodOf('annual', 2024, 1))).toBe('2024-02-28');
  });

  it('give meeting windows: the whole period, or days of its last month', () => {
    const q3 = periodOf('quarterly', 2009, 3);
    expect(meetingWindowOf({ kind: 'whole-period' }, q3)).toEqual({ start: '2009-07-01', end: '2009-09-30' });
    expect(meetingWindowOf({ kind: 'days-of-last-month', fromDay: 20, toDay: 31 }, q3)).toEqual({
      start: LocalDate.parse('2009-09-20'),
      end: LocalDate.parse('2009-09-30'),
    });
  });
});

describe('daysLate', () => {
  const due = LocalDate.parse('2018-06-09'); // Thanh Hóa 2018: "trước ngày 10 tháng 6"
  it('is 0 up to the end of the due date in Vietnam, then counts days', () => {
    expect(daysLate(due, parseInstant('2018-06-09T23:59:00+07:00'))).toBe(0);
    expect(daysLate(due, parseInstant('2018-06-09T17:30:00Z'))).toBe(1); // already 10 June in Vietnam
    expect(daysLate(due, parseInstant('2018-06-01T08:00:00+07:00'))).toBe(0);
    expect(daysLate(due, parseInstant('2018-06-15T08:00:00+07:00'))).toBe(6);
  });
});
