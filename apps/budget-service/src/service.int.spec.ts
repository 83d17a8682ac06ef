// Smoke test of the distributed shape's budget service on PGlite: it starts and answers /health/ready; a user and a
// tenant known only from the identity events of the shared store (as the membership service appends them) call it
// with a token issued under the shared JWT_SECRET; a budget cannot be opened until the rulebook's events there (as
// the membership service's rulebook appends them) put a regulation in force, and is then judged by it. No token is a
// 401, another tenant a 404. tools/distributed runs it beside the other services as a process.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { fixedClock, newId } from '@bcd/kernel';
import { createEventStore, type PostgresEventStore } from '@bcd/event-store';
import { TokenService } from '@bcd/auth';
import { builtInPack } from '@bcd/regulation';
import { RegulationAdoptedDataSchema, RULEBOOK_EVENT_TYPES } from '@bcd/contracts';
import { LogCapture } from '@bcd/service-host/testing';
import { createBudgetService, loadConfig } from './app.js';

const SECRET = 'test-only-jwt-secret-of-at-least-32-characters';

describe('budget service (PGlite)', () => {
  const clock = fixedClock('2025-07-15T02:00:00.000Z');
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
    app = await createBudgetService(loadConfig({ JWT_SECRET: SECRET, DATA_DIR: 'memory://', NODE_ENV: 'test', LOG_LEVEL: 'warn' }), { store, clock, logStream: new LogCapture(), checkResponses: true });
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
    expect((await send('GET', '/api/tenants/thanh-hoa/budget/years', undefined)).statusCode).toBe(401);
    const other = await send('GET', '/api/tenants/kien-giang/budget/years', token);
    expect(other.statusCode).toBe(404);
    expect(other.headers['content-type']).toContain('application/problem+json');
  });

  it('opens a budget once the rulebook\'s events of the shared store put a regulation in force, judged by it', async () => {
    const holderAgencyId = newId();
    const open = (source: string) => send('POST', '/api/tenants/thanh-hoa/budget/years', token, { fiscalYear: 2026, holderAgencyId, source, openedOn: '2025-07-15' });
    const unjudged = await open('standing-agency-budget');
    expect(unjudged.statusCode).toBe(422);
    expect(unjudged.json()).toMatchObject({ rule: 'BUDGET-no-regulation-in-force' });

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

    // Thanh Hóa 2018 Điều 11.1: from the standing agency's own budget, not each agency's
    const refused = await open('each-agency-recurrent-budget');
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ rule: 'thanh-hoa-2018/budget.funding', article: expect.stringMatching(/^Điều 11 khoản 1, Quyết định 4095\/QĐ-BCĐ/) });
    const opened = await open('standing-agency-budget');
    expect(opened.statusCode).toBe(201);
    expect(opened.json()).toMatchObject({ fiscalYear: 2026, holderAgencyId, stage: 'drafting', regulation: { packId: 'thanh-hoa-2018' } });
    const listed = await send('GET', '/api/tenants/thanh-hoa/budget/years', token);
    expect(listed.json()).toEqual([expect.objectContaining({ budgetId: opened.json().budgetId })]);
  });
});
