// Builds the platform (the embedded host: every context in one process) on the shared host kit,
// configured but not listening: main.ts listens, tests call init() and use Fastify's inject.
// It also serves the built admin app (apps/admin/dist) on the same origin as the API.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import { Logger, type ModuleMetadata } from '@nestjs/common';
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
  /** The built admin app to serve at / (default: apps/admin/dist when it has been built; false: none). */
  adminApp?: string | false;
}

/** Where `npm run build` puts the admin app (apps/admin/dist), from this file's place in src/ or dist/. */
export const ADMIN_APP_DIR = fileURLToPath(new URL('../../admin/dist/', import.meta.url));

/** The admin app's pages a browser may navigate to directly (its router's paths); anything else stays the API's 404. */
const ADMIN_APP_PAGES = ['/login', '/t/*'];

export const PLATFORM_OPENAPI: OpenApiInfo = {
  title: 'BCĐ platform API',
  description:
    `Errors are RFC 9457 problem documents (\`${PROBLEM_CONTENT_TYPE.split(';')[0]}\`, schema \`Problem\`). ` +
    'Every response carries `X-Correlation-Id` (the caller\'s, when it sent a sane one).',
  version: '0.1.0',
};

export async function createApp(config: Config, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  const app = await createHostApp({
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
  const adminApp = options.adminApp ?? ADMIN_APP_DIR;
  if (adminApp && existsSync(join(adminApp, 'index.html'))) await serveAdminApp(app, adminApp);
  else new Logger('AdminApp').log(`No admin app at ${adminApp || '(none asked)'}: run \`npm run build\` to serve it at /`);
  return app;
}

/**
 * The admin app's files at /, and its index.html for the app's pages a browser navigates to (the app routes
 * itself: /login, /t/thanh-hoa/meetings), when the caller asks for HTML; every other path keeps the 404 problem
 * document. Hashed assets are cached for good, index.html never.
 */
async function serveAdminApp(app: NestFastifyApplication, root: string): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.register(fastifyStatic, {
    root,
    wildcard: false,
    // @fastify/static 10 hands the reply (not the raw response) to setHeaders
    setHeaders: (reply, path) => {
      reply.header('cache-control', path.startsWith(join(root, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  // Only the app's own pages (apps/admin/app/routes.tsx): a catch-all route would also catch what the router
  // refuses under /api (a parameter too long is a 414, not a page).
  const page = (request: { headers: { accept?: string } }, reply: { callNotFound(): void; sendFile(file: string): unknown }) =>
    (request.headers.accept ?? '').includes('text/html') ? reply.sendFile('index.html') : reply.callNotFound();
  for (const path of ADMIN_APP_PAGES) fastify.get(path, page);
  new Logger('AdminApp').log(`Serving the admin app from ${root} at /`);
}
