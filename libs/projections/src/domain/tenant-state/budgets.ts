// The budget part of a tenant's state, read through BUDGET_EVENT_DATA: each budget of a fiscal year, its lines as
// appropriated by decision (plus supplements, reallocations and funded unplanned tasks), spent by expenditures and
// changed by corrections after settlement. Amounts are whole đồng as decimal strings, added as bigint: never a
// JavaScript number. Every amount is added, never set, so the totals do not depend on the order the events are
// folded in (business or recorded). Pure.
import type { LocalDate } from '@bcd/calendar';
import type { BUDGET_EVENT_DATA, FundingSource } from '@bcd/contracts';
import type { Decision } from '@bcd/regulation';
import type { z } from 'zod';

type Data<K extends keyof typeof BUDGET_EVENT_DATA> = z.infer<(typeof BUDGET_EVENT_DATA)[K]>;

/** How far a budget went, in order: a later event never moves it back (whatever order the events are folded in). */
export const BUDGET_STAGES = ['opened', 'estimate-drafted', 'estimate-submitted', 'estimate-appraised', 'appropriated', 'settlement-submitted', 'settled'] as const;
export type BudgetStage = (typeof BUDGET_STAGES)[number];

export interface BudgetLineRecord {
  lineId: string;
  category: string;
  title: string;
  /** Appropriated by decisions (appropriation, supplements, reallocations, funded tasks), in đồng. */
  appropriated: string;
  /** Spent by expenditures, in đồng. */
  spent: string;
  /** Signed changes of what was spent, by decisions after settlement, in đồng. */
  corrections: string;
}

export interface SpecialExpenditureRecord {
  specialExpenditureId: string;
  lineId: string;
  title: string;
  amount: string;
  status: 'proposed' | 'coordinated' | 'approved' | 'rejected';
  approvedAmount: string | null;
  spent: string;
}

export interface BudgetRecord {
  budgetId: string;
  fiscalYear: number;
  holderAgencyId: string;
  source: FundingSource;
  openedOn: LocalDate;
  stage: BudgetStage;
  estimateTotal: string | null;
  appropriation: Decision | null;
  /** In the order they first appeared. */
  lines: BudgetLineRecord[];
  specialExpenditures: Record<string, SpecialExpenditureRecord>;
  /** Tasks UBND tỉnh assigned outside the plan (Phú Thọ 2022 Điều 11.3), and what their funding decision granted. */
  unplannedTasks: Record<string, { description: string; funded: string | null }>;
  settlement: { submittedOn: LocalDate | null; approvedOn: LocalDate | null };
}

export type BudgetsState = Record<string, BudgetRecord>;

/** a + b, whole đồng as decimal strings (signed). */
export function addDong(a: string, b: string): string {
  return (BigInt(a) + BigInt(b)).toString();
}

/** a − b. */
export function subtractDong(a: string, b: string): string {
  return (BigInt(a) - BigInt(b)).toString();
}

/**
 * part ÷ whole in percent, two decimals cut off (as the compliance rates): `"62.50"`; null when `whole` is 0 or less.
 * Computed in hundredths of a percent with bigint.
 */
export function percentOf(part: string, whole: string): string | null {
  const w = BigInt(whole);
  if (w <= 0n) return null;
  const p = BigInt(part);
  const negative = p < 0n;
  const hundredths = ((negative ? -p : p) * 10_000n) / w;
  return `${negative ? '-' : ''}${hundredths / 100n}.${(hundredths % 100n).toString().padStart(2, '0')}`;
}

