// Rules of the budget context. Two sources:
// - the regulation in force on the fact's date (a RulePack of @bcd/regulation): rule ids `<pack>/<path>`
//   (`thanh-hoa-2018/budget.specialExpenditure`), citing the article (`refuseByRegulation`);
// - the platform's own policy (an amount is a positive whole number of đồng, nothing is spent beyond what
//   remains on its line, a settled year takes no spending…): `BUDGET-*`, citing libs/budget/README.md.
import { RuleViolation } from '@bcd/kernel';

export { refuseByRegulation } from '@bcd/regulation';

export const BUDGET_POLICY = 'Platform policy: budget (libs/budget/README.md, Rules)';

export const Rules = {
  /** Every fact is judged by the regulation in force on its date: none in force, nothing is recorded. */
  noRegulationInForce: 'BUDGET-no-regulation-in-force',
  /** An amount is a positive whole number of đồng (VND has no minor unit), written exactly. */
  amount: 'BUDGET-amount',
  /** Nothing is spent, reallocated away or corrected beyond what remains on its line. */
  lineRemaining: 'BUDGET-line-remaining',
  /** A line is named once per decision and spent on only once it exists. */
  line: 'BUDGET-line',
  /** The steps run in order: opened once, drafted → submitted → appraised → appropriated, each once. */
  flow: 'BUDGET-flow',
  /** A year whose settlement was submitted or approved takes no more spending or appropriation changes. */
  settled: 'BUDGET-settled',
  /** An expenditure falls within its fiscal year. */
  fiscalYear: 'BUDGET-fiscal-year',
  /** A special expenditure or unplanned task goes through its steps once each, and is spent only up to its amount. */
  special: 'BUDGET-special',
  /** After settlement a change of what was spent is only a correction by decision; before it, corrections are not needed. */
  correction: 'BUDGET-correction',
} as const;

export type PolicyRule = (typeof Rules)[keyof typeof Rules];

export function refuse(rule: PolicyRule, message: string): RuleViolation {
  return new RuleViolation(rule, BUDGET_POLICY, message);
}

/** What a request gave as an amount: a decimal string, or a JSON number (exact only up to 2^53 − 1). */
export type AmountInput = string | number;

/**
 * Whole đồng as a bigint, or a refusal (`BUDGET-amount`). A string must be plain decimal digits; a number must be
 * a safe integer (a larger one was already rounded by the JSON parser: it is refused, never guessed).
 */
export function dong(value: AmountInput, what: string, { signed = false }: { signed?: boolean } = {}): bigint {
  let amount: bigint;
  if (typeof value === 'string' && /^-?\d+$/.test(value)) amount = BigInt(value);
  else if (typeof value === 'number' && Number.isSafeInteger(value)) amount = BigInt(value);
  else if (typeof value === 'number' && Number.isInteger(value)) {
    throw refuse(Rules.amount, `${what}: an amount above 9007199254740991 đồng is not exact as a JSON number; send it as a string of digits.`);
  } else throw refuse(Rules.amount, `${what} must be a whole number of đồng.`);
  if (signed ? amount === 0n : amount <= 0n) throw refuse(Rules.amount, `${what} must be ${signed ? 'a non-zero' : 'a positive'} whole number of đồng.`);
  return amount;
}
