import { ValidationFailed } from './errors.js';

// Money is a small immutable class around a bigint rather than a branded bigint:
// - JSON.stringify throws on a raw bigint; a class can carry `toJSON()` (a decimal string), so events,
//   HTTP bodies and audit hashes serialise Money without a custom replacer everywhere;
// - `instanceof Money` tells money from counts, and there is no way to mix VND with a plain number.
// The cost: compare with `equals`/`compare`, never `===`. Jest's `toEqual` compares it by value.

export interface MoneyOptions {
  /** Accept amounts below zero (refunds, adjustments). Default false. */
  allowNegative?: boolean;
  /** Field path reported in ValidationFailed, e.g. `items.0.amount`. Default `amount`. */
  path?: string;
}

// Whole numbers only, in plain decimal: no fraction, exponent, sign `+`, separators or blanks.
const INTEGER = /^-?\d+$/;

/** An amount of whole Vietnamese đồng (VND has no minor unit in use). */
export class Money {
  static readonly ZERO = new Money(0n);

  private constructor(
    /** The amount in đồng. */
    readonly amount: bigint,
  ) {
    Object.freeze(this);
  }

  /**
   * Checks and wraps an amount: a bigint, a safe integer number, or a decimal integer string.
   * Refuses fractions, NaN, Infinity, unsafe numbers (they already lost precision), exponent
   * notation and, unless `allowNegative`, negatives: each as ValidationFailed at `path`.
   */
  static of(value: bigint | number | string | Money, options: MoneyOptions = {}): Money {
    const path = options.path ?? 'amount';
    const fail = (message: string): never => {
      throw new ValidationFailed([{ path, message }]);
    };
    let amount: bigint;
    if (value instanceof Money) {
      amount = value.amount;
    } else if (typeof value === 'bigint') {
      amount = value;
    } else if (typeof value === 'number') {
      if (!Number.isFinite(value)) fail('must be a finite number of đồng');
      if (!Number.isInteger(value)) fail('must be a whole number of đồng');
      if (!Number.isSafeInteger(value)) fail('is too large to be exact as a number; send it as a string');
      amount = BigInt(value);
    } else if (typeof value === 'string') {
      if (!INTEGER.test(value)) fail('must be a whole number of đồng written in decimal digits');
      amount = BigInt(value);
    } else {
      return fail('must be an amount of đồng');
    }
    if (amount < 0n && !options.allowNegative) fail('must not be negative');
    return amount === 0n ? Money.ZERO : new Money(amount);
  }

  /** Reads what `toJSON` wrote. Negative amounts are accepted: they were checked when created. */
  static fromJSON(json: string, path = 'amount'): Money {
    if (typeof json !== 'string') throw new ValidationFailed([{ path, message: 'must be a decimal string' }]);
    return Money.of(json, { allowNegative: true, path });
  }

  static sum(amounts: Iterable<Money>): Money {
    let total = 0n;
    for (const m of amounts) total += m.amount;
    return new Money(total);
  }

  static isMoney(value: unknown): value is Money {
    return value instanceof Money;
  }

  add(other: Money): Money {
    return new Money(this.amount + other.amount);
  }

  /** May go below zero: whether that is allowed is a domain rule, not arithmetic's concern. */
  subtract(other: Money): Money {
    return new Money(this.amount - other.amount);
  }

  /** -1, 0 or 1, usable as a sort comparator: `list.sort((a, b) => a.compare(b))`. */
  compare(other: Money): -1 | 0 | 1 {
    return this.amount < other.amount ? -1 : this.amount > other.amount ? 1 : 0;
  }

  equals(other: Money): boolean {
    return this.amount === other.amount;
  }

  isZero(): boolean {
    return this.amount === 0n;
  }

  isNegative(): boolean {
    return this.amount < 0n;
  }

  /** A decimal string, e.g. `"1500000"`: JSON numbers cannot hold every bigint exactly. */
  toJSON(): string {
    return this.amount.toString();
  }

  toString(): string {
    return this.amount.toString();
  }
}
