// A fiscal year's budget as its events made it: the estimate and its appraisal, every decision that moved money
// onto or between lines (with its date, so execution can be read as of any day), the expenditures, the special
// expenditures and unplanned tasks with their state, and the settlement. A pure fold, kept whole in one jsonb
// column by the projection. Amounts stay decimal strings and are added as bigint: no float anywhere.
import { z } from 'zod';
import type { LocalDate } from '@bcd/calendar';
import { FUNDING_SOURCES } from '@bcd/contracts';
import { View } from '@bcd/service-host';
import type { BudgetEvent } from '../domain/fiscal-year/fiscal-year.js';
import { UNPLANNED_TASK_CATEGORY } from '../domain/fiscal-year/fiscal-year.js';

const dong = z.string().regex(/^-?\d+$/).meta({ description: 'whole đồng as a decimal string (exact at any size)', example: '150000000' });
const decision = z.strictObject({ number: z.string(), date: View.localDate });
const rule = z.strictObject({ packId: z.string(), decisionNumber: z.string().nullable(), effectiveFrom: View.localDate, article: z.string() });
const line = z.strictObject({ lineId: z.string(), category: z.string(), title: z.string(), amount: dong });

export const STAGES = ['drafting', 'submitted', 'appraised', 'appropriated', 'settlement-submitted', 'settled'] as const;

/** A change of a line's appropriation: what `execution` adds up as of a day. */
const MovementSchema = z.strictObject({
  on: View.localDate,
  lineId: z.string(),
  kind: z.enum(['appropriation', 'supplement', 'reallocation', 'unplanned-task-funding']),
  amount: dong,
  decision,
});

export const ExpenditureViewSchema = z.strictObject({
  expenditureId: View.id,
  lineId: z.string(),
  amount: dong,
  spentOn: View.localDate,
  voucher: z.string(),
  payee: z.string(),
  description: z.string(),
  specialExpenditureId: z.string().nullable(),
  decidedBy: z.strictObject({ actor: z.string(), article: z.string() }).nullable(),
});
export type ExpenditureView = z.infer<typeof ExpenditureViewSchema>;

export const SpecialExpenditureViewSchema = z.strictObject({
  specialExpenditureId: View.id,
  lineId: z.string(),
  title: z.string(),
  amount: dong,
  reason: z.string(),
  proposedOn: View.localDate,
  status: z.enum(['proposed', 'coordinated', 'approved', 'rejected']),
  coordination: z.strictObject({ coordinatedOn: View.localDate, agrees: z.boolean(), agreedAmount: dong.nullable(), opinion: z.string() }).nullable(),
  decision: z.strictObject({ decidedOn: View.localDate, approved: z.boolean(), approvedAmount: dong.nullable(), decidedBy: z.strictObject({ memberId: z.string(), role: z.string() }), note: z.string().nullable(), article: z.string() }).nullable(),
  spent: dong,
  regulation: rule,
});
export type SpecialExpenditureView = z.infer<typeof SpecialExpenditureViewSchema>;

export const UnplannedTaskViewSchema = z.strictObject({
  taskId: View.id,
  description: z.string(),
  assignment: decision,
  assignedOn: View.localDate,
  status: z.enum(['assigned', 'proposed', 'funded', 'not-funded']),
  proposal: z.strictObject({ amount: dong, proposedOn: View.localDate, coordinatedWith: z.string() }).nullable(),
  funding: z.strictObject({ decision, funded: z.boolean(), amount: dong.nullable() }).nullable(),
  regulation: rule,
});
export type UnplannedTaskView = z.infer<typeof UnplannedTaskViewSchema>;

export const ExecutionLineSchema = z.strictObject({
  lineId: z.string(),
  category: z.string(),
  title: z.string(),
  appropriated: dong,
  spent: dong,
  remaining: dong,
  /** spent ÷ appropriated in per cent, two decimals (rounded half up); null when nothing is appropriated. */
  rate: z.string().nullable(),
});
export type ExecutionLine = z.infer<typeof ExecutionLineSchema>;

