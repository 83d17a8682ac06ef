// The demo history through the whole platform on PGlite in memory, as the first start writes it (DEMO=1, an empty
// store), with a fixed seed and a fixed "now": each province's regulations in order (Thanh Hóa 2014 then 2018), a
// roster with a replacement, meetings with a late document and an unapproved absence, reports late and missing,
// a budget with a special expenditure, KPIs judged on the business dates the seeder's clock gave the facts, the
// demo users able to log in, the table printed once — and a second platform seeded with the same seed giving
// the same answers (two of the provinces, each told exactly as in the whole history: ids aside).
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { startApp } from '../testing/http.js';
import { IdentityClient, type Session } from '../testing/identity-client.js';
import { testConfig } from '../testing/test-config.js';
import { DemoClock } from './demo-clock.js';
import { seedOnFirstStart, tenantsIn, writeDemoHistory } from './first-start.js';
import { silentProgress } from './progress.js';
import type { SeedResult } from './seed-demo.js';

type Json = Record<string, any>;

const SEED = 'demo-spec';
/** 10:00 in Vietnam on 2026-12-07. */
const UNTIL = new Date('2026-12-07T03:00:00.000Z');
const COMPARED = ['kien-giang', 'phu-tho'];

class Capture {
  text = '';
  write(chunk: string | Uint8Array): boolean {
    this.text += chunk.toString();
    return true;
  }
}

async function seededPlatform(only?: readonly string[]) {
  const clock = new DemoClock();
  clock.set(UNTIL);
  const config = testConfig({ DATA_DIR: 'memory://', ADMIN_PASSWORD: 'demo-admin-password', DEMO: true });
  const { app, inject } = await startApp(config, { clock });
  const client = new IdentityClient(inject);
  const out = { stdout: new Capture(), stderr: new Capture() };
  const options = { seed: SEED, until: UNTIL, progress: silentProgress, ...out };
  let result: SeedResult | undefined;
  if (only) result = await writeDemoHistory(app, config, clock, { ...options, only });
  else await seedOnFirstStart(app, config, clock, options);
  const admin = await client.session('admin', 'demo-admin-password');
  return { app, config, clock, client, admin, out, result, options };
}

/** GET that must answer 200. */
async function read(client: IdentityClient, session: Session, url: string): Promise<Json> {
  const response = await client.request(session.token, 'GET', url);
  if (response.statusCode !== 200) throw new Error(`GET ${url} → ${response.statusCode} ${response.body}`);
  return response.json() as Json;
}

