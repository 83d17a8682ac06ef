// The budgets of a tenant: one (ETag: its version), the list by year, and execution as of a day.
import { Query } from '@nestjs/cqrs';
import { z } from 'zod';
import type { LocalDate } from '@bcd/calendar';
import type { ScopedSqlClient } from '@bcd/auth';
import { NotFound } from '@bcd/kernel';
import { readModelQueryHandler } from '@bcd/service-host';
import { BudgetViewSchema, executionOf, type BudgetView, type Execution } from './budget.view.js';

export const BudgetSummarySchema = BudgetViewSchema.pick({ budgetId: true, fiscalYear: true, holderAgencyId: true, source: true, stage: true, execution: true, version: true });
export type BudgetSummary = z.infer<typeof BudgetSummarySchema>;
export const BudgetListSchema = z.array(BudgetSummarySchema);

/** 404 when the tenant has no such budget. */
export async function budgetOf(tx: ScopedSqlClient, tenant: string, budgetId: string): Promise<BudgetView> {
  const [row] = await tx.query<{ view: BudgetView }>(`SELECT view FROM budget_years WHERE tenant_id = $1 AND budget_id = $2`, [tenant, budgetId]);
  if (!row) throw new NotFound('Budget', budgetId);
  return row.view;
}

/** The tenant's budgets (of one fiscal year when named), by year and holding agency. */
export async function budgetsOf(tx: ScopedSqlClient, tenant: string, fiscalYear: number | undefined): Promise<BudgetView[]> {
  const rows = await tx.query<{ view: BudgetView }>(`SELECT view FROM budget_years WHERE tenant_id = $1 AND ($2::integer IS NULL OR fiscal_year = $2) ORDER BY fiscal_year, holder_agency_id`, [tenant, fiscalYear ?? null]);
  return rows.map((r) => r.view);
}

export class BudgetQuery extends Query<BudgetView> {
  constructor(readonly params: { tenant: string; budgetId: string }) {
    super();
  }
}

export class ListBudgetsQuery extends Query<BudgetSummary[]> {
  constructor(readonly params: { tenant: string; fiscalYear?: number }) {
    super();
  }
}

export class ExecutionQuery extends Query<Execution> {
  constructor(readonly params: { tenant: string; budgetId: string; asOf: LocalDate | null }) {
    super();
  }
}

export const budgetQueryHandlers = [
  readModelQueryHandler(BudgetQuery, (tx, { params }) => budgetOf(tx, params.tenant, params.budgetId)),
  readModelQueryHandler(ListBudgetsQuery, async (tx, { params }) =>
    (await budgetsOf(tx, params.tenant, params.fiscalYear)).map(({ budgetId, fiscalYear, holderAgencyId, source, stage, execution, version }) => ({ budgetId, fiscalYear, holderAgencyId, source, stage, execution, version })),
  ),
  readModelQueryHandler(ExecutionQuery, async (tx, { params }) => executionOf(await budgetOf(tx, params.tenant, params.budgetId), params.asOf)),
];
