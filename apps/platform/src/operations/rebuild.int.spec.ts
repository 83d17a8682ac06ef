// Rebuilding read models from position 0 (issue 14 §1): each is rebuilt into new tables while the live ones serve,
// then switched in one transaction; afterwards every read model equals the one built incrementally, the tables
// commands write (files, personal data, credentials) are kept, and the projections go on following the store.
// Over HTTP: POST /api/admin/projections/:id/rebuild (202, platform admins) and its progress on GET.
import { createHash } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import { fixedClock } from '@bcd/kernel';
import { auditProjection } from '@bcd/projections';
import { PROJECTION_HOST, ReadModels, rebuildReadModel, type RebuildHost } from '@bcd/service-host';
import type { PostgresEventStore } from '@bcd/event-store';
import { startApp } from '../testing/http.js';
import { IdentityClient, type Session } from '../testing/identity-client.js';
import { MembershipClient } from '../testing/membership-client.js';
import { testConfig } from '../testing/test-config.js';

const TH = 'thanh-hoa';
const DECISION = { number: '4094/QĐ-UBND', date: '2018-10-19' };
type Json = Record<string, any>;

const url = process.env.TEST_DATABASE_URL;
if (!url) console.warn('SKIPPED: rebuilding read models on PostgreSQL — set TEST_DATABASE_URL to run it (it runs on PGlite)');

interface Driver {
  name: string;
  /** The host's configuration, and what to clean up after. */
  setUp(): Promise<{ config: ReturnType<typeof testConfig>; tearDown(): Promise<void> }>;
}

