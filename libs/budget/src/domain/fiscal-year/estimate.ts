// Opening a fiscal year's budget and its estimate (dự toán), as the regulation in force on each step's date sets
// them (RULES.md §4): the funding source it names (Phú Thọ 2022 Điều 11.2: each agency's own recurrent budget),
// the estimate drafted by the standing agency, submitted, and appraised by Sở Tài chính where the flow has that
// step (Kiên Giang 2008 Điều 12: "lập dự toán kinh phí hoạt động gửi Sở Tài chính thẩm định").
import type { LocalDate } from '@bcd/calendar';
import type { Command } from '@bcd/kernel';
import { formatCitation, holdsRole, type RegulationSpan, type RulePack } from '@bcd/regulation';
import type { FundingSource, MemberRole } from '@bcd/contracts';
import { dong, refuse, refuseByRegulation, Rules, type AmountInput } from '../rules.js';
import { linesOf, opened, packOn, ruleData, total, type LineInput } from './checks.js';
import type { BudgetEvent, BudgetState } from './fiscal-year.js';

type WithRegulation = { regulation: RegulationSpan | undefined };

export type OpenBudget = Command<'OpenBudget', { budgetId: string; fiscalYear: number; holderAgencyId: string; source: FundingSource; openedOn: LocalDate } & WithRegulation>;
export type DraftEstimate = Command<'DraftEstimate', { budgetId: string; draftedOn: LocalDate; lines: LineInput[] } & WithRegulation>;
export type SubmitEstimate = Command<'SubmitEstimate', { budgetId: string; submittedOn: LocalDate } & WithRegulation>;
export type AppraiseEstimate = Command<
  'AppraiseEstimate',
  { budgetId: string; appraisedOn: LocalDate; lines: { lineId: string; amount: AmountInput; comment: string | null }[]; comments: string | null }
>;

export type ReviewEstimate = Command<
  'ReviewEstimate',
  {
    budgetId: string;
    reviewedOn: LocalDate;
    note: string | null;
    /** The caller's seat on the roster of `reviewedOn`. */
    reviewedBy: { memberId: string; role: MemberRole };
  } & WithRegulation
>;

export function openBudget({ data }: OpenBudget, state: BudgetState): BudgetEvent[] {
  const { regulation, ...rest } = data;
  if (state.status !== 'none') throw refuse(Rules.flow, `The ${data.fiscalYear} budget of this agency is already open.`);
  const pack = packOn(regulation, data.openedOn);
  const sources = pack.budget.funding.sources;
  if (!sources.includes(data.source)) {
    throw refuseByRegulation(pack, 'budget.funding', `The regulation in force funds the committee from ${sources.join(', ')}, not ${data.source}.`);
  }
  return [{ type: 'BudgetOpened', data: { ...rest, regulation: ruleData(regulation, 'funding') } }];
}

export function draftEstimate({ data }: DraftEstimate, state: BudgetState): BudgetEvent[] {
  const budget = opened(state, data.budgetId);
  if (budget.stage !== 'drafting') throw refuse(Rules.flow, `The ${budget.fiscalYear} estimate was already submitted: it is drafted again only as a supplement.`);
  const pack = packOn(data.regulation, data.draftedOn);
  const lines = linesOf(data.lines, pack);
  return [{ type: 'EstimateDrafted', data: { budgetId: data.budgetId, draftedOn: data.draftedOn, lines, total: total(lines).toString(), regulation: ruleData(data.regulation, 'estimate') } }];
}

export function submitEstimate({ data }: SubmitEstimate, state: BudgetState): BudgetEvent[] {
  const budget = opened(state, data.budgetId);
  if (budget.estimate === null) throw refuse(Rules.flow, `The ${budget.fiscalYear} estimate has not been drafted.`);
  if (budget.stage !== 'drafting') throw refuse(Rules.flow, `The ${budget.fiscalYear} estimate was already submitted.`);
  packOn(data.regulation, data.submittedOn);
  return [{ type: 'EstimateSubmitted', data: { budgetId: data.budgetId, submittedOn: data.submittedOn, total: total(budget.estimate).toString(), regulation: ruleData(data.regulation, 'estimate') } }];
}

