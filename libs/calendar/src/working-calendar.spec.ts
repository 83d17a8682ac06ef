import { NotFound, ValidationFailed } from '@bcd/kernel';
import fc from 'fast-check';
import type { CalendarEntry } from './calendar-entry.js';
import { LocalDate } from './local-date.js';
import {
  addWorkingDays,
  createWorkingCalendar,
  isAtLeastWorkingDaysBefore,
  isWorkingDay,
  subtractWorkingDays,
  vietnamCalendar,
  workingDaysBetween,
} from './working-calendar.js';

const d = (s: string) => LocalDate.parse(s);
const range = (from: string, to: string): string[] => {
  const days: string[] = [];
  for (let x = d(from); x <= d(to); x = LocalDate.addDays(x, 1)) days.push(x);
  return days;
};
const offDays = (from: string, to: string) => range(from, to).filter((x) => !isWorkingDay(d(x)));

describe('working days across Tết', () => {
  it('Tết Giáp Thìn 2024: off from Thursday 8/2 to Wednesday 14/2 (7 days)', () => {
    expect(offDays('2024-02-05', '2024-02-18')).toEqual(range('2024-02-08', '2024-02-14').concat(['2024-02-17', '2024-02-18']));
    expect(addWorkingDays(d('2024-02-07'), 1)).toBe('2024-02-15');
    expect(subtractWorkingDays(d('2024-02-15'), 1)).toBe('2024-02-07');
    expect(workingDaysBetween(d('2024-02-01'), d('2024-02-29'))).toBe(15);
  });

  it('Tết Ất Tỵ 2025: off from Saturday 25/1 to Sunday 2/2 (9 days)', () => {
    expect(offDays('2025-01-24', '2025-02-03')).toEqual(range('2025-01-25', '2025-02-02'));
    expect(isWorkingDay(d('2025-01-24'))).toBe(true);
    expect(isWorkingDay(d('2025-02-03'))).toBe(true);
    expect(addWorkingDays(d('2025-01-24'), 1)).toBe('2025-02-03');
    expect(addWorkingDays(d('2025-01-22'), 5)).toBe('2025-02-05');
    expect(workingDaysBetween(d('2025-01-24'), d('2025-02-03'))).toBe(1);
  });
});

describe('working days across 30/4 and 1/5', () => {
  it('2024: off 27/4–1/5; Monday 29/4 swapped for Saturday 4/5, a working day', () => {
    expect(offDays('2024-04-26', '2024-05-05')).toEqual(range('2024-04-27', '2024-05-01').concat(['2024-05-05']));
    expect(isWorkingDay(d('2024-05-04'))).toBe(true);
    expect(addWorkingDays(d('2024-04-26'), 1)).toBe('2024-05-02');
    expect(addWorkingDays(d('2024-05-03'), 1)).toBe('2024-05-04');
    expect(subtractWorkingDays(d('2024-05-06'), 1)).toBe('2024-05-04');
  });

  it('2025: off 30/4–4/5; Friday 2/5 swapped for Saturday 26/4, a working day', () => {
    expect(isWorkingDay(d('2025-04-26'))).toBe(true);
    expect(offDays('2025-04-28', '2025-05-05')).toEqual(range('2025-04-30', '2025-05-04'));
    expect(addWorkingDays(d('2025-04-29'), 1)).toBe('2025-05-05');
  });

  it('2022: both fell on the weekend; compensatory days on Monday 2/5 and Tuesday 3/5', () => {
    expect(offDays('2022-04-29', '2022-05-04')).toEqual(range('2022-04-30', '2022-05-03'));
  });

  it('2023: Giỗ Tổ (Saturday 29/4) and 30/4 (Sunday) compensated on 2/5 and 3/5: five days off', () => {
    expect(offDays('2023-04-28', '2023-05-04')).toEqual(range('2023-04-29', '2023-05-03'));
  });
});

describe('working days across Quốc khánh (two days from 2021)', () => {
  it.each([
    ['2020', '2020-09-02', ['2020-09-02']],
    ['2021: 2/9 and 3/9', '2021-09-02', ['2021-09-02', '2021-09-03']],
    ['2022: 1/9 and 2/9', '2022-09-01', ['2022-09-01', '2022-09-02']],
    ['2023: 1/9, 2/9 (Saturday) and compensatory Monday 4/9', '2023-09-01', ['2023-09-01', '2023-09-04']],
    ['2024: 2/9 and 3/9', '2024-09-02', ['2024-09-02', '2024-09-03']],
    ['2025: 1/9 and 2/9', '2025-09-01', ['2025-09-01', '2025-09-02']],
    ['2026: 1/9, 2/9 and Monday 31/8 swapped for Saturday 22/8', '2026-08-31', ['2026-08-31', '2026-09-01', '2026-09-02']],
  ])('%s', (_label, first, weekdaysOff) => {
    const year = first.slice(0, 4);
    const weekdays = range(`${year}-08-24`, `${year}-09-11`).filter((x) => !LocalDate.isWeekend(d(x)));
    expect(weekdays.filter((x) => !isWorkingDay(d(x)))).toEqual(weekdaysOff);
  });

  it('2021: the first working day after Wednesday 1/9 is Monday 6/9', () => {
    expect(addWorkingDays(d('2021-09-01'), 1)).toBe('2021-09-06');
    expect(workingDaysBetween(d('2021-08-31'), d('2021-09-06'))).toBe(2);
  });

  it('2026: Saturday 22/8 is a working day', () => {
    expect(isWorkingDay(d('2026-08-22'))).toBe(true);
    expect(addWorkingDays(d('2026-08-21'), 1)).toBe('2026-08-22');
  });
});

