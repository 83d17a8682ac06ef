// The obligations of a tenant: one as its events made it (ETag: its version); the list over a range of due
// dates, of one agency or status, each with its bucket of Báo cáo 1270 as of a date; and the four buckets
// with the completion rate (`complianceBuckets` of @bcd/regulation: the same function as for action items).
import { Query } from '@nestjs/cqrs';
import { z } from 'zod';
import { vietnamDateOf, type LocalDate } from '@bcd/calendar';
import type { ScopedSqlClient } from '@bcd/auth';
import { NotFound } from '@bcd/kernel';
import { BUCKETS, complianceBuckets, type Bucket, type Buckets } from '@bcd/regulation';
import { readModelQueryHandler, View } from '@bcd/service-host';
import { ObligationViewSchema, OBLIGATION_STATUSES, type ObligationView } from './obligation.view.js';

export interface ObligationFilter {
  from?: LocalDate;
  to?: LocalDate;
  agencyId?: string;
  status?: (typeof OBLIGATION_STATUSES)[number];
}

export const ObligationWithBucketSchema = ObligationViewSchema.extend({
  /** Its bucket of Báo cáo 1270 as of `asOf` (null: withdrawn, or not yet owed then). */
  bucket: z.enum(BUCKETS as [Bucket, ...Bucket[]]).nullable(),
});
export type ObligationWithBucket = z.infer<typeof ObligationWithBucketSchema>;

export const ObligationListSchema = z.strictObject({ asOf: View.localDate, obligations: z.array(ObligationWithBucketSchema) });
export type ObligationList = z.infer<typeof ObligationListSchema>;

export const ObligationBucketsSchema = z.strictObject({
  asOf: View.localDate,
  from: View.localDate.nullable(),
  to: View.localDate.nullable(),
  counts: z.strictObject({ 'done-on-time': z.int(), 'done-late': z.int(), 'not-done-in-time': z.int(), 'not-done-overdue': z.int() }),
  completionRate: z.strictObject({ rate: z.string(), complement: z.string() }).nullable(),
});
export type ObligationBuckets = z.infer<typeof ObligationBucketsSchema>;

/** 404 when the tenant has no such obligation. */
export async function obligationOf(tx: ScopedSqlClient, tenant: string, obligationId: string): Promise<ObligationView> {
  const [row] = await tx.query<{ view: ObligationView }>(`SELECT view FROM reporting_obligations WHERE tenant_id = $1 AND obligation_id = $2`, [tenant, obligationId]);
  if (!row) throw new NotFound('Obligation', obligationId);
  return row.view;
}

/** The obligations due in [from, to] (either open), by due date. */
export async function obligationsOf(tx: ScopedSqlClient, tenant: string, filter: ObligationFilter = {}): Promise<ObligationView[]> {
  const rows = await tx.query<{ view: ObligationView }>(
    `SELECT view FROM reporting_obligations
     WHERE tenant_id = $1 AND ($2::date IS NULL OR due_date >= $2::date) AND ($3::date IS NULL OR due_date <= $3::date)
       AND ($4::uuid IS NULL OR reporter_agency_id = $4::uuid) AND ($5::text IS NULL OR status = $5::text)
     ORDER BY due_date, report, obligation_id`,
    [tenant, filter.from ?? null, filter.to ?? null, filter.agencyId ?? null, filter.status ?? null],
  );
  return rows.map((row) => row.view);
}

/** The buckets of the obligations (withdrawn ones aside) as of `asOf`: done is the first submission's day. */
export function bucketsOf(obligations: readonly ObligationView[], asOf: LocalDate): Buckets {
  return complianceBuckets(
    obligations
      .filter((o) => o.status !== 'withdrawn')
      .map((o) => ({ id: o.obligationId, from: o.from as LocalDate, dueOn: o.due.dueDate as LocalDate, doneOn: doneOn(o) })),
    asOf,
  );
}

/** The day the report was first sent, in Vietnam (a returned and resubmitted report keeps it). */
function doneOn(obligation: ObligationView): LocalDate | null {
  const first = obligation.submissions[0];
  return first ? vietnamDateOf(new Date(first.submittedAt)) : null;
}

export class ObligationQuery extends Query<ObligationView> {
  constructor(readonly params: { tenant: string; obligationId: string }) {
    super();
  }
}

export class ListObligationsQuery extends Query<ObligationList> {
  constructor(readonly params: { tenant: string; asOf: LocalDate } & ObligationFilter) {
    super();
  }
}

export class ObligationBucketsQuery extends Query<ObligationBuckets> {
  constructor(readonly params: { tenant: string; asOf: LocalDate } & ObligationFilter) {
    super();
  }
}

export const obligationQueryHandlers = [
  readModelQueryHandler(ObligationQuery, (tx, { params }) => obligationOf(tx, params.tenant, params.obligationId)),
  readModelQueryHandler(ListObligationsQuery, async (tx, { params: { tenant, asOf, ...filter } }) => {
    const obligations = await obligationsOf(tx, tenant, filter);
    const { byItem } = bucketsOf(obligations, asOf);
    return { asOf, obligations: obligations.map((o) => ({ ...o, bucket: byItem[o.obligationId] ?? null })) };
  }),
  readModelQueryHandler(ObligationBucketsQuery, async (tx, { params: { tenant, asOf, ...filter } }) => {
    const { counts, completionRate } = bucketsOf(await obligationsOf(tx, tenant, filter), asOf);
    return { asOf, from: filter.from ?? null, to: filter.to ?? null, counts, completionRate };
  }),
];