/** The finance department's appraisal: an amount (and a comment) for every line of the estimate, once. */
export function appraiseEstimate({ data }: AppraiseEstimate, state: BudgetState): BudgetEvent[] {
  const budget = opened(state, data.budgetId);
  if (budget.stage !== 'submitted') {
    throw refuse(Rules.flow, budget.stage === 'drafting' ? `The ${budget.fiscalYear} estimate has not been submitted for appraisal.` : `The ${budget.fiscalYear} estimate was already appraised or approved.`);
  }
  const estimated = new Set((budget.estimate ?? []).map((l) => l.lineId));
  const named = new Set(data.lines.map((l) => l.lineId));
  if (named.size !== data.lines.length) throw refuse(Rules.line, 'A line is appraised twice.');
  const missing = [...estimated].filter((id) => !named.has(id));
  const unknown = [...named].filter((id) => !estimated.has(id));
  if (missing.length > 0 || unknown.length > 0) {
    throw refuse(Rules.line, `The appraisal gives an amount for each line of the estimate${missing.length ? `; missing: ${missing.join(', ')}` : ''}${unknown.length ? `; not in the estimate: ${unknown.join(', ')}` : ''}.`);
  }
  const lines = data.lines.map((l, i) => {
    // Sở Tài chính may appraise a line at nothing: zero is allowed here, never a negative or a fraction.
    const amount = l.amount === 0 || l.amount === '0' ? 0n : dong(l.amount, `lines.${i}.amount`);
    return { lineId: l.lineId, amount: amount.toString(), comment: l.comment };
  });
  return [{ type: 'EstimateAppraised', data: { budgetId: data.budgetId, appraisedOn: data.appraisedOn, lines, total: total(lines).toString(), comments: data.comments } }];
}

/** The member the regulation's flow has review the estimate (Thanh Hóa 2018 Điều 11.2: the chair), if any. */
export function reviewerOf(pack: RulePack): string | null {
  const flow = pack.budget.estimate;
  return flow.kind === 'flow' ? (flow.steps.find((s) => s.action === 'reviews')?.actor ?? null) : null;
}

/**
 * The estimate passes through the member the regulation names before it goes on (Thanh Hóa 2018 Điều 11.2: "lập kế
 * hoạch, dự toán kinh phí thông qua Trưởng Ban Chỉ đạo, trình cơ quan có thẩm quyền cấp"): once submitted, once, by
 * the member holding that role on the roster of the day. Where the regulation has no such step, nothing to review.
 */
export function reviewEstimate({ data }: ReviewEstimate, state: BudgetState): BudgetEvent[] {
  const budget = opened(state, data.budgetId);
  const pack = packOn(data.regulation, data.reviewedOn);
  const reviewer = reviewerOf(pack);
  if (reviewer === null) throw refuseByRegulation(pack, 'budget.estimate', 'The regulation in force has the estimate reviewed by no member of the committee.');
  if (budget.stage !== 'submitted' && budget.stage !== 'appraised') throw refuse(Rules.flow, `The ${budget.fiscalYear} estimate is reviewed once submitted and before it is approved.`);
  if (budget.reviewed) throw refuse(Rules.flow, `The ${budget.fiscalYear} estimate was already reviewed.`);
  if (!holdsRole(pack, data.reviewedBy.role, reviewer as never)) {
    throw refuseByRegulation(pack, 'budget.estimate', `The estimate passes through the ${reviewer}; the caller is ${data.reviewedBy.role} on ${data.reviewedOn}.`);
  }
  const flow = pack.budget.estimate;
  const article = flow.kind === 'flow' ? formatCitation(flow.citation) : '';
  return [{ type: 'EstimateReviewed', data: { budgetId: data.budgetId, reviewedOn: data.reviewedOn, reviewedBy: data.reviewedBy, note: data.note, article } }];
}
