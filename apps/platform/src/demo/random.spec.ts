import { Random } from './random.js';

describe('Random', () => {
  const draws = (random: Random) => Array.from({ length: 20 }, () => random.int(1, 1000));

  it('gives the same draws for the same seed, other draws for another', () => {
    expect(draws(new Random('bcd-demo'))).toEqual(draws(new Random('bcd-demo')));
    expect(draws(new Random('bcd-demo'))).not.toEqual(draws(new Random('bcd-demo-2')));
  });

  it('forks streams that do not depend on what the parent drew', () => {
    const parent = new Random('bcd-demo');
    const before = draws(parent.fork('thanh-hoa'));
    draws(parent);
    expect(draws(parent.fork('thanh-hoa'))).toEqual(before);
    expect(draws(parent.fork('kien-giang'))).not.toEqual(before);
  });

  it('draws within bounds, samples without repeats and weighs outcomes', () => {
    const random = new Random('bounds');
    const ints = Array.from({ length: 2000 }, () => random.int(3, 7));
    expect(new Set(ints)).toEqual(new Set([3, 4, 5, 6, 7]));
    expect(new Set(random.sample(['a', 'b', 'c', 'd'], 3)).size).toBe(3);
    const outcomes = Array.from({ length: 2000 }, () => random.weighted([['often', 9], ['rarely', 1]] as const));
    const rarely = outcomes.filter((o) => o === 'rarely').length;
    expect(rarely).toBeGreaterThan(100);
    expect(rarely).toBeLessThan(320);
  });
});
