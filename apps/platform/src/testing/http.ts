import type { Config } from '../config.js';
import { createApp, type CreateAppOptions } from '../app.factory.js';
import { LogCapture } from './log-capture.js';

/**
 * createApp + init, ready for Fastify's `inject` (no socket). Logs go to a capture, not the test
 * output, unless the test passes its own. No Swagger UI: see CreateAppOptions.apiDocsUi.
 */
export async function startApp(config: Config, options: CreateAppOptions = {}) {
  const app = await createApp(config, { apiDocsUi: false, logStream: new LogCapture(), ...options });
  await app.init();
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.ready();
  return { app, inject: fastify.inject.bind(fastify) };
}
