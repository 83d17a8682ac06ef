// The only place that reads the system time. Application code gets a Clock injected (token CLOCK)
// and puts `clock.now()` into the command; the domain only ever sees that value.

export interface Clock {
  now(): Date;
}

/** DI token for the Clock. A plain registered symbol: the kernel does not depend on Nest. */
export const CLOCK: unique symbol = Symbol.for('bcd.Clock');

export const systemClock: Clock = {
  now: () => new Date(),
};

/** A clock for tests: stands still until told otherwise. */
export interface TestClock extends Clock {
  set(date: Date | string): void;
  advance(ms: number): void;
}

/** A test clock frozen at `date`. `now()` returns a fresh Date each time, so callers cannot mutate it. */
export function fixedClock(date: Date | string = '2025-01-01T00:00:00.000Z'): TestClock {
  let current = toMillis(date);
  return {
    now: () => new Date(current),
    set: (next) => {
      current = toMillis(next);
    },
    advance: (ms) => {
      current += ms;
    },
  };
}

function toMillis(date: Date | string): number {
  const ms = new Date(date).getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Invalid date: ${String(date)}`);
  return ms;
}
