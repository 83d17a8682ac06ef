// What several rule families of the fiscal year check the same way: the regulation in force on a fact's date,
// an open year still taking changes, the lines of a decision, a line's remainder.
import type { LocalDate } from '@bcd/calendar';
import { NotFound } from '@bcd/kernel';
import { formatCitation, spanRef, type RegulationSpan, type RulePack } from '@bcd/regulation';
import type { BudgetLineData, BudgetRuleData } from '@bcd/contracts';
import { dong, refuse, refuseByRegulation, Rules, type AmountInput } from '../rules.js';
import { remaining, type BudgetState, type Line, type OpenBudget } from './fiscal-year.js';

/** A line as a request gives it: an amount to add to a line, with its category and title when it is new. */
export interface LineInput {
  lineId: string;
  category?: string;
  title?: string;
  amount: AmountInput;
}

/** The pack in force on `date`, or a refusal: nothing is recorded on a day no regulation covers. */
export function packOn(regulation: RegulationSpan | undefined, date: LocalDate): RulePack {
  if (!regulation) throw refuse(Rules.noRegulationInForce, `No regulation (Quy chế) of this province was in force on ${date}.`);
  return regulation.adoption.pack;
}

/**
 * How events name the regulation a fact was judged by, with the article of the pack's rule at `path`; where that
 * rule is `none` (Phú Thọ 2022 has no estimate flow), the article of its funding rule (Điều 11.2), on which the
 * committee's money then rests.
 */
export function ruleData(regulation: RegulationSpan | undefined, path: 'funding' | 'estimate' | 'specialExpenditure' | 'unplannedTasks' | 'settlement'): BudgetRuleData {
  if (!regulation) throw refuse(Rules.noRegulationInForce, 'No regulation (Quy chế) of this province was in force on that day.');
  const { budget } = regulation.adoption.pack;
  const rule = budget[path];
  return { ...spanRef(regulation), article: formatCitation('citation' in rule ? rule.citation : budget.funding.citation) };
}

/** A budget never opened names nothing of the province's: 404, as reading it is. */
export function opened(state: BudgetState, budgetId: string): OpenBudget {
  if (state.status === 'none') throw new NotFound('Budget', budgetId);
  return state;
}

/** An open year whose settlement has not been submitted: it still takes spending and appropriation changes. */
export function unsettled(state: BudgetState, budgetId: string): OpenBudget {
  const budget = opened(state, budgetId);
  if (budget.stage === 'settlement-submitted' || budget.stage === 'settled') {
    throw refuse(Rules.settled, `The ${budget.fiscalYear} budget's settlement was ${budget.stage === 'settled' ? 'approved' : `submitted on ${budget.settlementSubmittedOn}`}: it takes no more spending or appropriation changes (after approval, only a correction by decision).`);
  }
  return budget;
}

export function lineOf(budget: OpenBudget, lineId: string): Line {
  const line = budget.lines[lineId];
  if (!line) throw refuse(Rules.line, `The ${budget.fiscalYear} budget has no line ${lineId}.`);
  return line;
}

/** Refuses taking `amount` from a line beyond what remains on it. */
export function ensureRemains(line: Line, amount: bigint, what: string): void {
  if (amount > remaining(line)) {
    throw refuse(Rules.lineRemaining, `${what} (${amount} đồng) exceeds what remains on line "${line.title}": ${remaining(line)} đồng of ${line.appropriated} appropriated.`);
  }
}

/**
 * The lines of a draft, an appropriation or a supplement: each named once, positive amounts, a category the
 * regulation lists where it lists them (Bình Định 2021 Điều 13.1). `existing`: lines that may be named without a
 * category or title (a supplement to a line already appropriated).
 */
export function linesOf(inputs: readonly LineInput[], pack: RulePack, existing: Readonly<Record<string, Line>> = {}): BudgetLineData[] {
  if (inputs.length === 0) throw refuse(Rules.line, 'At least one line is needed.');
  const seen = new Set<string>();
  return inputs.map((input, i) => {
    if (seen.has(input.lineId)) throw refuse(Rules.line, `Line ${input.lineId} is named twice.`);
    seen.add(input.lineId);
    const amount = dong(input.amount, `lines.${i}.amount`);
    const known = existing[input.lineId];
    const category = input.category ?? known?.category;
    const title = input.title ?? known?.title;
    if (category === undefined || title === undefined) throw refuse(Rules.line, `Line ${input.lineId} is new: it needs a category and a title.`);
    if (known && category !== known.category) throw refuse(Rules.line, `Line ${input.lineId} is in category ${known.category}, not ${category}.`);
    const categories = pack.budget.categories;
    if (categories.kind === 'list' && !known && !categories.categories.some((c) => c.id === category)) {
      throw refuseByRegulation(pack, 'budget.categories', `Category ${category} is not one the regulation lists: ${categories.categories.map((c) => c.id).join(', ')}.`);
    }
    return { lineId: input.lineId, category, title, amount: amount.toString() };
  });
}

export const total = (lines: readonly { amount: string }[]): bigint => lines.reduce((sum, l) => sum + BigInt(l.amount), 0n);

export function appropriatedTotal(budget: OpenBudget): bigint {
  return Object.values(budget.lines).reduce((sum, l) => sum + l.appropriated, 0n);
}
