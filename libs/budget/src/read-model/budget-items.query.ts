// One item of a budget (an expenditure, a special expenditure, an unplanned task) and the province's special
// expenditures and unplanned tasks with their state, across its budgets: read from the budgets' views.
import { Query } from '@nestjs/cqrs';
import { z } from 'zod';
import { NotFound } from '@bcd/kernel';
import { readModelQueryHandler } from '@bcd/service-host';
import { budgetOf, budgetsOf } from './budget.query.js';
import { ExpenditureViewSchema, SpecialExpenditureViewSchema, UnplannedTaskViewSchema, type BudgetView } from './budget.view.js';

export type BudgetItemKind = 'expenditures' | 'special-expenditures' | 'unplanned-tasks';
export const BudgetItemSchemas = { expenditures: ExpenditureViewSchema, 'special-expenditures': SpecialExpenditureViewSchema, 'unplanned-tasks': UnplannedTaskViewSchema } as const;

const where = { budgetId: z.string(), fiscalYear: z.int(), holderAgencyId: z.string() };
export const SpecialExpenditureListSchema = z.array(SpecialExpenditureViewSchema.extend(where));
export const UnplannedTaskListSchema = z.array(UnplannedTaskViewSchema.extend(where));

function itemOf(budget: BudgetView, kind: BudgetItemKind, itemId: string): unknown {
  const found =
    kind === 'expenditures'
      ? budget.expenditures.find((e) => e.expenditureId === itemId)
      : kind === 'special-expenditures'
        ? budget.specialExpenditures.find((s) => s.specialExpenditureId === itemId)
        : budget.unplannedTasks.find((t) => t.taskId === itemId);
  if (!found) throw new NotFound(kind === 'expenditures' ? 'Expenditure' : kind === 'special-expenditures' ? 'Special expenditure' : 'Unplanned task', itemId);
  return found;
}

export class BudgetItemQuery extends Query<unknown> {
  constructor(readonly params: { tenant: string; budgetId: string; kind: BudgetItemKind; itemId: string }) {
    super();
  }
}

export class ListSpecialExpendituresQuery extends Query<z.infer<typeof SpecialExpenditureListSchema>> {
  constructor(readonly params: { tenant: string; fiscalYear?: number }) {
    super();
  }
}

export class ListUnplannedTasksQuery extends Query<z.infer<typeof UnplannedTaskListSchema>> {
  constructor(readonly params: { tenant: string; fiscalYear?: number }) {
    super();
  }
}

export const budgetItemQueryHandlers = [
  readModelQueryHandler(BudgetItemQuery, async (tx, { params }) => itemOf(await budgetOf(tx, params.tenant, params.budgetId), params.kind, params.itemId)),
  readModelQueryHandler(ListSpecialExpendituresQuery, async (tx, { params }) =>
    (await budgetsOf(tx, params.tenant, params.fiscalYear)).flatMap((b) => b.specialExpenditures.map((s) => ({ ...s, budgetId: b.budgetId, fiscalYear: b.fiscalYear, holderAgencyId: b.holderAgencyId }))),
  ),
  readModelQueryHandler(ListUnplannedTasksQuery, async (tx, { params }) =>
    (await budgetsOf(tx, params.tenant, params.fiscalYear)).flatMap((b) => b.unplannedTasks.map((t) => ({ ...t, budgetId: b.budgetId, fiscalYear: b.fiscalYear, holderAgencyId: b.holderAgencyId }))),
  ),
];
