// Builds a host's Nest application on Fastify, configured but not listening: main.ts listens, tests
// call init() and use Fastify's inject. The same for apps/platform and every service shell.
import { resolve } from 'node:path';
import { Logger, Module, type ModuleMetadata } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger as NestPinoLogger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { Clock } from '@bcd/kernel';
import type { EventStore } from '@bcd/event-store';
import type { AuthModuleOptions } from '@bcd/auth';
import { InvalidConfiguration, type HostConfig } from './host-config.js';
import { HostModule, type HostModuleOptions } from './host.module.js';
import { createHostAdapter } from './http-host.js';
import { serveOpenApi, type OpenApiInfo } from './http/openapi.js';
import { installRequestEdge } from './http/request-edge.js';
import { createLogger } from './logger.js';
import { Metrics } from './metrics.js';

export interface HostAppOptions {
  /** The `service` field of every log line: `platform`, `membership`, … */
  service: string;
  config: HostConfig;
  auth: AuthModuleOptions;
  openApi: OpenApiInfo;
  /** The context modules (and any module of the host's own). */
  imports: ModuleMetadata['imports'];
  folds?: HostModuleOptions['folds'];
  /** An open event store instead of the configured one (tests). The app closes it on close(). */
  store?: EventStore;
  /** Where JSON log lines go instead of stdout (tests capture them). */
  logStream?: DestinationStream;
  clock?: Clock;
  checkResponses?: boolean;
  /**
   * Serve the Swagger UI at /api/docs (default true; the JSON at /api/docs-json is always served).
   * Jest turns it off: the UI's @fastify/static requires the ESM-only content-disposition 3, which
   * Jest's loader cannot load.
   */
  apiDocsUi?: boolean;
}

export async function createHostApp(options: HostAppOptions): Promise<NestFastifyApplication> {
  const { config } = options;
  const logger = createLogger({ service: options.service, LOG_LEVEL: config.LOG_LEVEL, NODE_ENV: config.NODE_ENV }, options.logStream);
  const metrics = new Metrics();
  // The correlation id (request id, echoed, request context) and HTTP metrics.
  const adapter = createHostAdapter(logger, metrics, { bodyLimit: config.HTTP_BODY_LIMIT_BYTES });

  @Module({
    imports: [
      HostModule.forRoot({
        config,
        logger,
        metrics,
        auth: options.auth,
        store: options.store,
        clock: options.clock,
        checkResponses: options.checkResponses,
        folds: options.folds,
      }),
      ...(options.imports ?? []),
    ],
  })
  class HostAppModule {}

  // abortOnError false: a failing start throws to the caller instead of killing the process.
  const app = await NestFactory.create<NestFastifyApplication>(HostAppModule, adapter, { bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(NestPinoLogger));
  // Before init: Nest registers no JSON parser of its own when one is there.
  installRequestEdge(app.getHttpAdapter().getInstance(), (type, parserOptions, parser) => app.useBodyParser(type, parserOptions, parser), {
    bodyLimitBytes: config.HTTP_BODY_LIMIT_BYTES,
    maxJsonDepth: config.HTTP_MAX_JSON_DEPTH,
    fileLimitBytes: config.HTTP_FILE_LIMIT_BYTES,
  });
  serveOpenApi(app, options.openApi, { ui: options.apiDocsUi ?? true });
  return app;
}

const SIGNALS = ['SIGTERM', 'SIGINT'] as const;

/**
 * Listens on HOST:PORT; on SIGTERM/SIGINT closes everything (the HTTP server, then the event store,
 * which waits for in-flight appends) and exits 0, or exits 1 when that takes longer than SHUTDOWN_TIMEOUT_MS.
 */
export async function listenUntilSignalled(app: NestFastifyApplication, config: HostConfig): Promise<void> {
  const logger = new Logger('Bootstrap');
  // Nest closes the app on these signals, then exits 0 (`useProcessExit`, so log lines are flushed).
  app.enableShutdownHooks([...SIGNALS], { useProcessExit: true });
  for (const signal of SIGNALS) {
    process.once(signal, () => {
      logger.log(`${signal} received: shutting down (at most ${config.SHUTDOWN_TIMEOUT_MS} ms)`);
      // A request or append that never ends must not keep the process from stopping.
      setTimeout(() => {
        logger.error(`Shutdown took longer than ${config.SHUTDOWN_TIMEOUT_MS} ms: exiting anyway`);
        process.exit(1);
      }, config.SHUTDOWN_TIMEOUT_MS).unref();
    });
  }
  await app.listen({ port: config.PORT, host: config.HOST });
  logger.log(`Event store: ${config.DATABASE_URL ? `PostgreSQL at ${describeDatabase(config.DATABASE_URL)}` : `PGlite in ${resolve(config.DATA_DIR)}`}`);
  logger.log(`Listening on ${await app.getUrl()} (API docs at /api/docs)`);
}

/** Host and database of a connection URL, without credentials. */
function describeDatabase(url: string): string {
  const { host, pathname } = new URL(url);
  return `${host}${pathname}`;
}

/** The `main` of a host: configuration (a bad one: its message, exit 1), the app, then listen until signalled. */
export function runHost<C extends HostConfig>(loadConfig: () => C, createApp: (config: C) => Promise<NestFastifyApplication>): void {
  const start = async () => {
    let config: C;
    try {
      config = loadConfig();
    } catch (error) {
      if (!(error instanceof InvalidConfiguration)) throw error;
      console.error(error.message);
      process.exit(1);
    }
    await listenUntilSignalled(await createApp(config), config);
  };
  start().catch((error: unknown) => {
    console.error('Failed to start:', error);
    process.exit(1);
  });
}
