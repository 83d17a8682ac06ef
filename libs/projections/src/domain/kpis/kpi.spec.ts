import { parsePeriod } from './kpi.js';

describe('KPI periods', () => {
  it('reads a year, a half-year and a quarter as their first and last days', () => {
    expect(parsePeriod('2019')).toEqual({ label: '2019', year: 2019, start: '2019-01-01', end: '2019-12-31' });
    expect(parsePeriod('2019-H1')).toEqual({ label: '2019-H1', year: 2019, start: '2019-01-01', end: '2019-06-30' });
    expect(parsePeriod('2019-Q3')).toEqual({ label: '2019-Q3', year: 2019, start: '2019-07-01', end: '2019-09-30' });
    expect(parsePeriod('2020-Q1')?.end).toBe('2020-03-31');
  });

  it('refuses anything else', () => {
    for (const bad of ['', '19', '2019-Q5', '2019-H3', '2019-07', '2019-q3', '0999']) expect(parsePeriod(bad)).toBeNull();
  });
});
