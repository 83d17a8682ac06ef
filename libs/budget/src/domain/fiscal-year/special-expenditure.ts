// Special expenditure (chi đặc thù: a spending item with no norm, Thanh Hóa 2018 Điều 11.2: "Trường hợp phát sinh
// các nội dung chi đặc thù chưa có tiêu chuẩn, định mức, chế độ chi, cơ quan Thường trực Ban Chỉ đạo chủ trì, phối
// hợp với Sở Tài chính để thống nhất nội dung trình Trưởng Ban Chỉ đạo xem xét, quyết định"): proposed by the
// standing agency → Sở Tài chính's coordination opinion → the chair (the member holding the role the regulation
// names, on the roster of the day) approves or rejects → spent only once approved, up to the approved amount
// (spending.ts). Where the regulation in force has no such flow, nothing is proposed.
import type { LocalDate } from '@bcd/calendar';
import type { Command } from '@bcd/kernel';
import { formatCitation, holdsRole, type RegulationSpan, type RulePack } from '@bcd/regulation';
import type { MemberRole } from '@bcd/contracts';
import { dong, refuse, refuseByRegulation, Rules, type AmountInput } from '../rules.js';
import { appropriatedBudget } from './appropriation.js';
import { lineOf, packOn, ruleData, unsettled } from './checks.js';
import type { BudgetEvent, BudgetState, OpenBudget, Special } from './fiscal-year.js';

export type ProposeSpecialExpenditure = Command<
  'ProposeSpecialExpenditure',
  { budgetId: string; specialExpenditureId: string; lineId: string; title: string; amount: AmountInput; reason: string; proposedOn: LocalDate; regulation: RegulationSpan | undefined }
>;
export type CoordinateSpecialExpenditure = Command<
  'CoordinateSpecialExpenditure',
  { budgetId: string; specialExpenditureId: string; coordinatedOn: LocalDate; agrees: boolean; agreedAmount: AmountInput | null; opinion: string }
>;
export type DecideSpecialExpenditure = Command<
  'DecideSpecialExpenditure',
  {
    budgetId: string;
    specialExpenditureId: string;
    decidedOn: LocalDate;
    approved: boolean;
    approvedAmount: AmountInput | null;
    note: string | null;
    /** The caller's seat on the roster of `decidedOn`. */
    decidedBy: { memberId: string; role: MemberRole };
    regulation: RegulationSpan | undefined;
  }
>;

function flowOf(pack: RulePack) {
  const flow = pack.budget.specialExpenditure;
  if (flow.kind === 'none') throw refuseByRegulation(pack, 'budget.specialExpenditure', 'The regulation in force has no special-expenditure flow (chi đặc thù): spending follows the norms, on the budget\'s lines.');
  return flow;
}

export function proposeSpecialExpenditure({ data }: ProposeSpecialExpenditure, state: BudgetState): BudgetEvent[] {
  const budget = appropriatedBudget(state, data.budgetId);
  if (budget.specials[data.specialExpenditureId]) throw refuse(Rules.special, `Special expenditure ${data.specialExpenditureId} was already proposed.`);
  flowOf(packOn(data.regulation, data.proposedOn));
  lineOf(budget, data.lineId);
  const amount = dong(data.amount, 'amount');
  const { regulation: _r, ...rest } = data;
  return [{ type: 'SpecialExpenditureProposed', data: { ...rest, amount: amount.toString(), regulation: ruleData(data.regulation, 'specialExpenditure') } }];
}

