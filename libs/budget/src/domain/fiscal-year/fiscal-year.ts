// The budget of one fiscal year held by one agency (RULES.md §4): its events, its state and `evolve`. One stream
// (`budget-year-<tenant>-<budgetId>`) holds the estimate, the appropriation and its changes, every expenditure,
// the special expenditures and unplanned tasks, and the settlement: every limit (what remains on a line, what a
// special expenditure was approved for) is checked against one version, so two concurrent expenditures that
// together exceed a line cannot both be stored. Amounts are bigint here and decimal strings in the events.
import type { LocalDate } from '@bcd/calendar';
import type { DomainEvent } from '@bcd/kernel';
import type {
  AppropriatedData,
  AppropriationReallocatedData,
  AppropriationSupplementedData,
  BudgetLineData,
  BudgetOpenedData,
  EstimateAppraisedData,
  EstimateReviewedData,
  EstimateDraftedData,
  EstimateSubmittedData,
  ExpenditureRecordedData,
  FundingSource,
  SettlementApprovedData,
  SettlementCorrectedData,
  SettlementSubmittedData,
  SpecialExpenditureCoordinatedData,
  SpecialExpenditureDecidedData,
  SpecialExpenditureProposedData,
  UnplannedTaskAssignedData,
  UnplannedTaskFundingDecidedData,
  UnplannedTaskFundingProposedData,
} from '@bcd/contracts';

export type BudgetOpened = DomainEvent<'BudgetOpened', BudgetOpenedData>;
export type EstimateDrafted = DomainEvent<'EstimateDrafted', EstimateDraftedData>;
export type EstimateSubmitted = DomainEvent<'EstimateSubmitted', EstimateSubmittedData>;
export type EstimateAppraised = DomainEvent<'EstimateAppraised', EstimateAppraisedData>;
export type EstimateReviewed = DomainEvent<'EstimateReviewed', EstimateReviewedData>;
export type Appropriated = DomainEvent<'Appropriated', AppropriatedData>;
export type AppropriationSupplemented = DomainEvent<'AppropriationSupplemented', AppropriationSupplementedData>;
export type AppropriationReallocated = DomainEvent<'AppropriationReallocated', AppropriationReallocatedData>;
export type ExpenditureRecorded = DomainEvent<'ExpenditureRecorded', ExpenditureRecordedData>;
export type SpecialExpenditureProposed = DomainEvent<'SpecialExpenditureProposed', SpecialExpenditureProposedData>;
export type SpecialExpenditureCoordinated = DomainEvent<'SpecialExpenditureCoordinated', SpecialExpenditureCoordinatedData>;
export type SpecialExpenditureDecided = DomainEvent<'SpecialExpenditureDecided', SpecialExpenditureDecidedData>;
export type UnplannedTaskAssigned = DomainEvent<'UnplannedTaskAssigned', UnplannedTaskAssignedData>;
export type UnplannedTaskFundingProposed = DomainEvent<'UnplannedTaskFundingProposed', UnplannedTaskFundingProposedData>;
export type UnplannedTaskFundingDecided = DomainEvent<'UnplannedTaskFundingDecided', UnplannedTaskFundingDecidedData>;
export type SettlementSubmitted = DomainEvent<'SettlementSubmitted', SettlementSubmittedData>;
export type SettlementApproved = DomainEvent<'SettlementApproved', SettlementApprovedData>;
export type SettlementCorrected = DomainEvent<'SettlementCorrected', SettlementCorrectedData>;

export type BudgetEvent =
  | BudgetOpened
  | EstimateDrafted
  | EstimateSubmitted
  | EstimateAppraised
  | EstimateReviewed
  | Appropriated
  | AppropriationSupplemented
  | AppropriationReallocated
  | ExpenditureRecorded
  | SpecialExpenditureProposed
  | SpecialExpenditureCoordinated
  | SpecialExpenditureDecided
  | UnplannedTaskAssigned
  | UnplannedTaskFundingProposed
  | UnplannedTaskFundingDecided
  | SettlementSubmitted
  | SettlementApproved
  | SettlementCorrected;

/** Where the year stands: the estimate's steps, then spending, then the settlement. */
export type Stage = 'drafting' | 'submitted' | 'appraised' | 'appropriated' | 'settlement-submitted' | 'settled';

