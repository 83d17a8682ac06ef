// The projection `reporting-read-model`: every event of an obligation folds its view (obligation.view.ts),
// written back whole with the columns lists, reminders, buckets and exports filter on, in the batch's
// transaction with the checkpoint. An event at or below the row's version was applied before (a replay).
// Templates and the setup are read from their streams (one each per tenant): nothing to project.
import { fileURLToPath } from 'node:url';
import { vietnamDateOf } from '@bcd/calendar';
import { defineProjection, type ProjectionHandler } from '@bcd/service-host';
import type { ObligationEvent } from '../domain/obligation/obligation.js';
import type { SetupEvent } from '../domain/setup/setup.js';
import type { TemplateEvent } from '../domain/template/template.js';
import type { ConsolidatedReportEvent } from '../domain/consolidated/consolidated-report.js';
import { foldConsolidated, type ConsolidatedView } from './consolidated.view.js';
import { foldObligation, type ObligationView } from './obligation.view.js';

export const REPORTING_MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));
export const REPORTING_MIGRATIONS_TABLE = 'reporting_schema_migrations';
export const REPORTING_PROJECTION_ID = 'reporting-read-model';

const obligation: ProjectionHandler<unknown> = async (tx, data, recorded) => {
  const obligationId = (data as { obligationId: string }).obligationId;
  const [row] = await tx.query<{ view: ObligationView; version: number }>(
    `SELECT view, version FROM reporting_obligations WHERE tenant_id = $1 AND obligation_id = $2 FOR UPDATE`,
    [recorded.tenantId, obligationId],
  );
  if (row && row.version >= recorded.streamVersion) return;
  const event = { type: recorded.type.slice('reporting.'.length), data } as ObligationEvent;
  const view = foldObligation(row?.view ?? null, event, recorded.recordedAt.toISOString(), recorded.streamVersion);
  if (!view) return;
  const first = view.submissions[0];
  await tx.query(
    `INSERT INTO reporting_obligations (tenant_id, obligation_id, report, reporter_agency_id, reporter_body, period, literal_due_date, due_date, from_date, status, done_on, version, view)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     ON CONFLICT (tenant_id, obligation_id) DO UPDATE SET literal_due_date = EXCLUDED.literal_due_date, due_date = EXCLUDED.due_date, status = EXCLUDED.status,
       done_on = EXCLUDED.done_on, version = EXCLUDED.version, view = EXCLUDED.view`,
    [
      recorded.tenantId,
      view.obligationId,
      view.report,
      view.reporter.kind === 'agency' ? view.reporter.agencyId : null,
      view.reporter.kind === 'committee' ? view.reporter.body : null,
      view.period,
      view.due.literalDueDate,
      view.due.dueDate,
      view.from,
      view.status,
      first ? vietnamDateOf(new Date(first.submittedAt)) : null,
      view.version,
      JSON.stringify(view),
    ],
  );
};

const consolidated: ProjectionHandler<unknown> = async (tx, data, recorded) => {
  const reportId = (data as { reportId: string }).reportId;
  const [row] = await tx.query<{ view: ConsolidatedView; version: number }>(
    `SELECT view, version FROM reporting_consolidated WHERE tenant_id = $1 AND report_id = $2 FOR UPDATE`,
    [recorded.tenantId, reportId],
  );
  if (row && row.version >= recorded.streamVersion) return;
  const view = foldConsolidated(row?.view ?? null, { type: recorded.type.slice('reporting.'.length), data } as ConsolidatedReportEvent, recorded.streamVersion);
  if (!view) return;
  await tx.query(
    `INSERT INTO reporting_consolidated (tenant_id, report_id, status, period, drafted_on, version, view) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (tenant_id, report_id) DO UPDATE SET status = EXCLUDED.status, version = EXCLUDED.version, view = EXCLUDED.view`,
    [recorded.tenantId, view.reportId, view.status, view.period, view.draftedOn, view.version, JSON.stringify(view)],
  );
};

export const reportingProjection = defineProjection<ObligationEvent | TemplateEvent | SetupEvent | ConsolidatedReportEvent>({
  context: 'reporting',
  projectionId: REPORTING_PROJECTION_ID,
  namespace: 'reporting',
  migrations: { dir: REPORTING_MIGRATIONS_DIR, table: REPORTING_MIGRATIONS_TABLE },
  handlers: {
    ObligationOpened: obligation,
    ObligationRedetermined: obligation,
    ObligationWithdrawn: obligation,
    ReportSubmitted: obligation,
    ReportReturned: obligation,
    ReportAccepted: obligation,
    TemplateDefined: null,
    ReportingAgenciesDesignated: null,
    ReminderHorizonSet: null,
    ConsolidatedReportDrafted: consolidated,
    ConsolidatedReportCirculated: consolidated,
    ConsolidatedReportCommented: consolidated,
    ConsolidatedReportRevised: consolidated,
    ConsolidatedReportSubmitted: consolidated,
  },
});
