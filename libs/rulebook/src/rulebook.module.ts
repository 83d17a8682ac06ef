import { Global, Module } from '@nestjs/common';
import { REGULATIONS_IN_FORCE } from '@bcd/regulation';
import { readModelProvider } from '@bcd/service-host';
import { CalendarCommands } from './application/calendar.commands.js';
import { RegulationsCommands } from './application/regulations.commands.js';
import { ReadModelRegulationsInForce } from './application/regulations-in-force.js';
import { CalendarController } from './http/calendar.controller.js';
import { RegulationsController } from './http/regulations.controller.js';
import { adoptionQueryHandlers } from './read-model/adoptions.query.js';
import { calendarQueryHandlers } from './read-model/calendar.query.js';
import { rulebookProjection } from './read-model/rulebook.projection.js';
import { ScheduleHandler } from './read-model/schedule.query.js';

/**
 * The rulebook: which regulation and which working-day calendar a tenant's facts are judged by. Runs on
 * the host kit (libs/service-host). Global, so that every context module of the host can inject the
 * RegulationsInForce port (token REGULATIONS_IN_FORCE of @bcd/regulation) without importing this context.
 */
@Global()
@Module({
  controllers: [CalendarController, RegulationsController],
  providers: [
    readModelProvider(rulebookProjection),
    { provide: REGULATIONS_IN_FORCE, useClass: ReadModelRegulationsInForce },
    RegulationsCommands,
    CalendarCommands,
    ...adoptionQueryHandlers,
    ScheduleHandler,
    ...calendarQueryHandlers,
  ],
  exports: [REGULATIONS_IN_FORCE],
})
export class RulebookModule {}
