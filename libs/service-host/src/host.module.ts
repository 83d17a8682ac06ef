// Everything a host (apps/platform, the services of the distributed shape) gives the context modules
// it runs, in one module: the clock, JSON logs, the CQRS buses, metrics, the configured event store,
// health probes, authentication (the global guard), problem documents, and the context kit — the
// command runner, the read models and their database, Idempotency-Key, and the ports a host serves
// from the event log when it does not run the context that owns them.
import { Global, Module, type ClassProvider, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import type { Logger } from 'pino';
import { WORKING_CALENDARS } from '@bcd/calendar';
import { CLOCK, systemClock, type Clock } from '@bcd/kernel';
import type { EventStore } from '@bcd/event-store';
import { ACCESS_DIRECTORY, AuthModule, type AuthModuleOptions } from '@bcd/auth';
import { REGULATIONS_IN_FORCE } from '@bcd/regulation';
import { ROSTERS } from '@bcd/contracts';
import { CommandRunner } from './commands/command-runner.js';
import { EventStoreModule } from './event-store.module.js';
import { EventLogAccessDirectory } from './folds/event-log-access-directory.js';
import { EventLogRegulationsInForce } from './folds/event-log-regulations-in-force.js';
import { EventLogRosters } from './folds/event-log-rosters.js';
import { EventLogWorkingCalendars } from './folds/event-log-working-calendars.js';
import { HealthModule } from './health.module.js';
import type { HostConfig } from './host-config.js';
import { hostLoggerModule } from './http-host.js';
import { IdempotencyInterceptor, IdempotencyStore } from './http/idempotency.js';
import { ResponseContractInterceptor } from './http/response-contract.js';
import type { Metrics } from './metrics.js';
import { MetricsModule } from './metrics.module.js';
import { ProblemFilter } from './problem.filter.js';
import { ReadModelDatabase } from './read-models/read-model-database.js';
import { ReadModels } from './read-models/read-models.js';
import { ProjectionsAdminController } from './read-models/projections-admin.controller.js';

export interface HostModuleOptions {
  config: HostConfig;
  logger: Logger;
  metrics: Metrics;
  auth: AuthModuleOptions;
  /** An already open store (tests); the host closes it. */
  store?: EventStore;
  /** Default: the system's. */
  clock?: Clock;
  /** Check every answer against its documented schema (the tests run with it). */
  checkResponses?: boolean;
  /**
   * Ports this host serves by folding the owning context's published events because it does not run
   * that context: the regulations in force (rulebook). The access directory the guard reads on every
   * request (identity), the working calendars and the rosters are always served from the event log.
   */
  folds?: { regulationsInForce?: boolean };
}

@Global()
@Module({})
export class HostModule {
  static forRoot(options: HostModuleOptions): DynamicModule {
    const folds: ClassProvider[] = [
      { provide: EventLogWorkingCalendars, useClass: EventLogWorkingCalendars },
      { provide: ACCESS_DIRECTORY, useClass: EventLogAccessDirectory },
      { provide: ROSTERS, useClass: EventLogRosters },
      ...(options.folds?.regulationsInForce ? [{ provide: REGULATIONS_IN_FORCE, useClass: EventLogRegulationsInForce }] : []),
    ];
    const kit = [ReadModels, ReadModelDatabase, CommandRunner, IdempotencyStore];
    return {
      module: HostModule,
      controllers: [ProjectionsAdminController],
      imports: [
        hostLoggerModule(options.logger),
        CqrsModule.forRoot(),
        MetricsModule.forRoot(options.metrics),
        EventStoreModule.forRoot({ config: options.config, store: options.store }),
        HealthModule,
        // The global guard: every route needs a token unless marked public.
        AuthModule.forRoot(options.auth),
      ],
      providers: [
        { provide: CLOCK, useValue: options.clock ?? systemClock },
        ...kit,
        ...folds,
        { provide: WORKING_CALENDARS, useExisting: EventLogWorkingCalendars },
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        ...(options.checkResponses ? [{ provide: APP_INTERCEPTOR, useClass: ResponseContractInterceptor }] : []),
      ],
      exports: [CLOCK, ...kit, ...folds.map((fold) => fold.provide), WORKING_CALENDARS],
    };
  }
}
