// Smoke test of the distributed shape's membership service on PGlite: it starts, answers /health/ready,
// and answers a membership route for a token the platform would have issued (same JWT_SECRET), with the
// tenant and the user's role read from the identity events in the shared store.
import { Writable } from 'node:stream';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { fixedClock, newId } from '@bcd/kernel';
import { createEventStore, type PostgresEventStore } from '@bcd/event-store';
import { TokenService } from '@bcd/auth';
import { createMembershipService } from './app.js';
import { loadConfig } from './config.js';

const SECRET = 'test-only-jwt-secret-of-at-least-32-characters';

describe('membership service (PGlite)', () => {
  const clock = fixedClock('2025-07-15T02:00:00.000Z');
  let store: PostgresEventStore;
  let app: NestFastifyApplication;
  let inject: (options: InjectOptions) => Promise<LightMyRequestResponse>;
  let token: string;
  const userId = newId();

  beforeAll(async () => {
    store = await createEventStore({ dataDir: 'memory://' });
    // what the platform's identity context appended: a tenant, a user, a role there
    await store.appendToStream('platform', 'tenancy-tenant-thanh-hoa', [{ type: 'tenancy.TenantCreated', data: { code: 'thanh-hoa', name: 'Tỉnh Thanh Hóa' } }]);
    await store.appendToStream('platform', `tenancy-user-${userId}`, [
      { type: 'tenancy.UserCreated', data: { userId, username: 'sotttt.th', displayName: 'Sở TTTT' } },
      { type: 'tenancy.RoleGranted', data: { userId, role: 'secretariat', tenant: 'thanh-hoa' } },
    ]);
    const config = loadConfig({ JWT_SECRET: SECRET, DATA_DIR: 'memory://', NODE_ENV: 'test', LOG_LEVEL: 'warn' });
    app = await createMembershipService(config, { store, clock, logStream: new Writable({ write: (_chunk, _encoding, done) => done() }) });
    await app.init();
    const fastify = app.getHttpAdapter().getInstance();
    await fastify.ready();
    inject = fastify.inject.bind(fastify);
    token = (await app.get(TokenService).issue({ userId, username: 'sotttt.th', roles: [{ role: 'secretariat', tenant: 'thanh-hoa' }] }, clock.now())).accessToken;
  });

  afterAll(() => app?.close());

  it('is ready once its event store answers', async () => {
    const response = await inject({ method: 'GET', url: '/health/ready' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', checks: { eventStore: 'up' } });
  });

  it('answers a membership route with a token, and records a change', async () => {
    const headers = { authorization: `Bearer ${token}` };
    const created = await inject({
      method: 'POST',
      url: '/api/tenants/thanh-hoa/membership/agencies',
      headers,
      payload: { code: 'STTTT', name: 'Sở Thông tin và Truyền thông', kind: 'department' },
    });
    expect(created.statusCode).toBe(201);
    const listed = await inject({ method: 'GET', url: '/api/tenants/thanh-hoa/membership/agencies', headers });
    expect(listed.statusCode).toBe(200);
    expect(listed.json()).toEqual([expect.objectContaining({ code: 'STTTT', name: 'Sở Thông tin và Truyền thông' })]);
    const [event] = (await store.readAll({ tenantId: 'thanh-hoa', typePrefix: 'membership.' })).events;
    expect(event.metadata).toMatchObject({ actor: { userId, role: 'secretariat' }, tenantId: 'thanh-hoa' });
  });

  it('refuses without a token (401) and in a tenant the caller has no role in (404)', async () => {
    expect((await inject({ method: 'GET', url: '/api/tenants/thanh-hoa/membership/agencies' })).statusCode).toBe(401);
    const other = await inject({ method: 'GET', url: '/api/tenants/kien-giang/membership/agencies', headers: { authorization: `Bearer ${token}` } });
    expect(other.statusCode).toBe(404);
    expect(other.headers['content-type']).toContain('application/problem+json');
  });
});
