import { parseDong } from './amount';

describe('an amount typed in đồng', () => {
  it('takes plain digits and digits grouped by thousands, exactly, beyond what a float holds', () => {
    expect(parseDong('40000000')).toBe('40000000');
    expect(parseDong(' 40.000.000 ')).toBe('40000000');
    expect(parseDong('40,000,000')).toBe('40000000');
    expect(parseDong('40 000 000')).toBe('40000000');
    expect(parseDong('40\u00a0000\u00a0000')).toBe('40000000');
    expect(parseDong('9.007.199.254.740.993.123')).toBe('9007199254740993123');
    expect(parseDong('007')).toBe('7');
  });

  it('refuses what is no positive whole number of đồng rather than guess', () => {
    for (const text of ['', '   ', '0', '000', '-5', '40,5', '12.5', '4.00.000', '40.000,000', '1e6', '40 000.000', 'abc', '40.000.']) expect([text, parseDong(text)]).toEqual([text, null]);
    expect(parseDong(undefined)).toBeNull();
    expect(parseDong(null)).toBeNull();
  });
});