export interface Line {
  lineId: string;
  category: string;
  title: string;
  appropriated: bigint;
  spent: bigint;
}

export interface Special {
  specialExpenditureId: string;
  lineId: string;
  amount: bigint;
  status: 'proposed' | 'coordinated' | 'approved' | 'rejected';
  /** The finance department's opinion: the amount it agrees to, or null when it does not agree. */
  agreedAmount: bigint | null;
  coordinated: boolean;
  approvedAmount: bigint | null;
  spent: bigint;
  /** The business dates of its steps: each step comes on or after the one before, and spending on or after the approval. */
  proposedOn: LocalDate;
  coordinatedOn: LocalDate | null;
  decidedOn: LocalDate | null;
}

export interface UnplannedTask {
  taskId: string;
  description: string;
  status: 'assigned' | 'proposed' | 'funded' | 'not-funded';
}

export interface OpenBudget {
  status: 'open';
  budgetId: string;
  fiscalYear: number;
  holderAgencyId: string;
  source: FundingSource;
  stage: Stage;
  /** The estimate's lines (the last draft) and the appraisal's amounts, once made. */
  estimate: readonly BudgetLineData[] | null;
  appraised: boolean;
  /** Passed through the member the regulation names (Thanh Hóa 2018: the chair), where it names one. */
  reviewed: boolean;
  ceiling: bigint | null;
  lines: Readonly<Record<string, Line>>;
  specials: Readonly<Record<string, Special>>;
  tasks: Readonly<Record<string, UnplannedTask>>;
  /** Ids of supplements, reallocations, expenditures and corrections already recorded. */
  recorded: ReadonlySet<string>;
  settlementSubmittedOn: LocalDate | null;
}

export type BudgetState = { status: 'none' } | OpenBudget;

export const initialState = (): BudgetState => ({ status: 'none' });