const pglite: Driver = { name: 'PGlite', setUp: async () => ({ config: testConfig({ DATA_DIR: 'memory://', ADMIN_PASSWORD: 'rebuild-admin-password' }), tearDown: async () => {} }) };
const postgres: Driver = {
  name: 'PostgreSQL',
  // A database of its own: the shared test database holds other files' events.
  setUp: async () => {
    const database = `bcd_rebuild_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    const own = new URL(url!);
    own.pathname = `/${database}`;
    return {
      config: testConfig({ DATABASE_URL: own.toString(), DATA_DIR: 'unused', ADMIN_PASSWORD: 'rebuild-admin-password' }),
      tearDown: async () => {
        await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
        await admin.end();
      },
    };
  },
};

for (const driver of url ? [pglite, postgres] : [pglite]) describe(`rebuilding read models (${driver.name})`, () => {
  const clock = fixedClock('2019-12-20T02:00:00.000Z');
  let tearDown: () => Promise<void> = async () => {};
  let app: NestFastifyApplication;
  let client: IdentityClient;
  let admin: Session;
  let secretariat: Session;
  let executor: PostgresEventStore['executor'];

  const call = async (token: string, method: 'GET' | 'POST' | 'PUT', path: string, payload?: unknown, status = 200): Promise<Json> => {
    const response = await client.request(token, method, `/api/tenants/${TH}${path}`, payload);
    if (response.statusCode !== status) throw new Error(`${method} ${path} → ${response.statusCode} ${response.body}`);
    return response.json() as Json;
  };

  /** Until every read model has caught up with the store (some follow it eventually: the audit trail, the log). */
  async function settled(): Promise<void> {
    const readModels = app.get(ReadModels);
    const deadline = Date.now() + 15_000;
    while ((await readModels.lag()).some((p) => p.eventsBehind > 0)) {
      if (Date.now() > deadline) throw new Error(`Read models still behind: ${JSON.stringify(await readModels.lag())}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /** Every table of the public schema but the event store's own and the migration records, row by row in a stable order. */
  async function snapshot(): Promise<Record<string, unknown[]>> {
    const tables = await executor.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
         AND table_name NOT IN ('events', 'checkpoints', 'schema_migrations', 'host_idempotency_keys') AND table_name NOT LIKE '%schema_migrations' ORDER BY table_name`,
    );
    const result: Record<string, unknown[]> = {};
    for (const { name } of tables) {
      result[name] = (await executor.query<{ row: unknown }>(`SELECT to_jsonb(t) AS row FROM "${name}" t ORDER BY to_jsonb(t)::text`)).map((r) => r.row);
    }
    return result;
  }

  beforeAll(async () => {
    let inject;
    const set = await driver.setUp();
    tearDown = set.tearDown;
    ({ app, inject } = await startApp(set.config, { clock }));
    client = new IdentityClient(inject);
    executor = app.get<PostgresEventStore>(PROJECTION_HOST).executor;
    admin = await client.session('admin', 'rebuild-admin-password');
    await client.tenant(admin.token, TH, 'Tỉnh Thanh Hóa');
    secretariat = await client.member(admin.token, TH, 'sotttt.rb', 'secretariat');
    const chairUser = await client.member(admin.token, TH, 'truongban.rb', 'member');
    const th = new MembershipClient(client, TH, admin.token);
    await th.adopt('thanh-hoa-2018');
    const agencies: Record<string, string> = {};
    for (const [code, name, kind] of [
      ['UBND', 'Ủy ban nhân dân tỉnh Thanh Hóa', 'people-committee'],
      ['STTTT', 'Sở Thông tin và Truyền thông', 'department'],
      ['SNV', 'Sở Nội vụ', 'department'],
    ] as const) {
      agencies[code] = await th.agency(code, name, kind);
    }
    const committeeId = await th.committee({ name: 'Ban Chỉ đạo xây dựng Chính quyền điện tử tỉnh Thanh Hóa', decision: DECISION, standingAgencyId: agencies.STTTT });
    const chair = await th.person('Nguyễn Đình Xứng', 'xung@thanhhoa.gov.vn');
    await th.appoint(committeeId, { personId: chair, role: 'chair', agencyId: agencies.UBND, decision: DECISION });
    await th.appoint(committeeId, { personId: await th.person('Hoàng Minh Tuấn'), role: 'member', agencyId: agencies.SNV, decision: DECISION });
    await th.ok('PUT', `/people/${chair}/account`, { userId: chairUser.userId });

    // Reporting: designated agencies, obligations opened, a file stored by a command.
    await call(secretariat.token, 'PUT', '/reporting/setup/reporting-agencies', { agencyIds: [agencies.SNV], effectiveFrom: '2019-01-01', decision: { number: '15/QĐ-BCĐ', date: '2018-12-20' } });
    await call(secretariat.token, 'POST', '/reporting/obligations/opening', {});
    const file = Buffer.from('Báo cáo 6 tháng đầu năm 2019');
    const hash = createHash('sha256').update(file).digest('hex');
    const upload = await client.request(secretariat.token, 'PUT', `/api/tenants/${TH}/reporting/files/${hash}`, file, { 'content-type': 'application/pdf' });
    expect(upload.statusCode).toBe(200);

    // Budget: a year through the chair's review to spending.
    const budget = await call(secretariat.token, 'POST', '/budget/years', { fiscalYear: 2019, holderAgencyId: agencies.STTTT, source: 'standing-agency-budget', openedOn: '2018-11-01' }, 201);
    const years = `/budget/years/${budget.budgetId}`;
    await call(secretariat.token, 'PUT', `${years}/estimate`, { draftedOn: '2018-11-05', lines: [{ lineId: 'hanh-chinh', category: 'hanh-chinh', title: 'Chi hành chính', amount: '100000000' }] });
    await call(secretariat.token, 'POST', `${years}/estimate/submission`, { submittedOn: '2018-11-10' });
    await call(chairUser.token, 'POST', `${years}/estimate/review`, { reviewedOn: '2018-11-12' });
    await call(secretariat.token, 'POST', `${years}/appropriation`, { decision: { number: '5012/QĐ-UBND', date: '2018-12-14' }, lines: [{ lineId: 'hanh-chinh', amount: '100000000' }] });
    await call(secretariat.token, 'POST', `${years}/expenditures`, { lineId: 'hanh-chinh', amount: '45000000', spentOn: '2019-03-12', voucher: 'PC-001', payee: 'Công ty A', description: 'Văn phòng phẩm' }, 201);
  });

  afterAll(async () => {
    await app?.close();
    await tearDown();
  });

  it('rebuilds every read model into tables equal to the ones built incrementally, keeping what commands wrote', async () => {
    const readModels = app.get(ReadModels);
    await settled();
    const before = await snapshot();
    const indexes = () => executor.query<{ name: string; definition: string }>(`SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname`);
    const indexesBefore = await indexes();
    expect(before.reporting_files).toHaveLength(1);
    expect(before.membership_personal_data).toHaveLength(2);
    expect(before.budget_years).toHaveLength(1);
    const phases: string[] = [];
    for (const id of readModels.projectionIds()) {
      const result = await readModels.rebuild(id, (p) => phases.push(`${id}:${p.phase}`));
      expect(result).toMatchObject({ projectionId: id, phase: 'done', error: null });
      expect(result.processed).toBeGreaterThanOrEqual(result.total);
    }
    expect(phases).toEqual(expect.arrayContaining(['budget-read-model:migrating', 'budget-read-model:replaying', 'budget-read-model:switching', 'budget-read-model:done']));
    // The audit trail's search indexes and the KPI drill-down's are created once after the replay: the very ones
    // the migrations make, under the same names.
    expect(phases).toEqual(expect.arrayContaining(['projections-audit:indexing', 'projections-time-travel:indexing']));
    expect(phases).not.toContain('budget-read-model:indexing');
    await settled();
    expect(await snapshot()).toEqual(before);
    expect(await indexes()).toEqual(indexesBefore);
    // Nothing is left behind: no rebuild or retired schema.
    expect(await executor.query(`SELECT nspname FROM pg_namespace WHERE nspname LIKE 'rebuild_%'`)).toEqual([]);
  });

  it('refuses a rebuild whose indexes to create after the replay are not in its tables, before replaying anything', async () => {
    const phases: string[] = [];
    const hooks = { onProgress: (p: { phase: string }) => phases.push(p.phase), pauseLive: async () => {}, resumeLive: async () => {} };
    await expect(rebuildReadModel(app.get<RebuildHost>(PROJECTION_HOST), { ...auditProjection, indexedAfterReplay: ['audit_events_no_such_idx'] }, hooks)).rejects.toThrow(
      'projections-audit: no index audit_events_no_such_idx in its tables (indexedAfterReplay)',
    );
    expect(phases).toEqual(['migrating', 'failed']);
    expect(await executor.query(`SELECT nspname FROM pg_namespace WHERE nspname LIKE 'rebuild_%'`)).toEqual([]);
  });

  it('goes on following the store after the switch, and commands still read their writes', async () => {
    const [budget] = (await call(secretariat.token, 'GET', '/budget/years')) as unknown as Json[];
    const spent = await call(secretariat.token, 'POST', `/budget/years/${budget.budgetId}/expenditures`, { lineId: 'hanh-chinh', amount: '5000000', spentOn: '2019-04-02', voucher: 'PC-002', payee: 'Công ty B', description: 'Mực in' }, 201);
    expect(spent.execution.totals).toMatchObject({ appropriated: '100000000', spent: '50000000' });
    const lag = (await client.request(admin.token, 'GET', '/api/admin/projections')).json() as Json[];
    expect(lag.find((p) => p.projectionId === 'budget-read-model')).toMatchObject({ eventsBehind: 0, rebuild: { phase: 'done' } });
  });

  it('rebuilds over HTTP for platform admins: 202, progress on GET, 404 for an unknown projection, 403 for others', async () => {
    const started = await client.request(admin.token, 'POST', '/api/admin/projections/reporting-read-model/rebuild');
    expect(started.statusCode).toBe(202);
    expect(started.json()).toMatchObject({ projectionId: 'reporting-read-model', phase: 'migrating' });
    const deadline = Date.now() + 10_000;
    let rebuild: Json | undefined;
    while (Date.now() < deadline) {
      const all = (await client.request(admin.token, 'GET', '/api/admin/projections')).json() as Json[];
      rebuild = all.find((p) => p.projectionId === 'reporting-read-model')?.rebuild;
      if (rebuild?.finishedAt) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(rebuild).toMatchObject({ phase: 'done', error: null });
    expect((await client.request(admin.token, 'POST', '/api/admin/projections/no-such-projection/rebuild')).statusCode).toBe(404);
    expect((await client.request(secretariat.token, 'POST', '/api/admin/projections/reporting-read-model/rebuild')).statusCode).toBe(403);
    const obligations = (await call(secretariat.token, 'GET', '/reporting/obligations')) as Json;
    expect(obligations.obligations.length).toBeGreaterThan(0);
  });
});
