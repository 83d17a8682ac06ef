// Spending (RULES.md §4: "Spending beyond what was appropriated, or a special expenditure spent before approval,
// is refused"): an expenditure on a line, never beyond what remains on it, within its fiscal year, never once the
// settlement is submitted; under a special expenditure only once the chair approved it and up to the amount
// approved (Thanh Hóa 2018 Điều 11.2). Where the regulation names who decides each expenditure (Kiên Giang 2008
// Điều 12: "Thường trực Ban chỉ đạo … quyết định các khoản chi"), the expenditure records it.
import type { LocalDate } from '@bcd/calendar';
import type { Command } from '@bcd/kernel';
import { formatCitation, type RegulationSpan } from '@bcd/regulation';
import { dong, refuse, refuseByRegulation, Rules, type AmountInput } from '../rules.js';
import { ensureRemains, lineOf, packOn, unsettled } from './checks.js';
import type { BudgetEvent, BudgetState } from './fiscal-year.js';

export type RecordExpenditure = Command<
  'RecordExpenditure',
  {
    budgetId: string;
    expenditureId: string;
    lineId: string;
    amount: AmountInput;
    spentOn: LocalDate;
    voucher: string;
    payee: string;
    description: string;
    specialExpenditureId: string | null;
    /** The regulation in force on `spentOn`. */
    regulation: RegulationSpan | undefined;
  }
>;

export function recordExpenditure({ data }: RecordExpenditure, state: BudgetState): BudgetEvent[] {
  const budget = unsettled(state, data.budgetId);
  if (budget.recorded.has(data.expenditureId)) return [];
  // A line exists once appropriated, or once the competent authority funded an unplanned task (which may come
  // before the year's appropriation, Phú Thọ 2022 Điều 11.3).
  if (budget.stage !== 'appropriated' && !budget.lines[data.lineId]) throw refuse(Rules.flow, `Nothing has been appropriated for the ${budget.fiscalYear} budget yet.`);
  const amount = dong(data.amount, 'amount');
  if (!data.spentOn.startsWith(`${budget.fiscalYear}-`)) throw refuse(Rules.fiscalYear, `Spent on ${data.spentOn}: outside the fiscal year ${budget.fiscalYear}.`);
  const pack = packOn(data.regulation, data.spentOn);
  const line = lineOf(budget, data.lineId);
  if (data.specialExpenditureId !== null) {
    const special = budget.specials[data.specialExpenditureId];
    if (!special) throw refuse(Rules.special, `The ${budget.fiscalYear} budget has no special expenditure ${data.specialExpenditureId}.`);
    if (special.lineId !== data.lineId) throw refuse(Rules.special, `Special expenditure ${data.specialExpenditureId} is spent on line ${special.lineId}, not ${data.lineId}.`);
    if (special.status !== 'approved' || special.approvedAmount === null) {
      throw refuseByRegulation(pack, 'budget.specialExpenditure', `A special expenditure is spent only once the chair approved it; this one is ${special.status}.`);
    }
    // A back-dated voucher is judged on its date: money spent before the chair's approval was spent without it.
    if (special.decidedOn !== null && data.spentOn < special.decidedOn) {
      throw refuseByRegulation(pack, 'budget.specialExpenditure', `Spent on ${data.spentOn}, before the chair approved the special expenditure (${special.decidedOn}).`);
    }
    const left = special.approvedAmount - special.spent;
    if (amount > left) throw refuse(Rules.special, `The expenditure (${amount} đồng) exceeds what remains of the approved special expenditure: ${left} đồng of ${special.approvedAmount}.`);
  }
  ensureRemains(line, amount, 'The expenditure');
  const decision = pack.budget.expenditureDecision;
  const { regulation: _r, ...rest } = data;
  return [
    {
      type: 'ExpenditureRecorded',
      data: { ...rest, amount: amount.toString(), decidedBy: decision.kind === 'by' ? { actor: decision.actor, article: formatCitation(decision.citation) } : null },
    },
  ];
}
