// Smoke test of the distributed shape's meetings service on PGlite: it starts and answers /health/ready; a user and a
// tenant known only from the identity events of the shared store (as the membership service appends them) call it
// with a token issued under the shared JWT_SECRET; a meeting cannot be scheduled until the rulebook's events there
// put a regulation in force, and then invites the roster that membership's events there make (the ROSTERS fold),
// judged by that regulation; the work programme answers beside it. No token is a 401, another tenant a 404.
// tools/distributed runs it beside the other services as a process.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { fixedClock, newId } from '@bcd/kernel';
import { createEventStore, type PostgresEventStore } from '@bcd/event-store';
import { TokenService } from '@bcd/auth';
import { builtInPack } from '@bcd/regulation';
import { MemberAppointedDataSchema, RegulationAdoptedDataSchema, RULEBOOK_EVENT_TYPES } from '@bcd/contracts';
import { LogCapture } from '@bcd/service-host/testing';
import { createMeetingsService, loadConfig } from './app.js';

const SECRET = 'test-only-jwt-secret-of-at-least-32-characters';
const DECISION = { number: '4094/QĐ-UBND', date: '2018-10-19' };

describe('meetings service (PGlite)', () => {
  const clock = fixedClock('2019-09-01T02:00:00.000Z');
  let store: PostgresEventStore;
  let app: NestFastifyApplication;
  let inject: (options: InjectOptions) => Promise<LightMyRequestResponse>;
  let token: string;
  const userId = newId();
  const committeeId = newId();
  const chair = newId();
  const vice = newId();
  const send = (method: InjectOptions['method'], url: string, as: string | undefined, payload?: Record<string, unknown>) =>
    inject({ method, url, ...(payload ? { payload } : {}), headers: as ? { authorization: `Bearer ${as}` } : {} });
  const plenary = () => ({
    kind: 'plenary',
    period: '2019-Q3',
    scheduledOn: '2019-09-20',
    startsAt: '2019-09-20T08:00:00+07:00',
    place: 'Phòng họp số 2, trụ sở UBND tỉnh Thanh Hóa',
    agenda: [{ title: 'Báo cáo kết quả 9 tháng năm 2019' }],
    presidedBy: vice,
    convenedBy: chair,
  });

  beforeAll(async () => {
    store = await createEventStore({ dataDir: 'memory://' });
    await store.appendToStream('platform', 'tenancy-tenant-thanh-hoa', [{ type: 'tenancy.TenantCreated', data: { code: 'thanh-hoa', name: 'Tỉnh Thanh Hóa' } }]);
    await store.appendToStream('platform', `tenancy-user-${userId}`, [
      { type: 'tenancy.UserCreated', data: { userId, username: 'sotttt.th', displayName: 'Sở TTTT' } },
      { type: 'tenancy.RoleGranted', data: { userId, role: 'secretariat', tenant: 'thanh-hoa' } },
    ]);
    app = await createMeetingsService(loadConfig({ JWT_SECRET: SECRET, DATA_DIR: 'memory://', NODE_ENV: 'test', LOG_LEVEL: 'warn' }), { store, clock, logStream: new LogCapture(), checkResponses: true });
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
    expect((await send('GET', '/api/tenants/thanh-hoa/meetings', undefined)).statusCode).toBe(401);
    const other = await send('GET', '/api/tenants/kien-giang/meetings', token);
    expect(other.statusCode).toBe(404);
    expect(other.headers['content-type']).toContain('application/problem+json');
  });

  it('schedules a meeting for the roster of membership\'s events, judged by the regulation of the rulebook\'s events', async () => {
    const unjudged = await send('POST', '/api/tenants/thanh-hoa/meetings', token, plenary());
    expect(unjudged.statusCode).toBe(422);
    expect(unjudged.json()).toMatchObject({ rule: 'MEETINGS-no-regulation-in-force' });

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
    // what the membership service appends when the secretariat appoints the chair and a vice chair
    const appointed = (memberId: string, role: string) =>
      MemberAppointedDataSchema.parse({ committeeId, memberId, personId: newId(), role, agencyId: newId(), decision: DECISION, effectiveOn: DECISION.date, replaces: null });
    await store.appendToStream('thanh-hoa', `membership-committee-thanh-hoa-${committeeId}`, [
      { type: 'membership.MemberAppointed', data: appointed(chair, 'chair') },
      { type: 'membership.MemberAppointed', data: appointed(vice, 'vice-chair') },
    ]);

    const scheduled = await send('POST', '/api/tenants/thanh-hoa/meetings', token, plenary());
    expect(scheduled.statusCode).toBe(201);
    expect(scheduled.json()).toMatchObject({
      status: 'scheduled',
      regulation: { packId: 'thanh-hoa-2018' },
      article: expect.stringMatching(/^Điều 8 khoản 1, Quyết định 4095\/QĐ-BCĐ/),
    });
    expect((scheduled.json().invitees as Array<{ memberId: string }>).map((i) => i.memberId).sort()).toEqual([chair, vice].sort());
    const wrongPeriod = await send('POST', '/api/tenants/thanh-hoa/meetings', token, { ...plenary(), period: '2019-H2' });
    expect(wrongPeriod.json()).toMatchObject({ rule: 'thanh-hoa-2018/meetings.plenary' });
  });

  it('hosts the work programme beside the meetings', async () => {
    const programmes = await send('GET', '/api/tenants/thanh-hoa/programmes', token);
    expect(programmes.statusCode).toBe(200);
    expect(programmes.json()).toEqual([]);
  });
});
