// The fiscal-year budget aggregate: its commands, `decide` dispatching to the rule families, and its binding
// (stream `budget-year-<tenant>-<budgetId>`, events stored as `budget.<Type>`, business time the start of the
// command's business date in Vietnam). A budget's id is made from the tenant, the year and the holding agency:
// one budget per agency and year, whoever opens it.
import { vietnamInstant, type LocalDate } from '@bcd/calendar';
import { deciderOf, defineAggregate, nameBasedId, type CommandOf } from '@bcd/kernel';
import { appropriate, reallocateAppropriation, supplementAppropriation } from './appropriation.js';
import { appraiseEstimate, draftEstimate, openBudget, reviewEstimate, submitEstimate } from './estimate.js';
import { evolve, initialState } from './fiscal-year.js';
import { approveSettlement, correctSettlement, submitSettlement } from './settlement.js';
import { coordinateSpecialExpenditure, decideSpecialExpenditure, proposeSpecialExpenditure } from './special-expenditure.js';
import { recordExpenditure } from './spending.js';
import { assignUnplannedTask, decideUnplannedTaskFunding, proposeUnplannedTaskFunding } from './unplanned-task.js';

export const budgetDecider = deciderOf({
  initialState,
  evolve,
  decide: {
    OpenBudget: openBudget,
    DraftEstimate: draftEstimate,
    SubmitEstimate: submitEstimate,
    AppraiseEstimate: appraiseEstimate,
    ReviewEstimate: reviewEstimate,
    Appropriate: appropriate,
    SupplementAppropriation: supplementAppropriation,
    ReallocateAppropriation: reallocateAppropriation,
    RecordExpenditure: recordExpenditure,
    ProposeSpecialExpenditure: proposeSpecialExpenditure,
    CoordinateSpecialExpenditure: coordinateSpecialExpenditure,
    DecideSpecialExpenditure: decideSpecialExpenditure,
    AssignUnplannedTask: assignUnplannedTask,
    ProposeUnplannedTaskFunding: proposeUnplannedTaskFunding,
    DecideUnplannedTaskFunding: decideUnplannedTaskFunding,
    SubmitSettlement: submitSettlement,
    ApproveSettlement: approveSettlement,
    CorrectSettlement: correctSettlement,
  },
});

export type BudgetCommand = CommandOf<typeof budgetDecider>;

export const budgetStream = (tenant: string, budgetId: string): string => `budget-year-${tenant}-${budgetId}`;

/** The id of the budget of `fiscalYear` held by `holderAgencyId`: the same in every process. */
export const budgetIdOf = (tenant: string, fiscalYear: number, holderAgencyId: string): string => nameBasedId('budget-year', tenant, String(fiscalYear), holderAgencyId);

/**
 * The business date of what a command records (the events' `occurredAt`, may be back-dated): the day the money
 * was spent, the decision's date… Without it the store would take the time of recording, and "what was true on
 * date X" (RULES.md §7) would read a back-dated voucher as spent the day it was typed in.
 */
export function businessDateOf(command: BudgetCommand): LocalDate {
  switch (command.type) {
    case 'OpenBudget':
      return command.data.openedOn;
    case 'DraftEstimate':
      return command.data.draftedOn;
    case 'SubmitEstimate':
      return command.data.submittedOn;
    case 'AppraiseEstimate':
      return command.data.appraisedOn;
    case 'ReviewEstimate':
      return command.data.reviewedOn;
    case 'Appropriate':
    case 'SupplementAppropriation':
    case 'ReallocateAppropriation':
    case 'DecideUnplannedTaskFunding':
    case 'CorrectSettlement':
      return command.data.decision.date;
    case 'RecordExpenditure':
      return command.data.spentOn;
    case 'ProposeSpecialExpenditure':
      return command.data.proposedOn;
    case 'CoordinateSpecialExpenditure':
      return command.data.coordinatedOn;
    case 'DecideSpecialExpenditure':
      return command.data.decidedOn;
    case 'AssignUnplannedTask':
      return command.data.assignedOn;
    case 'ProposeUnplannedTaskFunding':
      return command.data.proposedOn;
    case 'SubmitSettlement':
      return command.data.submittedOn;
    case 'ApproveSettlement':
      return command.data.approvedOn;
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}

export const budgetAggregate = defineAggregate({
  name: 'budget',
  namespace: 'budget',
  decider: budgetDecider,
  streamId: budgetStream,
  occurredAt: (command: BudgetCommand) => vietnamInstant(businessDateOf(command)),
});
