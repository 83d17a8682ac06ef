// The budget's invariant as a property (RULES.md §4: "Spending beyond what was appropriated … is refused"; money is
// whole VND, never a float): for ANY sequence of expenditures, reallocations and supplements — amounts of any size
// (above 2^53 as strings), malformed ones, lines that exist or not, ids recorded twice — folding the accepted events
// with `evolve` never leaves a line with more spent than appropriated, nor less than nothing, after any step. Each
// command is refused (RuleViolation, with the rule an independent model expects) or accepted exactly as the model
// says; a refusal changes nothing; an id recorded again records nothing. The same holds for corrections after the
// settlement. (Two writers deciding on the same version are stopped by the store's optimistic concurrency: tested
// with the event store, not here.)
import fc from 'fast-check';
import { RuleViolation } from '@bcd/kernel';
import { Rules, type AmountInput } from '../rules.js';
import { budgetDecider, type BudgetCommand } from './fiscal-year.decider.js';
import type { BudgetEvent, BudgetState, OpenBudget as OpenBudgetState } from './fiscal-year.js';
import { after, appropriate, approveSettlement, correct, d, decision, id, open, pt2022, reallocate, spend, stateOf, story, submitSettlement, supplement } from './testing.js';

const pt = { regulation: pt2022 };
const LINES = ['a', 'b', 'c'] as const;
/** A line the budget may or may not have: `d` is opened by a supplement naming its category, `x` never is. */
const lineArb = fc.constantFrom('a', 'b', 'c', 'd', 'x');

/** An amount as a request may send it: exact, relative to what remains on the line at that step, or malformed. */
type AmountSpec = { exact: AmountInput } | { relative: 'all' | 'all+1' | 'half' | 'one' };
const amountArb: fc.Arbitrary<AmountSpec> = fc.oneof(
  { weight: 3, arbitrary: fc.bigInt({ min: 1n, max: 2n ** 80n }).map((n) => ({ exact: n.toString() })) },
  { weight: 3, arbitrary: fc.bigInt({ min: 1n, max: 10n ** 9n }).map((n) => ({ exact: n.toString() })) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 1_000_000_000 }).map((n) => ({ exact: n })) },
  { weight: 4, arbitrary: fc.constantFrom('all', 'all+1', 'half', 'one').map((relative) => ({ relative }) as AmountSpec) },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom<AmountInput>(0, -5, 1.5, 2 ** 53, 2 ** 60, 1e21, Number.NaN, '0', '-7', '+7', '7.0', '1e9', '', ' 7', '0x10', '9'.repeat(30))
      .map((exact) => ({ exact })),
  },
);

type Op =
  | { kind: 'spend'; n: number; lineId: string; amount: AmountSpec }
  | { kind: 'reallocate'; n: number; from: string; to: string; amount: AmountSpec }
  | { kind: 'supplement'; n: number; lineId: string; amount: AmountSpec };
/** Small id pools per kind, so that ids are recorded again now and then. */
const nArb = fc.integer({ min: 1, max: 12 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('spend' as const), n: nArb, lineId: lineArb, amount: amountArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('reallocate' as const), n: nArb, from: lineArb, to: lineArb, amount: amountArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('supplement' as const), n: nArb, lineId: lineArb, amount: amountArb }) },
);
const initialArb = fc.tuple(
  ...LINES.map(() => fc.oneof(fc.bigInt({ min: 1n, max: 10n ** 9n }), fc.bigInt({ min: 2n ** 53n, max: 2n ** 90n }))),
) as fc.Arbitrary<bigint[]>;

/** Phú Thọ 2023: opened on each agency's recurrent budget and appropriated straight away (Điều 11.2) on lines a, b, c. */
function appropriated(amounts: bigint[]): BudgetEvent[] {
  return story(
    open({ fiscalYear: 2023, openedOn: d('2023-01-03'), source: 'each-agency-recurrent-budget', ...pt }),
    appropriate({ decision: decision('12/QĐ-STTTT', '2023-01-10'), lines: LINES.map((lineId, i) => ({ lineId, category: 'recurrent', title: `Dòng ${lineId}`, amount: amounts[i].toString() })), ...pt }),
  );
}

const open_ = (state: BudgetState): OpenBudgetState => {
  if (state.status !== 'open') throw new Error('the budget is open in every step of the property');
  return state;
};
const remainingOn = (state: OpenBudgetState, lineId: string): bigint => (state.lines[lineId] ? state.lines[lineId].appropriated - state.lines[lineId].spent : 0n);

