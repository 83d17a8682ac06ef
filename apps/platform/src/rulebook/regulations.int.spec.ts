// Regulations per tenant over HTTP, through the whole platform on an embedded store (PGlite in memory):
// adopting built-in and custom packs as events, the regulation in force on a date, schedules across
// a change of regulation, "tenant decides" rules, refusals and errors, and the RegulationsInForce port
// other contexts read.
import { readFileSync } from 'node:fs';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { LocalDate } from '@bcd/calendar';
import { fixedClock } from '@bcd/kernel';
import type { EventStore } from '@bcd/event-store';
import { phuTho2022, REGULATIONS_IN_FORCE, scheduleForPack, type RegulationsInForce } from '@bcd/regulation';
import { EVENT_STORE, ReadModels } from '@bcd/service-host';
import { startApp } from '../testing/http.js';
import { IdentityClient, type Session } from '../testing/identity-client.js';
import { testConfig } from '../testing/test-config.js';

const d = (s: string) => LocalDate.parse(s);
const regulationsPort = (app: NestFastifyApplication) => app.get<RegulationsInForce>(REGULATIONS_IN_FORCE);

interface Meeting {
  kind: string;
  period: string;
  windowStart: string;
  windowEnd: string;
  regulation: { packId: string; decisionNumber: string | null };
}
interface Obligation {
  report: string;
  reporter: string;
  period: string;
  dueDate: string;
  regulation: { packId: string; decisionNumber: string | null };
}

const memberReportsDue = {
  kind: 'fixed',
  deadlines: [
    { cadence: 'semiannual', periods: 'all', due: { month: 'last-month-of-period', day: 20, reading: 'no-later-than', wording: 'chậm nhất ngày 20 tháng cuối kỳ' } },
  ],
  citation: { article: 'Mục III', decision: '45/KH-BCĐCĐS', signedOn: '2022-07-01' },
};

