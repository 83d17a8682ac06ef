import { kpiStatus } from './kpi-status';
import { periodHolding, periodName, periodsUpTo } from './periods';

describe('KPI periods and their status', () => {
  it('lists the periods of a trend, oldest first, across years', () => {
    expect(periodsUpTo('2019-Q2', 4)).toEqual(['2018-Q3', '2018-Q4', '2019-Q1', '2019-Q2']);
    expect(periodsUpTo('2019-H1', 3)).toEqual(['2018-H1', '2018-H2', '2019-H1']);
    expect(periodsUpTo('2019', 2)).toEqual(['2018', '2019']);
    expect(periodHolding('2019-08-15', 'quarter')).toBe('2019-Q3');
    expect(periodHolding('2019-08-15', 'half')).toBe('2019-H2');
  });

  it('names periods in Vietnamese and English', () => {
    expect(periodName('2019-Q3', 'vi')).toBe('Quý 3/2019');
    expect(periodName('2019-H1', 'vi')).toBe('6 tháng đầu năm 2019');
    expect(periodName('2019', 'en')).toBe('2019');
  });

  it('judges a rate green at its target, amber within 10 points, red below; no value, no colour', () => {
    expect(kpiStatus('100.00', null)).toBe('green');
    expect(kpiStatus('90.00', null)).toBe('amber');
    expect(kpiStatus('89.99', null)).toBe('red');
    expect(kpiStatus('80.5', '80')).toBe('green');
    expect(kpiStatus('79.99', '80')).toBe('amber');
    expect(kpiStatus(null, '80')).toBe('none');
  });
});
