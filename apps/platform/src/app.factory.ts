// Builds the Nest application on Fastify, configured but not listening: main.ts listens, tests
// call init() and use Fastify's inject.
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject, type SchemaObject } from '@nestjs/swagger';
import { Logger as NestPinoLogger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { EventStore } from '@bcd/event-store';
import { createHostAdapter, createLogger, Metrics, PROBLEM_CONTENT_TYPE } from '@bcd/service-host';
import { AppModule, type AppModuleOptions } from './app.module.js';
import type { Config } from './config.js';

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

export async function createApp(config: Config, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  const logger = createLogger({ service: 'platform', LOG_LEVEL: config.LOG_LEVEL, NODE_ENV: config.NODE_ENV }, options.logStream);
  const metrics = new Metrics();
  // The correlation id (request id, echoed, request context) and HTTP metrics: see @bcd/service-host.
  const adapter = createHostAdapter(logger, metrics);

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
