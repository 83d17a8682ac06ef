// The membership service of the distributed shape (ARCHITECTURE.md "Two shapes"): the membership context
// alone, with authentication and the event store, configured from the same environment as the platform.
// Tokens are the platform's (shared JWT_SECRET) or an OIDC issuer's; tenants and users are read from the
// identity events in the shared store. Built, not listening: main.ts listens, tests inject.
import type { IncomingMessage } from 'node:http';
import { Global, Module, RequestMethod, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, NestFactory } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger as PinoNestLogger, LoggerModule } from 'nestjs-pino';
import { pino, type DestinationStream } from 'pino';
import { CLOCK, systemClock, type Clock } from '@bcd/kernel';
import type { PostgresEventStore } from '@bcd/event-store';
import { ACCESS_DIRECTORY, AuthModule, CORRELATION_ID_HEADER, correlationIdFrom, runWithRequestContext } from '@bcd/auth';
import { MembershipModule } from '@bcd/membership';
import { EventLogAccessDirectory } from './access-directory.js';
import type { ServiceConfig } from './config.js';
import { EVENT_STORE, EventStoreModule, PROJECTION_HOST } from './event-store.js';
import { HealthController, ProblemFilter } from './http.js';

export interface ServiceOptions {
  /** An open store instead of the configured one (tests); the service closes it. */
  store?: PostgresEventStore;
  logStream?: DestinationStream;
  clock?: Clock;
}

/** Never logged: credentials and bodies (personal data). */
const REDACTED = ['req.headers.authorization', 'req.headers.cookie', 'req.body', 'body', 'password', '*.password'];

@Global()
@Module({})
class CoreModule {
  static forRoot(clock: Clock): DynamicModule {
    const providers = [
      { provide: CLOCK, useValue: clock },
      { provide: ACCESS_DIRECTORY, useClass: EventLogAccessDirectory },
    ];
    return { module: CoreModule, providers, exports: providers.map((p) => p.provide) };
  }
}

export async function createMembershipService(config: ServiceConfig, options: ServiceOptions = {}): Promise<NestFastifyApplication> {
  const loggerOptions = {
    level: config.LOG_LEVEL,
    base: { service: 'membership', env: config.NODE_ENV, pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    redact: { paths: REDACTED, censor: '[redacted]' },
  };
  const logger = options.logStream ? pino(loggerOptions, options.logStream) : pino(loggerOptions);
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    genReqId: (req: IncomingMessage) => correlationIdFrom(req.headers[CORRELATION_ID_HEADER]),
  });
  adapter.getInstance().addHook('onRequest', (request, reply, done) => {
    reply.header(CORRELATION_ID_HEADER, request.id);
    runWithRequestContext({ correlationId: request.id }, done);
  });

  @Module({
    imports: [
      CoreModule.forRoot(options.clock ?? systemClock),
      LoggerModule.forRoot({ pinoHttp: { logger }, useExisting: true, forRoutes: [{ path: '{*splat}', method: RequestMethod.ALL }] }),
      CqrsModule.forRoot(),
      EventStoreModule.forRoot(config, options.store),
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
    controllers: [HealthController],
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
