// Builds the platform (the embedded host: every context in one process) on the shared host kit,
// configured but not listening: main.ts listens, tests call init() and use Fastify's inject.
import type { ModuleMetadata } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DestinationStream } from 'pino';
import type { Clock } from '@bcd/kernel';
import type { EventStore } from '@bcd/event-store';
import { createHostApp, PROBLEM_CONTENT_TYPE, type OpenApiInfo } from '@bcd/service-host';
import type { Config } from './config.js';
import { authOptions, platformContexts } from './contexts.js';

export interface CreateAppOptions {
  /** An open event store to use instead of the configured one (tests). The app closes it on close(). */
  store?: EventStore;
  /** Where JSON log lines go instead of stdout (tests capture them). */
  logStream?: DestinationStream;
  /** Extra modules (test-only controllers and handlers). */
  imports?: ModuleMetadata['imports'];
  /** The context modules to host instead of every one (tests of the bare host: []). */
  contexts?: ModuleMetadata['imports'];
  /** A clock instead of the system's (tests). */
  clock?: Clock;
  /** Check every answer against its documented schema (the tests do). */
  checkResponses?: boolean;
  /** Serve the Swagger UI at /api/docs (default true); Jest cannot load it (see createHostApp). */
  apiDocsUi?: boolean;
}

export const PLATFORM_OPENAPI: OpenApiInfo = {
  title: 'BCĐ platform API',
  description:
    `Errors are RFC 9457 problem documents (\`${PROBLEM_CONTENT_TYPE.split(';')[0]}\`, schema \`Problem\`). ` +
    'Every response carries `X-Correlation-Id` (the caller\'s, when it sent a sane one).',
  version: '0.1.0',
};

export async function createApp(config: Config, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  return createHostApp({
    service: 'platform',
    config,
    auth: authOptions(config),
    openApi: PLATFORM_OPENAPI,
    imports: [...(options.contexts ?? platformContexts(config)), ...(options.imports ?? [])],
    store: options.store,
    logStream: options.logStream,
    clock: options.clock,
    checkResponses: options.checkResponses,
    apiDocsUi: options.apiDocsUi,
  });
}
