import { CLOCK, fixedClock, systemClock } from './clock.js';

describe('Clock', () => {
  it('the token is a registered symbol, the same in every module copy', () => {
    expect(CLOCK).toBe(Symbol.for('bcd.Clock'));
  });

  it('the system clock reads the current time', () => {
    const before = Date.now();
    const now = systemClock.now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('a test clock stands still until set or advanced, and hands out copies', () => {
    const clock = fixedClock('2025-03-10T02:00:00Z');
    const first = clock.now();
    first.setFullYear(1999);
    expect(clock.now().toISOString()).toBe('2025-03-10T02:00:00.000Z');

    clock.advance(60_000);
    expect(clock.now().toISOString()).toBe('2025-03-10T02:01:00.000Z');
    clock.set(new Date('2026-01-01T00:00:00Z'));
    expect(clock.now().toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(() => fixedClock('not a date')).toThrow(RangeError);
  });
});