export const ExecutionSchema = z.strictObject({
  asOf: View.localDate.nullable(),
  lines: z.array(ExecutionLineSchema),
  totals: z.strictObject({ appropriated: dong, spent: dong, remaining: dong, rate: z.string().nullable() }),
});
export type Execution = z.infer<typeof ExecutionSchema>;

export const BudgetViewSchema = z.strictObject({
  budgetId: View.id,
  fiscalYear: z.int(),
  holderAgencyId: View.id,
  source: z.enum(FUNDING_SOURCES),
  openedOn: View.localDate,
  stage: z.enum(STAGES),
  regulation: rule,
  estimate: z
    .strictObject({
      draftedOn: View.localDate,
      lines: z.array(line),
      total: dong,
      submittedOn: View.localDate.nullable(),
      appraisal: z.strictObject({ appraisedOn: View.localDate, lines: z.array(z.strictObject({ lineId: z.string(), amount: dong, comment: z.string().nullable() })), total: dong, comments: z.string().nullable() }).nullable(),
      /** Thanh Hóa 2018 Điều 11.2: passed through the chair. */
      review: z.strictObject({ reviewedOn: View.localDate, reviewedBy: z.strictObject({ memberId: z.string(), role: z.string() }), note: z.string().nullable(), article: z.string() }).nullable(),
    })
    .nullable(),
  appropriation: z.strictObject({ decision, total: dong, ceiling: dong.nullable(), regulation: rule }).nullable(),
  /** Every line ever appropriated (category, title), in the order they appeared. */
  lines: z.array(z.strictObject({ lineId: z.string(), category: z.string(), title: z.string() })),
  movements: z.array(MovementSchema),
  expenditures: z.array(ExpenditureViewSchema),
  corrections: z.array(z.strictObject({ correctionId: View.id, decision, lineId: z.string(), amount: dong, reason: z.string() })),
  specialExpenditures: z.array(SpecialExpenditureViewSchema),
  unplannedTasks: z.array(UnplannedTaskViewSchema),
  settlement: z.strictObject({ submittedOn: View.localDate, appropriated: dong, spent: dong, approvedOn: View.localDate.nullable(), decision: decision.nullable(), regulation: rule }).nullable(),
  execution: ExecutionSchema,
  version: z.int(),
});
export type BudgetView = z.infer<typeof BudgetViewSchema>;

type Movement = z.infer<typeof MovementSchema>;

/** The view after one more event of its stream (`version`: the stream's version after it). */
export function foldBudget(view: BudgetView | null, event: BudgetEvent, version: number): BudgetView | null {
  if (event.type === 'BudgetOpened') {
    const { budgetId, fiscalYear, holderAgencyId, source, openedOn, regulation } = event.data;
    const opened: BudgetView = {
      budgetId,
      fiscalYear,
      holderAgencyId,
      source,
      openedOn,
      stage: 'drafting',
      regulation,
      estimate: null,
      appropriation: null,
      lines: [],
      movements: [],
      expenditures: [],
      corrections: [],
      specialExpenditures: [],
      unplannedTasks: [],
      settlement: null,
      execution: emptyExecution(),
      version,
    };
    return opened;
  }
  if (view === null) return null;
  const next = applyEvent(view, event);
  return { ...next, execution: executionOf(next), version };
}

