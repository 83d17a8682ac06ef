// The platform's clock while the demo history is written. Several facts take their business time from the
// clock, not from a date in the request (a meeting's events, an obligation's opening, a report's submission
// and acceptance): so the seeder moves this clock through the history and records each fact at its time. When
// it is released, it is the system clock again: `npm start` builds the app with it once and keeps it.
import type { Clock } from '@bcd/kernel';

export class DemoClock implements Clock {
  private fixed: number | undefined;

  now(): Date {
    return this.fixed === undefined ? new Date() : new Date(this.fixed);
  }

  /** Stops the clock at `at` until the next set() or release(). */
  set(at: Date): void {
    if (Number.isNaN(at.getTime())) throw new RangeError('DemoClock.set: invalid date');
    this.fixed = at.getTime();
  }

  /** Back to the system time. */
  release(): void {
    this.fixed = undefined;
  }
}
