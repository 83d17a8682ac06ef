// The demo history as a timeline of acts, each at the business time it happened. The seeder runs them in time
// order (ties in the order they were added), setting the platform's clock to each act's time first, so every
// fact is recorded when it happened. An act may add later acts (a meeting scheduled plans its follow-up); one
// added for a moment already past runs next, at the current time (its business dates are in its requests).
import type { DemoClock } from './demo-clock.js';
import type { Progress } from './progress.js';

export interface Act {
  at: Date;
  /** Shown on the progress bar: `thanh-hoa 2019-09-20 họp`. */
  label: string;
  run: () => Promise<unknown>;
}

interface Queued extends Act {
  order: number;
}

export class Timeline {
  private readonly queue: Queued[] = [];
  private added = 0;
  private current: Date | undefined;

  /** The time of the act being run (undefined before the run). */
  get now(): Date | undefined {
    return this.current;
  }

  /** Adds an act; while running, never before the act being run: the clock only moves forward. */
  at(when: Date, label: string, run: () => Promise<unknown>): void {
    if (Number.isNaN(when.getTime())) throw new RangeError(`invalid time for act ${label}`);
    const at = this.current && when.getTime() < this.current.getTime() ? this.current : when;
    const act: Queued = { at, label, run, order: this.added++ };
    // Binary search for the first act later than this one (same time: after those added before).
    let low = 0;
    let high = this.queue.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.queue[mid].at.getTime() <= at.getTime()) low = mid + 1;
      else high = mid;
    }
    this.queue.splice(low, 0, act);
  }

  get size(): number {
    return this.queue.length;
  }

  /** Runs every act in time order on `clock`; returns how many ran. */
  async run(clock: DemoClock, progress: Progress): Promise<number> {
    let done = 0;
    progress.start(this.queue.length + done);
    for (let act = this.queue.shift(); act; act = this.queue.shift()) {
      this.current = act.at;
      clock.set(act.at);
      try {
        await act.run();
      } catch (error) {
        throw new Error(`demo history: "${act.label}" (${act.at.toISOString()}) failed: ${(error as Error).message}`, { cause: error });
      }
      done++;
      progress.update(done, this.queue.length + done, act.label);
    }
    progress.stop();
    return done;
  }
}