/** The budgets after one budget event (`type` without its namespace, data accepted by its contract), in place (tenant-state.ts "Folding in place"). */
export function evolveBudgets(state: BudgetsState, type: string, data: unknown): BudgetsState {
  switch (type) {
    case 'BudgetOpened': {
      const d = data as Data<'BudgetOpened'>;
      // an event of the budget folded before its opening (business order) started a placeholder: keep what it said
      const budget: BudgetRecord = {
        ...(state[d.budgetId] ?? placeholder(d.budgetId)),
        budgetId: d.budgetId,
        fiscalYear: d.fiscalYear,
        holderAgencyId: d.holderAgencyId,
        source: d.source,
        openedOn: d.openedOn,
      };
      state[d.budgetId] = budget;
      return state;
    }
    case 'EstimateDrafted': {
      const d = data as Data<'EstimateDrafted'>;
      return budget(state, d.budgetId, (b) => ({ ...advance(b, 'estimate-drafted'), estimateTotal: d.total }));
    }
    case 'EstimateSubmitted': {
      const d = data as Data<'EstimateSubmitted'>;
      return budget(state, d.budgetId, (b) => ({ ...advance(b, 'estimate-submitted'), estimateTotal: d.total }));
    }
    case 'EstimateAppraised': {
      const d = data as Data<'EstimateAppraised'>;
      return budget(state, d.budgetId, (b) => advance(b, 'estimate-appraised'));
    }
    case 'Appropriated': {
      const d = data as Data<'Appropriated'>;
      return budget(state, d.budgetId, (b) => ({ ...advance(b, 'appropriated'), appropriation: d.decision, lines: addToLines(b.lines, d.lines) }));
    }
    case 'AppropriationSupplemented': {
      const d = data as Data<'AppropriationSupplemented'>;
      return budget(state, d.budgetId, (b) => ({ ...b, lines: addToLines(b.lines, d.lines) }));
    }
    case 'AppropriationReallocated': {
      const d = data as Data<'AppropriationReallocated'>;
      return budget(state, d.budgetId, (b) => ({
        ...b,
        lines: addToLines(b.lines, [
          { lineId: d.fromLineId, amount: `-${d.amount}` },
          { lineId: d.toLineId, amount: d.amount },
        ]),
      }));
    }
    case 'ExpenditureRecorded': {
      const d = data as Data<'ExpenditureRecorded'>;
      return budget(state, d.budgetId, (b) => {
        const lines = changeLine(b.lines, d.lineId, (l) => ({ ...l, spent: addDong(l.spent, d.amount) }));
        const special = d.specialExpenditureId === null ? undefined : b.specialExpenditures[d.specialExpenditureId];
        return {
          ...b,
          lines,
          specialExpenditures: special ? { ...b.specialExpenditures, [special.specialExpenditureId]: { ...special, spent: addDong(special.spent, d.amount) } } : b.specialExpenditures,
        };
      });
    }
    case 'SpecialExpenditureProposed': {
      const d = data as Data<'SpecialExpenditureProposed'>;
      return budget(state, d.budgetId, (b) =>
        b.specialExpenditures[d.specialExpenditureId]
          ? b
          : {
              ...b,
              specialExpenditures: {
                ...b.specialExpenditures,
                [d.specialExpenditureId]: { specialExpenditureId: d.specialExpenditureId, lineId: d.lineId, title: d.title, amount: d.amount, status: 'proposed', approvedAmount: null, spent: '0' },
              },
            },
      );
    }
    case 'SpecialExpenditureCoordinated': {
      const d = data as Data<'SpecialExpenditureCoordinated'>;
      return special(state, d.budgetId, d.specialExpenditureId, (s) => (s.status === 'proposed' ? { ...s, status: 'coordinated' } : s));
    }
    case 'SpecialExpenditureDecided': {
      const d = data as Data<'SpecialExpenditureDecided'>;
      return special(state, d.budgetId, d.specialExpenditureId, (s) => ({ ...s, status: d.approved ? 'approved' : 'rejected', approvedAmount: d.approvedAmount }));
    }
    case 'UnplannedTaskAssigned': {
      const d = data as Data<'UnplannedTaskAssigned'>;
      return budget(state, d.budgetId, (b) => ({
        ...b,
        unplannedTasks: { ...b.unplannedTasks, [d.taskId]: { funded: b.unplannedTasks[d.taskId]?.funded ?? null, description: d.description } },
        // a funding decision folded first (business order) named the line after its decision
        lines: b.lines.map((l) => (l.lineId === d.taskId ? { ...l, title: d.description } : l)),
      }));
    }
    case 'UnplannedTaskFundingDecided': {
      const d = data as Data<'UnplannedTaskFundingDecided'>;
      if (!d.funded || d.amount === null) return state;
      const amount = d.amount;
      // Funded: a line of its own, named by the task's id.
      return budget(state, d.budgetId, (b) => {
        const task = b.unplannedTasks[d.taskId];
        return {
          ...b,
          unplannedTasks: { ...b.unplannedTasks, [d.taskId]: { description: task?.description ?? d.decision.number, funded: amount } },
          lines: addToLines(b.lines, [{ lineId: d.taskId, category: 'unplanned-task', title: task?.description ?? d.decision.number, amount }]),
        };
      });
    }
    case 'SettlementSubmitted': {
      const d = data as Data<'SettlementSubmitted'>;
      return budget(state, d.budgetId, (b) => ({ ...advance(b, 'settlement-submitted'), settlement: { ...b.settlement, submittedOn: d.submittedOn } }));
    }
    case 'SettlementApproved': {
      const d = data as Data<'SettlementApproved'>;
      return budget(state, d.budgetId, (b) => ({ ...advance(b, 'settled'), settlement: { ...b.settlement, approvedOn: d.approvedOn } }));
    }
    case 'SettlementCorrected': {
      const d = data as Data<'SettlementCorrected'>;
      return budget(state, d.budgetId, (b) => ({ ...b, lines: changeLine(b.lines, d.lineId, (l) => ({ ...l, corrections: addDong(l.corrections, d.amount) })) }));
    }
    default:
      // Reviews, coordination of unplanned tasks and their proposals move no money.
      return state;
  }
}

