// The data of the budget context's events (RULES.md §4): one stream per budget of a fiscal year held by one
// agency (`budget-year-<tenant>-<budgetId>`, stored as `budget.<Type>`) — the standing agency's (Sở TTTT's) budget
// in most provinces, each agency's own in Phú Thọ 2022 (Điều 11.2). Estimate → appraisal → appropriation →
// supplements and reallocations → expenditures → settlement; special expenditures (Thanh Hóa 2018 Điều 11.2) and
// unplanned tasks (Phú Thọ 2022 Điều 11.3) in the same stream, so that every limit is checked against one
// version. Amounts are whole đồng written as decimal strings: never a JavaScript number, whatever their size.
import { LocalDateSchema } from '@bcd/regulation';
import { z } from 'zod';
import { DecisionDataSchema, RegulationRefDataSchema } from './membership-events.js';

const localDate = LocalDateSchema;
const id = z.string().min(1);

/** Whole đồng as a decimal string; `signed` for corrections. */
export const DongSchema = z.string().regex(/^(0|[1-9]\d*)$/);
export const SignedDongSchema = z.string().regex(/^(0|-?[1-9]\d*)$/);

export const BUDGET_EVENT_TYPES = {
  budgetOpened: 'budget.BudgetOpened',
  estimateDrafted: 'budget.EstimateDrafted',
  estimateSubmitted: 'budget.EstimateSubmitted',
  estimateAppraised: 'budget.EstimateAppraised',
  estimateReviewed: 'budget.EstimateReviewed',
  appropriated: 'budget.Appropriated',
  appropriationSupplemented: 'budget.AppropriationSupplemented',
  appropriationReallocated: 'budget.AppropriationReallocated',
  expenditureRecorded: 'budget.ExpenditureRecorded',
  specialExpenditureProposed: 'budget.SpecialExpenditureProposed',
  specialExpenditureCoordinated: 'budget.SpecialExpenditureCoordinated',
  specialExpenditureDecided: 'budget.SpecialExpenditureDecided',
  unplannedTaskAssigned: 'budget.UnplannedTaskAssigned',
  unplannedTaskFundingProposed: 'budget.UnplannedTaskFundingProposed',
  unplannedTaskFundingDecided: 'budget.UnplannedTaskFundingDecided',
  settlementSubmitted: 'budget.SettlementSubmitted',
  settlementApproved: 'budget.SettlementApproved',
  settlementCorrected: 'budget.SettlementCorrected',
} as const;

