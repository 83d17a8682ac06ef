// The projection `budget-read-model`: every event of a budget folds its view (budget.view.ts), written back whole
// with the columns lists filter on by the kit's view-row handler, in the batch's transaction with the checkpoint.
import { fileURLToPath } from 'node:url';
import { defineProjection, viewRowHandler } from '@bcd/service-host';
import type { BudgetEvent } from '../domain/fiscal-year/fiscal-year.js';
import { foldBudget, type BudgetView } from './budget.view.js';

export const BUDGET_MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));
export const BUDGET_MIGRATIONS_TABLE = 'budget_schema_migrations';
export const BUDGET_PROJECTION_ID = 'budget-read-model';

const budget = viewRowHandler<BudgetView>({
  namespace: 'budget',
  table: 'budget_years',
  key: { column: 'budget_id', field: 'budgetId' },
  fold: (view, event, recorded) => foldBudget(view, event as BudgetEvent, recorded.streamVersion),
  columns: (view) => ({ fiscal_year: view.fiscalYear, holder_agency_id: view.holderAgencyId, stage: view.stage }),
});

export const budgetProjection = defineProjection<BudgetEvent>({
  context: 'budget',
  projectionId: BUDGET_PROJECTION_ID,
  namespace: 'budget',
  migrations: { dir: BUDGET_MIGRATIONS_DIR, table: BUDGET_MIGRATIONS_TABLE },
  handlers: {
    BudgetOpened: budget,
    EstimateDrafted: budget,
    EstimateSubmitted: budget,
    EstimateAppraised: budget,
    EstimateReviewed: budget,
    Appropriated: budget,
    AppropriationSupplemented: budget,
    AppropriationReallocated: budget,
    ExpenditureRecorded: budget,
    SpecialExpenditureProposed: budget,
    SpecialExpenditureCoordinated: budget,
    SpecialExpenditureDecided: budget,
    UnplannedTaskAssigned: budget,
    UnplannedTaskFundingProposed: budget,
    UnplannedTaskFundingDecided: budget,
    SettlementSubmitted: budget,
    SettlementApproved: budget,
    SettlementCorrected: budget,
  },
});
