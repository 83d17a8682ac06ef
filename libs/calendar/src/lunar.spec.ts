import fc from 'fast-check';
import { LocalDate } from './local-date.js';
import { hungKingsCommemoration, lunarNewYear, lunarToSolar, solarToLunar } from './lunar.js';

// Published dates of mùng 1 Tết (the brief's list plus the years in between).
const TET: Record<number, string> = {
  2008: '2008-02-07', 2009: '2009-01-26', 2010: '2010-02-14', 2011: '2011-02-03', 2012: '2012-01-23',
  2013: '2013-02-10', 2014: '2014-01-31', 2015: '2015-02-19', 2016: '2016-02-08', 2017: '2017-01-28',
  2018: '2018-02-16', 2019: '2019-02-05', 2020: '2020-01-25', 2021: '2021-02-12', 2022: '2022-02-01',
  2023: '2023-01-22', 2024: '2024-02-10', 2025: '2025-01-29', 2026: '2026-02-17', 2027: '2027-02-06',
};

// Giỗ Tổ Hùng Vương as announced in the yearly holiday notices.
const HUNG_KINGS: Record<number, string> = {
  2017: '2017-04-06', 2019: '2019-04-14', 2020: '2020-04-02', 2021: '2021-04-21', 2022: '2022-04-10',
  2023: '2023-04-29', 2024: '2024-04-18', 2025: '2025-04-07', 2026: '2026-04-26',
};

describe('Vietnamese lunar calendar', () => {
  it.each(Object.entries(TET))('Tết %s falls on %s', (year, date) => {
    expect(lunarNewYear(Number(year))).toBe(date);
  });

  it.each(Object.entries(HUNG_KINGS))('Giỗ Tổ %s falls on %s', (year, date) => {
    expect(hungKingsCommemoration(Number(year))).toBe(date);
  });

  it('Vietnam (UTC+7) and China (UTC+8) differ in 1985: Tết was on 1985-01-21 in Vietnam', () => {
    expect(lunarNewYear(1985)).toBe('1985-01-21');
  });

  it('converts both ways, leap months included (2023 had a leap 2nd month)', () => {
    expect(solarToLunar(LocalDate.parse('2023-03-22'))).toEqual({ year: 2023, month: 2, day: 1, leap: true });
    expect(lunarToSolar({ year: 2023, month: 2, day: 1, leap: true })).toBe('2023-03-22');
    expect(() => lunarToSolar({ year: 2024, month: 2, day: 1, leap: true })).toThrow(RangeError);
  });

  it('round-trips every day from 2000 to 2050', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 18_600 }), (offset) => {
        const date = LocalDate.addDays(LocalDate.parse('2000-01-01'), offset);
        expect(lunarToSolar(solarToLunar(date))).toBe(date);
      }),
    );
  });
});
