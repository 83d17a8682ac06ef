import fc from 'fast-check';
import { ValidationFailed } from './errors.js';
import { Money } from './money.js';

const pathOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationFailed) return error.errors[0].path;
    throw error;
  }
  return undefined;
};

describe('Money', () => {
  it('accepts whole đồng as bigint, safe integer or decimal string', () => {
    expect(Money.of(1_500_000n).amount).toBe(1_500_000n);
    expect(Money.of(1_500_000).amount).toBe(1_500_000n);
    expect(Money.of('1500000').amount).toBe(1_500_000n);
    expect(Money.of('123456789012345678901234567890').toString()).toBe('123456789012345678901234567890');
  });

  it('round-trips through JSON for any amount', () => {
    fc.assert(
      fc.property(fc.bigInt(), (n) => {
        const money = Money.of(n, { allowNegative: true });
        const json = JSON.stringify({ total: money });
        expect(json).toBe(`{"total":"${n}"}`);
        const back = Money.fromJSON(JSON.parse(json).total);
        expect(back.equals(money)).toBe(true);
        expect(back).toEqual(money);
      }),
    );
  });

  it('accepts exactly the safe integers among numbers', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (n) => {
        expect(Money.of(n).amount).toBe(BigInt(n));
      }),
    );
    expect(() => Money.of(Number.MAX_SAFE_INTEGER + 1)).toThrow(ValidationFailed);
    expect(() => Money.of(1e21)).toThrow(ValidationFailed);
  });

  it('refuses fractions, NaN and Infinity given as numbers', () => {
    fc.assert(
      fc.property(
        fc.double().filter((x) => !Number.isInteger(x)),
        (x) => {
          expect(() => Money.of(x, { allowNegative: true })).toThrow(ValidationFailed);
        },
      ),
    );
    for (const x of [NaN, Infinity, -Infinity, 0.5, -1.5]) {
      expect(() => Money.of(x, { allowNegative: true })).toThrow(ValidationFailed);
    }
  });

  it('refuses strings that are not plain decimal integers', () => {
    for (const s of ['1.5', '1e3', '1E3', '', ' 1', '1 ', '+1', '0x10', '1_000', '1,000', '1.000', 'NaN', 'Infinity', '--1']) {
      expect(() => Money.of(s, { allowNegative: true })).toThrow(ValidationFailed);
    }
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const s = String(x);
        if (/^-?\d+$/.test(s)) return; // an integer written plainly is fine
        expect(() => Money.of(s, { allowNegative: true })).toThrow(ValidationFailed);
      }),
    );
  });

  it('refuses negatives unless allowed', () => {
    fc.assert(
      fc.property(fc.bigInt({ max: -1n }), (n) => {
        expect(() => Money.of(n)).toThrow(ValidationFailed);
        expect(() => Money.of(n.toString())).toThrow(ValidationFailed);
        expect(Money.of(n, { allowNegative: true }).isNegative()).toBe(true);
      }),
    );
    expect(() => Money.of(-1)).toThrow(ValidationFailed);
  });

  it('reports the field path', () => {
    expect(pathOf(() => Money.of('1.5', { path: 'items.0.amount' }))).toBe('items.0.amount');
    expect(pathOf(() => Money.of(-1))).toBe('amount');
    expect(pathOf(() => Money.fromJSON('x', 'budget.total'))).toBe('budget.total');
    expect(pathOf(() => Money.of(null as unknown as string))).toBe('amount');
  });

  it('adds, subtracts, compares and is immutable', () => {
    fc.assert(
      fc.property(fc.bigInt(), fc.bigInt(), (a, b) => {
        const x = Money.of(a, { allowNegative: true });
        const y = Money.of(b, { allowNegative: true });
        expect(x.add(y).amount).toBe(a + b);
        expect(x.subtract(y).amount).toBe(a - b);
        expect(x.add(y).subtract(y).equals(x)).toBe(true);
        expect(x.compare(y)).toBe(a < b ? -1 : a > b ? 1 : 0);
        expect(x.amount).toBe(a);
      }),
    );
    expect(Money.of(0).isZero()).toBe(true);
    expect(Money.ZERO.isZero()).toBe(true);
    expect(Money.of(1).isZero()).toBe(false);
    expect(Money.sum([Money.of(1), Money.of(2), Money.of(3)]).amount).toBe(6n);
    expect(Object.isFrozen(Money.of(5))).toBe(true);
    expect([Money.of(3), Money.of(1), Money.of(2)].sort((a, b) => a.compare(b)).map(String)).toEqual(['1', '2', '3']);
  });
});