function resolve(spec: AmountSpec, remaining: bigint): AmountInput {
  if ('exact' in spec) return spec.exact;
  const by = { all: remaining, 'all+1': remaining + 1n, half: remaining / 2n, one: 1n }[spec.relative];
  return by.toString();
}

/** The model's reading of an amount, independent of the domain's: a positive whole number of đồng written exactly, or null. */
function exactly(amount: AmountInput, signed = false): bigint | null {
  let value: bigint;
  if (typeof amount === 'string' && /^-?[0-9]+$/.test(amount)) value = BigInt(amount);
  else if (typeof amount === 'number' && Number.isSafeInteger(amount)) value = BigInt(amount);
  else return null;
  return (signed ? value !== 0n : value > 0n) ? value : null;
}

/** The command for an op, and what the model expects of it: accepted, nothing (an id recorded again), or refused by a rule. */
function commandOf(op: Op, state: OpenBudgetState): { command: BudgetCommand; expect: 'accepted' | 'nothing' | string; amount: bigint | null } {
  const has = (lineId: string) => state.lines[lineId] !== undefined;
  switch (op.kind) {
    case 'spend': {
      const expenditureId = id(1000 + op.n);
      const amountIn = resolve(op.amount, remainingOn(state, op.lineId));
      const amount = exactly(amountIn);
      const command = spend({ expenditureId, lineId: op.lineId, amount: amountIn, spentOn: d('2023-06-15'), ...pt });
      if (state.recorded.has(expenditureId)) return { command, expect: 'nothing', amount };
      if (amount === null) return { command, expect: Rules.amount, amount };
      if (!has(op.lineId)) return { command, expect: Rules.line, amount };
      return { command, expect: amount > remainingOn(state, op.lineId) ? Rules.lineRemaining : 'accepted', amount };
    }
    case 'reallocate': {
      const reallocationId = id(2000 + op.n);
      const amountIn = resolve(op.amount, remainingOn(state, op.from));
      const amount = exactly(amountIn);
      const command = reallocate({ reallocationId, fromLineId: op.from, toLineId: op.to, amount: amountIn });
      if (state.recorded.has(reallocationId)) return { command, expect: 'nothing', amount };
      if (op.from === op.to || !has(op.from) || !has(op.to)) return { command, expect: Rules.line, amount };
      if (amount === null) return { command, expect: Rules.amount, amount };
      return { command, expect: amount > remainingOn(state, op.from) ? Rules.lineRemaining : 'accepted', amount };
    }
    case 'supplement': {
      const supplementId = id(3000 + op.n);
      const amountIn = resolve(op.amount, remainingOn(state, op.lineId));
      const amount = exactly(amountIn);
      // Line `d` is named with its category and title; `x` without, so it can never be opened.
      const line = op.lineId === 'd' ? { lineId: 'd', category: 'recurrent', title: 'Dòng d', amount: amountIn } : { lineId: op.lineId, amount: amountIn };
      const command = supplement({ supplementId, lines: [line], decision: decision('640/QĐ-STTTT', '2023-07-01'), ...pt });
      if (state.recorded.has(supplementId)) return { command, expect: 'nothing', amount };
      if (amount === null) return { command, expect: Rules.amount, amount };
      return { command, expect: op.lineId === 'x' ? Rules.line : 'accepted', amount };
    }
  }
}

/** Every line, after every step: nothing spent beyond what was appropriated, nor below nothing. */
function expectWithinLines(state: OpenBudgetState): void {
  for (const line of Object.values(state.lines)) {
    expect(line.spent >= 0n).toBe(true);
    expect(line.spent <= line.appropriated).toBe(true);
  }
}

const seen = { accepted: 0, refused: 0, nothing: 0, huge: 0 };

/** Runs one command on the story so far; checks the outcome against the model; returns the story after it. */
function step(events: BudgetEvent[], command: BudgetCommand, expected: string): BudgetEvent[] {
  const state = stateOf(events);
  let produced: BudgetEvent[];
  try {
    produced = budgetDecider.decide(command, state);
  } catch (error) {
    expect(error).toBeInstanceOf(RuleViolation);
    expect((error as RuleViolation).rule).toBe(expected);
    // Refused: nothing recorded, and the state it was judged on is untouched.
    expect(state).toEqual(stateOf(events));
    seen.refused += 1;
    return events;
  }
  if (expected === 'nothing') {
    expect(produced).toEqual([]);
    seen.nothing += 1;
    return events;
  }
  expect(expected).toBe('accepted');
  expect(produced).toHaveLength(1);
  seen.accepted += 1;
  return [...events, ...produced];
}

