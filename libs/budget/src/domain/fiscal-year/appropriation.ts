// The appropriation (dự toán được giao) and its changes, each by a decision: the approving decision with an amount
// per line, supplementary appropriations, and reallocations between lines. Where the regulation's estimate flow
// has steps, the appropriation comes after them: submitted, and appraised by Sở Tài chính where it says so, and
// within the standing agency's ceiling in Kiên Giang 2008 (Điều 12: "trình Ủy ban nhân dân tỉnh phê duyệt trong
// tổng hạn mức kinh phí hoạt động của Sở Thông tin và Truyền thông"). Phú Thọ 2022 has no estimate flow: each
// agency allocates from its own recurrent budget (Điều 11.2), recorded directly.
import type { Command } from '@bcd/kernel';
import type { Decision, RegulationSpan, RulePack } from '@bcd/regulation';
import { dong, refuse, refuseByRegulation, Rules, type AmountInput } from '../rules.js';
import { appropriatedTotal, ensureRemains, lineOf, linesOf, opened, packOn, ruleData, total, unsettled, type LineInput } from './checks.js';
import { reviewerOf } from './estimate.js';
import type { BudgetEvent, BudgetState } from './fiscal-year.js';

export type Appropriate = Command<'Appropriate', { budgetId: string; decision: Decision; lines: LineInput[]; ceiling: AmountInput | null; regulation: RegulationSpan | undefined }>;
export type SupplementAppropriation = Command<
  'SupplementAppropriation',
  { budgetId: string; supplementId: string; decision: Decision; lines: LineInput[]; ceiling: AmountInput | null; regulation: RegulationSpan | undefined }
>;
export type ReallocateAppropriation = Command<'ReallocateAppropriation', { budgetId: string; reallocationId: string; decision: Decision; fromLineId: string; toLineId: string; amount: AmountInput }>;

export function appropriate({ data }: Appropriate, state: BudgetState): BudgetEvent[] {
  const budget = opened(state, data.budgetId);
  if (budget.stage === 'appropriated' || budget.stage === 'settlement-submitted' || budget.stage === 'settled') {
    throw refuse(Rules.flow, `The ${budget.fiscalYear} budget was already appropriated: a change is a supplement or a reallocation, by decision.`);
  }
  const pack = packOn(data.regulation, data.decision.date);
  const flow = pack.budget.estimate;
  if (flow.kind === 'flow') {
    const appraisal = flow.steps.some((s) => s.action === 'appraises');
    if (budget.stage === 'drafting') throw refuseByRegulation(pack, 'budget.estimate', `The estimate goes through ${stepsOf(pack)} before it is approved: it has not been submitted.`);
    if (appraisal && !budget.appraised) throw refuseByRegulation(pack, 'budget.estimate', `The estimate is appraised by Sở Tài chính before it is approved (${stepsOf(pack)}).`);
    const reviewer = reviewerOf(pack);
    if (reviewer !== null && !budget.reviewed) throw refuseByRegulation(pack, 'budget.estimate', `The estimate passes through the ${reviewer} before it is approved (${stepsOf(pack)}).`);
  }
  // A line of the estimate keeps its category and title unless the decision names others.
  const estimated = Object.fromEntries((budget.estimate ?? []).map((l) => [l.lineId, { lineId: l.lineId, category: l.category, title: l.title, appropriated: 0n, spent: 0n }]));
  const lines = linesOf(data.lines, pack, estimated);
  const sum = total(lines);
  const ceiling = ceilingOf(pack, data.ceiling, null, sum);
  return [{ type: 'Appropriated', data: { budgetId: data.budgetId, decision: data.decision, lines, total: sum.toString(), ceiling: ceiling?.toString() ?? null, regulation: ruleData(data.regulation, 'estimate') } }];
}

export function supplementAppropriation({ data }: SupplementAppropriation, state: BudgetState): BudgetEvent[] {
  const budget = appropriatedBudget(state, data.budgetId);
  if (budget.recorded.has(data.supplementId)) return [];
  const pack = packOn(data.regulation, data.decision.date);
  const lines = linesOf(data.lines, pack, budget.lines);
  const sum = total(lines);
  const ceiling = ceilingOf(pack, data.ceiling, budget.ceiling, appropriatedTotal(budget) + sum);
  return [{ type: 'AppropriationSupplemented', data: { budgetId: data.budgetId, supplementId: data.supplementId, decision: data.decision, lines, total: sum.toString(), ceiling: data.ceiling === null ? null : (ceiling?.toString() ?? null) } }];
}

/** Moves appropriation between two lines, by decision; never more than remains unspent on the line it leaves. */
export function reallocateAppropriation({ data }: ReallocateAppropriation, state: BudgetState): BudgetEvent[] {
  const budget = appropriatedBudget(state, data.budgetId);
  if (budget.recorded.has(data.reallocationId)) return [];
  if (data.fromLineId === data.toLineId) throw refuse(Rules.line, 'A reallocation moves money between two different lines.');
  const from = lineOf(budget, data.fromLineId);
  lineOf(budget, data.toLineId);
  const amount = dong(data.amount, 'amount');
  ensureRemains(from, amount, 'The reallocation');
  return [{ type: 'AppropriationReallocated', data: { budgetId: data.budgetId, reallocationId: data.reallocationId, decision: data.decision, fromLineId: data.fromLineId, toLineId: data.toLineId, amount: amount.toString() } }];
}

/** An open year with an appropriation and no settlement yet. */
export function appropriatedBudget(state: BudgetState, budgetId: string) {
  const budget = unsettled(state, budgetId);
  if (budget.stage !== 'appropriated') throw refuse(Rules.flow, `Nothing has been appropriated for the ${budget.fiscalYear} budget yet.`);
  return budget;
}

function stepsOf(pack: RulePack): string {
  const flow = pack.budget.estimate;
  return flow.kind === 'flow' ? flow.steps.map((s) => `${s.actor} ${s.action}`).join(' → ') : 'no steps';
}

/** Kiên Giang 2008: the appropriated total stays within the ceiling the decision states (a new one, or the last). */
function ceilingOf(pack: RulePack, given: AmountInput | null, last: bigint | null, appropriated: bigint): bigint | null {
  const flow = pack.budget.estimate;
  const ceiling = given === null ? last : dong(given, 'ceiling');
  if (flow.kind !== 'flow' || flow.withinCeilingOf === undefined) return ceiling;
  if (ceiling === null) throw refuseByRegulation(pack, 'budget.estimate', 'The appropriation is approved within the standing agency\'s operating budget: state that ceiling (ceiling).');
  if (appropriated > ceiling) throw refuseByRegulation(pack, 'budget.estimate', `The appropriated total (${appropriated} đồng) exceeds the ceiling of the standing agency's operating budget (${ceiling} đồng).`);
  return ceiling;
}