/** Where the money comes from (RULES.md §4 "funding source"), as the regulation in force names them. */
export const FUNDING_SOURCES = ['standing-agency-budget', 'each-agency-recurrent-budget', 'other-lawful-sources'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

/** The regulation a fact was judged by, and the article it rests on. */
export const BudgetRuleDataSchema = RegulationRefDataSchema.extend({ article: z.string().min(1) });
export type BudgetRuleData = z.infer<typeof BudgetRuleDataSchema>;

/** A line of the estimate or the appropriation: a category (the regulation's, where it lists them) and an amount. */
export const BudgetLineDataSchema = z.object({ lineId: id, category: z.string().min(1), title: z.string().min(1), amount: DongSchema });
export type BudgetLineData = z.infer<typeof BudgetLineDataSchema>;

export const BudgetOpenedDataSchema = z.object({
  budgetId: id,
  fiscalYear: z.int().min(2000).max(2100),
  /** The agency whose budget it is: the standing agency, or (Phú Thọ 2022) each agency. */
  holderAgencyId: id,
  source: z.enum(FUNDING_SOURCES),
  openedOn: localDate,
  regulation: BudgetRuleDataSchema,
});
export type BudgetOpenedData = z.infer<typeof BudgetOpenedDataSchema>;

export const EstimateDraftedDataSchema = z.object({ budgetId: id, draftedOn: localDate, lines: z.array(BudgetLineDataSchema).min(1), total: DongSchema, regulation: BudgetRuleDataSchema });
export type EstimateDraftedData = z.infer<typeof EstimateDraftedDataSchema>;

/** Sent on by the standing agency: to Sở Tài chính for appraisal, or to whom the regulation names. */
export const EstimateSubmittedDataSchema = z.object({ budgetId: id, submittedOn: localDate, total: DongSchema, regulation: BudgetRuleDataSchema });
export type EstimateSubmittedData = z.infer<typeof EstimateSubmittedDataSchema>;

/** Sở Tài chính's appraisal (thẩm định): an amount and a comment per line. */
export const EstimateAppraisedDataSchema = z.object({
  budgetId: id,
  appraisedOn: localDate,
  lines: z.array(z.object({ lineId: id, amount: DongSchema, comment: z.string().nullable() })),
  total: DongSchema,
  comments: z.string().nullable(),
});
export type EstimateAppraisedData = z.infer<typeof EstimateAppraisedDataSchema>;

/**
 * The estimate passed through the member the regulation names before it goes on (Thanh Hóa 2018 Điều 11.2: "lập kế
 * hoạch, dự toán kinh phí thông qua Trưởng Ban Chỉ đạo, trình cơ quan có thẩm quyền cấp"), as the roster of the day has them.
 */
export const EstimateReviewedDataSchema = z.object({
  budgetId: id,
  reviewedOn: localDate,
  reviewedBy: z.object({ memberId: id, role: z.string().min(1) }),
  note: z.string().nullable(),
  article: z.string().min(1),
});
export type EstimateReviewedData = z.infer<typeof EstimateReviewedDataSchema>;

/** The approving decision (UBND tỉnh, the competent authority, or the agency's own allocation) and its lines. */
export const AppropriatedDataSchema = z.object({
  budgetId: id,
  decision: DecisionDataSchema,
  lines: z.array(BudgetLineDataSchema).min(1),
  total: DongSchema,
  /** Kiên Giang 2008 Điều 12: approved within the standing agency's operating budget; null where no ceiling applies. */
  ceiling: DongSchema.nullable(),
  regulation: BudgetRuleDataSchema,
});
export type AppropriatedData = z.infer<typeof AppropriatedDataSchema>;

export const AppropriationSupplementedDataSchema = z.object({
  budgetId: id,
  supplementId: id,
  decision: DecisionDataSchema,
  /** Amounts added: to existing lines, or new lines (with their category and title). */
  lines: z.array(BudgetLineDataSchema).min(1),
  total: DongSchema,
  ceiling: DongSchema.nullable(),
});
export type AppropriationSupplementedData = z.infer<typeof AppropriationSupplementedDataSchema>;

export const AppropriationReallocatedDataSchema = z.object({ budgetId: id, reallocationId: id, decision: DecisionDataSchema, fromLineId: id, toLineId: id, amount: DongSchema });
export type AppropriationReallocatedData = z.infer<typeof AppropriationReallocatedDataSchema>;

export const ExpenditureRecordedDataSchema = z.object({
  budgetId: id,
  expenditureId: id,
  lineId: id,
  amount: DongSchema,
  spentOn: localDate,
  /** The voucher (chứng từ) reference. */
  voucher: z.string().min(1),
  payee: z.string().min(1),
  description: z.string().min(1),
  /** Spent under an approved special expenditure (Thanh Hóa 2018 Điều 11.2). */
  specialExpenditureId: id.nullable(),
  /** Who decides each expenditure, where the regulation names someone (Kiên Giang 2008 Điều 12: the standing office); null elsewhere. */
  decidedBy: z.object({ actor: z.string().min(1), article: z.string().min(1) }).nullable(),
});
export type ExpenditureRecordedData = z.infer<typeof ExpenditureRecordedDataSchema>;

export const SpecialExpenditureProposedDataSchema = z.object({
  budgetId: id,
  specialExpenditureId: id,
  lineId: id,
  title: z.string().min(1),
  amount: DongSchema,
  reason: z.string().min(1),
  proposedOn: localDate,
  regulation: BudgetRuleDataSchema,
});
export type SpecialExpenditureProposedData = z.infer<typeof SpecialExpenditureProposedDataSchema>;

/** Sở Tài chính's coordination opinion (ý kiến phối hợp) on a special expenditure. */
export const SpecialExpenditureCoordinatedDataSchema = z.object({
  budgetId: id,
  specialExpenditureId: id,
  coordinatedOn: localDate,
  agrees: z.boolean(),
  /** The amount the finance department agrees to; null when it does not agree. */
  agreedAmount: DongSchema.nullable(),
  opinion: z.string().min(1),
});
export type SpecialExpenditureCoordinatedData = z.infer<typeof SpecialExpenditureCoordinatedDataSchema>;

/** The chair's decision, by the member holding the chair on the roster of `decidedOn`. */
export const SpecialExpenditureDecidedDataSchema = z.object({
  budgetId: id,
  specialExpenditureId: id,
  decidedOn: localDate,
  approved: z.boolean(),
  /** The approved amount (at most the proposed one); null when rejected. */
  approvedAmount: DongSchema.nullable(),
  decidedBy: z.object({ memberId: id, role: z.string().min(1) }),
  note: z.string().nullable(),
  article: z.string().min(1),
});
export type SpecialExpenditureDecidedData = z.infer<typeof SpecialExpenditureDecidedDataSchema>;

/** A task UBND tỉnh assigned outside the plan (Phú Thọ 2022 Điều 11.3, "nhiệm vụ được giao việc đột xuất"). */
export const UnplannedTaskAssignedDataSchema = z.object({
  budgetId: id,
  taskId: id,
  description: z.string().min(1),
  assignment: DecisionDataSchema,
  assignedOn: localDate,
  regulation: BudgetRuleDataSchema,
});
export type UnplannedTaskAssignedData = z.infer<typeof UnplannedTaskAssignedDataSchema>;

/** Sở TTTT, with Sở Tài chính, proposes its funding to the competent authority. */
export const UnplannedTaskFundingProposedDataSchema = z.object({ budgetId: id, taskId: id, amount: DongSchema, proposedOn: localDate, coordinatedWith: z.string().min(1) });
export type UnplannedTaskFundingProposedData = z.infer<typeof UnplannedTaskFundingProposedDataSchema>;

/** The competent authority's decision: funded (a line of its own, `lineId` = the task's id) or not. */
export const UnplannedTaskFundingDecidedDataSchema = z.object({
  budgetId: id,
  taskId: id,
  decision: DecisionDataSchema,
  funded: z.boolean(),
  amount: DongSchema.nullable(),
});
export type UnplannedTaskFundingDecidedData = z.infer<typeof UnplannedTaskFundingDecidedDataSchema>;

export const SettlementSubmittedDataSchema = z.object({ budgetId: id, submittedOn: localDate, appropriated: DongSchema, spent: DongSchema, regulation: BudgetRuleDataSchema });
export type SettlementSubmittedData = z.infer<typeof SettlementSubmittedDataSchema>;

/** The finance department approves the settlement (quyết toán): the year is closed to spending. */
export const SettlementApprovedDataSchema = z.object({ budgetId: id, approvedOn: localDate, decision: DecisionDataSchema });
export type SettlementApprovedData = z.infer<typeof SettlementApprovedDataSchema>;

/** After settlement, only by a new decision: a signed change of what was spent on a line. */
export const SettlementCorrectedDataSchema = z.object({
  budgetId: id,
  correctionId: id,
  decision: DecisionDataSchema,
  lineId: id,
  amount: SignedDongSchema,
  reason: z.string().min(1),
});
export type SettlementCorrectedData = z.infer<typeof SettlementCorrectedDataSchema>;

/** Each event type (without namespace) → the schema of its data: how other contexts read the budget's events. */
export const BUDGET_EVENT_DATA = {
  BudgetOpened: BudgetOpenedDataSchema,
  EstimateDrafted: EstimateDraftedDataSchema,
  EstimateSubmitted: EstimateSubmittedDataSchema,
  EstimateAppraised: EstimateAppraisedDataSchema,
  EstimateReviewed: EstimateReviewedDataSchema,
  Appropriated: AppropriatedDataSchema,
  AppropriationSupplemented: AppropriationSupplementedDataSchema,
  AppropriationReallocated: AppropriationReallocatedDataSchema,
  ExpenditureRecorded: ExpenditureRecordedDataSchema,
  SpecialExpenditureProposed: SpecialExpenditureProposedDataSchema,
  SpecialExpenditureCoordinated: SpecialExpenditureCoordinatedDataSchema,
  SpecialExpenditureDecided: SpecialExpenditureDecidedDataSchema,
  UnplannedTaskAssigned: UnplannedTaskAssignedDataSchema,
  UnplannedTaskFundingProposed: UnplannedTaskFundingProposedDataSchema,
  UnplannedTaskFundingDecided: UnplannedTaskFundingDecidedDataSchema,
  SettlementSubmitted: SettlementSubmittedDataSchema,
  SettlementApproved: SettlementApprovedDataSchema,
  SettlementCorrected: SettlementCorrectedDataSchema,
} as const;