describe('the budget, for any sequence of expenditures, reallocations and supplements', () => {
  afterAll(() => {
    // The generators reach every outcome: the property is not vacuous.
    expect(seen.accepted).toBeGreaterThan(100);
    expect(seen.refused).toBeGreaterThan(100);
    expect(seen.nothing).toBeGreaterThan(0);
    expect(seen.huge).toBeGreaterThan(0);
  });

  it('never has more spent than appropriated on any line, after any step; refusals change nothing; totals stay exact', () => {
    fc.assert(
      fc.property(initialArb, fc.array(opArb, { minLength: 1, maxLength: 40 }), (initial, ops) => {
        let events = appropriated(initial);
        let appropriatedTotal = initial.reduce((a, b) => a + b, 0n);
        let spentTotal = 0n;
        for (const op of ops) {
          const before = open_(stateOf(events));
          const { command, expect: expected, amount } = commandOf(op, before);
          const next = step(events, command, expected);
          if (next !== events && amount !== null) {
            if (op.kind === 'spend') spentTotal += amount;
            if (op.kind === 'supplement') appropriatedTotal += amount;
            if (amount > BigInt(Number.MAX_SAFE_INTEGER)) seen.huge += 1;
          }
          events = next;
          const state = open_(stateOf(events));
          expectWithinLines(state);
          // Exact to the đồng, whatever the size: the model's sums equal the fold's.
          const lines = Object.values(state.lines);
          expect(lines.reduce((sum, l) => sum + l.appropriated, 0n)).toBe(appropriatedTotal);
          expect(lines.reduce((sum, l) => sum + l.spent, 0n)).toBe(spentTotal);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('after the settlement, corrections by decision keep every line between nothing and what was appropriated', () => {
    const correctionArb = fc.record({
      n: nArb,
      lineId: fc.constantFrom('a', 'b', 'c', 'x'),
      amount: fc.oneof(
        fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }).map((n) => ({ exact: n.toString() }) as AmountSpec),
        fc.constantFrom('all', 'all+1', 'one').map((relative) => ({ relative }) as AmountSpec),
        fc.constantFrom<AmountInput>(0, '-0', 1.5, 2 ** 60, '+3').map((exact) => ({ exact }) as AmountSpec),
      ),
      negate: fc.boolean(),
    });
    fc.assert(
      fc.property(initialArb, fc.array(opArb, { maxLength: 15 }), fc.array(correctionArb, { minLength: 1, maxLength: 15 }), (initial, ops, corrections) => {
        // Whatever was spent during the year (the model is the other property's), the year is settled …
        let events = ops.reduce((so, op) => {
          const { command } = commandOf(op, open_(stateOf(so)));
          try {
            return after(so, command);
          } catch {
            return so;
          }
        }, appropriated(initial));
        events = after(events, submitSettlement({ submittedOn: d('2024-01-15'), ...pt }), approveSettlement({ approvedOn: d('2024-03-01') }));
        // … and corrected: down by what was spent at most ('all' of the spent, negated), up by what remains at most.
        for (const c of corrections) {
          const state = open_(stateOf(events));
          const line = state.lines[c.lineId];
          const base = c.negate ? (line?.spent ?? 0n) : remainingOn(state, c.lineId);
          const raw = resolve(c.amount, base);
          const amountIn = c.negate && 'relative' in c.amount ? `-${raw}` : raw;
          const correctionId = id(4000 + c.n);
          const amount = exactly(amountIn, true);
          let expected: string;
          if (state.recorded.has(correctionId)) expected = 'nothing';
          else if (!line) expected = Rules.line;
          else if (amount === null) expected = Rules.amount;
          else if (line.spent + amount < 0n || line.spent + amount > line.appropriated) expected = Rules.lineRemaining;
          else expected = 'accepted';
          events = step(events, correct({ correctionId, lineId: c.lineId, amount: amountIn }), expected);
          expectWithinLines(open_(stateOf(events)));
        }
      }),
      { numRuns: 100 },
    );
  });
});