function applyEvent(view: BudgetView, event: BudgetEvent): BudgetView {
  switch (event.type) {
    case 'BudgetOpened':
      return view;
    case 'EstimateDrafted': {
      const { draftedOn, lines, total } = event.data;
      return { ...view, estimate: { draftedOn, lines, total, submittedOn: null, appraisal: null, review: null } };
    }
    case 'EstimateSubmitted':
      return view.estimate ? { ...view, stage: 'submitted', estimate: { ...view.estimate, submittedOn: event.data.submittedOn } } : view;
    case 'EstimateAppraised': {
      const { appraisedOn, lines, total, comments } = event.data;
      return view.estimate ? { ...view, stage: 'appraised', estimate: { ...view.estimate, appraisal: { appraisedOn, lines, total, comments } } } : view;
    }
    case 'EstimateReviewed': {
      const { budgetId: _b, ...review } = event.data;
      return view.estimate ? { ...view, estimate: { ...view.estimate, review } } : view;
    }
    case 'Appropriated': {
      const { decision, lines, total, ceiling, regulation } = event.data;
      return {
        ...withLines(view, lines),
        stage: 'appropriated',
        appropriation: { decision, total, ceiling, regulation },
        movements: [...view.movements, ...lines.map((l): Movement => ({ on: decision.date, lineId: l.lineId, kind: 'appropriation', amount: l.amount, decision }))],
      };
    }
    case 'AppropriationSupplemented': {
      const { decision, lines, ceiling } = event.data;
      const appropriation = view.appropriation && ceiling !== null ? { ...view.appropriation, ceiling } : view.appropriation;
      return {
        ...withLines(view, lines),
        appropriation,
        movements: [...view.movements, ...lines.map((l): Movement => ({ on: decision.date, lineId: l.lineId, kind: 'supplement', amount: l.amount, decision }))],
      };
    }
    case 'AppropriationReallocated': {
      const { decision, fromLineId, toLineId, amount } = event.data;
      return {
        ...view,
        movements: [
          ...view.movements,
          { on: decision.date, lineId: fromLineId, kind: 'reallocation', amount: (-BigInt(amount)).toString(), decision },
          { on: decision.date, lineId: toLineId, kind: 'reallocation', amount, decision },
        ],
      };
    }
    case 'ExpenditureRecorded': {
      const { budgetId: _b, ...expenditure } = event.data;
      const specialExpenditures = view.specialExpenditures.map((s) => (s.specialExpenditureId === expenditure.specialExpenditureId ? { ...s, spent: add(s.spent, expenditure.amount) } : s));
      return { ...view, expenditures: [...view.expenditures, expenditure], specialExpenditures };
    }
    case 'SpecialExpenditureProposed': {
      const { budgetId: _b, ...proposed } = event.data;
      return { ...view, specialExpenditures: [...view.specialExpenditures, { ...proposed, status: 'proposed', coordination: null, decision: null, spent: '0' }] };
    }
    case 'SpecialExpenditureCoordinated': {
      const { budgetId: _b, specialExpenditureId, ...coordination } = event.data;
      return { ...view, specialExpenditures: view.specialExpenditures.map((s) => (s.specialExpenditureId === specialExpenditureId ? { ...s, status: 'coordinated', coordination } : s)) };
    }
    case 'SpecialExpenditureDecided': {
      const { budgetId: _b, specialExpenditureId, ...decision } = event.data;
      return {
        ...view,
        specialExpenditures: view.specialExpenditures.map((s) => (s.specialExpenditureId === specialExpenditureId ? { ...s, status: decision.approved ? 'approved' : 'rejected', decision } : s)),
      };
    }
    case 'UnplannedTaskAssigned': {
      const { budgetId: _b, ...task } = event.data;
      return { ...view, unplannedTasks: [...view.unplannedTasks, { ...task, status: 'assigned', proposal: null, funding: null }] };
    }
    case 'UnplannedTaskFundingProposed': {
      const { taskId, amount, proposedOn, coordinatedWith } = event.data;
      return { ...view, unplannedTasks: view.unplannedTasks.map((t) => (t.taskId === taskId ? { ...t, status: 'proposed', proposal: { amount, proposedOn, coordinatedWith } } : t)) };
    }
    case 'UnplannedTaskFundingDecided': {
      const { taskId, decision, funded, amount } = event.data;
      const task = view.unplannedTasks.find((t) => t.taskId === taskId);
      const tasks = view.unplannedTasks.map((t) => (t.taskId === taskId ? { ...t, status: funded ? ('funded' as const) : ('not-funded' as const), funding: { decision, funded, amount } } : t));
      if (!funded || amount === null) return { ...view, unplannedTasks: tasks };
      const fundedLine = { lineId: taskId, category: UNPLANNED_TASK_CATEGORY, title: task?.description ?? taskId, amount };
      return {
        ...withLines(view, [fundedLine]),
        unplannedTasks: tasks,
        movements: [...view.movements, { on: decision.date, lineId: taskId, kind: 'unplanned-task-funding', amount, decision }],
      };
    }
    case 'SettlementSubmitted': {
      const { submittedOn, appropriated, spent, regulation } = event.data;
      return { ...view, stage: 'settlement-submitted', settlement: { submittedOn, appropriated, spent, approvedOn: null, decision: null, regulation } };
    }
    case 'SettlementApproved':
      return view.settlement ? { ...view, stage: 'settled', settlement: { ...view.settlement, approvedOn: event.data.approvedOn, decision: event.data.decision } } : view;
    case 'SettlementCorrected': {
      const { budgetId: _b, ...correction } = event.data;
      return { ...view, corrections: [...view.corrections, correction] };
    }
    default: {
      const _exhaustive: never = event;
      return view;
    }
  }
}

