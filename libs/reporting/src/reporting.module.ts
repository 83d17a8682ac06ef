import { Module } from '@nestjs/common';
import { Caller, readModelProvider, Regulations } from '@bcd/service-host';
import { ConsolidatedCommands } from './application/consolidated.commands.js';
import { ExportObligationsHandler } from './application/export.query.js';
import { ReportingFacts } from './application/facts.js';
import { ReportFiles } from './application/files.js';
import { ObligationCommands } from './application/obligation.commands.js';
import { ObligationOpener } from './application/opener.js';
import { RemindersHandler } from './application/reminders.query.js';
import { SetupCommands, TemplateCommands } from './application/setup.commands.js';
import { ConsolidatedController } from './http/consolidated.controller.js';
import { ObligationsController } from './http/obligations.controller.js';
import { ReportingSetupController } from './http/reporting-setup.controller.js';
import { consolidatedQueryHandlers } from './read-model/consolidated.query.js';
import { obligationQueryHandlers } from './read-model/obligations.query.js';
import { reportingProjection } from './read-model/reporting.projection.js';

/**
 * Reporting: obligations opened from the regulation in force by a scheduled process, submissions judged on
 * time or late, templates, the consolidated report and its comment round, reminders, buckets and exports.
 * Runs on the host kit; reads the roster (ROSTERS), the regulations (REGULATIONS_IN_FORCE), the working
 * calendar (WORKING_CALENDARS), the meetings' follow-up (their published events) and names
 * (MEMBERSHIP_DIRECTORY, optional) through ports, never another context's tables.
 */
@Module({
  controllers: [ReportingSetupController, ConsolidatedController, ObligationsController],
  providers: [
    readModelProvider(reportingProjection),
    Regulations,
    Caller,
    ReportingFacts,
    ReportFiles,
    ObligationOpener,
    ObligationCommands,
    SetupCommands,
    TemplateCommands,
    ConsolidatedCommands,
    RemindersHandler,
    ExportObligationsHandler,
    ...obligationQueryHandlers,
    ...consolidatedQueryHandlers,
  ],
})
export class ReportingModule {}
