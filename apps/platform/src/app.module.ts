import { Global, Module, type DynamicModule, type ModuleMetadata } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import type { Logger } from 'pino';
import { CLOCK, systemClock, type Clock } from '@bcd/kernel';
import type { EventStore } from '@bcd/event-store';
import { AuthModule } from '@bcd/auth';
import { EventStoreModule, HealthModule, hostLoggerModule, MetricsModule, ProblemFilter, type Metrics } from '@bcd/service-host';
import { APP_CONFIG, type Config } from './config.js';
import { authOptions, platformContexts } from './contexts.js';

export interface AppModuleOptions {
  config: Config;
  logger: Logger;
  metrics: Metrics;
  store?: EventStore;
  /** The context modules to host; default: every one (`platformContexts`). Tests of the bare host pass []. */
  contexts?: ModuleMetadata['imports'];
  /** Further modules: test-only ones. */
  imports?: ModuleMetadata['imports'];
  /** The clock (default: the system's); tests pass a fixed one. */
  clock?: Clock;
}

/** What every module may inject: the configuration and the clock. */
@Global()
@Module({})
class CoreModule {
  static forRoot(config: Config, clock: Clock): DynamicModule {
    const providers = [
      { provide: APP_CONFIG, useValue: config },
      { provide: CLOCK, useValue: clock },
    ];
    return { module: CoreModule, providers, exports: providers.map((p) => p.provide) };
  }
}

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(options.config, options.clock ?? systemClock),
        hostLoggerModule(options.logger),
        CqrsModule.forRoot(),
        MetricsModule.forRoot(options.metrics),
        EventStoreModule.forRoot({ config: options.config, store: options.store }),
        HealthModule,
        // The global guard: every route needs a token unless marked @Public().
        AuthModule.forRoot(authOptions(options.config)),
        ...(options.contexts ?? platformContexts(options.config)),
        ...(options.imports ?? []),
      ],
      providers: [{ provide: APP_FILTER, useClass: ProblemFilter }],
    };
  }
}
