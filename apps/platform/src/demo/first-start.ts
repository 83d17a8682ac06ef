// Writing the demo history into a running platform's store, in its own process: on the first `npm start` (an
// empty store and DEMO=1) and by `npm run demo:seed`. The seeder acts as the platform admin the platform
// bootstrapped (ADMIN_USERNAME) with a token issued here, so it never needs that admin's password.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PLATFORM_TENANT, TokenService } from '@bcd/auth';
import type { EventStore } from '@bcd/event-store';
import { EVENT_STORE } from '@bcd/service-host';
import type { Config } from '../config.js';
import type { DemoClock } from './demo-clock.js';
import { progressOn, type Progress } from './progress.js';
import { seedDemo, type SeedResult } from './seed-demo.js';
import { usersTable } from './users.js';

/** The tenants the store holds (their codes), from the tenancy events: no read model, no login needed. */
export async function tenantsIn(app: NestFastifyApplication): Promise<string[]> {
  const store = app.get<EventStore>(EVENT_STORE);
  const { events } = await store.readAll({ tenantId: PLATFORM_TENANT, typePrefix: 'tenancy.TenantCreated', maxCount: 10_000 });
  return events.map((event) => (event.data as { code: string }).code);
}

/** A token of the platform admin named `username`, valid at `at` on the platform's clock. */
async function platformAdminToken(app: NestFastifyApplication, username: string, at: Date): Promise<string> {
  const store = app.get<EventStore>(EVENT_STORE);
  const { events } = await store.readAll({ tenantId: PLATFORM_TENANT, typePrefix: 'tenancy.UserCreated', maxCount: 10_000 });
  const admin = events.map((event) => event.data as { userId: string; username: string }).find((user) => user.username === username);
  if (!admin) throw new Error(`the platform admin "${username}" (ADMIN_USERNAME) does not exist in this store`);
  const { accessToken } = await app.get(TokenService).issue({ userId: admin.userId, username, roles: [{ role: 'platform_admin' }] }, at);
  return accessToken;
}

export interface WriteOptions {
  seed?: string;
  /** The end of the history; now by default. */
  until?: Date;
  /** Only these provinces (tenant codes); all by default. */
  only?: readonly string[];
  progress?: Progress;
  /** Where the summary line and the table go (process.stderr, process.stdout by default). */
  stderr?: Pick<NodeJS.WritableStream, 'write'>;
  stdout?: Pick<NodeJS.WritableStream, 'write'>;
}

/** Writes the demo history into the store of `app` (initialised, built with `clock`), up to now. */
export async function writeDemoHistory(app: NestFastifyApplication, config: Config, clock: DemoClock, options: WriteOptions = {}): Promise<SeedResult> {
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.ready();
  const until = options.until ?? new Date();
  const started = Date.now();
  // One log line per request would bury the platform's own lines: warnings and errors only meanwhile.
  const level = fastify.log.level;
  fastify.log.level = 'warn';
  try {
    const adminToken = await platformAdminToken(app, config.ADMIN_USERNAME, until);
    const result = await seedDemo({ inject: fastify.inject.bind(fastify), clock, adminToken, until, seed: options.seed, only: options.only, progress: options.progress ?? progressOn() });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    (options.stderr ?? process.stderr).write(`Dữ liệu mẫu / demo history: ${result.acts} acts, ${result.requests} requests in ${seconds} s\n`);
    return result;
  } finally {
    clock.release();
    fastify.log.level = level;
  }
}

/** The URL people open, from HOST and PORT. */
export function publicUrl(config: Config): string {
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
  return `http://${host}:${config.PORT}`;
}

/**
 * The first start's demo (DEMO=1): when the store holds no tenant yet, writes the demo history and prints its
 * users once, on stdout. Returns whether it did.
 */
export async function seedOnFirstStart(app: NestFastifyApplication, config: Config, clock: DemoClock, options: WriteOptions = {}): Promise<boolean> {
  if (!config.DEMO) return false;
  if ((await tenantsIn(app)).length > 0) return false;
  (options.stderr ?? process.stderr).write('Kho dữ liệu trống: đang tạo dữ liệu mẫu (DEMO=0 để bỏ qua) / empty store: writing the demo history (DEMO=0 to skip)\n');
  const result = await writeDemoHistory(app, config, clock, options);
  (options.stdout ?? process.stdout).write(usersTable(result.users, publicUrl(config), config.ADMIN_USERNAME));
  return true;
}
