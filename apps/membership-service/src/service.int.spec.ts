// Smoke test of the distributed shape's membership service on PGlite: it starts, answers /health/ready,
// and answers a membership route for a token the platform would have issued (same JWT_SECRET), with the
// tenant and the user's role read from the identity events in the shared store, and the regulation in
// force from the rulebook's events there (appended as the platform's rulebook context would, in the
// shape of libs/contracts).
import { Writable } from 'node:stream';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { fixedClock, newId } from '@bcd/kernel';
import { createEventStore, type PostgresEventStore } from '@bcd/event-store';
import { TokenService } from '@bcd/auth';
import { builtInPack } from '@bcd/regulation';
import { RegulationAdoptedDataSchema, RULEBOOK_EVENT_TYPES, type RegulationAdoptedData } from '@bcd/contracts';
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

  it('judges committee changes by the regulation adopted in the rulebook events of the shared store', async () => {
    const headers = { authorization: `Bearer ${token}` };
    const post = (url: string, payload: Record<string, unknown>) => inject({ method: 'POST', url: `/api/tenants/thanh-hoa/membership${url}`, headers, payload });
    const ok = async (url: string, payload: Record<string, unknown>): Promise<Record<string, string>> => {
      const response = await post(url, payload);
      if (response.statusCode >= 300) throw new Error(`POST ${url} → ${response.statusCode} ${response.body}`);
      return response.json();
    };
    const ubnd = (await ok('/agencies', { code: 'UBND', name: 'Ủy ban nhân dân tỉnh Thanh Hóa', kind: 'people-committee' })).agencyId;
    const agencies = (await inject({ method: 'GET', url: '/api/tenants/thanh-hoa/membership/agencies', headers })).json() as Array<{ agencyId: string; code: string }>;
    const sotttt = agencies.find((a) => a.code === 'STTTT')!.agencyId;
    const committeeId = (await ok('/committees', { name: 'Ban Chỉ đạo ứng dụng CNTT tỉnh Thanh Hóa', decision: { number: '1832/QĐ-UBND', date: '2014-06-13' }, standingAgencyId: sotttt })).committeeId;
    const chair = (await ok('/people', { fullName: 'Nguyễn Văn An', email: null, phone: null })).personId;
    const second = (await ok('/people', { fullName: 'Lê Văn Bình', email: null, phone: null })).personId;
    const appointment = { role: 'chair', agencyId: ubnd, decision: { number: '2765/QĐ-UBND', date: '2014-11-03' } };

    // no adoption yet: nothing judges the appointment
    const unjudged = await post(`/committees/${committeeId}/members`, { personId: chair, ...appointment });
    expect(unjudged.statusCode).toBe(422);
    expect(unjudged.json()).toMatchObject({ rule: 'MEMBERSHIP-no-regulation-in-force' });

    // what the platform's rulebook context appends when thanh-hoa adopts the built-in Thanh Hóa 2014 pack
    const pack = builtInPack('thanh-hoa-2014');
    const adopted: RegulationAdoptedData = RegulationAdoptedDataSchema.parse({
      adoptionId: newId(),
      source: { kind: 'built-in', packId: pack.id },
      pack,
      decisionNumber: pack.decision.number,
      signedOn: pack.decision.signedOn,
      effectiveFrom: pack.decision.signedOn,
      supersedes: null,
    });
    await store.appendToStream('thanh-hoa', 'rulebook-regulations-thanh-hoa', [{ type: RULEBOOK_EVENT_TYPES.regulationAdopted, data: adopted }]);

    const appointed = await post(`/committees/${committeeId}/members`, { personId: chair, ...appointment });
    expect(appointed.statusCode).toBe(201);
    const refused = await post(`/committees/${committeeId}/members`, { personId: second, ...appointment });
    expect(refused.statusCode).toBe(422);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json()).toMatchObject({
      type: 'rule-violation',
      rule: 'thanh-hoa-2014/composition.chair',
      article: 'Điều 3, Quyết định 3461/QĐ-BCĐ ngày 16/10/2014',
    });
  });
});
