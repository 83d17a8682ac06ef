// The membership service of the distributed shape (ARCHITECTURE.md "Two shapes"): the membership context
// alone, with authentication and the event store, configured from the same environment as the platform
// and hosted the same way (@bcd/service-host: problem documents, health, logs, correlation id, metrics).
// Tokens are the platform's (shared JWT_SECRET) or an OIDC issuer's; tenants and users are read from the
// identity events in the shared store, the regulations in force from the rulebook's events there.
// Built, not listening: main.ts listens, tests inject.
import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, NestFactory } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger as PinoNestLogger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { CLOCK, systemClock, type Clock } from '@bcd/kernel';
import type { EventStore } from '@bcd/event-store';
import { ACCESS_DIRECTORY, AuthModule } from '@bcd/auth';
import { REGULATIONS_IN_FORCE } from '@bcd/regulation';
import { MembershipModule } from '@bcd/membership';
import {
  createHostAdapter,
  createLogger,
  EVENT_STORE,
  EventStoreModule,
  HealthModule,
  hostLoggerModule,
  Metrics,
  MetricsModule,
  PROJECTION_HOST,
  ProblemFilter,
} from '@bcd/service-host';
import { EventLogAccessDirectory } from './access-directory.js';
import type { ServiceConfig } from './config.js';
import { EventLogRegulationsInForce } from './regulations-in-force.js';

export interface ServiceOptions {
  /** An open store instead of the configured one (tests); the service closes it. */
  store?: EventStore;
  logStream?: DestinationStream;
  clock?: Clock;
}

@Global()
@Module({})
class CoreModule {
  static forRoot(clock: Clock): DynamicModule {
    const providers = [
      { provide: CLOCK, useValue: clock },
      { provide: ACCESS_DIRECTORY, useClass: EventLogAccessDirectory },
      { provide: REGULATIONS_IN_FORCE, useClass: EventLogRegulationsInForce },
    ];
    return { module: CoreModule, providers, exports: providers.map((p) => p.provide) };
  }
}

export async function createMembershipService(config: ServiceConfig, options: ServiceOptions = {}): Promise<NestFastifyApplication> {
  const logger = createLogger({ service: 'membership', LOG_LEVEL: config.LOG_LEVEL, NODE_ENV: config.NODE_ENV }, options.logStream);
  const metrics = new Metrics();
  const adapter = createHostAdapter(logger, metrics);

  @Module({
    imports: [
      CoreModule.forRoot(options.clock ?? systemClock),
      hostLoggerModule(logger),
      CqrsModule.forRoot(),
      MetricsModule.forRoot(metrics),
      EventStoreModule.forRoot({ config, store: options.store }),
      HealthModule,
      AuthModule.forRoot({
        jwtSecret: config.JWT_SECRET,
        dataDir: config.DATA_DIR,
        ttlSeconds: config.JWT_TTL_SECONDS,
        oidc:
          config.OIDC_ISSUER && config.OIDC_JWKS_URL
            ? { issuer: config.OIDC_ISSUER, jwksUrl: config.OIDC_JWKS_URL, audience: config.OIDC_AUDIENCE, rolesClaim: config.OIDC_ROLES_CLAIM, usernameClaim: config.OIDC_USERNAME_CLAIM }
            : undefined,
        // this service logs nobody in (POST /api/auth/login is the platform's)
        rateLimit: { maxFailuresPerUsername: 5, maxFailuresPerAddress: 20, windowSeconds: 900 },
      }),
      MembershipModule.forRoot({ eventStore: EVENT_STORE, projectionHost: PROJECTION_HOST }),
    ],
    providers: [{ provide: APP_FILTER, useClass: ProblemFilter }],
  })
  class MembershipServiceModule {}

  const app = await NestFactory.create<NestFastifyApplication>(MembershipServiceModule, adapter, { bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(PinoNestLogger));
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, new DocumentBuilder().setTitle('BCĐ membership service').addBearerAuth().build()), {
    ui: false,
    raw: ['json'],
    jsonDocumentUrl: 'api/docs-json',
  });
  return app;
}