describe('regulations per tenant over HTTP (PGlite)', () => {
  let app: NestFastifyApplication;
  let client: IdentityClient;
  let store: EventStore;
  let admin: Session;
  const th: Record<string, Session> = {};
  let secretariatOfPhuTho: Session;

  const request = async (session: Session, method: 'GET' | 'POST', url: string, body?: unknown) => {
    const response = await client.request(session.token, method, url, body);
    return { status: response.statusCode, body: response.json() };
  };
  const adopt = (session: Session, tenant: string, body: unknown) => request(session, 'POST', `/api/tenants/${tenant}/regulations`, body);
  const inForce = (session: Session, tenant: string, date: string) => request(session, 'GET', `/api/tenants/${tenant}/regulations/in-force?date=${date}`);
  const schedule = (session: Session, tenant: string, from: string, to: string) =>
    request(session, 'GET', `/api/tenants/${tenant}/regulations/schedule?from=${from}&to=${to}`);

  beforeAll(async () => {
    let inject;
    ({ app, inject } = await startApp(testConfig({ DATA_DIR: 'memory://', ADMIN_PASSWORD: 'rulebook-admin-password' }), {
      clock: fixedClock('2025-07-15T02:00:00.000Z'),
    }));
    store = app.get<EventStore>(EVENT_STORE);
    client = new IdentityClient(inject);
    admin = await client.session('admin', 'rulebook-admin-password');
    for (const [code, name] of [
      ['kien-giang', 'Tỉnh Kiên Giang'],
      ['thanh-hoa', 'Tỉnh Thanh Hóa'],
      ['phu-tho', 'Tỉnh Phú Thọ'],
      ['binh-dinh', 'Tỉnh Bình Định'],
    ]) {
      await client.tenant(admin.token, code, name);
    }
    for (const role of ['tenant_admin', 'secretariat', 'auditor', 'viewer']) th[role] = await client.member(admin.token, 'thanh-hoa', `${role}.th`, role);
    secretariatOfPhuTho = await client.member(admin.token, 'phu-tho', 'secretariat.pt', 'secretariat');
  });

  afterAll(() => app.close());

  describe('Kiên Giang 2008', () => {
    it('adopts the built-in pack, with the decision\'s own number and dates by default', async () => {
      const { status, body } = await adopt(admin, 'kien-giang', { builtInPackId: 'kien-giang-2008' });
      expect(status).toBe(201);
      expect(body).toMatchObject({
        adoptionId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        source: { kind: 'built-in', packId: 'kien-giang-2008' },
        packId: 'kien-giang-2008',
        decisionNumber: '1507/QĐ-UBND',
        signedOn: '2008-06-23',
        effectiveFrom: '2008-06-23',
        supersedes: null,
        inForce: { from: '2008-06-23', until: null },
        adoptedBy: { userId: admin.userId, role: 'platform_admin' },
      });
      // Left to the tenant: who "Thường trực Ban Chỉ đạo" is (Điều 2.2), and the committee's reports to the
      // UBND ("theo yêu cầu của UBND tỉnh": no period or date fixed). Sorted: the read model's jsonb orders keys.
      expect(body.openTenantDecisions.map((t: { path: string }) => t.path).sort()).toEqual(['composition.standingOffice', 'reporting.activityReports.0.due']);
      expect(body.pack.id).toBe('kien-giang-2008');
    });

    it('is the regulation in force on 2009-09-25', async () => {
      const { status, body } = await inForce(admin, 'kien-giang', '2009-09-25');
      expect(status).toBe(200);
      expect(body).toMatchObject({ date: '2009-09-25', regulation: { packId: 'kien-giang-2008', decisionNumber: '1507/QĐ-UBND' } });
    });

    it('schedules the Q3 2009 plenary in 2009-09-20..2009-09-30 and the members\' Q3 reports due 2009-09-15', async () => {
      const { status, body } = await schedule(admin, 'kien-giang', '2009-07-01', '2009-09-30');
      expect(status).toBe(200);
      expect(body.meetings).toEqual([
        expect.objectContaining({ kind: 'plenary', period: '2009-Q3', windowStart: '2009-09-20', windowEnd: '2009-09-30', regulation: { packId: 'kien-giang-2008', decisionNumber: '1507/QĐ-UBND' } }),
      ]);
      expect(body.reportObligations).toEqual([
        expect.objectContaining({
          report: 'member-report',
          reporter: 'members',
          period: '2009-Q3',
          dueDate: '2009-09-15',
          literalDueDate: '2009-09-15',
          rolledOver: null,
          deadline: { reading: 'no-later-than', wording: 'chậm nhất ngày 15 của tháng cuối quý', onDayOff: 'next-working-day' },
        }),
      ]);
      expect(body).toMatchObject({ from: '2009-07-01', to: '2009-09-30', withoutRegulation: [] });
      // the committee's own reports to the UBND have no date in the regulation: not generated, and the answer says so
      expect(body.needsConfiguration.map((n: { path: string }) => n.path)).toEqual(['reporting.activityReports.0.due']);
      expect(body.notes).toEqual([expect.stringContaining('nothing is generated from "reporting.activityReports.0.due" of 1507/QĐ-UBND (Điều 11)')]);
    });

    it('answers a clear 404 problem for a date before the regulation took effect, never a default', async () => {
      const { status, body } = await inForce(admin, 'kien-giang', '2008-06-22');
      expect(status).toBe(404);
      expect(body).toMatchObject({
        type: 'not-found',
        detail: 'No regulation is in force for tenant kien-giang on 2008-06-22: the first regulation tenant kien-giang adopted, 1507/QĐ-UBND, takes effect on 2008-06-23.',
      });
    });
  });

  describe('Thanh Hóa: 2014, superseded by 2018 from 2018-10-19', () => {
    it('adopts both (tenant_admin), the 2018 one superseding 3461/QĐ-BCĐ, as events carrying the whole pack', async () => {
      const first = await adopt(th.tenant_admin, 'thanh-hoa', {
        builtInPackId: 'thanh-hoa-2014',
        decisionNumber: '3461/QĐ-BCĐ',
        signedOn: '2014-10-16',
        effectiveFrom: '2014-10-16',
      });
      expect(first.status).toBe(201);
      const second = await adopt(th.tenant_admin, 'thanh-hoa', {
        builtInPackId: 'thanh-hoa-2018',
        decisionNumber: '4095/QĐ-BCĐ',
        signedOn: '2018-10-19',
        effectiveFrom: '2018-10-19',
        supersedes: '3461/QĐ-BCĐ',
      });
      expect(second.status).toBe(201);
      expect(second.body).toMatchObject({ decisionNumber: '4095/QĐ-BCĐ', supersedes: '3461/QĐ-BCĐ', inForce: { from: '2018-10-19', until: null } });

      const list = await request(th.viewer, 'GET', '/api/tenants/thanh-hoa/regulations');
      expect(list.status).toBe(200);
      expect(list.body.map((a: { decisionNumber: string; inForce: unknown }) => [a.decisionNumber, a.inForce])).toEqual([
        ['3461/QĐ-BCĐ', { from: '2014-10-16', until: '2018-10-18' }],
        ['4095/QĐ-BCĐ', { from: '2018-10-19', until: null }],
      ]);

      const events = await store.readStream('thanh-hoa', 'rulebook-regulations-thanh-hoa');
      expect(events.map((e) => e.type)).toEqual(['rulebook.RegulationAdopted', 'rulebook.RegulationAdopted']);
      expect(events[1]).toMatchObject({
        tenantId: 'thanh-hoa',
        data: { source: { kind: 'built-in', packId: 'thanh-hoa-2018' }, effectiveFrom: '2018-10-19', supersedes: '3461/QĐ-BCĐ', pack: { id: 'thanh-hoa-2018' } },
        metadata: { actor: { userId: th.tenant_admin.userId, role: 'tenant_admin' }, tenantId: 'thanh-hoa' },
      });
      // the full pack, not a reference to code
      expect((events[1].data as { pack: { meetings: unknown } }).pack.meetings).toMatchObject({ plenary: { kind: 'periodic', cadence: 'quarterly' } });
      // business time: the signing day, in Vietnam
      expect(events[1].occurredAt.toISOString()).toBe('2018-10-18T17:00:00.000Z');
    });

    it('has the 2014 pack in force on 2018-10-18 and the 2018 pack on 2018-10-19', async () => {
      expect((await inForce(th.viewer, 'thanh-hoa', '2018-10-18')).body.regulation).toMatchObject({ packId: 'thanh-hoa-2014', decisionNumber: '3461/QĐ-BCĐ' });
      expect((await inForce(th.viewer, 'thanh-hoa', '2018-10-19')).body.regulation).toMatchObject({ packId: 'thanh-hoa-2018', decisionNumber: '4095/QĐ-BCĐ' });
      expect((await inForce(th.auditor, 'thanh-hoa', '2014-10-15')).status).toBe(404);
    });

    it('schedules 2018 from each pack in turn', async () => {
      const { status, body } = await schedule(th.secretariat, 'thanh-hoa', '2018-01-01', '2018-12-31');
      expect(status).toBe(200);
      expect((body.meetings as Meeting[]).map((m) => `${m.regulation.packId} ${m.kind} ${m.period}`)).toEqual([
        'thanh-hoa-2014 standing-board 2018-H1',
        'thanh-hoa-2018 working-group 2018-10',
        'thanh-hoa-2018 working-group 2018-11',
        'thanh-hoa-2018 plenary 2018-Q4',
        'thanh-hoa-2018 working-group 2018-12',
      ]);
      expect(
        (body.reportObligations as Obligation[]).filter((o) => o.report === 'member-report').map((o) => [o.regulation.decisionNumber, o.period, o.dueDate]),
      ).toEqual([
        ['3461/QĐ-BCĐ', '2018-H1', '2018-06-25'], // 24/6/2018 is a Sunday (BLDS 2015 Điều 148.5)
        ['4095/QĐ-BCĐ', '2018', '2018-12-04'],
      ]);
      // before the 2014 regulation took effect nothing is required, and the answer says so
      const early = await schedule(th.secretariat, 'thanh-hoa', '2014-01-01', '2014-12-31');
      expect(early.body.withoutRegulation).toEqual([{ from: '2014-01-01', to: '2014-10-15' }]);
      expect(early.body.notes).toEqual([
        '2014-01-01..2014-10-15: no regulation of tenant thanh-hoa is in force, so nothing is required.',
        expect.stringMatching(/^2014-10-16\.\.2014-12-31: nothing is generated from "reporting\.activityReports\.0\.due" of 3461\/QĐ-BCĐ/),
      ]);
    });

    it('refuses a second regulation taking effect the same day, citing the rule (422)', async () => {
      const { status, body } = await adopt(th.tenant_admin, 'thanh-hoa', {
        builtInPackId: 'kien-giang-2008',
        decisionNumber: '1/QĐ-TEST',
        signedOn: '2018-10-19',
        effectiveFrom: '2018-10-19',
      });
      expect(status).toBe(422);
      expect(body).toMatchObject({ type: 'rule-violation', rule: 'RULEBOOK-effective-date-unique', article: expect.stringContaining('Platform policy') });
    });

    it('refuses supersedes naming no earlier regulation, and an effective date before signing (422)', async () => {
      const unknown = await adopt(th.tenant_admin, 'thanh-hoa', { builtInPackId: 'binh-dinh-2021', decisionNumber: '2/QĐ-TEST', signedOn: '2020-01-02', effectiveFrom: '2020-01-02', supersedes: '999/QĐ-BCĐ' });
      expect(unknown.body).toMatchObject({ status: 422, rule: 'RULEBOOK-supersedes-earlier-adoption' });
      const early = await adopt(th.tenant_admin, 'thanh-hoa', { builtInPackId: 'binh-dinh-2021', decisionNumber: '3/QĐ-TEST', signedOn: '2020-01-02', effectiveFrom: '2020-01-01' });
      expect(early.body).toMatchObject({ status: 422, rule: 'RULEBOOK-effective-not-before-signing' });
    });

    it('lets the secretariat adopt, and refuses auditors and viewers (403)', async () => {
      const body = { builtInPackId: 'binh-dinh-2021', decisionNumber: '5/QĐ-TEST', signedOn: '2025-07-01', effectiveFrom: '2025-08-01', supersedes: '4095/QĐ-BCĐ' };
      expect((await adopt(th.auditor, 'thanh-hoa', body)).status).toBe(403);
      expect((await adopt(th.viewer, 'thanh-hoa', body)).status).toBe(403);
      const adopted = await adopt(th.secretariat, 'thanh-hoa', body);
      expect(adopted.status).toBe(201);
      expect(adopted.body.adoptedBy).toEqual({ userId: th.secretariat.userId, role: 'secretariat' });
      // a retried request records nothing new and answers the same adoption
      const again = await adopt(th.secretariat, 'thanh-hoa', body);
      expect(again.body.adoptionId).toBe(adopted.body.adoptionId);
      expect((await store.readStream('thanh-hoa', 'rulebook-regulations-thanh-hoa')).length).toBe(3);
      expect((await inForce(th.viewer, 'thanh-hoa', '2025-07-31')).body.regulation.packId).toBe('thanh-hoa-2018');
    });
  });

  describe('Phú Thọ 2022: report due dates are the tenant\'s to set', () => {
    let adoptionId: string;

    it('lists no report obligations until the tenant configures the due dates, and says so', async () => {
      const adopted = await adopt(secretariatOfPhuTho, 'phu-tho', { builtInPackId: 'phu-tho-2022' });
      expect(adopted.status).toBe(201);
      adoptionId = adopted.body.adoptionId;
      expect(adopted.body.openTenantDecisions.map((t: { path: string }) => t.path).sort()).toEqual([
        'reporting.activityReports.0.due',
        'reporting.memberReports.due',
        'reporting.memberReports.recipient',
      ]);

      const { body } = await schedule(secretariatOfPhuTho, 'phu-tho', '2023-01-01', '2023-12-31');
      expect((body.meetings as Meeting[]).map((m) => `${m.kind} ${m.period}`)).toEqual(['plenary 2023-H1', 'plenary 2023-H2']);
      expect(body.reportObligations).toEqual([]);
      expect(body.needsConfiguration.map((n: { path: string; adoptionId: string }) => [n.path, n.adoptionId])).toEqual([
        ['reporting.memberReports.due', adoptionId],
        ['reporting.activityReports.0.due', adoptionId],
      ]);
      expect(body.notes).toHaveLength(2);
      expect(body.notes[0]).toContain('nothing is generated from "reporting.memberReports.due" of 1344/QĐ-BCĐCĐS');
      expect(body.notes[0]).toContain(`POST /api/tenants/phu-tho/regulations/${adoptionId}/configuration`);
    });

    it('lists them once the tenant has set them', async () => {
      const configured = await request(secretariatOfPhuTho, 'POST', `/api/tenants/phu-tho/regulations/${adoptionId}/configuration`, {
        settings: { 'reporting.memberReports.due': memberReportsDue },
      });
      expect(configured.status).toBe(200);
      expect(configured.body.configuration).toEqual({ 'reporting.memberReports.due': memberReportsDue });
      expect(configured.body.openTenantDecisions.map((t: { path: string }) => t.path).sort()).toEqual(['reporting.activityReports.0.due', 'reporting.memberReports.recipient']);

      const { body } = await schedule(secretariatOfPhuTho, 'phu-tho', '2023-01-01', '2023-12-31');
      expect((body.reportObligations as Obligation[]).map((o) => [o.report, o.reporter, o.period, o.dueDate])).toEqual([
        // owed by agencies (sở, ban, ngành, địa phương: Điều 4.3, 12.2)
        ['member-report', 'agencies', '2023-H1', '2023-06-20'],
        ['member-report', 'agencies', '2023-H2', '2023-12-20'],
      ]);
      expect(body.needsConfiguration.map((n: { path: string }) => n.path)).toEqual(['reporting.activityReports.0.due']);

      const events = await store.readStream('phu-tho', 'rulebook-regulations-phu-tho');
      expect(events.map((e) => e.type)).toEqual(['rulebook.RegulationAdopted', 'rulebook.TenantDecisionConfigured']);
    });

    it('refuses a configuration of a rule the regulation fixes itself, with the field path (400)', async () => {
      const { status, body } = await request(secretariatOfPhuTho, 'POST', `/api/tenants/phu-tho/regulations/${adoptionId}/configuration`, {
        settings: { 'meetings.plenary': { kind: 'none' } },
      });
      expect(status).toBe(400);
      expect(body.errors).toEqual([{ path: 'settings.meetings.plenary', message: 'is neither a rule the tenant decides nor a reading a province may change in this pack' }]);
    });

    it('answers 404 for an adoption the tenant does not have', async () => {
      const url = (id: string) => `/api/tenants/phu-tho/regulations/${id}/configuration`;
      const other = (await request(admin, 'GET', '/api/tenants/kien-giang/regulations')).body[0].adoptionId as string;
      expect((await request(admin, 'POST', url(other), { settings: { 'reporting.memberReports.due': memberReportsDue } })).status).toBe(404);
      expect((await request(admin, 'POST', url('not-an-id'), { settings: {} })).status).toBe(404);
    });

    it('gives other contexts the configured pack through the RegulationsInForce port', async () => {
      const port = app.get<RegulationsInForce>(REGULATIONS_IN_FORCE);
      const adoption = await port.inForce('phu-tho', d('2023-03-01'));
      expect(adoption).toMatchObject({ decisionNumber: '1344/QĐ-BCĐCĐS', effectiveFrom: '2022-05-18' });
      expect(scheduleForPack(adoption!.pack, d('2023-01-01'), d('2023-12-31')).reportObligations.map((o) => o.dueDate)).toEqual(['2023-06-20', '2023-12-20']);
      expect(scheduleForPack(phuTho2022, d('2023-01-01'), d('2023-12-31')).reportObligations).toEqual([]);
      expect(await port.inForce('phu-tho', d('2022-05-17'))).toBeUndefined();
      expect((await port.adoptions('thanh-hoa')).map((a) => a.decisionNumber)).toEqual(['3461/QĐ-BCĐ', '4095/QĐ-BCĐ', '5/QĐ-TEST']);
      expect((await port.inForce('thanh-hoa', d('2018-10-19')))?.pack.id).toBe('thanh-hoa-2018');
      expect(await port.adoptions('tinh-khong-co')).toEqual([]);
    });
  });

  describe('custom packs, unknown tenants, no regulation', () => {
    const customPack = () => {
      const pack = structuredClone(phuTho2022) as unknown as Record<string, unknown> & { meetings: { plenary: Record<string, unknown> } };
      pack.id = 'binh-dinh-custom-2021';
      return pack;
    };

    it('refuses a custom pack with a wrong field, naming the field path (400), and records nothing', async () => {
      const pack = customPack();
      pack.meetings.plenary.cadence = 'weekly';
      const { status, body } = await adopt(admin, 'binh-dinh', { pack, decisionNumber: '10/QĐ-BCĐ', signedOn: '2021-03-01', effectiveFrom: '2021-03-01' });
      expect(status).toBe(400);
      expect(body.type).toBe('validation-failed');
      expect(body.errors).toEqual([{ path: 'pack.meetings.plenary.cadence', message: expect.stringContaining('monthly') }]);

      const misspelt = customPack();
      misspelt.meetings.plenary.cadance = 'quarterly';
      const second = await adopt(admin, 'binh-dinh', { pack: misspelt, effectiveFrom: '2021-03-01' });
      expect(second.body.errors).toEqual([{ path: 'pack.meetings.plenary.cadance', message: 'is not a field here' }]);
      expect(await store.readStream('binh-dinh', 'rulebook-regulations-binh-dinh')).toEqual([]);
    });

    it('adopts a valid custom pack', async () => {
      const { status, body } = await adopt(admin, 'binh-dinh', { pack: customPack(), decisionNumber: '10/QĐ-BCĐ', signedOn: '2021-03-01', effectiveFrom: '2021-03-01' });
      expect(status).toBe(201);
      expect(body).toMatchObject({ source: { kind: 'custom' }, packId: 'binh-dinh-custom-2021', decisionNumber: '10/QĐ-BCĐ' });
      expect((await inForce(admin, 'binh-dinh', '2021-06-01')).body.regulation.packId).toBe('binh-dinh-custom-2021');
    });

    it('answers 400 with field paths to a body or query that is not right', async () => {
      expect((await adopt(admin, 'binh-dinh', {})).body.errors).toEqual([{ path: 'builtInPackId', message: expect.stringContaining('either builtInPackId') }]);
      expect((await adopt(admin, 'binh-dinh', { builtInPackId: 'ha-noi-2020' })).body.errors.map((e: { path: string }) => e.path)).toEqual(['builtInPackId']);
      expect((await adopt(admin, 'binh-dinh', { builtInPackId: 'binh-dinh-2021' })).body.errors).toEqual([
        { path: 'effectiveFrom', message: 'is required: the signing date of binh-dinh-2021 is not known' },
      ]);
      expect((await adopt(admin, 'binh-dinh', { builtInPackId: 'binh-dinh-2021', effectiveFrom: '2021-02-30', colour: 'red' })).body.errors.map((e: { path: string }) => e.path)).toEqual(['effectiveFrom', 'colour']);
      expect((await inForce(admin, 'binh-dinh', '01/06/2021')).body.errors.map((e: { path: string }) => e.path)).toEqual(['date']);
      expect((await schedule(admin, 'binh-dinh', '2021-01-01', '2020-01-01')).body.errors.map((e: { path: string }) => e.path)).toEqual(['to']);
      expect((await schedule(admin, 'binh-dinh', '2000-01-01', '2030-01-01')).status).toBe(400);
      expect((await request(admin, 'GET', '/api/tenants/binh-dinh/regulations/schedule?from=2021-01-01')).body.errors.map((e: { path: string }) => e.path)).toEqual(['to']);
    });

    it('answers 404 to adopting a pack for an unknown tenant, and records nothing', async () => {
      const { status, body } = await adopt(admin, 'tinh-khong-co', { builtInPackId: 'kien-giang-2008' });
      expect(status).toBe(404);
      expect(body).toMatchObject({ type: 'not-found', detail: 'Tenant tinh-khong-co not found' });
      expect(await store.readStream('tinh-khong-co', 'rulebook-regulations-tinh-khong-co')).toEqual([]);
    });

    it('answers 404 to another tenant\'s caller (the guard), and the list stays the tenant\'s own', async () => {
      expect((await adopt(secretariatOfPhuTho, 'thanh-hoa', { builtInPackId: 'kien-giang-2008' })).status).toBe(404);
      expect((await inForce(secretariatOfPhuTho, 'thanh-hoa', '2019-01-01')).status).toBe(404);
      const list = await request(secretariatOfPhuTho, 'GET', '/api/tenants/phu-tho/regulations');
      expect(list.body.map((a: { packId: string }) => a.packId)).toEqual(['phu-tho-2022']);
    });

    it('answers a 404 problem when no regulation is in force, with today as the default date', async () => {
      await client.tenant(admin.token, 'ha-giang', 'Tỉnh Hà Giang');
      const { status, body } = await request(admin, 'GET', '/api/tenants/ha-giang/regulations/in-force');
      expect(status).toBe(404);
      expect(body).toMatchObject({
        type: 'not-found',
        status: 404,
        detail: 'No regulation is in force for tenant ha-giang on 2025-07-15: tenant ha-giang has adopted no regulation (POST /api/tenants/ha-giang/regulations).',
      });
      expect((await request(admin, 'GET', '/api/tenants/kien-giang/regulations/in-force')).body.regulation.packId).toBe('kien-giang-2008');
    });
  });

  describe('issue 10: due dates on days off, the province\'s readings, packs recorded before the corrections', () => {
    const q3Of2019 = async () => (await schedule(admin, 'kien-giang', '2019-07-01', '2019-09-30')).body.reportObligations[0];

    it('rolls a due date on a Sunday to the next working day and shows both: Kiên Giang Q3 2019, 15/9 → 16/9 (BLDS 2015 Điều 148.5)', async () => {
      expect(await q3Of2019()).toMatchObject({
        period: '2019-Q3',
        literalDueDate: '2019-09-15',
        dueDate: '2019-09-16',
        rolledOver: { because: '2019-09-15 is a Sunday', citation: { article: 'Điều 148 khoản 5' }, holidaysKnown: true },
        deadline: { onDayOff: 'next-working-day' },
      });
    });

    it('rolls over the tenant\'s calendar, with the platform admins\' overrides', async () => {
      const response = await client.request(admin.token, 'POST', '/api/calendar/holidays', {
        date: '2019-09-16',
        name: 'Nghỉ bù (ví dụ kiểm thử)',
        reason: 'test: a day off right after the Sunday',
        decisionRef: 'Thông báo 1/TB-TEST',
      });
      expect(response.statusCode).toBe(201);
      expect(await q3Of2019()).toMatchObject({ literalDueDate: '2019-09-15', dueDate: '2019-09-17' });
    });

    it('lets the province keep the literal date, as a recorded tenant decision', async () => {
      const [adoption] = (await request(admin, 'GET', '/api/tenants/kien-giang/regulations')).body;
      const configured = await request(admin, 'POST', `/api/tenants/kien-giang/regulations/${adoption.adoptionId}/configuration`, {
        settings: { 'reporting.memberReports.due.deadlines.0.due.onDayOff': 'literal' },
      });
      expect(configured.status).toBe(200);
      expect(await q3Of2019()).toMatchObject({ literalDueDate: '2019-09-15', dueDate: '2019-09-15', rolledOver: null, deadline: { onDayOff: 'literal' } });
      const refused = await request(admin, 'POST', `/api/tenants/kien-giang/regulations/${adoption.adoptionId}/configuration`, {
        settings: { 'reporting.memberReports.due.deadlines.0.due.onDayOff': 'sometimes' },
      });
      expect(refused.status).toBe(400);
      expect(refused.body.errors.map((e: { path: string }) => e.path)).toEqual(['settings.reporting.memberReports.due.deadlines.0.due.onDayOff']);
    });

    it('loads an adoption stored with a version-1 pack: the event is read in the current schema, nothing stored changes', async () => {
      // Thanh Hóa 2014 exactly as an adoption recorded it before the corrections (schema version 1).
      const fixture = new URL('../../../../libs/regulation/src/testing/rule-packs-v1.json', import.meta.url);
      const v1Pack = (JSON.parse(readFileSync(fixture, 'utf8')) as { id: string; schemaVersion: number }[]).find((p) => p.id === 'thanh-hoa-2014');
      expect(v1Pack?.schemaVersion).toBe(1);
      await client.tenant(admin.token, 'lao-cai', 'Tỉnh Lào Cai');
      const data = {
        adoptionId: '01900000-0000-7000-8000-000000000001',
        source: { kind: 'built-in', packId: 'thanh-hoa-2014' },
        pack: v1Pack,
        decisionNumber: '3461/QĐ-BCĐ',
        signedOn: '2014-10-16',
        effectiveFrom: '2014-10-16',
        supersedes: null,
      };
      const appended = await store.appendToStream('lao-cai', 'rulebook-regulations-lao-cai', [
        { eventId: '01900000-0000-7000-8000-0000000000e1', type: 'rulebook.RegulationAdopted', data, occurredAt: new Date('2014-10-15T17:00:00Z') },
      ]);
      await app.get(ReadModels).waitFor({ transactionId: appended.transactionId, globalPosition: appended.positions[0] }, ['rulebook.RegulationAdopted']);

      const listed = await request(admin, 'GET', '/api/tenants/lao-cai/regulations');
      expect(listed.status).toBe(200);
      expect(listed.body[0].pack).toMatchObject({ id: 'thanh-hoa-2014', schemaVersion: 2, composition: { longAbsence: { thresholdReasons: ['work-trip', 'study'] } } });
      const scheduled = await schedule(admin, 'lao-cai', '2018-01-01', '2018-12-31');
      expect(scheduled.status).toBe(200);
      expect((scheduled.body.reportObligations as Obligation[]).map((o) => [o.period, o.dueDate])).toEqual([
        ['2018-H1', '2018-06-25'],
        ['2018', '2018-11-26'], // "trước ngày 25 tháng 11": Saturday 24/11/2018 → Monday 26/11
      ]);
      // The port other contexts read folds the same event into the current schema.
      expect((await regulationsPort(app).inForce('lao-cai', d('2019-01-01')))?.pack.schemaVersion).toBe(2);
      // A later command on the stream folds it too.
      const configured = await request(admin, 'POST', `/api/tenants/lao-cai/regulations/${data.adoptionId}/configuration`, {
        settings: { 'meetings.documentLeadTime.counting': 'send-day-counts' },
      });
      expect(configured.status).toBe(200);
      const [stored] = await store.readStream('lao-cai', 'rulebook-regulations-lao-cai');
      expect((stored.data as { pack: { schemaVersion: number } }).pack.schemaVersion).toBe(1);
    });

    it('takes the corrected built-in pack by a recorded revision; the decision and the tenant\'s decisions stay', async () => {
      const [before] = (await request(admin, 'GET', '/api/tenants/lao-cai/regulations')).body;
      expect(before).toMatchObject({ builtInPackCurrent: false, revision: null });
      expect(before.pack.documents.noticeSigner).not.toHaveProperty('agency');

      const revise = (body: unknown, tenant = 'lao-cai', adoptionId = before.adoptionId) =>
        request(admin, 'POST', `/api/tenants/${tenant}/regulations/${adoptionId}/revision`, body);
      const revised = await revise({ reason: 'Đính chính gói quy tắc có sẵn (issue 10)' });
      expect(revised.status).toBe(200);
      expect(revised.body).toMatchObject({
        adoptionId: before.adoptionId,
        decisionNumber: '3461/QĐ-BCĐ',
        effectiveFrom: '2014-10-16',
        builtInPackCurrent: true,
        revision: { reason: 'Đính chính gói quy tắc có sẵn (issue 10)', revisedAt: expect.stringMatching(/^\d{4}-/) },
        configuration: { 'meetings.documentLeadTime.counting': 'send-day-counts' },
        pack: { schemaVersion: 2, documents: { noticeSigner: { agency: 'Sở Thông tin và Truyền thông' } }, meetings: { documentLeadTime: { counting: 'send-day-counts' } } },
      });
      const events = await store.readStream('lao-cai', 'rulebook-regulations-lao-cai');
      expect(events.map((e) => e.type)).toEqual(['rulebook.RegulationAdopted', 'rulebook.TenantDecisionConfigured', 'rulebook.AdoptedPackRevised']);
      expect((events[0].data as { pack: { schemaVersion: number } }).pack.schemaVersion).toBe(1);
      expect((await regulationsPort(app).inForce('lao-cai', d('2015-01-01')))?.pack.documents.noticeSigner).toMatchObject({ agency: 'Sở Thông tin và Truyền thông' });

      // Again: nothing new (already the current pack).
      expect((await revise({ reason: 'again' })).status).toBe(200);
      expect(await store.readStream('lao-cai', 'rulebook-regulations-lao-cai')).toHaveLength(3);
      // A built-in adoption takes no pack from the request; bad input is 400; another tenant's adoption 404.
      const withPack = await revise({ reason: 'x', pack: { id: 'thanh-hoa-2014' } });
      expect(withPack.status).toBe(400);
      expect(withPack.body.errors.map((e: { path: string }) => e.path)).toContain('pack.schemaVersion');
      expect((await revise({ reason: 'x', pack: structuredClone(phuTho2022) })).body).toMatchObject({ status: 422, rule: 'RULEBOOK-revision-same-regulation' });
      expect((await revise({ reason: '' })).body.errors).toEqual([{ path: 'reason', message: 'must not be empty' }]);
      expect((await revise({ reason: 'x' }, 'kien-giang')).status).toBe(404);
      expect(await store.readStream('lao-cai', 'rulebook-regulations-lao-cai')).toHaveLength(3);
    });
  });
});