/** What a province's read routes answer, as of the end of the history. */
async function answers(client: IdentityClient, admin: Session, tenant: string): Promise<Json> {
  const base = `/api/tenants/${tenant}`;
  const asOf = '2026-12-07';
  const committees = (await read(client, admin, `${base}/membership/committees?asOf=${asOf}`)) as unknown as Json[];
  const rosters = [];
  for (const c of committees) rosters.push(await read(client, admin, `${base}/membership/committees/${c.committeeId}/roster?asOf=2010-06-30`));
  const budgets = (await read(client, admin, `${base}/budget/years`)) as unknown as Json[];
  const budgetViews = [];
  for (const b of budgets) budgetViews.push(await read(client, admin, `${base}/budget/years/${b.budgetId}`));
  const agencies = (await read(client, admin, `${base}/membership/agencies?asOf=${asOf}`)) as unknown as Json[];
  const code = (agencyId: string) => agencies.find((a) => a.agencyId === agencyId)?.code ?? agencyId;
  // Obligation ids are made from the reporter's (random) agency id: list them by due date and agency code.
  const { obligations } = await read(client, admin, `${base}/reporting/obligations?asOf=${asOf}`);
  const byDueAndAgency = (a: Json, b: Json) => a.due.dueDate.localeCompare(b.due.dueDate) || code(a.reporter.agencyId).localeCompare(code(b.reporter.agencyId));
  return {
    regulations: await read(client, admin, `${base}/regulations`),
    agencies,
    committees,
    rosters,
    meetings: await read(client, admin, `${base}/meetings`),
    consultations: await read(client, admin, `${base}/meetings/consultations?asOf=${asOf}`),
    actionItems: await read(client, admin, `${base}/meetings/action-items?asOf=${asOf}`),
    obligations: (obligations as Json[]).sort(byDueAndAgency),
    budgets: budgetViews,
    programmes: await read(client, admin, `${base}/programmes`),
  };
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/** When the platform recorded something (the database's time, not the clock's): never the same twice. */
const RECORDED = new Set(['adoptedAt', 'configuredAt', 'openedAt']);

/**
 * The answers with each id replaced by its order of first appearance and the recording times left out: two runs
 * make other ids at other moments, never other facts.
 */
function canonical(value: unknown): unknown {
  const ids = new Map<string, string>();
  const text = JSON.stringify(value, (key, v: unknown) => {
    if (RECORDED.has(key)) return undefined;
    if (typeof v !== 'string') return v;
    return v.replace(UUID, (id) => {
      if (!ids.has(id)) ids.set(id, `#${ids.size + 1}`);
      return ids.get(id)!;
    });
  });
  return JSON.parse(text);
}

describe('the demo history (PGlite, the first start of an empty store)', () => {
  let first: Awaited<ReturnType<typeof seededPlatform>>;
  let app: NestFastifyApplication;
  const get = (url: string) => read(first.client, first.admin, url);

  beforeAll(async () => {
    first = await seededPlatform();
    app = first.app;
  }, 240_000);

  afterAll(() => app?.close());

  /** Until time travel (which the KPIs read) has kept every event: it is eventually consistent. */
  async function timeTravelCaughtUp(): Promise<void> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const lag = ((await get('/api/admin/projections')) as unknown as Json[]).find((p) => p.projectionId === 'projections-time-travel');
      if (lag?.eventsBehind === 0) return;
      if (Date.now() > deadline) throw new Error(`time travel did not catch up: ${JSON.stringify(lag)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  it('creates the four provinces, and only once', async () => {
    expect(await tenantsIn(app)).toEqual(['thanh-hoa', 'kien-giang', 'binh-dinh', 'phu-tho']);
    expect(await seedOnFirstStart(app, first.config, first.clock, first.options)).toBe(false);
    expect(await tenantsIn(app)).toHaveLength(4);
  });

  it('adopts each province\'s regulations in order: Thanh Hóa 2014 then 2018, Kiên Giang 2008, Bình Định 2021, Phú Thọ 2022', async () => {
    const inForce = async (tenant: string) => ((await get(`/api/tenants/${tenant}/regulations`)) as unknown as Json[]).map((a) => [a.packId, a.decisionNumber, a.inForce]);
    expect(await inForce('thanh-hoa')).toEqual([
      ['thanh-hoa-2014', '3461/QĐ-BCĐ', { from: '2014-10-16', until: '2018-10-18' }],
      ['thanh-hoa-2018', '4095/QĐ-BCĐ', { from: '2018-10-19', until: null }],
    ]);
    expect(await inForce('kien-giang')).toEqual([['kien-giang-2008', '1507/QĐ-UBND', { from: '2008-06-23', until: null }]]);
    expect(await inForce('binh-dinh')).toEqual([['binh-dinh-2021', null, { from: '2021-03-10', until: null }]]);
    expect(await inForce('phu-tho')).toEqual([['phu-tho-2022', '1344/QĐ-BCĐCĐS', { from: '2022-05-18', until: null }]]);
  });

  it('keeps Thanh Hóa 2014\'s roster with the member replaced after a long absence (Điều 2.4)', async () => {
    const [committee2014] = (await get('/api/tenants/thanh-hoa/membership/committees?asOf=2017-01-01')) as unknown as Json[];
    const pending = (await get(`/api/tenants/thanh-hoa/membership/committees/${committee2014.committeeId}/seats-pending-replacement?asOf=2016-09-10`)) as unknown as Json[];
    expect(pending).toEqual([expect.objectContaining({ reason: 'study', pendingSince: '2016-08-20', agency: expect.objectContaining({ code: 'SYT' }) })]);
    const roster = await get(`/api/tenants/thanh-hoa/membership/committees/${committee2014.committeeId}/roster?asOf=2017-01-01`);
    expect(roster.members).toHaveLength(11);
    expect(roster.members.find((m: Json) => m.agency.code === 'SYT')).toMatchObject({ replaces: pending[0].memberId, seat: { status: 'serving' } });
    expect(roster.members.filter((m: Json) => m.role === 'standing-member').map((m: Json) => m.agency.code).sort()).toEqual(['SGDDT', 'SKHDT', 'STC', 'STTTT']);
  });

  it('holds meetings with a document sent too late and an absence nobody consented to', async () => {
    const meetings = (await get('/api/tenants/thanh-hoa/meetings')) as unknown as Json[];
    expect(meetings.length).toBeGreaterThan(30);
    const late = meetings.flatMap((m) => m.documents as Json[]).filter((d) => d.leadTime.outcome === 'missed');
    expect(late[0].leadTime.flag).toMatchObject({ rule: 'thanh-hoa-2014/meetings.documentLeadTime' });
    const statuses = meetings.flatMap((m) => (m.held?.attendance ?? []) as Json[]).map((a) => a.status);
    expect(statuses).toEqual(expect.arrayContaining(['present', 'absent-unapproved', 'absent-approved']));
    const kg = (await get('/api/tenants/kien-giang/meetings')) as unknown as Json[];
    expect(kg.flatMap((m) => m.documents as Json[]).some((d) => d.leadTime.flag?.rule === 'kien-giang-2008/meetings.documentLeadTime')).toBe(true);
  });

  it('has reports on time, late and missing, in the buckets of Báo cáo 1270', async () => {
    for (const tenant of ['thanh-hoa', 'kien-giang', 'binh-dinh', 'phu-tho']) {
      const { counts } = await get(`/api/tenants/${tenant}/reporting/obligations/buckets?asOf=2026-12-07`);
      expect([tenant, counts['done-on-time'] > 0, counts['done-late'] > 0, counts['not-done-overdue'] > 0]).toEqual([tenant, true, true, true]);
    }
    const { obligations } = await get('/api/tenants/thanh-hoa/reporting/obligations?from=2015-01-01&to=2015-12-31');
    expect(obligations.map((o: Json) => o.rule.packId)).toEqual(Array(6).fill('thanh-hoa-2014'));
  });

  it('runs Thanh Hóa\'s budgets with special expenditures decided by the chair (Điều 11.2)', async () => {
    const special = (await get('/api/tenants/thanh-hoa/budget/special-expenditures')) as unknown as Json[];
    expect(special.map((s) => [s.fiscalYear, s.status])).toEqual([[2019, 'approved'], [2024, 'rejected']]);
    expect(BigInt(special[0].spent)).toBeGreaterThan(0n);
    const years = (await get('/api/tenants/thanh-hoa/budget/years')) as unknown as Json[];
    expect(years.map((y) => [y.fiscalYear, y.stage])).toEqual([[2019, 'settled'], [2024, 'settled'], [2026, 'appropriated']]);
  });

  it('judges the facts on their business dates: Thanh Hóa\'s 2019-Q3 plenary counts as held in its window', async () => {
    await timeTravelCaughtUp();
    const kpis = await get('/api/tenants/thanh-hoa/kpis?period=2019-Q3');
    const kpi01 = (kpis.kpis as Json[]).find((k) => k.id === 'kpi-01');
    expect(kpi01).toMatchObject({ numerator: '1', denominator: '1' });
  });

  it('prints the demo users once, and each of them logs in', async () => {
    const table = first.out.stdout.text;
    const users = table.split('\n').filter((line) => /^(thanh-hoa|kien-giang|binh-dinh|phu-tho|\(nền tảng)/.test(line));
    expect(users).toHaveLength(4 * 7 + 1);
    for (const line of users) {
      const [, username, password, role] = line.split(/\s{2,}/);
      const login = await first.client.login(username, password);
      expect([username, login.statusCode]).toEqual([username, 200]);
      const me = await first.client.request(login.json().accessToken, 'GET', '/api/auth/me');
      expect(JSON.stringify(me.json())).toContain(role);
    }
  });

  it('gives the same answers when seeded again with the same seed (ids aside)', async () => {
    const second = await seededPlatform(COMPARED);
    try {
      expect(second.result!.tenants).toEqual(COMPARED);
      for (const tenant of COMPARED) {
        expect(canonical(await answers(second.client, second.admin, tenant))).toEqual(canonical(await answers(first.client, first.admin, tenant)));
      }
    } finally {
      await second.app.close();
    }
  }, 180_000);
});
