import { hostileJsonProblems, unstorableText } from './request-edge.js';

describe('the HTTP edge', () => {
  it('names text PostgreSQL cannot store: NUL and lone surrogates, not Vietnamese or emoji', () => {
    expect(unstorableText('Nguyễn Thị Lan 🇻🇳')).toBeUndefined();
    expect(unstorableText('a\u0000b')).toMatch(/NUL/);
    expect(unstorableText('\ud800')).toMatch(/surrogate/);
    expect(unstorableText('x\udfff')).toMatch(/surrogate/);
  });

  it('finds them anywhere in a body, in values and keys, with their paths', () => {
    expect(hostileJsonProblems({ name: 'ok', items: [{ title: 'a\u0000' }, { ['k\ud800']: 1 }] }, 32)).toEqual([
      { path: 'items.0.title', message: expect.stringMatching(/NUL/) },
      { path: 'items.1.k\ufffd', message: expect.stringMatching(/^has a name that must not contain a lone UTF-16 surrogate/) },
    ]);
    expect(hostileJsonProblems({ a: [1, 'two', { three: null }] }, 32)).toEqual([]);
  });

  it('refuses nesting deeper than the limit without walking it, whatever its depth', () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    // The first container at depth 32 is named: `a` and 31 array indexes below the body.
    expect(hostileJsonProblems({ a: deep }, 32)).toEqual([{ path: ['a', ...Array<string>(31).fill('0')].join('.'), message: 'is nested deeper than 32 levels' }]);
    expect(hostileJsonProblems({ a: [[[]]] }, 4)).toEqual([]);
  });

  it('names at most 20 problems', () => {
    expect(hostileJsonProblems(Array.from({ length: 100 }, () => '\u0000'), 32)).toHaveLength(20);
  });
});