export function evolve(state: BudgetState, event: BudgetEvent): BudgetState {
  if (event.type === 'BudgetOpened') {
    const { budgetId, fiscalYear, holderAgencyId, source } = event.data;
    return {
      status: 'open',
      budgetId,
      fiscalYear,
      holderAgencyId,
      source,
      stage: 'drafting',
      estimate: null,
      appraised: false,
      reviewed: false,
      ceiling: null,
      lines: {},
      specials: {},
      tasks: {},
      recorded: new Set(),
      settlementSubmittedOn: null,
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'EstimateDrafted':
      return { ...state, estimate: event.data.lines };
    case 'EstimateSubmitted':
      return { ...state, stage: 'submitted' };
    case 'EstimateAppraised':
      return { ...state, stage: 'appraised', appraised: true };
    case 'EstimateReviewed':
      return { ...state, reviewed: true };
    case 'Appropriated':
      return { ...state, stage: 'appropriated', ceiling: event.data.ceiling === null ? null : BigInt(event.data.ceiling), lines: addLines(state.lines, event.data.lines) };
    case 'AppropriationSupplemented':
      return {
        ...state,
        ceiling: event.data.ceiling === null ? state.ceiling : BigInt(event.data.ceiling),
        lines: addLines(state.lines, event.data.lines),
        recorded: withId(state.recorded, event.data.supplementId),
      };
    case 'AppropriationReallocated': {
      const { fromLineId, toLineId, amount, reallocationId } = event.data;
      const lines = changeLine(changeLine(state.lines, fromLineId, (l) => ({ ...l, appropriated: l.appropriated - BigInt(amount) })), toLineId, (l) => ({ ...l, appropriated: l.appropriated + BigInt(amount) }));
      return { ...state, lines, recorded: withId(state.recorded, reallocationId) };
    }
    case 'ExpenditureRecorded': {
      const { lineId, amount, expenditureId, specialExpenditureId } = event.data;
      const specials = specialExpenditureId === null ? state.specials : changeSpecial(state.specials, specialExpenditureId, (s) => ({ ...s, spent: s.spent + BigInt(amount) }));
      return { ...state, lines: changeLine(state.lines, lineId, (l) => ({ ...l, spent: l.spent + BigInt(amount) })), specials, recorded: withId(state.recorded, expenditureId) };
    }
    case 'SpecialExpenditureProposed': {
      const { specialExpenditureId, lineId, amount, proposedOn } = event.data;
      const special: Special = {
        specialExpenditureId,
        lineId,
        amount: BigInt(amount),
        status: 'proposed',
        agreedAmount: null,
        coordinated: false,
        approvedAmount: null,
        spent: 0n,
        proposedOn,
        coordinatedOn: null,
        decidedOn: null,
      };
      return { ...state, specials: { ...state.specials, [specialExpenditureId]: special } };
    }
    case 'SpecialExpenditureCoordinated': {
      const { specialExpenditureId, agreedAmount, coordinatedOn } = event.data;
      return {
        ...state,
        specials: changeSpecial(state.specials, specialExpenditureId, (s) => ({ ...s, status: 'coordinated', coordinated: true, agreedAmount: agreedAmount === null ? null : BigInt(agreedAmount), coordinatedOn })),
      };
    }
    case 'SpecialExpenditureDecided': {
      const { specialExpenditureId, approved, approvedAmount, decidedOn } = event.data;
      return {
        ...state,
        specials: changeSpecial(state.specials, specialExpenditureId, (s) => ({ ...s, status: approved ? 'approved' : 'rejected', approvedAmount: approvedAmount === null ? null : BigInt(approvedAmount), decidedOn })),
      };
    }
    case 'UnplannedTaskAssigned':
      return { ...state, tasks: { ...state.tasks, [event.data.taskId]: { taskId: event.data.taskId, description: event.data.description, status: 'assigned' } } };
    case 'UnplannedTaskFundingProposed':
      return { ...state, tasks: changeTask(state.tasks, event.data.taskId, 'proposed') };
    case 'UnplannedTaskFundingDecided': {
      const { taskId, funded, amount } = event.data;
      if (!funded || amount === null) return { ...state, tasks: changeTask(state.tasks, taskId, 'not-funded') };
      const line: BudgetLineData = { lineId: taskId, category: UNPLANNED_TASK_CATEGORY, title: state.tasks[taskId]?.description ?? taskId, amount };
      return { ...state, tasks: changeTask(state.tasks, taskId, 'funded'), lines: addLines(state.lines, [line]) };
    }
    case 'SettlementSubmitted':
      return { ...state, stage: 'settlement-submitted', settlementSubmittedOn: event.data.submittedOn };
    case 'SettlementApproved':
      return { ...state, stage: 'settled' };
    case 'SettlementCorrected': {
      const { lineId, amount, correctionId } = event.data;
      return { ...state, lines: changeLine(state.lines, lineId, (l) => ({ ...l, spent: l.spent + BigInt(amount) })), recorded: withId(state.recorded, correctionId) };
    }
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}

/** The category of the line an unplanned task's funding opens (its id is the task's). */
export const UNPLANNED_TASK_CATEGORY = 'unplanned-task';

/** Adds amounts to lines, opening the ones not there yet. */
function addLines(lines: Readonly<Record<string, Line>>, added: readonly BudgetLineData[]): Record<string, Line> {
  const next = { ...lines };
  for (const { lineId, category, title, amount } of added) {
    const line = next[lineId];
    next[lineId] = line ? { ...line, appropriated: line.appropriated + BigInt(amount) } : { lineId, category, title, appropriated: BigInt(amount), spent: 0n };
  }
  return next;
}

function changeLine(lines: Readonly<Record<string, Line>>, lineId: string, change: (line: Line) => Line): Readonly<Record<string, Line>> {
  const line = lines[lineId];
  return line ? { ...lines, [lineId]: change(line) } : lines;
}

function changeSpecial(specials: Readonly<Record<string, Special>>, id: string, change: (special: Special) => Special): Readonly<Record<string, Special>> {
  const special = specials[id];
  return special ? { ...specials, [id]: change(special) } : specials;
}

function changeTask(tasks: Readonly<Record<string, UnplannedTask>>, id: string, status: UnplannedTask['status']): Readonly<Record<string, UnplannedTask>> {
  const task = tasks[id];
  return task ? { ...tasks, [id]: { ...task, status } } : tasks;
}

function withId(ids: ReadonlySet<string>, id: string): ReadonlySet<string> {
  return new Set([...ids, id]);
}

/** What remains on a line: appropriated minus spent. */
export const remaining = (line: Line): bigint => line.appropriated - line.spent;
