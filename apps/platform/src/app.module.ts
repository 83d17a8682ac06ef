import { Global, Module, RequestMethod, type DynamicModule, type ModuleMetadata } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';
import { CLOCK, systemClock, type Clock } from '@bcd/kernel';
import type { EventStore } from '@bcd/event-store';
import { AuthModule } from '@bcd/auth';
import { APP_CONFIG, type Config } from './config.js';
import { authOptions, platformContexts } from './contexts.js';
import { EventStoreModule } from './event-store/event-store.module.js';
import { HealthModule } from './health/health.module.js';
import { ProblemFilter } from './http/problem.filter.js';
import type { Metrics } from './metrics/metrics.js';
import { MetricsModule } from './metrics/metrics.module.js';

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
        // `useExisting`: Fastify owns the logger and its per-request child (bound to the correlation
        // id); nestjs-pino only makes that child the target of Nest logger calls in the request.
        // `forRoutes` explicitly: nestjs-pino's default path (`{/*splat}`) matches no request on
        // @nestjs/platform-fastify 12.5, which would silently drop the correlation id from Nest logs.
        LoggerModule.forRoot({
          pinoHttp: { logger: options.logger },
          useExisting: true,
          forRoutes: [{ path: '{*splat}', method: RequestMethod.ALL }],
        }),
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
