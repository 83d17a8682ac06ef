import { Global, Module, type DynamicModule } from '@nestjs/common';
import { REGULATIONS_IN_FORCE } from '@bcd/regulation';
import { calendarHandlers, EffectiveCalendar } from './application/calendar.js';
import { ReadModelRegulationsInForce, RulebookReadModel, rulebookQueryHandlers } from './application/queries.js';
import { regulationCommandHandlers } from './application/regulations.js';
import { RulebookProjection } from './application/rulebook-projection.js';
import { RULEBOOK_EVENT_STORE, RULEBOOK_PROJECTION_HOST, type RulebookModuleOptions } from './application/tokens.js';
import { CalendarController } from './http/calendar.controller.js';
import { RegulationsController } from './http/regulations.controller.js';

/**
 * The rulebook: which regulation and which working-day calendar a tenant's facts are judged by.
 * Global, so that every context module can inject the RegulationsInForce port (token
 * REGULATIONS_IN_FORCE of @bcd/regulation) without importing this context.
 */
@Global()
@Module({})
export class RulebookModule {
  static forRoot(options: RulebookModuleOptions): DynamicModule {
    return {
      module: RulebookModule,
      controllers: [CalendarController, RegulationsController],
      providers: [
        { provide: RULEBOOK_EVENT_STORE, useExisting: options.eventStore },
        { provide: RULEBOOK_PROJECTION_HOST, useExisting: options.projectionHost },
        RulebookProjection,
        RulebookReadModel,
        EffectiveCalendar,
        { provide: REGULATIONS_IN_FORCE, useClass: ReadModelRegulationsInForce },
        ...calendarHandlers,
        ...regulationCommandHandlers,
        ...rulebookQueryHandlers,
      ],
      exports: [REGULATIONS_IN_FORCE],
    };
  }
}
