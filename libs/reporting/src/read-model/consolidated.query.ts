// The consolidated reports of a tenant: one (ETag: its version) and the list by drafting day.
import { Query } from '@nestjs/cqrs';
import { z } from 'zod';
import type { ScopedSqlClient } from '@bcd/auth';
import { NotFound } from '@bcd/kernel';
import { readModelQueryHandler } from '@bcd/service-host';
import { ConsolidatedViewSchema, type ConsolidatedView } from './consolidated.view.js';

export const ConsolidatedListSchema = z.array(ConsolidatedViewSchema);

/** 404 when the tenant has no such report. */
export async function consolidatedOf(tx: ScopedSqlClient, tenant: string, reportId: string): Promise<ConsolidatedView> {
  const [row] = await tx.query<{ view: ConsolidatedView }>(`SELECT view FROM reporting_consolidated WHERE tenant_id = $1 AND report_id = $2`, [tenant, reportId]);
  if (!row) throw new NotFound('Consolidated report', reportId);
  return row.view;
}

export class ConsolidatedQuery extends Query<ConsolidatedView> {
  constructor(readonly params: { tenant: string; reportId: string }) {
    super();
  }
}

export class ListConsolidatedQuery extends Query<ConsolidatedView[]> {
  constructor(readonly params: { tenant: string }) {
    super();
  }
}

export const consolidatedQueryHandlers = [
  readModelQueryHandler(ConsolidatedQuery, (tx, { params }) => consolidatedOf(tx, params.tenant, params.reportId)),
  readModelQueryHandler(ListConsolidatedQuery, async (tx, { params }) =>
    (await tx.query<{ view: ConsolidatedView }>(`SELECT view FROM reporting_consolidated WHERE tenant_id = $1 ORDER BY drafted_on, report_id`, [params.tenant])).map((r) => r.view),
  ),
];
