// Checks the holiday data against the Labour Code's rules and the lunar calendar, year by year.
// These are the checks an editor of holidays/<year>.ts relies on.

import { DAY_OFF_KINDS } from '../calendar-entry.js';
import { LocalDate } from '../local-date.js';
import { hungKingsCommemoration, lunarNewYear, solarToLunar } from '../lunar.js';
import { BUILT_IN_CALENDAR_YEARS, builtInCalendarEntries } from '../working-calendar.js';

const entriesOf = (year: number) => builtInCalendarEntries.filter((e) => LocalDate.year(e.date) === year);
const holidaysOf = (year: number, prefix: string) =>
  entriesOf(year).filter((e) => e.kind === 'holiday' && e.name.startsWith(prefix));

describe('built-in holiday data', () => {
  it('covers 2008 to 2027, one file per year', () => {
    expect(BUILT_IN_CALENDAR_YEARS).toEqual(Array.from({ length: 20 }, (_, i) => 2008 + i));
  });

  it('cites a source for every entry and explains what is derived by rule', () => {
    for (const e of builtInCalendarEntries) {
      expect(e.source.length).toBeGreaterThan(10);
      expect(['announced', 'derived-by-rule']).toContain(e.basis);
    }
    // No announcement for 2027 yet: Tết and the adjacent day of Quốc khánh are derived.
    expect(holidaysOf(2027, 'Tết Nguyên đán').every((e) => e.basis === 'derived-by-rule' && e.note)).toBe(true);
  });

  it.each(BUILT_IN_CALENDAR_YEARS)('%i has the fixed holidays 1/1, 30/4, 1/5 and 2/9', (year) => {
    for (const day of ['01-01', '04-30', '05-01', '09-02']) {
      expect(entriesOf(year).some((e) => e.kind === 'holiday' && e.date === `${year}-${day}`)).toBe(true);
    }
  });

  it.each(BUILT_IN_CALENDAR_YEARS)('%i: Tết days are the lunar days their names say, and as many as the law gives', (year) => {
    const tet = holidaysOf(year, 'Tết Nguyên đán');
    // Labour Code 1994: 4 days (Tết 2013 still fell under it); Labour Code 2012 and 2019: 5 days.
    expect(tet).toHaveLength(year <= 2013 ? 4 : 5);
    expect(tet.some((e) => e.date === lunarNewYear(year) && e.name === 'Tết Nguyên đán (mùng 1)')).toBe(true);
    for (const e of tet) {
      const lunar = solarToLunar(e.date);
      const label = lunar.month === 12 ? `${lunar.day} tháng Chạp` : `mùng ${lunar.day}`;
      expect(e.name).toBe(`Tết Nguyên đán (${label})`);
    }
    // The days of one Tết are consecutive.
    expect(LocalDate.daysBetween(tet[0].date, tet[tet.length - 1].date)).toBe(tet.length - 1);
  });

  it.each(BUILT_IN_CALENDAR_YEARS)('%i: Giỗ Tổ Hùng Vương falls on 10/3 lunar', (year) => {
    expect(holidaysOf(year, 'Giỗ Tổ Hùng Vương').map((e) => e.date)).toEqual([hungKingsCommemoration(year)]);
  });

  it.each(BUILT_IN_CALENDAR_YEARS)('%i: Quốc khánh is 2/9, plus one adjacent day from 2021 (Labour Code 2019, Điều 112)', (year) => {
    const days = holidaysOf(year, 'Quốc khánh').map((e) => e.date);
    if (year < 2021) {
      expect(days).toEqual([`${year}-09-02`]);
    } else {
      expect(days).toHaveLength(2);
      expect(days).toContain(`${year}-09-02`);
      expect([`${year}-09-01`, `${year}-09-03`]).toContain(days.find((d) => d !== `${year}-09-02`));
    }
  });

  it('gives compensatory and swapped days off on weekdays only, and make-up days on Saturdays only', () => {
    for (const e of builtInCalendarEntries) {
      if (e.kind === 'compensatory-day-off' || e.kind === 'swapped-day-off') expect(LocalDate.isWeekend(e.date)).toBe(false);
      if (e.kind === 'make-up-working-day') expect(LocalDate.dayOfWeek(e.date)).toBe(6);
    }
  });

  it('pairs every swapped day off with a make-up Saturday', () => {
    const swapped = builtInCalendarEntries.filter((e) => e.kind === 'swapped-day-off');
    const makeUp = builtInCalendarEntries.filter((e) => e.kind === 'make-up-working-day');
    expect(swapped).toHaveLength(makeUp.length);
    for (const off of swapped) {
      const dd = `${off.date.slice(8, 10)}/${off.date.slice(5, 7)}/${off.date.slice(0, 4)}`;
      expect(makeUp.filter((w) => w.name.includes(`ngày nghỉ ${dd}`))).toHaveLength(1);
    }
  });

  it('gives each compensatory day for a holiday that fell on a weekend in the same holiday season', () => {
    const weekendHolidays = builtInCalendarEntries.filter((e) => e.kind === 'holiday' && LocalDate.isWeekend(e.date));
    for (const comp of builtInCalendarEntries.filter((e) => e.kind === 'compensatory-day-off')) {
      const cause = weekendHolidays.filter((h) => {
        const gap = LocalDate.daysBetween(h.date, comp.date);
        return gap > 0 && gap <= 7;
      });
      expect(cause.length).toBeGreaterThan(0);
    }
    expect(DAY_OFF_KINDS).not.toContain('make-up-working-day');
  });
});
