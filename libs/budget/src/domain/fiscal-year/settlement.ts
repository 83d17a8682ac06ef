// Settlement (quyết toán, RULES.md §4: Kiên Giang 2008 Điều 12 "quyết toán tài chính hàng năm với Sở Tài chính";
// Thanh Hóa 2014 Điều 12.2, 2018 Điều 11.2 by Sở TTTT; Bình Định 2021, Phú Thọ 2022 "per current rules"): the year's
// settlement submitted with its totals → approved by the finance department → the year is closed to spending.
// After that, what was spent changes only by a correction under a new decision, recorded as such, and never
// beyond what was appropriated on the line nor below nothing.
import type { LocalDate } from '@bcd/calendar';
import type { Command } from '@bcd/kernel';
import type { Decision, RegulationSpan } from '@bcd/regulation';
import { dong, refuse, Rules, type AmountInput } from '../rules.js';
import { appropriatedBudget } from './appropriation.js';
import { appropriatedTotal, ensureRemains, lineOf, opened, packOn, ruleData } from './checks.js';
import type { BudgetEvent, BudgetState } from './fiscal-year.js';

export type SubmitSettlement = Command<'SubmitSettlement', { budgetId: string; submittedOn: LocalDate; regulation: RegulationSpan | undefined }>;
export type ApproveSettlement = Command<'ApproveSettlement', { budgetId: string; approvedOn: LocalDate; decision: Decision }>;
export type CorrectSettlement = Command<'CorrectSettlement', { budgetId: string; correctionId: string; decision: Decision; lineId: string; amount: AmountInput; reason: string }>;

export function submitSettlement({ data }: SubmitSettlement, state: BudgetState): BudgetEvent[] {
  const budget = appropriatedBudget(state, data.budgetId);
  packOn(data.regulation, data.submittedOn);
  const spent = Object.values(budget.lines).reduce((sum, l) => sum + l.spent, 0n);
  return [
    {
      type: 'SettlementSubmitted',
      data: { budgetId: data.budgetId, submittedOn: data.submittedOn, appropriated: appropriatedTotal(budget).toString(), spent: spent.toString(), regulation: ruleData(data.regulation, 'settlement') },
    },
  ];
}

export function approveSettlement({ data }: ApproveSettlement, state: BudgetState): BudgetEvent[] {
  const budget = opened(state, data.budgetId);
  if (budget.stage === 'settled') throw refuse(Rules.flow, `The ${budget.fiscalYear} settlement was already approved.`);
  if (budget.stage !== 'settlement-submitted') throw refuse(Rules.flow, `The ${budget.fiscalYear} settlement has not been submitted.`);
  if (budget.settlementSubmittedOn !== null && data.approvedOn < budget.settlementSubmittedOn) {
    throw refuse(Rules.flow, `Approved on ${data.approvedOn}, before the settlement was submitted (${budget.settlementSubmittedOn}).`);
  }
  return [{ type: 'SettlementApproved', data: { budgetId: data.budgetId, approvedOn: data.approvedOn, decision: data.decision } }];
}

/** A signed change of what was spent on a line, by a new decision, once the settlement is approved. */
export function correctSettlement({ data }: CorrectSettlement, state: BudgetState): BudgetEvent[] {
  const budget = opened(state, data.budgetId);
  if (budget.recorded.has(data.correctionId)) return [];
  if (budget.stage !== 'settled') throw refuse(Rules.correction, `The ${budget.fiscalYear} settlement is not approved: spending is recorded as expenditures, not corrections.`);
  const line = lineOf(budget, data.lineId);
  const amount = dong(data.amount, 'amount', { signed: true });
  if (amount > 0n) ensureRemains(line, amount, 'The correction');
  if (line.spent + amount < 0n) throw refuse(Rules.lineRemaining, `The correction (${amount} đồng) would leave less than nothing spent on line "${line.title}" (${line.spent} đồng spent).`);
  return [{ type: 'SettlementCorrected', data: { budgetId: data.budgetId, correctionId: data.correctionId, decision: data.decision, lineId: data.lineId, amount: amount.toString(), reason: data.reason } }];
}
