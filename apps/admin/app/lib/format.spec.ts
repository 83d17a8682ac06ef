import { formatDate, formatDateTime, formatInteger, formatPercent, formatVnd, todayInVietnam } from './format';

// Intl separates the number and the đồng sign with a no-break space: compare with plain spaces.
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('admin formatting', () => {
  it('writes whole đồng with thousands separators, exactly, beyond what a float holds', () => {
    expect(plain(formatVnd('1234567'))).toBe('1.234.567 ₫');
    expect(plain(formatVnd('9007199254740993123'))).toBe('9.007.199.254.740.993.123 ₫');
    expect(plain(formatVnd(-50000000n))).toBe('-50.000.000 ₫');
    expect(formatVnd('1234567', 'en')).toBe('₫1,234,567');
    expect(formatVnd('12.5')).toBe('12.5');
  });

  it('writes counts and percents in the language, the API decimals as given', () => {
    expect(formatInteger('12000')).toBe('12.000');
    expect(formatPercent('98.62')).toBe('98,62 %');
    expect(formatPercent('1000.5', 'en')).toBe('1,000.5%');
    expect(formatPercent(null)).toBe('—');
  });

  it('writes a business date day first, never moved by a time zone', () => {
    expect(formatDate('2016-12-20')).toBe('20/12/2016');
    expect(formatDate(null)).toBe('—');
  });

  it('writes an instant in Vietnam time whatever the zone it was given in', () => {
    expect(formatDateTime('2016-12-20T01:05:00.000Z')).toBe('20/12/2016 08:05');
    expect(formatDateTime('2016-12-20T23:30:00+07:00')).toBe('20/12/2016 23:30');
    expect(todayInVietnam(new Date('2019-12-31T18:00:00Z'))).toBe('2020-01-01');
  });
});
