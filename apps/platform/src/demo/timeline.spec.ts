import { DemoClock } from './demo-clock.js';
import { silentProgress } from './progress.js';
import { Timeline } from './timeline.js';

const at = (iso: string) => new Date(iso);

describe('Timeline', () => {
  it('runs its acts in time order, ties in the order added, each on the clock set to its time', async () => {
    const timeline = new Timeline();
    const clock = new DemoClock();
    const seen: string[] = [];
    const act = (label: string) => async () => void seen.push(`${label}@${clock.now().toISOString()}`);
    timeline.at(at('2019-09-20T01:00:00Z'), 'held', act('held'));
    timeline.at(at('2019-09-01T02:00:00Z'), 'scheduled', act('scheduled'));
    timeline.at(at('2019-09-20T01:00:00Z'), 'conclusions', act('conclusions'));
    expect(await timeline.run(clock, silentProgress)).toBe(3);
    expect(seen).toEqual(['scheduled@2019-09-01T02:00:00.000Z', 'held@2019-09-20T01:00:00.000Z', 'conclusions@2019-09-20T01:00:00.000Z']);
  });

  it('lets an act add later acts, and runs one added for a moment already past next, at the current time', async () => {
    const timeline = new Timeline();
    const clock = new DemoClock();
    const seen: string[] = [];
    timeline.at(at('2020-01-10T00:00:00Z'), 'opening', async () => {
      timeline.at(at('2020-03-01T00:00:00Z'), 'later', async () => void seen.push(`later@${clock.now().toISOString()}`));
      timeline.at(at('2019-12-01T00:00:00Z'), 'past', async () => void seen.push(`past@${clock.now().toISOString()}`));
    });
    timeline.at(at('2020-02-01T00:00:00Z'), 'between', async () => void seen.push(`between@${clock.now().toISOString()}`));
    expect(await timeline.run(clock, silentProgress)).toBe(4);
    expect(seen).toEqual(['past@2020-01-10T00:00:00.000Z', 'between@2020-02-01T00:00:00.000Z', 'later@2020-03-01T00:00:00.000Z']);
  });

  it('names the act that failed and its time', async () => {
    const timeline = new Timeline();
    timeline.at(at('2021-06-10T03:00:00Z'), 'binh-dinh 2021-06-10 họp', async () => {
      throw new Error('422 rule-violation');
    });
    await expect(timeline.run(new DemoClock(), silentProgress)).rejects.toThrow('demo history: "binh-dinh 2021-06-10 họp" (2021-06-10T03:00:00.000Z) failed: 422 rule-violation');
  });
});
