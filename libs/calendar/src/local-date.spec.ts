import { ValidationFailed } from '@bcd/kernel';
import fc from 'fast-check';
import { LocalDate } from './local-date.js';

const d = (s: string) => LocalDate.parse(s);

describe('LocalDate', () => {
  it('accepts real dates written YYYY-MM-DD', () => {
    for (const s of ['2008-06-23', '2024-02-29', '2027-12-31']) expect(LocalDate.is(s)).toBe(true);
  });

  it('refuses other shapes and dates that do not exist, with the field path', () => {
    for (const bad of ['2023-02-29', '2023-13-01', '2023-1-5', '23/06/2008', '2008-06-23T00:00', '', 20080623, null]) {
      expect(LocalDate.is(bad)).toBe(false);
    }
    expect(() => LocalDate.parse('2023-02-30', 'meeting.date')).toThrow(
      expect.objectContaining({ errors: [{ path: 'meeting.date', message: 'is not a date in the calendar' }] }),
    );
    expect(() => LocalDate.parse(42)).toThrow(ValidationFailed);
  });

  it('does day arithmetic across months, years and leap days', () => {
    expect(LocalDate.addDays(d('2024-02-28'), 1)).toBe('2024-02-29');
    expect(LocalDate.addDays(d('2024-12-31'), 1)).toBe('2025-01-01');
    expect(LocalDate.addDays(d('2025-01-01'), -1)).toBe('2024-12-31');
    expect(LocalDate.daysBetween(d('2024-01-01'), d('2025-01-01'))).toBe(366);
    expect(LocalDate.endOfMonth(2023, 2)).toBe('2023-02-28');
    expect(LocalDate.endOfMonth(2024, 12)).toBe('2024-12-31');
  });

  it('knows the day of the week and the weekend', () => {
    expect(LocalDate.dayOfWeek(d('2025-01-29'))).toBe(3); // Tết Ất Tỵ, a Wednesday
    expect(LocalDate.isWeekend(d('2024-05-04'))).toBe(true); // Saturday
    expect(LocalDate.isWeekend(d('2024-05-06'))).toBe(false); // Monday
  });

  it('agrees with the platform Date on every day of the week', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2050-12-31'), noInvalidDate: true }), (date) => {
        const local = date.toISOString().slice(0, 10) as LocalDate;
        expect(LocalDate.dayOfWeek(local)).toBe(new Date(`${local}T00:00:00Z`).getUTCDay());
        expect(LocalDate.addDays(LocalDate.addDays(local, 40), -40)).toBe(local);
      }),
    );
  });
});
