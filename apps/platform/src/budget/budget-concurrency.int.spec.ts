// Sixteen expenditures posted at once against one budget line on PostgreSQL, whose remainder covers only ten of
// them: the year's budget is one stream, so every expenditure is checked against one version of it — each request
// is recorded (201), or refused because the line no longer covers it (422 BUDGET-line-remaining), or loses the race
// past its retries (409). Afterwards the stored ExpenditureRecorded events are exactly the 201 ones, nothing
// beyond the remainder, the line never below nothing, and what remains is spent one by one up to the last đồng.
// Runs when TEST_DATABASE_URL is set (`.ci/run` sets it); without it, says so.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import { fixedClock, type RecordedEvent } from '@bcd/kernel';
import type { EventStore } from '@bcd/event-store';
import { EVENT_STORE } from '@bcd/service-host';
import { uniqueTenant } from '@bcd/service-host/testing';
import { startApp } from '../testing/http.js';
import { IdentityClient, type Session } from '../testing/identity-client.js';
import { MembershipClient } from '../testing/membership-client.js';
import { testConfig } from '../testing/test-config.js';

const url = process.env.TEST_DATABASE_URL;
if (!url) console.warn('SKIPPED: 16 concurrent expenditures against one budget line on PostgreSQL — set TEST_DATABASE_URL to run them');
const onPostgres = url ? describe : describe.skip;

const CONCURRENT = 16;
const EACH = 1_000_000n;
const REMAINDER = 10_000_000n;

type Json = Record<string, any>;

