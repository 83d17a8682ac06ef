// The work programmes of a tenant: one (ETag: its version), the list by year, one task or inspection, and a
// programme's progress as of a day.
import { Query } from '@nestjs/cqrs';
import { z } from 'zod';
import type { LocalDate } from '@bcd/calendar';
import type { ScopedSqlClient } from '@bcd/auth';
import { NotFound } from '@bcd/kernel';
import { readModelQueryHandler } from '@bcd/service-host';
import { InspectionViewSchema, ProgrammeViewSchema, progressOf, TaskViewSchema, type Progress, type ProgrammeView } from './programme.view.js';

export const ProgrammeSummarySchema = ProgrammeViewSchema.pick({ programmeId: true, committeeId: true, year: true, title: true, status: true, issueBy: true, issue: true, version: true }).extend({
  taskCount: z.int(),
  inspectionCount: z.int(),
});
export type ProgrammeSummary = z.infer<typeof ProgrammeSummarySchema>;
export const ProgrammeListSchema = z.array(ProgrammeSummarySchema);

export type ProgrammeItemKind = 'tasks' | 'inspections';
export const ProgrammeItemSchemas = { tasks: TaskViewSchema, inspections: InspectionViewSchema } as const;

/** 404 when the tenant has no such programme. */
export async function programmeOf(tx: ScopedSqlClient, tenant: string, programmeId: string): Promise<ProgrammeView> {
  const [row] = await tx.query<{ view: ProgrammeView }>(`SELECT view FROM programme_programmes WHERE tenant_id = $1 AND programme_id = $2`, [tenant, programmeId]);
  if (!row) throw new NotFound('Work programme', programmeId);
  return row.view;
}

export class ProgrammeQuery extends Query<ProgrammeView> {
  constructor(readonly params: { tenant: string; programmeId: string }) {
    super();
  }
}

export class ListProgrammesQuery extends Query<ProgrammeSummary[]> {
  constructor(readonly params: { tenant: string; year?: number }) {
    super();
  }
}

export class ProgrammeItemQuery extends Query<unknown> {
  constructor(readonly params: { tenant: string; programmeId: string; kind: ProgrammeItemKind; itemId: string }) {
    super();
  }
}

export class ProgressQuery extends Query<Progress> {
  constructor(readonly params: { tenant: string; programmeId: string; asOf: LocalDate }) {
    super();
  }
}

function itemOf(programme: ProgrammeView, kind: ProgrammeItemKind, itemId: string): unknown {
  const found = kind === 'tasks' ? programme.tasks.find((t) => t.taskId === itemId) : programme.inspections.find((i) => i.inspectionId === itemId);
  if (!found) throw new NotFound(kind === 'tasks' ? 'Task' : 'Inspection', itemId);
  return found;
}

export const programmeQueryHandlers = [
  readModelQueryHandler(ProgrammeQuery, (tx, { params }) => programmeOf(tx, params.tenant, params.programmeId)),
  readModelQueryHandler(ListProgrammesQuery, async (tx, { params }) => {
    const rows = await tx.query<{ view: ProgrammeView }>(`SELECT view FROM programme_programmes WHERE tenant_id = $1 AND ($2::integer IS NULL OR year = $2) ORDER BY year, committee_id`, [params.tenant, params.year ?? null]);
    return rows.map(({ view: { programmeId, committeeId, year, title, status, issueBy, issue, version, tasks, inspections } }) => ({
      programmeId,
      committeeId,
      year,
      title,
      status,
      issueBy,
      issue,
      version,
      taskCount: tasks.length,
      inspectionCount: inspections.length,
    }));
  }),
  readModelQueryHandler(ProgrammeItemQuery, async (tx, { params }) => itemOf(await programmeOf(tx, params.tenant, params.programmeId), params.kind, params.itemId)),
  readModelQueryHandler(ProgressQuery, async (tx, { params }) => progressOf(await programmeOf(tx, params.tenant, params.programmeId), params.asOf)),
];
