// The KPIs through the whole platform on PGlite (issue 14 item 6): Thanh Hóa adopts its 2018 regulation (QĐ 4095/QĐ-BCĐ)
// over HTTP; two 6-monthly member reports of 2019-H1 due 10 June 2019 are opened and one is submitted on time (their
// events appended to the store as the reporting context would). Then the tenant's KPIs for 2019-H1 with the event
// ids behind them (each one in the store), the ranking for a platform admin and 403 for a tenant's role, 404 for
// another tenant, 400 for a bad period. A page is computed from time travel's snapshots and the store's events the
// projection has not kept yet, kept with time travel's head, and computed again once the head has moved.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { fixedClock } from '@bcd/kernel';
import type { EventStore } from '@bcd/event-store';
import { EVENT_STORE, ReadModelDatabase } from '@bcd/service-host';
import { startApp } from '../testing/http.js';
import { IdentityClient, type Session } from '../testing/identity-client.js';
import { testConfig } from '../testing/test-config.js';

const TH = 'thanh-hoa';
const PT = 'phu-tho';
type Json = Record<string, any>;

describe('KPIs (PGlite, Thanh Hóa 2018)', () => {
  const clock = fixedClock('2020-01-15T02:00:00.000Z');
  let app: NestFastifyApplication;
  let client: IdentityClient;
  let store: EventStore;
  let admin: Session;
  let auditor: Session;
  let ptAuditor: Session;

  const get = (token: string, url: string) => client.request(token, 'GET', url);

  beforeAll(async () => {
    let inject;
    ({ app, inject } = await startApp(testConfig({ DATA_DIR: 'memory://', ADMIN_PASSWORD: 'kpis-admin-password' }), { clock }));
    client = new IdentityClient(inject);
    store = app.get<EventStore>(EVENT_STORE);
    admin = await client.session('admin', 'kpis-admin-password');
    await client.tenant(admin.token, TH, 'Tỉnh Thanh Hóa');
    await client.tenant(admin.token, PT, 'Tỉnh Phú Thọ');
    auditor = await client.member(admin.token, TH, 'kiemtoan.tt', 'auditor');
    ptAuditor = await client.member(admin.token, PT, 'kiemtoan.pt', 'auditor');
    const adopted = await client.request(admin.token, 'POST', `/api/tenants/${TH}/regulations`, { builtInPackId: 'thanh-hoa-2018', decisionNumber: '4095/QĐ-BCĐ', signedOn: '2018-10-19', effectiveFrom: '2018-10-19' });
    if (![200, 201].includes(adopted.statusCode)) throw new Error(`adoption → ${adopted.statusCode} ${adopted.body}`);

    const rule = { packId: 'thanh-hoa-2018', decisionNumber: '4095/QĐ-BCĐ', effectiveFrom: '2018-10-19', article: 'Điều 10 khoản 2, Quyết định 4095/QĐ-BCĐ ngày 19/10/2018' };
    const due = { literalDueDate: '2019-06-09', dueDate: '2019-06-10', rolledOver: { because: 'Chủ nhật', article: 'Điều 148 khoản 5 Bộ luật Dân sự 2015', holidaysKnown: true }, wording: 'trước ngày 10 tháng 6', reading: 'before' };
    const events = [
      ...['o-snv', 'o-stc'].map((obligationId) => ({
        type: 'reporting.ObligationOpened',
        data: { obligationId, report: 'member-report', reporter: { kind: 'agency', agencyId: `a-${obligationId}` }, cadence: 'semiannual', period: '2019-H1', periodStart: '2019-01-01', periodEnd: '2019-06-30', subject: null, due, rule, requestedBy: null },
        occurredAt: new Date('2019-01-02T08:00:00+07:00'),
      })),
      {
        type: 'reporting.ReportSubmitted',
        data: {
          obligationId: 'o-snv', submissionId: 's-1', submittedAt: '2019-06-05T09:00:00+07:00', channel: 'official-email', summary: 'Báo cáo 6 tháng', values: {}, attachments: [], template: null, resubmission: false,
          timeliness: { onTime: true, daysLate: { working: 0, calendar: 0 }, judgedAt: '2019-06-05T09:00:00+07:00' },
        },
        occurredAt: new Date('2019-06-05T09:00:00+07:00'),
      },
    ];
    let n = 0;
    for (const event of events) await store.appendToStream(TH, `kpis-spec-${(n += 1)}`, [event], { expectedVersion: 'no_stream' });
  });

  /** Until time travel has kept every event. */
  async function caughtUp(): Promise<void> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const lag = ((await get(admin.token, '/api/admin/projections')).json() as Json[]).find((p) => p.projectionId === 'projections-time-travel');
      if (lag && lag.eventsBehind === 0) return;
      if (Date.now() > deadline) throw new Error(`time travel did not catch up: ${JSON.stringify(lag)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  afterAll(async () => {
    await app?.close();
  });

  it("gives the tenant's KPIs of 2019-H1, each with the events behind it, all in the store", async () => {
    const response = await get(auditor.token, `/api/tenants/${TH}/kpis?period=2019-H1`);
    expect(response.statusCode).toBe(200);
    const body = response.json() as Json;
    expect(body.period).toEqual({ label: '2019-H1', start: '2019-01-01', end: '2019-06-30' });
    const kpis = Object.fromEntries((body.kpis as Json[]).map((k) => [k.id, k]));
    expect(Object.keys(kpis)).toEqual(['kpi-01', 'kpi-02', 'kpi-03', 'kpi-04', 'kpi-05', 'kpi-06', 'kpi-07-budget', 'kpi-07-special', 'kpi-08', 'kpi-09', 'kpi-10-issued', 'kpi-10-tasks']);
    expect(kpis['kpi-04']).toMatchObject({ value: '50.00', numerator: '1', denominator: '2' });
    expect(kpis['kpi-04'].citation).toContain('Điều 10 khoản 2, Quyết định 4095/QĐ-BCĐ');
    // the 2018 regulation's quarterly plenaries of Q1 and Q2 (Điều 8.1), none held
    expect(kpis['kpi-01']).toMatchObject({ value: '0.00', numerator: '0', denominator: '2' });
    const stored = new Set((await store.readAll({ tenantId: TH, maxCount: 10_000 })).events.map((e) => e.eventId));
    expect(kpis['kpi-04'].drillDown).toHaveLength(3);
    expect(kpis['kpi-01'].drillDown).toHaveLength(1);
    for (const kpi of body.kpis as Json[]) for (const id of kpi.drillDown as string[]) expect(stored.has(id)).toBe(true);
  });

  it('keeps a page with the head it was computed at, and computes it again when time travel has kept new events', async () => {
    await caughtUp();
    const first = (await get(auditor.token, `/api/tenants/${TH}/kpis?period=2019-H1`)).json() as Json;
    const db = app.get(ReadModelDatabase);
    const kept = await db.executor.query<{ period: string; global_position: string }>(`SELECT period, global_position::text AS global_position FROM kpi_answers WHERE tenant_id = $1`, [TH]);
    expect(kept.map((k) => k.period)).toEqual(['2019-H1']);
    expect((await get(auditor.token, `/api/tenants/${TH}/kpis?period=2019-H1`)).json()).toEqual(first);

    await store.appendToStream(TH, 'kpis-spec-late', [{
      type: 'reporting.ReportSubmitted',
      data: {
        obligationId: 'o-stc', submissionId: 's-2', submittedAt: '2019-06-06T09:00:00+07:00', channel: 'official-email', summary: 'Báo cáo 6 tháng', values: {}, attachments: [], template: null, resubmission: false,
        timeliness: { onTime: true, daysLate: { working: 0, calendar: 0 }, judgedAt: '2019-06-06T09:00:00+07:00' },
      },
      occurredAt: new Date('2019-06-06T09:00:00+07:00'),
    }], { expectedVersion: 'no_stream' });
    await caughtUp();
    const again = (await get(auditor.token, `/api/tenants/${TH}/kpis?period=2019-H1`)).json() as Json;
    expect((again.kpis as Json[]).find((k) => k.id === 'kpi-04')).toMatchObject({ value: '100.00', numerator: '2', denominator: '2' });
    const [now] = await db.executor.query<{ global_position: string }>(`SELECT global_position::text AS global_position FROM kpi_answers WHERE tenant_id = $1`, [TH]);
    expect(BigInt(now.global_position)).toBeGreaterThan(BigInt(kept[0].global_position));
  });

  it('ranks every active tenant for a platform admin, and refuses a tenant role', async () => {
    const response = await get(admin.token, '/api/kpis/ranking?period=2019-H1');
    expect(response.statusCode).toBe(200);
    const ranking = (response.json() as Json).ranking as Json[];
    expect(ranking.map((r) => r.tenant)).toEqual(expect.arrayContaining([TH, PT]));
    const th = ranking.find((r) => r.tenant === TH); // mean of KPI 1 (0.00) and KPI 4 (100.00 once Sở Tài chính's report came in)
    expect(th).toMatchObject({ rank: 1, score: '50.00' });
    expect(ranking.find((r) => r.tenant === PT)).toMatchObject({ score: null });
    // Asked again, every tenant's values come from those kept beside its page (not the page and its drill-down).
    const db = app.get(ReadModelDatabase);
    const kept = await db.executor.query<{ tenant_id: string; kpi_values: unknown }>(`SELECT tenant_id, kpi_values FROM kpi_answers WHERE period = '2019-H1' ORDER BY tenant_id`);
    expect(kept.map((k) => k.tenant_id)).toContain(TH); // (Phú Thọ has no event time travel kept: nothing to keep a page with)
    const page = (await get(auditor.token, `/api/tenants/${TH}/kpis?period=2019-H1`)).json() as Json;
    expect(kept.find((k) => k.tenant_id === TH)?.kpi_values).toEqual((page.kpis as Json[]).map(({ id, value }) => ({ id, value })));
    expect((await get(admin.token, '/api/kpis/ranking?period=2019-H1')).json()).toEqual(response.json());
    expect((await get(auditor.token, '/api/kpis/ranking?period=2019')).statusCode).toBe(403);
  });

  it("does not show another tenant's KPIs, and refuses a bad period", async () => {
    expect((await get(ptAuditor.token, `/api/tenants/${TH}/kpis?period=2019`)).statusCode).toBe(404);
    for (const bad of ['2019-Q5', '19', '']) expect((await get(auditor.token, `/api/tenants/${TH}/kpis?period=${bad}`)).statusCode).toBe(400);
    expect((await get(auditor.token, `/api/tenants/${TH}/kpis`)).statusCode).toBe(400);
    expect((await get(admin.token, '/api/kpis/ranking?period=2019-H3')).statusCode).toBe(400);
  });

  it('judges each period against the target the province set, in force on its last day; only its admins set one', async () => {
    const put = (token: string, kpiId: string, body: unknown) => client.request(token, 'PUT', `/api/tenants/${TH}/kpis/${kpiId}/target`, body);
    const targetOf = async (period: string, id: string) => ((await get(auditor.token, `/api/tenants/${TH}/kpis?period=${period}`)).json() as { kpis: Json[] }).kpis.find((k) => k.id === id)?.target;
    expect(await targetOf('2019-H1', 'kpi-04')).toBeNull();

    const set = await put(admin.token, 'kpi-04', { target: '95.50', effectiveFrom: '2019-04-01' });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toEqual({ kpiId: 'kpi-04', settings: [{ effectiveFrom: '2019-04-01', target: '95.5' }] });
    // the same again (a retried request) records nothing more
    expect((await put(admin.token, 'kpi-04', { target: '95.5', effectiveFrom: '2019-04-01' })).json()).toEqual(set.json());
    await caughtUp();
    expect(await targetOf('2019-H1', 'kpi-04')).toBe('95.5');
    expect(await targetOf('2019-Q1', 'kpi-04')).toBeNull(); // ends before the target applies
    expect(await targetOf('2019-H1', 'kpi-01')).toBeNull();

    // withdrawn from 2019-06-01: the half-year is judged against 100 % again; the second quarter too
    await put(admin.token, 'kpi-04', { target: null, effectiveFrom: '2019-06-01' });
    await caughtUp();
    expect(await targetOf('2019-H1', 'kpi-04')).toBeNull();
    expect(await targetOf('2019-Q2', 'kpi-04')).toBeNull();

    // the audit trail words it
    const trail = (await get(auditor.token, `/api/tenants/${TH}/audit/events?type=kpis&order=oldest`)).json() as { items: { sentence: string }[] };
    expect(trail.items.map((e) => e.sentence)).toEqual([
      'Đặt mục tiêu 95,5 % cho chỉ số "Tỷ lệ báo cáo định kỳ gửi đúng hạn" từ ngày 01/04/2019.',
      'Bỏ mục tiêu của chỉ số "Tỷ lệ báo cáo định kỳ gửi đúng hạn" từ ngày 01/06/2019 (đánh giá lại theo mức 100 %).',
    ]);

    // refusals change nothing: an auditor may not, a KPI the catalogue lacks is 404, bad input 400
    expect((await put(auditor.token, 'kpi-04', { target: '90', effectiveFrom: '2019-01-01' })).statusCode).toBe(403);
    expect((await put(ptAuditor.token, 'kpi-04', { target: '90', effectiveFrom: '2019-01-01' })).statusCode).toBe(404);
    expect((await put(admin.token, 'kpi-99', { target: '90', effectiveFrom: '2019-01-01' })).statusCode).toBe(404);
    for (const bad of [{ target: '101', effectiveFrom: '2019-01-01' }, { target: 95, effectiveFrom: '2019-01-01' }, { target: '9.999', effectiveFrom: '2019-01-01' }, { target: '90' }, { target: '90', effectiveFrom: '2019-02-30' }, { target: '90', effectiveFrom: '2019-01-01', extra: 1 }]) {
      const refused = await put(admin.token, 'kpi-04', bad);
      expect({ bad, status: refused.statusCode }).toEqual({ bad, status: 400 });
    }
    const after = (await get(auditor.token, `/api/tenants/${TH}/audit/events?type=kpis`)).json() as { items: unknown[] };
    expect(after.items).toHaveLength(2);
  });
});
