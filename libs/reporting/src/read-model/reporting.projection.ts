// The projection `reporting-read-model`: every event of an obligation folds its view (obligation.view.ts),
// written back whole with the columns lists, reminders, buckets and exports filter on, in the batch's
// transaction with the checkpoint. An event at or below the row's version was applied before (a replay).
// Templates and the setup are read from their streams (one each per tenant): nothing to project.
import { fileURLToPath } from 'node:url';
import { vietnamDateOf } from '@bcd/calendar';
import { defineProjection, viewRowHandler } from '@bcd/service-host';
import type { ObligationEvent } from '../domain/obligation/obligation.js';
import type { SetupEvent } from '../domain/setup/setup.js';
import type { TemplateEvent } from '../domain/template/template.js';
import type { ConsolidatedReportEvent } from '../domain/consolidated/consolidated-report.js';
import { foldConsolidated, type ConsolidatedView } from './consolidated.view.js';
import { foldObligation, type ObligationView } from './obligation.view.js';

export const REPORTING_MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));
export const REPORTING_MIGRATIONS_TABLE = 'reporting_schema_migrations';
export const REPORTING_PROJECTION_ID = 'reporting-read-model';

const obligation = viewRowHandler<ObligationView>({
  namespace: 'reporting',
  table: 'reporting_obligations',
  key: { column: 'obligation_id', field: 'obligationId' },
  fold: (view, event, recorded) => foldObligation(view, event as ObligationEvent, recorded.recordedAt.toISOString(), recorded.streamVersion),
  columns: (view) => {
    const first = view.submissions[0];
    return {
      report: view.report,
      reporter_agency_id: view.reporter.kind === 'agency' ? view.reporter.agencyId : null,
      reporter_body: view.reporter.kind === 'committee' ? view.reporter.body : null,
      period: view.period,
      literal_due_date: view.due.literalDueDate,
      due_date: view.due.dueDate,
      from_date: view.from,
      status: view.status,
      done_on: first ? vietnamDateOf(new Date(first.submittedAt)) : null,
    };
  },
});

const consolidated = viewRowHandler<ConsolidatedView>({
  namespace: 'reporting',
  table: 'reporting_consolidated',
  key: { column: 'report_id', field: 'reportId' },
  fold: (view, event, recorded) => foldConsolidated(view, event as ConsolidatedReportEvent, recorded.streamVersion),
  columns: (view) => ({ status: view.status, period: view.period, drafted_on: view.draftedOn }),
});

export const reportingProjection = defineProjection<ObligationEvent | TemplateEvent | SetupEvent | ConsolidatedReportEvent>({
  context: 'reporting',
  projectionId: REPORTING_PROJECTION_ID,
  namespace: 'reporting',
  migrations: { dir: REPORTING_MIGRATIONS_DIR, table: REPORTING_MIGRATIONS_TABLE },
  // Written by commands, not derived from events: kept through a rebuild.
  keep: ['reporting_files'],
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
