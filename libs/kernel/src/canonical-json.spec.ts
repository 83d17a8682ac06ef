import { CANONICAL_JSON_MAX_DEPTH, canonicalJson, sameJson } from './canonical-json.js';

describe('canonicalJson', () => {
  it('sorts keys by UTF-16 code units, as RFC 8785 §3.2.3 (its own example)', () => {
    const value = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    expect(canonicalJson(value)).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis","\u20ac":"Euro Sign",' +
        '"\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  it('writes numbers, literals and strings as RFC 8785 §3.2.4 does (its example)', () => {
    const value = { numbers: [Number('333333333.33333329'), 1e30, 4.5, 2e-3, 0.000000000000000000000000001], string: '€$\u000f\nA\'B"\\\\"/', literals: [null, true, false] };
    expect(canonicalJson(value)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('nests, drops undefined members, writes undefined array items as null and uses toJSON', () => {
    expect(canonicalJson({ b: [1, undefined, { d: 1, c: 2 }], a: undefined, at: new Date('2025-01-02T03:04:05.000Z') })).toBe(
      '{"at":"2025-01-02T03:04:05.000Z","b":[1,null,{"c":2,"d":1}]}',
    );
  });

  it('refuses what JSON cannot hold', () => {
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
    expect(() => canonicalJson({ amount: 10n })).toThrow(/bigint/);
  });

  it('sameJson ignores key order and tells undefined apart', () => {
    expect(sameJson({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameJson(undefined, undefined)).toBe(true);
    expect(sameJson(undefined, null)).toBe(false);
  });
});

describe('canonicalJson on hostile depth', () => {
  const nested = (levels: number): unknown => {
    let value: unknown = 'leaf';
    for (let i = 0; i < levels; i++) value = i % 2 === 0 ? [value] : { k: value };
    return value;
  };

  it('serialises nesting up to its bound', () => {
    expect(canonicalJson(nested(CANONICAL_JSON_MAX_DEPTH))).toContain('"leaf"');
  });

  it('refuses deeper nesting with a RangeError, never a stack overflow', () => {
    expect(() => canonicalJson(nested(100_000))).toThrow(new RangeError(`Not serialised: nested deeper than ${CANONICAL_JSON_MAX_DEPTH} levels`));
  });
});
