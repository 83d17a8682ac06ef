import { ValidationFailed } from '@bcd/kernel';
import { LocalDate } from './local-date.js';
import { formatVietnamInstant, isAtLeastHoursBefore, parseInstant, vietnamDateOf, vietnamInstant } from './vietnam-time.js';

describe('Vietnam time (UTC+07:00, no daylight saving)', () => {
  it('parses instants only when they carry an offset', () => {
    expect(parseInstant('2021-06-10T08:00:00+07:00').toISOString()).toBe('2021-06-10T01:00:00.000Z');
    expect(parseInstant('2021-06-10T01:00Z').toISOString()).toBe('2021-06-10T01:00:00.000Z');
    for (const bad of ['2021-06-10T08:00:00', '2021-06-10', 'yesterday', 5]) {
      expect(() => parseInstant(bad, 'documentsSentAt')).toThrow(
        expect.objectContaining({ errors: [expect.objectContaining({ path: 'documentsSentAt' })] }),
      );
    }
    expect(() => parseInstant('2021-02-30T08:00:00+07:00')).toThrow(ValidationFailed);
  });

  it('gives the local date in Vietnam: 23:30 UTC is already the next day there', () => {
    expect(vietnamDateOf(new Date('2021-06-09T23:30:00Z'))).toBe('2021-06-10');
    expect(vietnamDateOf(new Date('2021-06-10T16:59:59Z'))).toBe('2021-06-10');
    expect(vietnamDateOf(new Date('2021-06-10T17:00:00Z'))).toBe('2021-06-11');
  });

  it('builds and shows instants at +07:00', () => {
    const at = vietnamInstant(LocalDate.parse('2021-06-10'), '08:30');
    expect(at.toISOString()).toBe('2021-06-10T01:30:00.000Z');
    expect(formatVietnamInstant(at)).toBe('2021-06-10T08:30:00+07:00');
    expect(() => vietnamInstant(LocalDate.parse('2021-06-10'), '8h30')).toThrow(ValidationFailed);
  });

  it('counts clock hours for "at least N hours before"', () => {
    const meeting = parseInstant('2021-06-10T08:00:00+07:00');
    expect(isAtLeastHoursBefore(parseInstant('2021-06-08T08:00:00+07:00'), meeting, 48)).toBe(true);
    expect(isAtLeastHoursBefore(parseInstant('2021-06-08T08:00:01+07:00'), meeting, 48)).toBe(false);
  });
});