onPostgres('expenditures at once against one budget line (PostgreSQL)', () => {
  const clock = fixedClock('2023-06-15T02:00:00.000Z');
  const tenant = uniqueTenant('pt');
  let app: NestFastifyApplication;
  let client: IdentityClient;
  let store: EventStore;
  let secretariat: Session;
  let budgetId: string;

  // A database of its own: the shared test database holds other files' events, which a new host would first
  // project (slow), and users whose bootstrap admin is another.
  const database = `bcd_budget_${tenant.replace(/-/g, '_')}`;
  const admin = new pg.Client({ connectionString: url });

  const path = (suffix = '') => `/api/tenants/${tenant}/budget/years${suffix}`;
  const spend = (voucher: string, amount = EACH) =>
    client.request(secretariat.token, 'POST', path(`/${budgetId}/expenditures`), {
      lineId: 'hoat-dong-bcd',
      amount: amount.toString(),
      spentOn: '2022-11-15',
      voucher,
      payee: 'Công ty CP Công nghệ Hùng Vương',
      description: 'Thuê dịch vụ hội nghị trực tuyến',
    });
  const recorded = async (): Promise<RecordedEvent[]> =>
    (await store.readAll({ tenantId: tenant, typePrefix: 'budget.ExpenditureRecorded', maxCount: 10_000 })).events.filter((e) => (e.data as Json).budgetId === budgetId);
  const lineOf = async (): Promise<Json> => {
    const response = await client.request(secretariat.token, 'GET', path(`/${budgetId}`));
    expect(response.statusCode).toBe(200);
    return response.json() as Json;
  };

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    const own = new URL(url!);
    own.pathname = `/${database}`;
    let inject;
    ({ app, inject } = await startApp(testConfig({ DATABASE_URL: own.toString(), DATA_DIR: 'unused', ADMIN_PASSWORD: 'budget-race-admin-password' }), { clock }));
    client = new IdentityClient(inject);
    store = app.get<EventStore>(EVENT_STORE);
    const session = await client.session('admin', 'budget-race-admin-password');
    await client.tenant(session.token, tenant, 'Tỉnh Phú Thọ');
    secretariat = await client.member(session.token, tenant, 'sotttt.race', 'secretariat');
    const pt = new MembershipClient(client, tenant, session.token);
    await pt.adopt('phu-tho-2022');
    const holder = await pt.agency('STTTT', 'Sở Thông tin và Truyền thông', 'department');
    const opened = await client.request(secretariat.token, 'POST', path(), { fiscalYear: 2022, holderAgencyId: holder, source: 'each-agency-recurrent-budget', openedOn: '2022-06-01' });
    expect(opened.statusCode).toBe(201);
    budgetId = (opened.json() as Json).budgetId;
    const appropriated = await client.request(secretariat.token, 'POST', path(`/${budgetId}/appropriation`), {
      decision: { number: '215/QĐ-STTTT', date: '2022-06-10' },
      lines: [{ lineId: 'hoat-dong-bcd', category: 'hoat-dong', title: 'Hoạt động của Ban Chỉ đạo Chuyển đổi số', amount: '12000000' }],
    });
    expect(appropriated.statusCode).toBe(200);
    expect((await spend('PC-000', 2_000_000n)).statusCode).toBe(201);
    expect((await lineOf()).execution.lines[0]).toMatchObject({ appropriated: '12000000', spent: '2000000', remaining: REMAINDER.toString() });
  });

  afterAll(async () => {
    await app?.close();
    await admin.query(`DROP DATABASE IF EXISTS ${database}`);
    await admin.end();
  });

  it('records exactly the expenditures it answers 201, never beyond what remains on the line', async () => {
    const before = await recorded();
    expect(before).toHaveLength(1);
    const responses = await Promise.all(Array.from({ length: CONCURRENT }, (_, i) => spend(`PC-${String(i + 1).padStart(3, '0')}`)));

    const created: string[] = [];
    const statuses: Record<number, number> = {};
    for (const response of responses) {
      statuses[response.statusCode] = (statuses[response.statusCode] ?? 0) + 1;
      expect([201, 409, 422]).toContain(response.statusCode);
      if (response.statusCode === 201) {
        const location = response.headers.location as string;
        expect(location).toMatch(new RegExp(`^${path(`/${budgetId}`)}/expenditures/[0-9a-f-]{36}$`));
        const expenditureId = location.split('/').at(-1)!;
        // Its answer is the budget with it (read-your-writes).
        expect((response.json() as Json).expenditures.map((e: Json) => e.expenditureId)).toContain(expenditureId);
        created.push(expenditureId);
      } else {
        expect(response.headers['content-type']).toContain('application/problem+json');
        if (response.statusCode === 422) expect((response.json() as Json).rule).toBe('BUDGET-line-remaining');
      }
    }
    expect(created.length).toBeGreaterThan(0);
    expect(BigInt(created.length) * EACH).toBeLessThanOrEqual(REMAINDER);
    // A refusal for want of money means the line was full: every one that fits was recorded.
    if (statuses[422]) expect(created.length).toBe(Number(REMAINDER / EACH));

    // The store holds exactly the answered ones: none lost, none twice, none unanswered.
    const stored = (await recorded()).slice(before.length);
    expect(stored.map((e) => (e.data as Json).expenditureId).sort()).toEqual([...created].sort());
    expect(new Set(stored.map((e) => e.streamVersion)).size).toBe(stored.length);
    const sum = stored.reduce((total, e) => total + BigInt((e.data as Json).amount), 0n);
    expect(sum).toBeLessThanOrEqual(REMAINDER);

    const budget = await lineOf();
    expect(budget.expenditures.map((e: Json) => e.expenditureId).slice(1).sort()).toEqual([...created].sort());
    const line = budget.execution.lines[0];
    expect(line).toMatchObject({ appropriated: '12000000', spent: (2_000_000n + sum).toString(), remaining: (REMAINDER - sum).toString() });
    expect(BigInt(line.remaining)).toBeGreaterThanOrEqual(0n);
  });

  it('then takes the rest one by one up to the last đồng, and nothing more', async () => {
    let remaining = BigInt((await lineOf()).execution.lines[0].remaining);
    for (let i = 0; remaining > 0n; i++) {
      const response = await spend(`PC-R${i}`);
      expect(response.statusCode).toBe(201);
      remaining -= EACH;
    }
    const refused = await spend('PC-X');
    expect(refused.statusCode).toBe(422);
    expect((refused.json() as Json).rule).toBe('BUDGET-line-remaining');
    const budget = await lineOf();
    expect(budget.execution.lines[0]).toMatchObject({ appropriated: '12000000', spent: '12000000', remaining: '0', rate: '100.00' });
    const stored = await recorded();
    expect(stored.reduce((total, e) => total + BigInt((e.data as Json).amount), 0n)).toBe(12_000_000n);
    expect(stored).toHaveLength(budget.expenditures.length);
  });
});
