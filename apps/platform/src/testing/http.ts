import type { Config } from '../config.js';
import { createApp, type CreateAppOptions } from '../app.factory.js';
import { LogCapture } from './log-capture.js';

/**
 * createApp + init, ready for Fastify's `inject` (no socket). Logs go to a capture, not the test
 * output, unless the test passes its own. No Swagger UI: see CreateAppOptions.apiDocsUi. Every answer is
 * checked against the schema the OpenAPI document publishes for it.
 */
export async function startApp(config: Config, options: CreateAppOptions = {}) {
  const app = await createApp(config, { apiDocsUi: false, logStream: new LogCapture(), checkResponses: true, ...options });
  await app.init();
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.ready();
  return { app, inject: fastify.inject.bind(fastify) };
}
