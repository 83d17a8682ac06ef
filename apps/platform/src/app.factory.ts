// Builds the Nest application on Fastify, configured but not listening: main.ts listens, tests
// call init() and use Fastify's inject.
import type { IncomingMessage } from 'node:http';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject, type SchemaObject } from '@nestjs/swagger';
import { LogController } from 'fastify';
import { Logger as NestPinoLogger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { EventStore } from '@bcd/event-store';
import { AppModule, type AppModuleOptions } from './app.module.js';
import type { Config } from './config.js';
import { CORRELATION_ID_HEADER, correlationIdFrom, runWithRequestContext } from '@bcd/auth';
import { PROBLEM_CONTENT_TYPE } from './http/problem.filter.js';
import { createLogger } from './logging/logger.js';
import { Metrics, UNMATCHED_ROUTE } from './metrics/metrics.js';

export interface CreateAppOptions {
  /** An open event store to use instead of the configured one (tests). The app closes it on close(). */
  store?: EventStore;
  /** Where JSON log lines go instead of stdout (tests capture them). */
  logStream?: DestinationStream;
  /** Extra modules (test-only controllers and handlers). */
  imports?: AppModuleOptions['imports'];
  /** The context modules to host instead of every one (tests of the bare host: []). */
  contexts?: AppModuleOptions['contexts'];
  /** A clock instead of the system's (tests). */
  clock?: AppModuleOptions['clock'];
  /**
   * Serve the Swagger UI at /api/docs (default true; the JSON at /api/docs-json is always served).
   * Jest turns it off: the UI's @fastify/static requires the ESM-only content-disposition 3, which
   * Node ≥ 20.19 loads but Jest's CommonJS loader cannot.
   */
  apiDocsUi?: boolean;
}

export const API_DOCS_PATH = 'api/docs';

/** Probes and scrapes arrive every few seconds: their request lines would drown the rest. */
const QUIET_PATHS = new Set(['/health', '/health/ready', '/metrics']);

export async function createApp(config: Config, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  const logger = createLogger(config, options.logStream);
  const metrics = new Metrics();

  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    genReqId: (req: IncomingMessage) => correlationIdFrom(req.headers[CORRELATION_ID_HEADER]),
    logController: new LogController({
      requestIdLogLabel: 'correlationId',
      disableRequestLogging: (req: { url?: string }) => QUIET_PATHS.has((req.url ?? '').split('?')[0]),
    }),
  });
  const fastify = adapter.getInstance();

  // First hook of every request: echo the correlation id and open the request context, which
  // lasts through the handler and everything it awaits (event metadata reads it there).
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header(CORRELATION_ID_HEADER, request.id);
    runWithRequestContext({ correlationId: request.id }, done);
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    // The route template, never the raw URL: ids in paths would make a series per resource.
    const labels = {
      method: request.method,
      route: request.is404 ? UNMATCHED_ROUTE : (request.routeOptions.url ?? UNMATCHED_ROUTE),
      status: String(reply.statusCode),
    };
    metrics.httpRequests.inc(labels);
    metrics.httpRequestDuration.observe(labels, reply.elapsedTime / 1000);
    done();
  });

  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot({
      config,
      logger,
      metrics,
      store: options.store,
      imports: options.imports,
      contexts: options.contexts,
      clock: options.clock,
    }),
    adapter,
    // abortOnError false: a failing start throws to the caller instead of killing the process.
    { bufferLogs: true, abortOnError: false },
  );
  app.useLogger(app.get(NestPinoLogger));

  SwaggerModule.setup(API_DOCS_PATH, app, () => openApiDocument(app), {
    ui: options.apiDocsUi ?? true,
    raw: ['json'],
    jsonDocumentUrl: `${API_DOCS_PATH}-json`,
  });
  return app;
}

function openApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('BCĐ platform API')
      .setDescription(
        `Errors are RFC 9457 problem documents (\`${PROBLEM_CONTENT_TYPE.split(';')[0]}\`, schema \`Problem\`). ` +
          'Every response carries `X-Correlation-Id` (the caller\'s, when it sent a sane one).',
      )
      .setVersion('0.1.0')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
      .build(),
  );
  document.components ??= {};
  document.components.schemas = { ...document.components.schemas, Problem: PROBLEM_SCHEMA };
  return document;
}

const PROBLEM_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail', 'instance', 'correlationId'],
  properties: {
    type: { type: 'string', example: 'rule-violation' },
    title: { type: 'string', example: 'Rule violation' },
    status: { type: 'integer', example: 422 },
    detail: { type: 'string' },
    instance: { type: 'string', example: '/api/meetings/0190f1a2-…' },
    correlationId: { type: 'string' },
    rule: { type: 'string', description: 'rule-violation only', example: 'KG-2008-D10-delegation' },
    article: { type: 'string', description: 'rule-violation only', example: 'Điều 10, QĐ 1507/QĐ-UBND 2008' },
    errors: {
      type: 'array',
      description: 'validation-failed only',
      items: {
        type: 'object',
        required: ['path', 'message'],
        properties: { path: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
};
