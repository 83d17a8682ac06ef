// One service of the distributed shape, in-process on PGlite, for its smoke test: what every service's
// service.int.spec.ts sets up alike (the shared store with the identity events the membership service would
// have appended, the service on a fixed clock, Fastify inject, tokens issued under the shared JWT_SECRET) and
// the two checks every service owes (ready once its store answers; strangers refused).
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { DestinationStream } from 'pino';
import { newId, type Clock } from '@bcd/kernel';
import { createEventStore, type EventStore, type PostgresEventStore } from '@bcd/event-store';
import { TokenService, type RoleGrant } from '@bcd/auth';
import { builtInPack } from '@bcd/regulation';
import { RegulationAdoptedDataSchema, RULEBOOK_EVENT_TYPES } from '@bcd/contracts';
import { LogCapture } from './log-capture.js';

/** The JWT_SECRET of every service under test: the services of one deployment share one. */
export const TEST_JWT_SECRET = 'test-only-jwt-secret-of-at-least-32-characters';

/** A tenant where no test user has a role: a request there is refused as if the tenant did not exist. */
const STRANGE_TENANT = 'kien-giang';

/** What every service's create function takes beside its configuration. */
export interface ServiceTestOptions {
  store: EventStore;
  clock: Clock;
  logStream: DestinationStream;
  checkResponses: boolean;
}

/** A user known to the service only from the identity events of the shared store. */
export interface TestUser {
  username: string;
  displayName: string;
  roles: RoleGrant[];
}

export interface StartServiceOptions {
  clock: Clock;
  /** The tenant of the tests; its TenantCreated event is appended only with `users`. Default Thanh Hóa. */
  tenant?: { code: string; name: string };
  /** Users appended as identity events (TenantCreated, UserCreated, RoleGranted), each given a token. */
  users?: TestUser[];
  /** Variables beyond the test defaults (JWT_SECRET, DATA_DIR in memory, NODE_ENV test, LOG_LEVEL warn). */
  env?: Record<string, string>;
}

export interface ServiceForTest {
  readonly store: PostgresEventStore;
  readonly app: NestFastifyApplication;
  /** The code of the tests' tenant. */
  readonly tenant: string;
  /** The token of the first of `users`. */
  readonly token: string;
  tokenOf(username: string): string;
  /** A request as `as` (a bearer token; undefined: none), with a JSON body if given. Safe to destructure. */
  send(method: InjectOptions['method'], url: string, as: string | undefined, payload?: Record<string, unknown>): Promise<LightMyRequestResponse>;
}

/**
 * Starts the service before the tests of the enclosing describe and closes it after them:
 * `const service = startServiceForTest((env, options) => createXService(loadConfig(env), options), { clock, users })`.
 * The handle's fields are there once its beforeAll has run (inside a test or a later hook).
 */
export function startServiceForTest(
  create: (env: Record<string, string>, options: ServiceTestOptions) => Promise<NestFastifyApplication>,
  options: StartServiceOptions,
): ServiceForTest {
  const tenant = options.tenant ?? { code: 'thanh-hoa', name: 'Tỉnh Thanh Hóa' };
  const users = options.users ?? [];
  let app: NestFastifyApplication | undefined;
  let started: { store: PostgresEventStore; app: NestFastifyApplication; inject: (options: InjectOptions) => Promise<LightMyRequestResponse> } | undefined;
  const tokens = new Map<string, string>();
  const current = () => {
    if (!started) throw new Error('The service starts in beforeAll: use it inside a test or a later hook');
    return started;
  };

  beforeAll(async () => {
    const store = await createEventStore({ dataDir: 'memory://' });
    const ids = users.map(() => newId());
    if (users.length > 0) {
      await store.appendToStream('platform', `tenancy-tenant-${tenant.code}`, [{ type: 'tenancy.TenantCreated', data: tenant }]);
    }
    for (const [index, user] of users.entries()) {
      const userId = ids[index];
      await store.appendToStream('platform', `tenancy-user-${userId}`, [
        { type: 'tenancy.UserCreated', data: { userId, username: user.username, displayName: user.displayName } },
        ...user.roles.map((grant) => ({ type: 'tenancy.RoleGranted', data: { userId, ...grant } })),
      ]);
    }
    const env = { JWT_SECRET: TEST_JWT_SECRET, DATA_DIR: 'memory://', NODE_ENV: 'test', LOG_LEVEL: 'warn', ...options.env };
    app = await create(env, { store, clock: options.clock, logStream: new LogCapture(), checkResponses: true });
    await app.init();
    const fastify = app.getHttpAdapter().getInstance();
    await fastify.ready();
    const issuer = app.get(TokenService);
    for (const [index, user] of users.entries()) {
      tokens.set(user.username, (await issuer.issue({ userId: ids[index], username: user.username, roles: user.roles }, options.clock.now())).accessToken);
    }
    started = { store, app, inject: fastify.inject.bind(fastify) };
  });

  // the app closes the store it was given
  afterAll(() => app?.close());

  const tokenOf = (username: string): string => {
    current();
    const token = tokens.get(username);
    if (token === undefined) throw new Error(`No test user ${username}: name it in startServiceForTest's users`);
    return token;
  };
  return {
    get store() {
      return current().store;
    },
    get app() {
      return current().app;
    },
    tenant: tenant.code,
    get token() {
      if (users.length === 0) throw new Error('No test user: name one in startServiceForTest\'s users');
      return tokenOf(users[0].username);
    },
    tokenOf,
    send: (method, url, as, payload) =>
      current().inject({ method, url, ...(payload ? { payload } : {}), headers: as ? { authorization: `Bearer ${as}` } : {} }),
  };
}

/** GET /health/ready answers 200 once the service's event store answers. */
export function itAnswersReady(service: ServiceForTest): void {
  it('is ready once its event store answers', async () => {
    const response = await service.send('GET', '/health/ready', undefined);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', checks: { eventStore: 'up' } });
  });
}

/**
 * GET /api/tenants/<tenant>/<path> is a 401 without a token, and a 404 problem document in a tenant the
 * caller (default: the first test user) has no role in.
 */
export function itRefusesStrangers(service: ServiceForTest, path: string, caller: () => string = () => service.token): void {
  it('refuses without a token (401) and in a tenant the caller has no role in (404)', async () => {
    expect((await service.send('GET', `/api/tenants/${service.tenant}/${path}`, undefined)).statusCode).toBe(401);
    const other = await service.send('GET', `/api/tenants/${STRANGE_TENANT}/${path}`, caller());
    expect(other.statusCode).toBe(404);
    expect(other.headers['content-type']).toContain('application/problem+json');
  });
}

/** Appends what the membership service's rulebook appends when the tenant adopts the built-in pack `packId`. */
export function adoptBuiltInRegulation(store: EventStore, tenant: string, packId: string) {
  const pack = builtInPack(packId);
  const adopted = RegulationAdoptedDataSchema.parse({
    adoptionId: newId(),
    source: { kind: 'built-in', packId: pack.id },
    pack,
    decisionNumber: pack.decision.number,
    signedOn: pack.decision.signedOn,
    effectiveFrom: pack.decision.signedOn,
    supersedes: null,
  });
  return store.appendToStream(tenant, `rulebook-regulations-${tenant}`, [{ type: RULEBOOK_EVENT_TYPES.regulationAdopted, data: adopted }]);
}