function withLines(view: BudgetView, lines: readonly { lineId: string; category: string; title: string }[]): BudgetView {
  const known = new Set(view.lines.map((l) => l.lineId));
  const added = lines.filter((l) => !known.has(l.lineId)).map(({ lineId, category, title }) => ({ lineId, category, title }));
  return added.length === 0 ? view : { ...view, lines: [...view.lines, ...added] };
}

const add = (a: string, b: string): string => (BigInt(a) + BigInt(b)).toString();

/** spent ÷ appropriated in per cent with two decimals, rounded half up, in integer arithmetic; null when nothing is appropriated. */
export function rateOf(spent: bigint, appropriated: bigint): string | null {
  if (appropriated <= 0n) return null;
  const hundredths = (spent * 10_000n * 2n + appropriated) / (2n * appropriated);
  const sign = hundredths < 0n ? '-' : '';
  const abs = hundredths < 0n ? -hundredths : hundredths;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

function emptyExecution(): Execution {
  return { asOf: null, lines: [], totals: { appropriated: '0', spent: '0', remaining: '0', rate: null } };
}

/**
 * Execution per line: appropriated (decisions signed on or before `asOf`), spent (expenditures on or before it,
 * and corrections by decisions signed on or before it), what remains and the rate. Without `asOf`: everything.
 */
export function executionOf(view: Pick<BudgetView, 'lines' | 'movements' | 'expenditures' | 'corrections'>, asOf: LocalDate | null = null): Execution {
  const by = (on: string) => asOf === null || on <= asOf;
  const appropriated = new Map<string, bigint>();
  const spent = new Map<string, bigint>();
  const plus = (map: Map<string, bigint>, lineId: string, amount: string) => map.set(lineId, (map.get(lineId) ?? 0n) + BigInt(amount));
  for (const m of view.movements) if (by(m.on)) plus(appropriated, m.lineId, m.amount);
  for (const e of view.expenditures) if (by(e.spentOn)) plus(spent, e.lineId, e.amount);
  for (const c of view.corrections) if (by(c.decision.date)) plus(spent, c.lineId, c.amount);
  const lines = view.lines
    .filter((l) => appropriated.has(l.lineId) || spent.has(l.lineId))
    .map((l) => {
      const a = appropriated.get(l.lineId) ?? 0n;
      const s = spent.get(l.lineId) ?? 0n;
      return { ...l, appropriated: a.toString(), spent: s.toString(), remaining: (a - s).toString(), rate: rateOf(s, a) };
    });
  const totalAppropriated = lines.reduce((sum, l) => sum + BigInt(l.appropriated), 0n);
  const totalSpent = lines.reduce((sum, l) => sum + BigInt(l.spent), 0n);
  return {
    asOf,
    lines,
    totals: { appropriated: totalAppropriated.toString(), spent: totalSpent.toString(), remaining: (totalAppropriated - totalSpent).toString(), rate: rateOf(totalSpent, totalAppropriated) },
  };
}
