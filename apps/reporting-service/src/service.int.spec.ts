// Smoke test of the distributed shape's reporting service on PGlite: it starts and answers /health/ready; a user and
// a tenant known only from the identity events of the shared store (as the membership service appends them) call it
// with a token issued under the shared JWT_SECRET; the opening process opens nothing until the rulebook's events there
// put a regulation in force, then opens the designated agency's obligations as that regulation words them. No token
// is a 401, another tenant a 404. tools/distributed runs it beside the other services as a process.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { fixedClock, newId } from '@bcd/kernel';
import { createEventStore, type PostgresEventStore } from '@bcd/event-store';
import { TokenService } from '@bcd/auth';
import { builtInPack } from '@bcd/regulation';
import { RegulationAdoptedDataSchema, RULEBOOK_EVENT_TYPES } from '@bcd/contracts';
import { LogCapture } from '@bcd/service-host/testing';
import { createReportingService, loadConfig } from './app.js';

const SECRET = 'test-only-jwt-secret-of-at-least-32-characters';

describe('reporting service (PGlite)', () => {
  const clock = fixedClock('2019-09-01T02:00:00.000Z');
  let store: PostgresEventStore;
  let app: NestFastifyApplication;
  let inject: (options: InjectOptions) => Promise<LightMyRequestResponse>;
  let token: string;
  const userId = newId();
  const send = (method: InjectOptions['method'], url: string, as: string | undefined, payload?: Record<string, unknown>) =>
    inject({ method, url, ...(payload ? { payload } : {}), headers: as ? { authorization: `Bearer ${as}` } : {} });

  beforeAll(async () => {
    store = await createEventStore({ dataDir: 'memory://' });
    await store.appendToStream('platform', 'tenancy-tenant-thanh-hoa', [{ type: 'tenancy.TenantCreated', data: { code: 'thanh-hoa', name: 'Tỉnh Thanh Hóa' } }]);
    await store.appendToStream('platform', `tenancy-user-${userId}`, [
      { type: 'tenancy.UserCreated', data: { userId, username: 'sotttt.th', displayName: 'Sở TTTT' } },
      { type: 'tenancy.RoleGranted', data: { userId, role: 'secretariat', tenant: 'thanh-hoa' } },
    ]);
    app = await createReportingService(loadConfig({ JWT_SECRET: SECRET, DATA_DIR: 'memory://', NODE_ENV: 'test', LOG_LEVEL: 'warn' }), { store, clock, logStream: new LogCapture(), checkResponses: true });
    await app.init();
    const fastify = app.getHttpAdapter().getInstance();
    await fastify.ready();
    inject = fastify.inject.bind(fastify);
    token = (await app.get(TokenService).issue({ userId, username: 'sotttt.th', roles: [{ role: 'secretariat', tenant: 'thanh-hoa' }] }, clock.now())).accessToken;
  });

  afterAll(() => app?.close());

  it('is ready once its event store answers', async () => {
    const response = await send('GET', '/health/ready', undefined);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', checks: { eventStore: 'up' } });
  });

  it('refuses without a token (401) and in a tenant the caller has no role in (404)', async () => {
    expect((await send('GET', '/api/tenants/thanh-hoa/reporting/obligations', undefined)).statusCode).toBe(401);
    const other = await send('GET', '/api/tenants/kien-giang/reporting/obligations', token);
    expect(other.statusCode).toBe(404);
    expect(other.headers['content-type']).toContain('application/problem+json');
  });

  it('opens the designated agency\'s obligations from the regulation of the rulebook\'s events, and nothing before', async () => {
    const agencyId = newId();
    const designated = await send('PUT', '/api/tenants/thanh-hoa/reporting/setup/reporting-agencies', token, { agencyIds: [agencyId], effectiveFrom: '2019-01-01', decision: { number: '15/QĐ-BCĐ', date: '2018-12-20' } });
    expect(designated.statusCode).toBe(200);
    const before = await send('POST', '/api/tenants/thanh-hoa/reporting/obligations/opening', token);
    expect(before.json()).toMatchObject({ tenant: 'thanh-hoa', planned: 0, opened: 0 });

    const pack = builtInPack('thanh-hoa-2018');
    const adopted = RegulationAdoptedDataSchema.parse({
      adoptionId: newId(),
      source: { kind: 'built-in', packId: pack.id },
      pack,
      decisionNumber: pack.decision.number,
      signedOn: pack.decision.signedOn,
      effectiveFrom: pack.decision.signedOn,
      supersedes: null,
    });
    await store.appendToStream('thanh-hoa', 'rulebook-regulations-thanh-hoa', [{ type: RULEBOOK_EVENT_TYPES.regulationAdopted, data: adopted }]);

    // on 2019-09-01 the six-month report of 2019-H1 is owed; the annual one falls due beyond the 60 days opened ahead
    const opened = await send('POST', '/api/tenants/thanh-hoa/reporting/obligations/opening', token);
    expect(opened.json()).toMatchObject({ tenant: 'thanh-hoa', planned: 1, opened: 1 });
    const listed = await send('GET', '/api/tenants/thanh-hoa/reporting/obligations', token);
    expect(listed.json().obligations).toEqual([
      expect.objectContaining({
        period: '2019-H1',
        reporter: { kind: 'agency', agencyId },
        due: expect.objectContaining({ literalDueDate: '2019-06-09', dueDate: '2019-06-10', wording: 'trước ngày 10 tháng 6' }),
        rule: expect.objectContaining({ packId: 'thanh-hoa-2018', article: expect.stringMatching(/^Điều 10 khoản 2, Quyết định 4095\/QĐ-BCĐ/) }),
      }),
    ]);
  });
});