/** A budget's change; an event folded before the budget's opening (business order) starts a placeholder. */
function budget(state: BudgetsState, budgetId: string, change: (b: BudgetRecord) => BudgetRecord): BudgetsState {
  const current = state[budgetId] ?? placeholder(budgetId);
  state[budgetId] = change(current);
  return state;
}

function placeholder(budgetId: string): BudgetRecord {
  return {
    budgetId,
    fiscalYear: 0,
    holderAgencyId: '',
    source: 'standing-agency-budget',
    openedOn: '0000-01-01' as LocalDate,
    stage: 'opened',
    estimateTotal: null,
    appropriation: null,
    lines: [],
    specialExpenditures: {},
    unplannedTasks: {},
    settlement: { submittedOn: null, approvedOn: null },
  };
}

function special(state: BudgetsState, budgetId: string, id: string, change: (s: SpecialExpenditureRecord) => SpecialExpenditureRecord): BudgetsState {
  const current = state[budgetId]?.specialExpenditures[id];
  if (!current) return state;
  return budget(state, budgetId, (b) => ({ ...b, specialExpenditures: { ...b.specialExpenditures, [id]: change(current) } }));
}

function advance(budget: BudgetRecord, stage: BudgetStage): BudgetRecord {
  return BUDGET_STAGES.indexOf(stage) > BUDGET_STAGES.indexOf(budget.stage) ? { ...budget, stage } : budget;
}

const emptyLine = (lineId: string): BudgetLineRecord => ({ lineId, category: '', title: '', appropriated: '0', spent: '0', corrections: '0' });

function changeLine(lines: readonly BudgetLineRecord[], lineId: string, change: (l: BudgetLineRecord) => BudgetLineRecord): BudgetLineRecord[] {
  const index = lines.findIndex((l) => l.lineId === lineId);
  if (index < 0) return [...lines, change(emptyLine(lineId))];
  return lines.map((l, i) => (i === index ? change(l) : l));
}

/** Amounts added to lines (new lines keep their category and title; a line first seen by its spending gets them here). */
function addToLines(lines: readonly BudgetLineRecord[], added: readonly { lineId: string; category?: string; title?: string; amount: string }[]): BudgetLineRecord[] {
  return added.reduce<BudgetLineRecord[]>(
    (current, line) =>
      changeLine(current, line.lineId, (l) => ({
        ...l,
        category: l.category === '' ? (line.category ?? '') : l.category,
        title: l.title === '' ? (line.title ?? '') : l.title,
        appropriated: addDong(l.appropriated, line.amount),
      })),
    [...lines],
  );
}

/** What a line stands at: appropriated, spent (corrections included), what remains, the execution rate. */
export function lineExecution(line: BudgetLineRecord): { appropriated: string; spent: string; remaining: string; rate: string | null } {
  const spent = addDong(line.spent, line.corrections);
  return { appropriated: line.appropriated, spent, remaining: subtractDong(line.appropriated, spent), rate: percentOf(spent, line.appropriated) };
}
