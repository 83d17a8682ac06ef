// `npm start`: read the configuration, build the app, listen; on SIGTERM/SIGINT close everything
// (HTTP server, then the event store, which waits for in-flight appends) and exit 0.
import 'reflect-metadata';
import { resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { createApp } from './app.factory.js';
import { InvalidConfiguration, loadConfig, type Config } from './config.js';

const SIGNALS = ['SIGTERM', 'SIGINT'] as const;

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof InvalidConfiguration)) throw error;
    console.error(error.message);
    process.exit(1);
  }

  const app = await createApp(config);
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
  logger.log(
    `Event store: ${config.DATABASE_URL ? `PostgreSQL at ${describeDatabase(config.DATABASE_URL)}` : `PGlite in ${resolve(config.DATA_DIR)}`}`,
  );
  logger.log(`Listening on ${await app.getUrl()} (API docs at /api/docs)`);
}

/** Host and database of a connection URL, without credentials. */
function describeDatabase(url: string): string {
  const { host, pathname } = new URL(url);
  return `${host}${pathname}`;
}

main().catch((error: unknown) => {
  console.error('Failed to start:', error);
  process.exit(1);
});