describe('working-day arithmetic', () => {
  it('counts 0 working days as the same day', () => {
    expect(addWorkingDays(d('2024-02-10'), 0)).toBe('2024-02-10');
    expect(subtractWorkingDays(d('2024-02-10'), 0)).toBe('2024-02-10');
    expect(workingDaysBetween(d('2024-02-10'), d('2024-02-10'))).toBe(0);
  });

  it('refuses a negative or fractional count', () => {
    expect(() => addWorkingDays(d('2024-02-10'), -1)).toThrow(ValidationFailed);
    expect(() => subtractWorkingDays(d('2024-02-10'), 1.5)).toThrow(ValidationFailed);
  });

  it('is negative when counting backwards', () => {
    expect(workingDaysBetween(d('2024-02-15'), d('2024-02-07'))).toBe(-1);
  });

  it('refuses dates outside the years the data covers, rather than guessing', () => {
    expect(() => isWorkingDay(d('2028-02-01'))).toThrow(NotFound);
    expect(() => addWorkingDays(d('2027-12-31'), 1)).toThrow(/No holiday data for 2028/);
    expect(() => isWorkingDay(d('2007-12-31'))).toThrow(NotFound);
  });

  it('"at least N working days before": documents sent Monday for a Thursday meeting are 3 days before it', () => {
    expect(isAtLeastWorkingDaysBefore(d('2009-09-21'), d('2009-09-24'), 3)).toBe(true);
    expect(isAtLeastWorkingDaysBefore(d('2009-09-22'), d('2009-09-24'), 3)).toBe(false);
    // Across Quốc khánh 2009 (Wednesday 2/9): 3 working days before Friday 4/9 is Monday 31/8.
    expect(subtractWorkingDays(d('2009-09-04'), 3)).toBe('2009-08-31');
  });

  it('refuses inconsistent data: a make-up working day that is also a day off, or a weekday', () => {
    const entry = (date: string, kind: CalendarEntry['kind']): CalendarEntry => ({
      date: d(date), kind, name: 'x', source: 'test', basis: 'override',
    });
    expect(() =>
      createWorkingCalendar([entry('2024-05-04', 'make-up-working-day'), entry('2024-05-04', 'holiday')], [2024]),
    ).toThrow(ValidationFailed);
    expect(() => createWorkingCalendar([entry('2024-05-06', 'make-up-working-day')], [2024])).toThrow(
      expect.objectContaining({ errors: [{ path: '2024-05-06', message: 'is a make-up working day but not a weekend day' }] }),
    );
  });
});

describe('working-day properties', () => {
  // Dates from 2008-04-01 to 2027-06-30, counts small enough to stay inside the covered years.
  const date = fc.integer({ min: 0, max: 7_030 }).map((n) => LocalDate.addDays(d('2008-04-01'), n));
  const count = fc.integer({ min: 1, max: 60 });

  it('addWorkingDays always lands on a working day', () => {
    fc.assert(fc.property(date, count, (day, n) => isWorkingDay(addWorkingDays(day, n))));
  });

  it('addWorkingDays then subtractWorkingDays returns a working day on or before the start', () => {
    fc.assert(
      fc.property(date, count, (day, n) => {
        const back = subtractWorkingDays(addWorkingDays(day, n), n);
        expect(isWorkingDay(back)).toBe(true);
        expect(back <= day).toBe(true);
        // and exactly the start when the start is a working day
        if (isWorkingDay(day)) expect(back).toBe(day);
      }),
    );
  });

  it('workingDaysBetween agrees with addWorkingDays and subtractWorkingDays', () => {
    fc.assert(
      fc.property(date, count, (day, n) => {
        expect(workingDaysBetween(day, addWorkingDays(day, n))).toBe(n);
        expect(workingDaysBetween(addWorkingDays(day, n), day)).toBe(-n);
        if (isWorkingDay(day)) expect(workingDaysBetween(subtractWorkingDays(day, n), day)).toBe(n);
      }),
    );
  });

  it('workingDaysBetween is additive over consecutive ranges', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 90 }), fc.integer({ min: 0, max: 90 }), (a, x, y) => {
        const b = LocalDate.addDays(a, x);
        const c = LocalDate.addDays(b, y);
        expect(workingDaysBetween(a, c)).toBe(workingDaysBetween(a, b) + workingDaysBetween(b, c));
      }),
    );
  });

  it('the calendar has about 245–250 working days a year', () => {
    for (const year of vietnamCalendar.years) {
      const days = workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31));
      expect(days).toBeGreaterThanOrEqual(240);
      expect(days).toBeLessThanOrEqual(253);
    }
  });
});