/** Sở Tài chính's opinion, once: it agrees (to an amount no larger than proposed) or not. */
export function coordinateSpecialExpenditure({ data }: CoordinateSpecialExpenditure, state: BudgetState): BudgetEvent[] {
  const special = specialOf(unsettled(state, data.budgetId), data.specialExpenditureId);
  if (special.coordinated) throw refuse(Rules.special, `Sở Tài chính's opinion on special expenditure ${data.specialExpenditureId} is already recorded.`);
  // Dates may be back-dated: the order of the steps is checked on their business dates, not only on the order recorded.
  if (data.coordinatedOn < special.proposedOn) throw refuse(Rules.special, `Sở Tài chính's opinion is dated ${data.coordinatedOn}, before the special expenditure was proposed (${special.proposedOn}).`);
  let agreedAmount: string | null = null;
  if (data.agrees) {
    const agreed = data.agreedAmount === null ? special.amount : dong(data.agreedAmount, 'agreedAmount');
    if (agreed > special.amount) throw refuse(Rules.special, `Sở Tài chính agrees to ${agreed} đồng, more than the ${special.amount} proposed.`);
    agreedAmount = agreed.toString();
  } else if (data.agreedAmount !== null) {
    throw refuse(Rules.special, 'An opinion that does not agree names no amount.');
  }
  return [{ type: 'SpecialExpenditureCoordinated', data: { budgetId: data.budgetId, specialExpenditureId: data.specialExpenditureId, coordinatedOn: data.coordinatedOn, agrees: data.agrees, agreedAmount, opinion: data.opinion } }];
}

/**
 * The chair decides, once, after Sở Tài chính's opinion: the content is agreed with it before it goes to the chair
 * ("thống nhất nội dung trình Trưởng Ban"), so an approval needs its agreement and stays within the amount agreed;
 * a rejection needs only its opinion.
 */
export function decideSpecialExpenditure({ data }: DecideSpecialExpenditure, state: BudgetState): BudgetEvent[] {
  const special = specialOf(unsettled(state, data.budgetId), data.specialExpenditureId);
  if (special.status === 'approved' || special.status === 'rejected') throw refuse(Rules.special, `Special expenditure ${data.specialExpenditureId} was already ${special.status}.`);
  const pack = packOn(data.regulation, data.decidedOn);
  const flow = flowOf(pack);
  if (!holdsRole(pack, data.decidedBy.role, flow.decidedBy as never)) {
    throw refuseByRegulation(pack, 'budget.specialExpenditure', `A special expenditure is decided by the ${flow.decidedBy}; the caller is ${data.decidedBy.role} on ${data.decidedOn}.`);
  }
  if (!special.coordinated) throw refuseByRegulation(pack, 'budget.specialExpenditure', `The standing agency agrees the content with Sở Tài chính before the ${flow.decidedBy} decides: no opinion of Sở Tài chính is recorded.`);
  if (special.coordinatedOn !== null && data.decidedOn < special.coordinatedOn) {
    throw refuseByRegulation(pack, 'budget.specialExpenditure', `Decided on ${data.decidedOn}, before Sở Tài chính's opinion (${special.coordinatedOn}): the content is agreed with Sở Tài chính before it goes to the ${flow.decidedBy}.`);
  }
  let approvedAmount: string | null = null;
  if (data.approved) {
    if (special.agreedAmount === null) throw refuseByRegulation(pack, 'budget.specialExpenditure', 'Sở Tài chính did not agree: the content was not agreed, so it cannot be approved (it may be rejected, or proposed again).');
    const amount = data.approvedAmount === null ? special.agreedAmount : dong(data.approvedAmount, 'approvedAmount');
    if (amount > special.agreedAmount) throw refuse(Rules.special, `Approved ${amount} đồng, more than the ${special.agreedAmount} agreed with Sở Tài chính.`);
    approvedAmount = amount.toString();
  } else if (data.approvedAmount !== null) {
    throw refuse(Rules.special, 'A rejection approves no amount.');
  }
  return [
    {
      type: 'SpecialExpenditureDecided',
      data: {
        budgetId: data.budgetId,
        specialExpenditureId: data.specialExpenditureId,
        decidedOn: data.decidedOn,
        approved: data.approved,
        approvedAmount,
        decidedBy: data.decidedBy,
        note: data.note,
        article: formatCitation(flow.citation),
      },
    },
  ];
}

function specialOf(budget: OpenBudget, id: string): Special {
  const special = budget.specials[id];
  if (!special) throw refuse(Rules.special, `The ${budget.fiscalYear} budget has no special expenditure ${id}.`);
  return special;
}
