// Written consultations of a tenant: one with who had not answered by a date (and whether the deadline
// has passed for them: the reminders of the reporting issue read this), and the list.
import { Query } from '@nestjs/cqrs';
import { z } from 'zod';
import type { LocalDate } from '@bcd/calendar';
import type { ScopedSqlClient } from '@bcd/auth';
import { NotFound } from '@bcd/kernel';
import { readModelQueryHandler, View } from '@bcd/service-host';
import { unanswered, type ConsultationState } from '../domain/consultation/consultation.js';
import { ConsultationViewSchema, type ConsultationView } from './consultation.view.js';

export const ConsultationStatusSchema = ConsultationViewSchema.extend({
  asOf: View.localDate,
  /** Recipients with no opinion received by `asOf`; `overdue` once the deadline has passed. */
  unanswered: z.array(z.strictObject({ memberId: View.id, overdue: z.boolean() })),
});
export type ConsultationStatus = z.infer<typeof ConsultationStatusSchema>;

/** 404 when the tenant has no such consultation. */
export async function consultationOf(tx: ScopedSqlClient, tenant: string, consultationId: string): Promise<ConsultationView> {
  const [row] = await tx.query<{ view: ConsultationView }>(`SELECT view FROM meetings_consultations WHERE tenant_id = $1 AND consultation_id = $2`, [tenant, consultationId]);
  if (!row) throw new NotFound('Consultation', consultationId);
  return row.view;
}

/** The view with the recipients who had not answered by `asOf` (the domain's `unanswered`). */
export function withUnanswered(view: ConsultationView, asOf: LocalDate): ConsultationStatus {
  const { consultationId, status, recipients, startedOn, deadlineOn, opinions } = view;
  const state: ConsultationState = {
    status,
    consultationId,
    recipients,
    startedOn: startedOn as LocalDate,
    deadlineOn: deadlineOn as LocalDate,
    answered: Object.fromEntries(opinions.map((o) => [o.memberId, o.receivedOn as LocalDate])),
  };
  return { ...view, asOf, unanswered: unanswered(state, asOf) };
}

export class ConsultationQuery extends Query<ConsultationStatus> {
  constructor(readonly params: { tenant: string; consultationId: string; asOf: LocalDate }) {
    super();
  }
}

export class ListConsultationsQuery extends Query<ConsultationStatus[]> {
  constructor(readonly params: { tenant: string; asOf: LocalDate }) {
    super();
  }
}

export const consultationQueryHandlers = [
  readModelQueryHandler(ConsultationQuery, async (tx, { params }) => withUnanswered(await consultationOf(tx, params.tenant, params.consultationId), params.asOf)),
  readModelQueryHandler(ListConsultationsQuery, async (tx, { params }) => {
    const rows = await tx.query<{ view: ConsultationView }>(`SELECT view FROM meetings_consultations WHERE tenant_id = $1 ORDER BY started_on, consultation_id`, [params.tenant]);
    return rows.map((row) => withUnanswered(row.view, params.asOf));
  }),
];
