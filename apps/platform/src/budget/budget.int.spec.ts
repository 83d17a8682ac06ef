// The budget context through the whole platform on PGlite (RULES.md §4), with the regulation adopted through the
// rulebook's API and the roster built through membership's:
// - Thanh Hóa 2018 (QĐ 4095/QĐ-BCĐ, Điều 11): Sở TTTT's 2019 budget from its own budget (Điều 11.1) — the estimate
//   drafted by category, submitted, appraised by Sở Tài chính (a finance_department grant), appropriated by
//   decision, supplemented and reallocated by decision, spent (never beyond what remains on a line: nothing
//   stored), a special expenditure (Điều 11.2: no norm — Sở Tài chính's opinion, then the chair's decision as the
//   member holding the chair that day) spent only once approved, execution per line now and as of earlier days,
//   the settlement submitted and approved, then no more spending and a correction by decision;
// - Phú Thọ 2022 (QĐ 1344/QĐ-BCĐCĐS): each agency's own recurrent budget (Điều 11.2), appropriated directly (no
//   estimate flow), and an unplanned task UBND tỉnh assigned (Điều 11.3) funded by the competent authority and
//   spent within its funding;
// - money as exact digits end to end: an amount above 2^53 through the JSON API, the CSV and the XLSX; amounts
//   that are no whole positive đồng refused (422 BUDGET-amount) and malformed bodies (400), each changing nothing;
// - every stored budget.* event read back against its published contract (BUDGET_EVENT_DATA);
// - nothing of one province seen by the other.
import ExcelJS from 'exceljs';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { LightMyRequestResponse } from 'fastify';
import { z } from 'zod';
import { fixedClock, type RecordedEvent } from '@bcd/kernel';
import type { EventStore } from '@bcd/event-store';
import { BUDGET_EVENT_DATA } from '@bcd/contracts';
import { EVENT_STORE } from '@bcd/service-host';
import { parseCsv } from '@bcd/service-host/testing';
import { startApp } from '../testing/http.js';
import { IdentityClient, type Session } from '../testing/identity-client.js';
import { MembershipClient, problem } from '../testing/membership-client.js';
import { testConfig } from '../testing/test-config.js';

const TH = 'thanh-hoa';
const PT = 'phu-tho';
const TH_DECISION = { number: '4094/QĐ-UBND', date: '2018-10-19' };
const TH_ARTICLE_11_2 = /^Điều 11 khoản 2, Quyết định 4095\/QĐ-BCĐ ngày 19\/10\/2018/;
/** Above Number.MAX_SAFE_INTEGER (9007199254740991): a double would round it to 9007199254740993000. */
const BIG = '9007199254740993123';
const BIG_SPENT = '5000000000000000001';

type Json = Record<string, any>;

describe('budget (PGlite, Thanh Hóa 2018 and Phú Thọ 2022)', () => {
  const clock = fixedClock('2023-06-15T02:00:00.000Z');
  let app: NestFastifyApplication;
  let client: IdentityClient;
  let store: EventStore;
  let admin: Session;
  let secretariat: Session;
  let finance: Session;
  let chairUser: Session;
  let standingUser: Session;
  let ptSecretariat: Session;
  let ptFinance: Session;
  const agencies: Record<string, string> = {};
  const ptAgencies: Record<string, string> = {};
  const members: Record<string, string> = {};
  let thBudget: string;
  let ptBudget: string;
  let bigBudget: string;
  let specialId: string;
  let taskId: string;

  const url = (tenant: string, path: string) => `/api/tenants/${tenant}/budget${path}`;
  const api = (token: string, method: 'GET' | 'POST' | 'PUT', tenant: string, path: string, payload?: unknown, headers: Record<string, string> = {}) =>
    client.request(token, method, url(tenant, path), payload, headers);
  /** A change that must succeed: its answer (the ETag is the budget's version). */
  const ok = async (token: string, method: 'POST' | 'PUT', tenant: string, path: string, payload: unknown, status = 200): Promise<{ body: Json; response: LightMyRequestResponse }> => {
    const response = await api(token, method, tenant, path, payload);
    if (response.statusCode !== status) throw new Error(`${method} ${path} → ${response.statusCode} ${response.body}`);
    const body = response.json() as Json;
    if (body.version !== undefined) expect(response.headers.etag).toBe(`"${body.version}"`);
    return { body, response };
  };
  const get = async (token: string, tenant: string, path: string): Promise<Json> => {
    const response = await api(token, 'GET', tenant, path);
    if (response.statusCode !== 200) throw new Error(`GET ${path} → ${response.statusCode} ${response.body}`);
    return response.json() as Json;
  };
  const eventsOf = async (tenant: string, typePrefix = 'budget.'): Promise<RecordedEvent[]> => (await store.readAll({ tenantId: tenant, typePrefix, maxCount: 10_000 })).events;

  /** What a refusal must leave as it was: the budget (its ETag and body) and the tenant's budget events. */
  async function snapshot(tenant: string, budgetId: string) {
    const response = await api(admin.token, 'GET', tenant, `/years/${budgetId}`);
    expect(response.statusCode).toBe(200);
    const events = await eventsOf(tenant);
    return { etag: response.headers.etag, body: response.body, events: events.map((e) => e.eventId) };
  }
  /** Sends a request that must be refused with `status`, checks it changed nothing, and returns the problem. */
  async function refused(tenant: string, budgetId: string, status: number, send: () => Promise<LightMyRequestResponse>): Promise<Json> {
    const before = await snapshot(tenant, budgetId);
    const body = problem(await send(), status);
    expect(await snapshot(tenant, budgetId)).toEqual(before);
    return body;
  }
  const spend = (token: string, tenant: string, budgetId: string, body: Json) =>
    api(token, 'POST', tenant, `/years/${budgetId}/expenditures`, { voucher: 'PC-001', payee: 'Công ty TNHH Truyền thông Hồng Đức', description: 'Chi theo dự toán', ...body });

  beforeAll(async () => {
    let inject;
    ({ app, inject } = await startApp(testConfig({ DATA_DIR: 'memory://', ADMIN_PASSWORD: 'budget-admin-password' }), { clock }));
    client = new IdentityClient(inject);
    store = app.get<EventStore>(EVENT_STORE);
    admin = await client.session('admin', 'budget-admin-password');
    await client.tenant(admin.token, TH, 'Tỉnh Thanh Hóa');
    await client.tenant(admin.token, PT, 'Tỉnh Phú Thọ');
    secretariat = await client.member(admin.token, TH, 'sotttt.ns', 'secretariat');
    finance = await client.member(admin.token, TH, 'sotc.ns', 'finance_department');
    chairUser = await client.member(admin.token, TH, 'truongban.ns', 'member');
    standingUser = await client.member(admin.token, TH, 'uvtt.ns', 'member');
    ptSecretariat = await client.member(admin.token, PT, 'sotttt.pt', 'secretariat');
    ptFinance = await client.member(admin.token, PT, 'sotc.pt', 'finance_department');

    // Thanh Hóa: the 2018 regulation, the committee of 4094/QĐ-UBND and its chair and standing member, their accounts linked.
    const th = new MembershipClient(client, TH, admin.token);
    expect((await client.request(admin.token, 'POST', `/api/tenants/${TH}/regulations`, { builtInPackId: 'thanh-hoa-2018', decisionNumber: '4095/QĐ-BCĐ', signedOn: '2018-10-19', effectiveFrom: '2018-10-19' })).statusCode).toBe(201);
    for (const [code, name, kind] of [
      ['UBND', 'Ủy ban nhân dân tỉnh Thanh Hóa', 'people-committee'],
      ['STTTT', 'Sở Thông tin và Truyền thông', 'department'],
      ['STC', 'Sở Tài chính', 'department'],
      ['SNV', 'Sở Nội vụ', 'department'],
    ] as const) {
      agencies[code] = await th.agency(code, name, kind);
    }
    const committeeId = await th.committee({ name: 'Ban Chỉ đạo xây dựng Chính quyền điện tử tỉnh Thanh Hóa', decision: TH_DECISION, standingAgencyId: agencies.STTTT });
    const people: Record<string, string> = {};
    for (const [key, role, code, fullName] of [
      ['chair', 'chair', 'UBND', 'Nguyễn Đình Xứng'],
      ['standing', 'standing-member', 'STTTT', 'Trần Đức Thắng'],
      ['STC', 'member', 'STC', 'Đỗ Thị Ngọc Ánh'],
    ] as const) {
      people[key] = await th.person(fullName);
      members[key] = await th.appoint(committeeId, { personId: people[key], role, agencyId: agencies[code], decision: TH_DECISION });
    }
    await th.ok('PUT', `/people/${people.chair}/account`, { userId: chairUser.userId });
    await th.ok('PUT', `/people/${people.standing}/account`, { userId: standingUser.userId });

    // Phú Thọ: the 2022 regulation and its agencies (each holds its own budget).
    const pt = new MembershipClient(client, PT, admin.token);
    expect((await client.request(admin.token, 'POST', `/api/tenants/${PT}/regulations`, { builtInPackId: 'phu-tho-2022', decisionNumber: '1344/QĐ-BCĐCĐS', signedOn: '2022-05-18', effectiveFrom: '2022-05-18' })).statusCode).toBe(201);
    for (const [code, name, kind] of [
      ['UBND', 'Ủy ban nhân dân tỉnh Phú Thọ', 'people-committee'],
      ['STTTT', 'Sở Thông tin và Truyền thông', 'department'],
      ['STC', 'Sở Tài chính', 'department'],
      ['SKHDT', 'Sở Kế hoạch và Đầu tư', 'department'],
    ] as const) {
      ptAgencies[code] = await pt.agency(code, name, kind);
    }
  });

  afterAll(() => app?.close());

  describe('Thanh Hóa 2018: Sở TTTT\'s 2019 budget from estimate to settlement', () => {
    it('opens the budget from Sở TTTT\'s own budget (Điều 11.1), once, and drafts the estimate by category', async () => {
      const wrongSource = await api(secretariat.token, 'POST', TH, '/years', { fiscalYear: 2019, holderAgencyId: agencies.STTTT, source: 'each-agency-recurrent-budget', openedOn: '2018-11-01' });
      expect(problem(wrongSource, 422)).toMatchObject({ rule: 'thanh-hoa-2018/budget.funding', article: expect.stringMatching(/^Điều 11 khoản 1, Quyết định 4095\/QĐ-BCĐ/) });
      const { body: opened, response } = await ok(secretariat.token, 'POST', TH, '/years', { fiscalYear: 2019, holderAgencyId: agencies.STTTT, source: 'standing-agency-budget', openedOn: '2018-11-01' }, 201);
      thBudget = opened.budgetId;
      expect(response.headers.location).toBe(`/api/tenants/${TH}/budget/years/${thBudget}`);
      expect(opened).toMatchObject({ fiscalYear: 2019, holderAgencyId: agencies.STTTT, source: 'standing-agency-budget', stage: 'drafting', version: 1, regulation: { packId: 'thanh-hoa-2018', decisionNumber: '4095/QĐ-BCĐ' } });
      // One budget per agency and year, whoever opens it.
      const twice = await refused(TH, thBudget, 422, () => api(secretariat.token, 'POST', TH, '/years', { fiscalYear: 2019, holderAgencyId: agencies.STTTT, source: 'standing-agency-budget', openedOn: '2018-11-02' }));
      expect(twice.rule).toBe('BUDGET-flow');

      const { body: drafted } = await ok(secretariat.token, 'PUT', TH, `/years/${thBudget}/estimate`, {
        draftedOn: '2018-11-05',
        lines: [
          { lineId: 'hanh-chinh', category: 'quan-ly-hanh-chinh', title: 'Chi quản lý hành chính, văn phòng phẩm', amount: '120000000' },
          { lineId: 'tuyen-truyen', category: 'tuyen-truyen', title: 'Tuyên truyền về xây dựng Chính quyền điện tử', amount: '200000000' },
          { lineId: 'kiem-tra', category: 'kiem-tra', title: 'Kiểm tra, khảo sát tình hình ứng dụng CNTT', amount: '80000000' },
        ],
      });
      expect(drafted.estimate).toMatchObject({ draftedOn: '2018-11-05', total: '400000000', submittedOn: null, appraisal: null });
      expect(drafted.estimate.lines.map((l: Json) => [l.lineId, l.category, l.amount])).toEqual([
        ['hanh-chinh', 'quan-ly-hanh-chinh', '120000000'],
        ['tuyen-truyen', 'tuyen-truyen', '200000000'],
        ['kiem-tra', 'kiem-tra', '80000000'],
      ]);
      // Điều 11.2: the estimate goes through the chair to the competent authority before it is approved.
      const early = await refused(TH, thBudget, 422, () => api(secretariat.token, 'POST', TH, `/years/${thBudget}/appropriation`, { decision: { number: '5012/QĐ-UBND', date: '2018-11-06' }, lines: [{ lineId: 'hanh-chinh', category: 'x', title: 'x', amount: '1' }] }));
      expect(early).toMatchObject({ rule: 'thanh-hoa-2018/budget.estimate', article: TH_ARTICLE_11_2 });
    });

    it('submits the estimate; Sở Tài chính appraises it — a finance_department grant (the secretariat gets 403)', async () => {
      const { body: submitted } = await ok(secretariat.token, 'POST', TH, `/years/${thBudget}/estimate/submission`, { submittedOn: '2018-11-10' });
      expect(submitted).toMatchObject({ stage: 'submitted', estimate: { submittedOn: '2018-11-10' } });
      const appraisal = {
        appraisedOn: '2018-11-26',
        lines: [
          { lineId: 'hanh-chinh', amount: '100000000', comment: 'Giảm theo định mức chi hành chính' },
          { lineId: 'tuyen-truyen', amount: '200000000' },
          { lineId: 'kiem-tra', amount: '80000000', comment: null },
        ],
        comments: 'Thống nhất trình UBND tỉnh',
      };
      const bySecretariat = await refused(TH, thBudget, 403, () => api(secretariat.token, 'POST', TH, `/years/${thBudget}/estimate/appraisal`, appraisal));
      expect(bySecretariat.status).toBe(403);
      expect(problem(await api(chairUser.token, 'POST', TH, `/years/${thBudget}/estimate/appraisal`, appraisal), 403).status).toBe(403);
      const { body: appraised } = await ok(finance.token, 'POST', TH, `/years/${thBudget}/estimate/appraisal`, appraisal);
      expect(appraised.stage).toBe('appraised');
      expect(appraised.estimate.appraisal).toEqual({
        appraisedOn: '2018-11-26',
        lines: [
          { lineId: 'hanh-chinh', amount: '100000000', comment: 'Giảm theo định mức chi hành chính' },
          { lineId: 'tuyen-truyen', amount: '200000000', comment: null },
          { lineId: 'kiem-tra', amount: '80000000', comment: null },
        ],
        total: '380000000',
        comments: 'Thống nhất trình UBND tỉnh',
      });
      // The finance department reads the budget it appraised.
      expect((await get(finance.token, TH, `/years/${thBudget}`)).stage).toBe('appraised');
    });

    it('passes the estimate through the chair before it is approved (Điều 11.2: "thông qua Trưởng Ban Chỉ đạo"), as the chair of that day', async () => {
      const appropriation = { decision: { number: '5011/QĐ-UBND', date: '2018-12-10' }, lines: [{ lineId: 'hanh-chinh', category: 'quan-ly-hanh-chinh', title: 'Chi quản lý hành chính', amount: '1' }] };
      expect(await refused(TH, thBudget, 422, () => api(secretariat.token, 'POST', TH, `/years/${thBudget}/appropriation`, appropriation))).toMatchObject({ rule: 'thanh-hoa-2018/budget.estimate', article: TH_ARTICLE_11_2 });
      expect(await refused(TH, thBudget, 422, () => api(standingUser.token, 'POST', TH, `/years/${thBudget}/estimate/review`, { reviewedOn: '2018-11-28' }))).toMatchObject({ rule: 'thanh-hoa-2018/budget.estimate' });
      expect((await refused(TH, thBudget, 403, () => api(secretariat.token, 'POST', TH, `/years/${thBudget}/estimate/review`, { reviewedOn: '2018-11-28' }))).detail).toMatch(/linked to no member/);
      const { body: reviewed } = await ok(chairUser.token, 'POST', TH, `/years/${thBudget}/estimate/review`, { reviewedOn: '2018-11-28', note: 'Đồng ý trình UBND tỉnh' });
      expect(reviewed.estimate.review).toEqual({ reviewedOn: '2018-11-28', reviewedBy: { memberId: members.chair, role: 'chair' }, note: 'Đồng ý trình UBND tỉnh', article: expect.stringMatching(TH_ARTICLE_11_2) });
    });

    it('appropriates by decision, then supplements and reallocates by decision', async () => {
      const { body: appropriated } = await ok(secretariat.token, 'POST', TH, `/years/${thBudget}/appropriation`, {
        decision: { number: '5012/QĐ-UBND', date: '2018-12-14' },
        lines: [
          { lineId: 'hanh-chinh', category: 'quan-ly-hanh-chinh', title: 'Chi quản lý hành chính, văn phòng phẩm', amount: '100000000' },
          { lineId: 'tuyen-truyen', category: 'tuyen-truyen', title: 'Tuyên truyền về xây dựng Chính quyền điện tử', amount: '200000000' },
          { lineId: 'kiem-tra', category: 'kiem-tra', title: 'Kiểm tra, khảo sát tình hình ứng dụng CNTT', amount: '80000000' },
        ],
      });
      expect(appropriated).toMatchObject({ stage: 'appropriated', appropriation: { decision: { number: '5012/QĐ-UBND', date: '2018-12-14' }, total: '380000000', ceiling: null, regulation: { packId: 'thanh-hoa-2018' } } });
      const again = await refused(TH, thBudget, 422, () => api(secretariat.token, 'POST', TH, `/years/${thBudget}/appropriation`, { decision: { number: '5013/QĐ-UBND', date: '2018-12-20' }, lines: [{ lineId: 'hanh-chinh', amount: '1' }] }));
      expect(again.rule).toBe('BUDGET-flow');

      const { body: supplemented } = await ok(
        secretariat.token,
        'POST',
        TH,
        `/years/${thBudget}/supplements`,
        {
          decision: { number: '2150/QĐ-UBND', date: '2019-06-20' },
          lines: [
            { lineId: 'tuyen-truyen', amount: '50000000' },
            { lineId: 'hoi-nghi', category: 'hoi-nghi', title: 'Hội nghị sơ kết xây dựng Chính quyền điện tử', amount: '60000000' },
          ],
        },
        200,
      );
      expect(supplemented.lines.map((l: Json) => l.lineId)).toEqual(['hanh-chinh', 'tuyen-truyen', 'kiem-tra', 'hoi-nghi']);
      const newLineWithoutTitle = await refused(TH, thBudget, 422, () => api(secretariat.token, 'POST', TH, `/years/${thBudget}/supplements`, { decision: { number: '2151/QĐ-UBND', date: '2019-06-21' }, lines: [{ lineId: 'dao-tao', amount: '1000000' }] }));
      expect(newLineWithoutTitle.rule).toBe('BUDGET-line');

      const { body: reallocated } = await ok(
        secretariat.token,
        'POST',
        TH,
        `/years/${thBudget}/reallocations`,
        { decision: { number: '2480/QĐ-UBND', date: '2019-07-15' }, fromLineId: 'kiem-tra', toLineId: 'hanh-chinh', amount: '20000000' },
        200,
      );
      expect(reallocated.movements.filter((m: Json) => m.kind === 'reallocation')).toEqual([
        { on: '2019-07-15', lineId: 'kiem-tra', kind: 'reallocation', amount: '-20000000', decision: { number: '2480/QĐ-UBND', date: '2019-07-15' } },
        { on: '2019-07-15', lineId: 'hanh-chinh', kind: 'reallocation', amount: '20000000', decision: { number: '2480/QĐ-UBND', date: '2019-07-15' } },
      ]);
      expect(reallocated.execution.lines.map((l: Json) => [l.lineId, l.appropriated])).toEqual([
        ['hanh-chinh', '120000000'],
        ['tuyen-truyen', '250000000'],
        ['kiem-tra', '60000000'],
        ['hoi-nghi', '60000000'],
      ]);
      expect(reallocated.execution.totals.appropriated).toBe('490000000');
      const tooMuch = await refused(TH, thBudget, 422, () =>
        api(secretariat.token, 'POST', TH, `/years/${thBudget}/reallocations`, { decision: { number: '2481/QĐ-UBND', date: '2019-07-16' }, fromLineId: 'kiem-tra', toLineId: 'hanh-chinh', amount: '60000001' }),
      );
      expect(tooMuch.rule).toBe('BUDGET-line-remaining');
    });

    it('records expenditures; one beyond what remains on its line is refused (422 BUDGET-line-remaining) and nothing is stored', async () => {
      const spent: [string, string, string, string][] = [
        ['hanh-chinh', '45000000', '2019-03-12', 'Công ty TNHH Văn phòng phẩm Hồng Hà'],
        ['tuyen-truyen', '120000000', '2019-05-20', 'Đài Phát thanh và Truyền hình Thanh Hóa'],
        ['hoi-nghi', '58500000', '2019-07-25', 'Khách sạn Lam Kinh'],
        ['kiem-tra', '35000000', '2019-09-10', 'Đoàn kiểm tra liên ngành'],
      ];
      for (const [i, [lineId, amount, spentOn, payee]] of spent.entries()) {
        const { body, response } = await ok(secretariat.token, 'POST', TH, `/years/${thBudget}/expenditures`, { lineId, amount, spentOn, voucher: `PC-${String(i + 1).padStart(3, '0')}`, payee, description: `Chi ${lineId} năm 2019` }, 201);
        const location = response.headers.location as string;
        expect(location).toMatch(new RegExp(`^/api/tenants/${TH}/budget/years/${thBudget}/expenditures/[0-9a-f-]{36}$`));
        const expenditureId = location.split('/').at(-1);
        expect(body.expenditures.at(-1)).toMatchObject({ expenditureId, lineId, amount, spentOn, payee, specialExpenditureId: null, decidedBy: null });
        expect((await client.request(secretariat.token, 'GET', location)).json()).toMatchObject({ expenditureId, amount, lineId });
      }
      // kiem-tra: 60,000,000 appropriated, 35,000,000 spent, 25,000,000 left.
      const beyond = await refused(TH, thBudget, 422, () => spend(secretariat.token, TH, thBudget, { lineId: 'kiem-tra', amount: '30000000', spentOn: '2019-10-01' }));
      expect(beyond).toMatchObject({ rule: 'BUDGET-line-remaining', detail: expect.stringContaining('25000000') });
      // Outside the fiscal year, on no line, by a read-only role: refused too.
      expect((await refused(TH, thBudget, 422, () => spend(secretariat.token, TH, thBudget, { lineId: 'kiem-tra', amount: '1000000', spentOn: '2020-01-02' }))).rule).toBe('BUDGET-fiscal-year');
      expect((await refused(TH, thBudget, 422, () => spend(secretariat.token, TH, thBudget, { lineId: 'dao-tao', amount: '1000000', spentOn: '2019-10-01' }))).rule).toBe('BUDGET-line');
      await refused(TH, thBudget, 403, () => spend(finance.token, TH, thBudget, { lineId: 'kiem-tra', amount: '1000000', spentOn: '2019-10-01' }));
      // A stale If-Match: 409, nothing stored.
      const stale = await refused(TH, thBudget, 409, () =>
        api(secretariat.token, 'POST', TH, `/years/${thBudget}/expenditures`, { lineId: 'kiem-tra', amount: '1000000', spentOn: '2019-10-01', voucher: 'PC-9', payee: 'x', description: 'x' }, { 'if-match': '"3"' }),
      );
      expect(stale.status).toBe(409);
    });

    it('runs a special expenditure (Điều 11.2) through Sở Tài chính\'s opinion and the chair\'s decision, spent only once approved', async () => {
      const { body: proposed, response } = await ok(
        secretariat.token,
        'POST',
        TH,
        `/years/${thBudget}/special-expenditures`,
        { lineId: 'tuyen-truyen', title: 'Sản xuất phim tài liệu về Chính quyền điện tử', amount: '40000000', reason: 'Chưa có định mức chi cho sản xuất phim tài liệu', proposedOn: '2019-08-01' },
        201,
      );
      specialId = (response.headers.location as string).split('/').at(-1)!;
      expect(response.headers.location).toBe(`/api/tenants/${TH}/budget/years/${thBudget}/special-expenditures/${specialId}`);
      expect(proposed.specialExpenditures).toEqual([
        expect.objectContaining({ specialExpenditureId: specialId, status: 'proposed', amount: '40000000', spent: '0', coordination: null, decision: null, regulation: expect.objectContaining({ packId: 'thanh-hoa-2018', article: expect.stringMatching(TH_ARTICLE_11_2) }) }),
      ]);
      const spendSpecial = (amount: string, spentOn: string) => spend(secretariat.token, TH, thBudget, { lineId: 'tuyen-truyen', amount, spentOn, specialExpenditureId: specialId, voucher: 'PC-DT-01', description: 'Sản xuất phim tài liệu' });
      const unapproved = await refused(TH, thBudget, 422, () => spendSpecial('35000000', '2019-08-02'));
      expect(unapproved).toMatchObject({ rule: 'thanh-hoa-2018/budget.specialExpenditure', article: TH_ARTICLE_11_2 });

      // Sở Tài chính's coordination opinion: a finance-department grant.
      const opinion = { coordinatedOn: '2019-08-08', agrees: true, agreedAmount: '35000000', opinion: 'Thống nhất mức chi 35 triệu đồng' };
      await refused(TH, thBudget, 403, () => api(secretariat.token, 'POST', TH, `/years/${thBudget}/special-expenditures/${specialId}/coordination`, opinion));
      const { body: coordinated } = await ok(finance.token, 'POST', TH, `/years/${thBudget}/special-expenditures/${specialId}/coordination`, opinion);
      expect(coordinated.specialExpenditures[0]).toMatchObject({ status: 'coordinated', coordination: { coordinatedOn: '2019-08-08', agrees: true, agreedAmount: '35000000', opinion: 'Thống nhất mức chi 35 triệu đồng' } });
      expect((await refused(TH, thBudget, 422, () => spendSpecial('35000000', '2019-08-09'))).rule).toBe('thanh-hoa-2018/budget.specialExpenditure');

      // The chair decides, as the member holding the chair on the roster of that day: a member who is not the chair is refused by Điều 11.2.
      const decision = { decidedOn: '2019-08-12', approved: true, note: 'Đồng ý theo ý kiến Sở Tài chính' };
      const decisionPath = `/years/${thBudget}/special-expenditures/${specialId}/decision`;
      const notChair = await refused(TH, thBudget, 422, () => api(standingUser.token, 'POST', TH, decisionPath, decision));
      expect(notChair).toMatchObject({ rule: 'thanh-hoa-2018/budget.specialExpenditure', article: TH_ARTICLE_11_2, detail: expect.stringContaining('standing-member') });
      // An account linked to no member of the committee: 403; a finance-department grant does not decide either.
      expect((await refused(TH, thBudget, 403, () => api(secretariat.token, 'POST', TH, decisionPath, decision))).detail).toMatch(/linked to no member/);
      await refused(TH, thBudget, 403, () => api(finance.token, 'POST', TH, decisionPath, decision));
      // The roster of the day decided on: before the committee of 4094/QĐ-UBND, the chair's account held no seat.
      expect((await refused(TH, thBudget, 403, () => api(chairUser.token, 'POST', TH, decisionPath, { ...decision, decidedOn: '2018-10-18' }))).detail).toMatch(/linked to no member of the committee on 2018-10-18/);
      // Not more than Sở Tài chính agreed to.
      expect((await refused(TH, thBudget, 422, () => api(chairUser.token, 'POST', TH, decisionPath, { ...decision, approvedAmount: '40000000' }))).rule).toBe('BUDGET-special');
      const { body: decided } = await ok(chairUser.token, 'POST', TH, decisionPath, decision);
      expect(decided.specialExpenditures[0]).toMatchObject({
        status: 'approved',
        decision: { decidedOn: '2019-08-12', approved: true, approvedAmount: '35000000', decidedBy: { memberId: members.chair, role: 'chair' }, note: 'Đồng ý theo ý kiến Sở Tài chính', article: expect.stringMatching(TH_ARTICLE_11_2) },
      });
      expect((await refused(TH, thBudget, 422, () => api(chairUser.token, 'POST', TH, decisionPath, decision))).rule).toBe('BUDGET-special');

      // Spent on or after the approval, within the amount approved.
      expect((await refused(TH, thBudget, 422, () => spendSpecial('35000000', '2019-08-10'))).rule).toBe('thanh-hoa-2018/budget.specialExpenditure');
      expect((await refused(TH, thBudget, 422, () => spendSpecial('35000001', '2019-08-20'))).rule).toBe('BUDGET-special');
      const { body: spent, response: spentResponse } = await ok(secretariat.token, 'POST', TH, `/years/${thBudget}/expenditures`, { lineId: 'tuyen-truyen', amount: '35000000', spentOn: '2019-08-20', voucher: 'PC-DT-01', payee: 'Công ty CP Truyền thông Xứ Thanh', description: 'Sản xuất phim tài liệu', specialExpenditureId: specialId }, 201);
      expect(spent.expenditures.at(-1)).toMatchObject({ expenditureId: (spentResponse.headers.location as string).split('/').at(-1), specialExpenditureId: specialId, amount: '35000000' });
      expect(await get(secretariat.token, TH, `/years/${thBudget}/special-expenditures/${specialId}`)).toMatchObject({ status: 'approved', spent: '35000000' });
      expect((await refused(TH, thBudget, 422, () => spendSpecial('1', '2019-08-21'))).rule).toBe('BUDGET-special');
      const list = await get(chairUser.token, TH, '/special-expenditures?fiscalYear=2019');
      expect(list).toEqual([expect.objectContaining({ specialExpenditureId: specialId, budgetId: thBudget, fiscalYear: 2019, holderAgencyId: agencies.STTTT, status: 'approved', spent: '35000000' })]);
    });

    it('shows execution per line (appropriated, spent, remaining, rate) now and as of earlier days', async () => {
      const row = (lineId: string, appropriated: string, spent: string, remaining: string, rate: string | null) => expect.objectContaining({ lineId, appropriated, spent, remaining, rate });
      const now = await get(secretariat.token, TH, `/years/${thBudget}/execution`);
      expect(now).toEqual({
        asOf: null,
        lines: [
          row('hanh-chinh', '120000000', '45000000', '75000000', '37.50'),
          row('tuyen-truyen', '250000000', '155000000', '95000000', '62.00'),
          row('kiem-tra', '60000000', '35000000', '25000000', '58.33'),
          row('hoi-nghi', '60000000', '58500000', '1500000', '97.50'),
        ],
        totals: { appropriated: '490000000', spent: '293500000', remaining: '196500000', rate: '59.90' },
      });
      expect(now.lines[0]).toEqual({ lineId: 'hanh-chinh', category: 'quan-ly-hanh-chinh', title: 'Chi quản lý hành chính, văn phòng phẩm', appropriated: '120000000', spent: '45000000', remaining: '75000000', rate: '37.50' });
      expect((await get(secretariat.token, TH, `/years/${thBudget}`)).execution).toEqual(now);
      // 30/6/2019: the supplement (20/6) counts, the reallocation (15/7) and the later spending do not.
      expect(await get(finance.token, TH, `/years/${thBudget}/execution?asOf=2019-06-30`)).toEqual({
        asOf: '2019-06-30',
        lines: [
          row('hanh-chinh', '100000000', '45000000', '55000000', '45.00'),
          row('tuyen-truyen', '250000000', '120000000', '130000000', '48.00'),
          row('kiem-tra', '80000000', '0', '80000000', '0.00'),
          row('hoi-nghi', '60000000', '0', '60000000', '0.00'),
        ],
        totals: { appropriated: '490000000', spent: '165000000', remaining: '325000000', rate: '33.67' },
      });
      // 31/12/2018: the appropriation of 14/12/2018 only.
      expect(await get(chairUser.token, TH, `/years/${thBudget}/execution?asOf=2018-12-31`)).toEqual({
        asOf: '2018-12-31',
        lines: [row('hanh-chinh', '100000000', '0', '100000000', '0.00'), row('tuyen-truyen', '200000000', '0', '200000000', '0.00'), row('kiem-tra', '80000000', '0', '80000000', '0.00')],
        totals: { appropriated: '380000000', spent: '0', remaining: '380000000', rate: '0.00' },
      });
      const csv = await api(secretariat.token, 'GET', TH, `/years/${thBudget}/execution.csv?asOf=2019-06-30`);
      expect(csv.statusCode).toBe(200);
      const [, ...rows] = parseCsv(csv.rawPayload.subarray(3).toString('utf8'));
      expect(rows.map((r) => [r[0], r[3], r[4], r[5], r[6]])).toEqual([
        ['hanh-chinh', '100000000', '45000000', '55000000', '45.00'],
        ['tuyen-truyen', '250000000', '120000000', '130000000', '48.00'],
        ['kiem-tra', '80000000', '0', '80000000', '0.00'],
        ['hoi-nghi', '60000000', '0', '60000000', '0.00'],
        ['', '490000000', '165000000', '325000000', '33.67'],
      ]);
      expect(problem(await api(secretariat.token, 'GET', TH, `/years/${thBudget}/execution?asOf=30-06-2019`), 400).status).toBe(400);
      const listed = await get(chairUser.token, TH, '/years?fiscalYear=2019');
      expect(listed).toEqual([{ budgetId: thBudget, fiscalYear: 2019, holderAgencyId: agencies.STTTT, source: 'standing-agency-budget', stage: 'appropriated', execution: now, version: expect.any(Number) }]);
      expect(await get(chairUser.token, TH, '/years?fiscalYear=2020')).toEqual([]);
    });

    it('settles the year (submitted, approved by the finance department), then takes no spending; a correction by decision is accepted', async () => {
      const early = await refused(TH, thBudget, 422, () =>
        api(secretariat.token, 'POST', TH, `/years/${thBudget}/corrections`, { decision: { number: '100/QĐ-STC', date: '2019-12-01' }, lineId: 'hoi-nghi', amount: '-1500000', reason: 'Thu hồi' }),
      );
      expect(early.rule).toBe('BUDGET-correction');
      const { body: submitted } = await ok(secretariat.token, 'POST', TH, `/years/${thBudget}/settlement`, { submittedOn: '2020-01-20' });
      expect(submitted).toMatchObject({ stage: 'settlement-submitted', settlement: { submittedOn: '2020-01-20', appropriated: '490000000', spent: '293500000', approvedOn: null, decision: null, regulation: { packId: 'thanh-hoa-2018' } } });
      expect((await refused(TH, thBudget, 422, () => spend(secretariat.token, TH, thBudget, { lineId: 'kiem-tra', amount: '1000000', spentOn: '2019-12-25' }))).rule).toBe('BUDGET-settled');

      const approval = { approvedOn: '2020-02-10', decision: { number: '356/QĐ-STC', date: '2020-02-10' } };
      await refused(TH, thBudget, 403, () => api(secretariat.token, 'POST', TH, `/years/${thBudget}/settlement/approval`, approval));
      const { body: settled } = await ok(finance.token, 'POST', TH, `/years/${thBudget}/settlement/approval`, approval);
      expect(settled).toMatchObject({ stage: 'settled', settlement: { approvedOn: '2020-02-10', decision: { number: '356/QĐ-STC', date: '2020-02-10' } } });

      const after = await refused(TH, thBudget, 422, () => spend(secretariat.token, TH, thBudget, { lineId: 'kiem-tra', amount: '1000000', spentOn: '2019-12-28' }));
      expect(after).toMatchObject({ rule: 'BUDGET-settled', detail: expect.stringContaining('approved') });
      expect((await refused(TH, thBudget, 422, () => api(secretariat.token, 'POST', TH, `/years/${thBudget}/supplements`, { decision: { number: '1/QĐ-UBND', date: '2019-12-28' }, lines: [{ lineId: 'kiem-tra', amount: '1' }] }))).rule).toBe('BUDGET-settled');

      const { body: corrected } = await ok(
        secretariat.token,
        'POST',
        TH,
        `/years/${thBudget}/corrections`,
        { decision: { number: '512/QĐ-STC', date: '2020-03-05' }, lineId: 'hoi-nghi', amount: '-1500000', reason: 'Thu hồi khoản chi hội nghị vượt định mức' },
        200,
      );
      expect(corrected.corrections).toEqual([expect.objectContaining({ decision: { number: '512/QĐ-STC', date: '2020-03-05' }, lineId: 'hoi-nghi', amount: '-1500000', reason: 'Thu hồi khoản chi hội nghị vượt định mức' })]);
      expect(corrected.execution.lines.find((l: Json) => l.lineId === 'hoi-nghi')).toMatchObject({ spent: '57000000', remaining: '3000000', rate: '95.00' });
      expect(corrected.execution.totals).toEqual({ appropriated: '490000000', spent: '292000000', remaining: '198000000', rate: '59.59' });
      // As of the day the settlement was approved, before the correction's decision: as it was.
      expect((await get(secretariat.token, TH, `/years/${thBudget}/execution?asOf=2020-02-10`)).totals.spent).toBe('293500000');
      // Never beyond what was appropriated on the line, nor below nothing spent.
      expect((await refused(TH, thBudget, 422, () => api(secretariat.token, 'POST', TH, `/years/${thBudget}/corrections`, { decision: { number: '513/QĐ-STC', date: '2020-03-06' }, lineId: 'hoi-nghi', amount: '3000001', reason: 'x' }))).rule).toBe('BUDGET-line-remaining');
      expect((await refused(TH, thBudget, 422, () => api(secretariat.token, 'POST', TH, `/years/${thBudget}/corrections`, { decision: { number: '513/QĐ-STC', date: '2020-03-06' }, lineId: 'hoi-nghi', amount: '-57000001', reason: 'x' }))).rule).toBe('BUDGET-line-remaining');
      expect((await refused(TH, thBudget, 422, () => api(secretariat.token, 'POST', TH, `/years/${thBudget}/corrections`, { decision: { number: '513/QĐ-STC', date: '2020-03-06' }, lineId: 'hoi-nghi', amount: '0', reason: 'x' }))).rule).toBe('BUDGET-amount');
    });
  });

  describe('Phú Thọ 2022: each agency\'s own recurrent budget; an unplanned task UBND tỉnh assigned (Điều 11.3)', () => {
    it('opens an agency\'s budget from its own recurrent budget (Điều 11.2), not from the standing agency\'s', async () => {
      const standing = await api(ptSecretariat.token, 'POST', PT, '/years', { fiscalYear: 2022, holderAgencyId: ptAgencies.STTTT, source: 'standing-agency-budget', openedOn: '2022-06-01' });
      expect(problem(standing, 422)).toMatchObject({ rule: 'phu-tho-2022/budget.funding', article: expect.stringMatching(/^Điều 11 khoản 2, Quyết định 1344\/QĐ-BCĐCĐS ngày 18\/05\/2022/) });
      // Before 18/5/2022 no regulation of Phú Thọ was in force here: nothing is recorded.
      const before = await api(ptSecretariat.token, 'POST', PT, '/years', { fiscalYear: 2022, holderAgencyId: ptAgencies.STTTT, source: 'each-agency-recurrent-budget', openedOn: '2022-05-17' });
      expect(problem(before, 422).rule).toBe('BUDGET-no-regulation-in-force');
      expect(await get(ptSecretariat.token, PT, '/years')).toEqual([]);
      expect(await eventsOf(PT)).toEqual([]);

      const { body: opened } = await ok(ptSecretariat.token, 'POST', PT, '/years', { fiscalYear: 2022, holderAgencyId: ptAgencies.STTTT, source: 'each-agency-recurrent-budget', openedOn: '2022-06-01' }, 201);
      ptBudget = opened.budgetId;
      expect(opened).toMatchObject({ source: 'each-agency-recurrent-budget', regulation: { packId: 'phu-tho-2022', decisionNumber: '1344/QĐ-BCĐCĐS', effectiveFrom: '2022-05-18', article: expect.stringMatching(/^Điều 11 khoản 2/) } });
    });

    it('records the appropriation directly (no estimate flow) and has no special-expenditure flow', async () => {
      const { body: appropriated } = await ok(ptSecretariat.token, 'POST', PT, `/years/${ptBudget}/appropriation`, {
        decision: { number: '215/QĐ-STTTT', date: '2022-06-10' },
        lines: [{ lineId: 'hoat-dong-bcd', category: 'hoat-dong', title: 'Hoạt động của Ban Chỉ đạo Chuyển đổi số', amount: '300000000' }],
      });
      expect(appropriated).toMatchObject({ stage: 'appropriated', estimate: null, appropriation: { total: '300000000' }, execution: { totals: { appropriated: '300000000', spent: '0', remaining: '300000000', rate: '0.00' } } });
      const special = await refused(PT, ptBudget, 422, () =>
        api(ptSecretariat.token, 'POST', PT, `/years/${ptBudget}/special-expenditures`, { lineId: 'hoat-dong-bcd', title: 'x', amount: '1000000', reason: 'x', proposedOn: '2022-07-01' }),
      );
      expect(special.rule).toBe('phu-tho-2022/budget.specialExpenditure');
    });

    it('funds an unplanned task by the competent authority\'s decision and spends it within its funding', async () => {
      const { body: assigned, response } = await ok(
        ptSecretariat.token,
        'POST',
        PT,
        `/years/${ptBudget}/unplanned-tasks`,
        { description: 'Triển khai thí điểm nền tảng bản đồ số tỉnh Phú Thọ', assignment: { number: '2345/QĐ-UBND', date: '2022-08-15' }, assignedOn: '2022-08-15' },
        201,
      );
      taskId = (response.headers.location as string).split('/').at(-1)!;
      expect(response.headers.location).toBe(`/api/tenants/${PT}/budget/years/${ptBudget}/unplanned-tasks/${taskId}`);
      expect(assigned.unplannedTasks).toEqual([
        expect.objectContaining({ taskId, status: 'assigned', assignment: { number: '2345/QĐ-UBND', date: '2022-08-15' }, proposal: null, funding: null, regulation: expect.objectContaining({ packId: 'phu-tho-2022', article: expect.stringMatching(/^Điều 11 khoản 3/) }) }),
      ]);
      const taskSpend = (amount: string, spentOn: string) => spend(ptSecretariat.token, PT, ptBudget, { lineId: taskId, amount, spentOn, voucher: 'PC-BDS', payee: 'Viễn thông Phú Thọ', description: 'Nền tảng bản đồ số' });
      expect((await refused(PT, ptBudget, 422, () => taskSpend('1000000', '2022-08-20'))).rule).toBe('BUDGET-line');
      const decide = { decision: { number: '2789/QĐ-UBND', date: '2022-09-05' }, funded: true, amount: '40000000' };
      expect((await refused(PT, ptBudget, 422, () => api(ptSecretariat.token, 'POST', PT, `/years/${ptBudget}/unplanned-tasks/${taskId}/funding`, decide))).rule).toBe('BUDGET-special');

      const { body: proposed } = await ok(ptSecretariat.token, 'POST', PT, `/years/${ptBudget}/unplanned-tasks/${taskId}/proposal`, { amount: '45000000', proposedOn: '2022-08-22' });
      expect(proposed.unplannedTasks[0]).toMatchObject({ status: 'proposed', proposal: { amount: '45000000', proposedOn: '2022-08-22', coordinatedWith: 'finance-department' } });
      const { body: funded } = await ok(ptSecretariat.token, 'POST', PT, `/years/${ptBudget}/unplanned-tasks/${taskId}/funding`, decide);
      expect(funded.unplannedTasks[0]).toMatchObject({ status: 'funded', funding: { decision: { number: '2789/QĐ-UBND', date: '2022-09-05' }, funded: true, amount: '40000000' } });
      expect(funded.execution.lines.find((l: Json) => l.lineId === taskId)).toEqual({ lineId: taskId, category: 'unplanned-task', title: 'Triển khai thí điểm nền tảng bản đồ số tỉnh Phú Thọ', appropriated: '40000000', spent: '0', remaining: '40000000', rate: '0.00' });
      expect((await refused(PT, ptBudget, 422, () => api(ptSecretariat.token, 'POST', PT, `/years/${ptBudget}/unplanned-tasks/${taskId}/funding`, decide))).rule).toBe('BUDGET-special');

      await ok(ptSecretariat.token, 'POST', PT, `/years/${ptBudget}/expenditures`, { lineId: taskId, amount: '32000000', spentOn: '2022-09-20', voucher: 'PC-BDS-1', payee: 'Viễn thông Phú Thọ', description: 'Nền tảng bản đồ số, đợt 1' }, 201);
      const more = await refused(PT, ptBudget, 422, () => taskSpend('8000001', '2022-10-01'));
      expect(more).toMatchObject({ rule: 'BUDGET-line-remaining', detail: expect.stringContaining('8000000') });
      const { body: last } = await ok(ptSecretariat.token, 'POST', PT, `/years/${ptBudget}/expenditures`, { lineId: taskId, amount: '8000000', spentOn: '2022-10-05', voucher: 'PC-BDS-2', payee: 'Viễn thông Phú Thọ', description: 'Nền tảng bản đồ số, đợt 2' }, 201);
      expect(last.execution.lines.find((l: Json) => l.lineId === taskId)).toMatchObject({ appropriated: '40000000', spent: '40000000', remaining: '0', rate: '100.00' });
      expect((await refused(PT, ptBudget, 422, () => taskSpend('1', '2022-10-06'))).rule).toBe('BUDGET-line-remaining');
      expect(await get(ptFinance.token, PT, '/unplanned-tasks?fiscalYear=2022')).toEqual([expect.objectContaining({ taskId, budgetId: ptBudget, holderAgencyId: ptAgencies.STTTT, status: 'funded' })]);
      expect(await get(ptFinance.token, PT, `/years/${ptBudget}/unplanned-tasks/${taskId}`)).toMatchObject({ taskId, status: 'funded' });
    });
  });

  describe('money as exact digits: never a JavaScript number', () => {
    const smallLine = { lineId: 'dao-tao', category: 'dao-tao', title: 'Đào tạo kỹ năng số cho cán bộ, công chức', amount: 150000000 };

    it('appropriates and spends an amount above 2^53 through the JSON API and answers it exact', async () => {
      const { body: opened } = await ok(ptSecretariat.token, 'POST', PT, '/years', { fiscalYear: 2023, holderAgencyId: ptAgencies.SKHDT, source: 'each-agency-recurrent-budget', openedOn: '2023-01-03' }, 201);
      bigBudget = opened.budgetId;
      const { response: appropriated } = await ok(ptSecretariat.token, 'POST', PT, `/years/${bigBudget}/appropriation`, {
        decision: { number: '12/QĐ-SKHĐT', date: '2023-01-10' },
        // A JSON number is taken while it is exact (≤ 2^53 − 1).
        lines: [{ lineId: 'ha-tang-so', category: 'ha-tang', title: 'Hạ tầng số dùng chung của tỉnh', amount: BIG }, smallLine],
      });
      expect(appropriated.body).toContain(`"amount":"${BIG}"`);
      expect(appropriated.body).toContain('"appropriated":"9007199254890993123"');

      const { response: spentBig } = await ok(ptSecretariat.token, 'POST', PT, `/years/${bigBudget}/expenditures`, { lineId: 'ha-tang-so', amount: BIG_SPENT, spentOn: '2023-03-20', voucher: 'UNC-01', payee: 'Tập đoàn Bưu chính Viễn thông Việt Nam', description: 'Hạ tầng số, giai đoạn 1' }, 201);
      expect(spentBig.body).toContain(`"amount":"${BIG_SPENT}"`);
      const { response: spentSmall } = await ok(ptSecretariat.token, 'POST', PT, `/years/${bigBudget}/expenditures`, { lineId: 'dao-tao', amount: 12345678, spentOn: '2023-04-05', voucher: 'PC-07', payee: 'Trung tâm "Đào tạo số", Phú Thọ', description: 'Học phí lớp kỹ năng số\nkhóa 1' }, 201);
      const expenditure = await client.request(ptFinance.token, 'GET', spentSmall.headers.location as string);
      expect(expenditure.json()).toMatchObject({ amount: '12345678', payee: 'Trung tâm "Đào tạo số", Phú Thọ' });

      // Compared as text: JSON.parse would read the digits, but the answer itself must carry them exact.
      const execution = await api(ptFinance.token, 'GET', PT, `/years/${bigBudget}/execution`);
      expect(execution.body).toContain(`"appropriated":"${BIG}","spent":"${BIG_SPENT}","remaining":"4007199254740993122","rate":"55.51"`);
      expect(execution.json()).toEqual({
        asOf: null,
        lines: [
          { lineId: 'ha-tang-so', category: 'ha-tang', title: 'Hạ tầng số dùng chung của tỉnh', appropriated: BIG, spent: BIG_SPENT, remaining: '4007199254740993122', rate: '55.51' },
          { lineId: 'dao-tao', category: 'dao-tao', title: 'Đào tạo kỹ năng số cho cán bộ, công chức', appropriated: '150000000', spent: '12345678', remaining: '137654322', rate: '8.23' },
        ],
        totals: { appropriated: '9007199254890993123', spent: '5000000000012345679', remaining: '4007199254878647444', rate: '55.51' },
      });
      // Stored as digits too.
      const recorded = (await eventsOf(PT, 'budget.ExpenditureRecorded')).filter((e) => (e.data as Json).budgetId === bigBudget);
      expect(recorded.map((e) => (e.data as Json).amount)).toEqual([BIG_SPENT, '12345678']);
      expect((await eventsOf(PT, 'budget.Appropriated')).find((e) => (e.data as Json).budgetId === bigBudget)!.data).toMatchObject({ lines: [{ amount: BIG }, { amount: '150000000' }], total: '9007199254890993123' });
    });

    it('refuses a JSON number above 2^53, a fraction, a negative or zero amount (422 BUDGET-amount), and malformed bodies (400): each changes nothing', async () => {
      const path = url(PT, `/years/${bigBudget}/expenditures`);
      const raw = (payload: string) => () => client.request(ptSecretariat.token, 'POST', path, payload, { 'content-type': 'application/json' });
      const base = '"lineId":"dao-tao","spentOn":"2023-05-02","voucher":"PC-08","payee":"Trung tâm Đào tạo số","description":"Học phí khóa 2"';
      // The JSON parser has already rounded this one to 9007199254740993000: refused, never guessed.
      const tooBig = await refused(PT, bigBudget, 422, raw(`{${base},"amount":9007199254740993123}`));
      expect(tooBig).toMatchObject({ rule: 'BUDGET-amount', detail: expect.stringContaining('string of digits') });
      for (const amount of ['1500000.5', '-1000000', '0', '"0"', '"-5"', '"1.5"', '"1e6"', '"1 000 000"', '""', '"١٢٣"']) {
        const refusal = await refused(PT, bigBudget, 422, raw(`{${base},"amount":${amount}}`));
        expect({ amount, rule: refusal.rule }).toEqual({ amount, rule: 'BUDGET-amount' });
      }
      // Elsewhere too: an appropriation's supplement, a reallocation, a ceiling.
      const supplement = '{"decision":{"number":"13/QĐ-SKHĐT","date":"2023-05-02"},"lines":[{"lineId":"dao-tao","amount":9007199254740993123}]}';
      const bigSupplement = () => client.request(ptSecretariat.token, 'POST', url(PT, `/years/${bigBudget}/supplements`), supplement, { 'content-type': 'application/json' });
      expect((await refused(PT, bigBudget, 422, bigSupplement)).rule).toBe('BUDGET-amount');
      expect((await refused(PT, bigBudget, 422, () => api(ptSecretariat.token, 'POST', PT, `/years/${bigBudget}/reallocations`, { decision: { number: '14/QĐ-SKHĐT', date: '2023-05-02' }, fromLineId: 'ha-tang-so', toLineId: 'dao-tao', amount: 0.5 }))).rule).toBe('BUDGET-amount');

      for (const [what, payload] of [
        ['not JSON', `{${base},"amount":`],
        ['an amount that is no string nor number', `{${base},"amount":true}`],
        ['an amount of more than 40 characters', `{${base},"amount":"${'9'.repeat(41)}"}`],
        ['no amount', `{${base}}`],
        ['an unknown field', `{${base},"amount":"1000","currency":"VND"}`],
        ['a line id that is no id', `{${base.replace('dao-tao', 'Đào tạo')},"amount":"1000"}`],
        ['a date not written YYYY-MM-DD', `{${base.replace('2023-05-02', '02/05/2023')},"amount":"1000"}`],
        ['an array', '[]'],
      ] as const) {
        const refusal = await refused(PT, bigBudget, 400, raw(payload));
        expect({ what, status: refusal.status }).toEqual({ what, status: 400 });
      }
    });

    it('exports execution and expenditures as CSV with the digits exact (UTF-8 BOM, Vietnamese headers)', async () => {
      const execution = await api(ptFinance.token, 'GET', PT, `/years/${bigBudget}/execution.csv`);
      expect(execution.statusCode).toBe(200);
      expect(execution.headers['content-type']).toContain('text/csv');
      expect(execution.headers['content-disposition']).toContain('.csv');
      expect([...execution.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(parseCsv(execution.rawPayload.subarray(3).toString('utf8'))).toEqual([
        ['Mã dòng', 'Nhóm chi', 'Nội dung', 'Dự toán được giao (đồng)', 'Đã chi (đồng)', 'Còn lại (đồng)', 'Tỷ lệ thực hiện (%)'],
        ['ha-tang-so', 'ha-tang', 'Hạ tầng số dùng chung của tỉnh', BIG, BIG_SPENT, '4007199254740993122', '55.51'],
        ['dao-tao', 'dao-tao', 'Đào tạo kỹ năng số cho cán bộ, công chức', '150000000', '12345678', '137654322', '8.23'],
        ['', '', 'Tổng cộng', '9007199254890993123', '5000000000012345679', '4007199254878647444', '55.51'],
      ]);

      const expenditures = await api(ptFinance.token, 'GET', PT, `/years/${bigBudget}/expenditures.csv`);
      expect(expenditures.statusCode).toBe(200);
      expect([...expenditures.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(parseCsv(expenditures.rawPayload.subarray(3).toString('utf8'))).toEqual([
        ['Ngày chi', 'Mã dòng', 'Số tiền (đồng)', 'Số chứng từ', 'Người nhận', 'Nội dung chi', 'Chi đặc thù'],
        ['20/03/2023', 'ha-tang-so', BIG_SPENT, 'UNC-01', 'Tập đoàn Bưu chính Viễn thông Việt Nam', 'Hạ tầng số, giai đoạn 1', ''],
        ['05/04/2023', 'dao-tao', '12345678', 'PC-07', 'Trung tâm "Đào tạo số", Phú Thọ', 'Học phí lớp kỹ năng số\nkhóa 1', ''],
      ]);
      // As of a day: only what was spent by then.
      const early = await api(ptFinance.token, 'GET', PT, `/years/${bigBudget}/expenditures.csv?asOf=2023-03-31`);
      expect(parseCsv(early.rawPayload.subarray(3).toString('utf8')).slice(1).map((r) => r[2])).toEqual([BIG_SPENT]);
      // Thanh Hóa's special expenditure is marked as such.
      const th = await api(secretariat.token, 'GET', TH, `/years/${thBudget}/expenditures.csv`);
      const thRows = parseCsv(th.rawPayload.subarray(3).toString('utf8')).slice(1);
      expect(thRows.map((r) => [r[0], r[2], r[6]])).toEqual([
        ['12/03/2019', '45000000', ''],
        ['20/05/2019', '120000000', ''],
        ['25/07/2019', '58500000', ''],
        ['10/09/2019', '35000000', ''],
        ['20/08/2019', '35000000', 'Có'],
      ]);
    });

    it('exports one XLSX: the big amounts as text cells of their exact digits, the small ones as number cells', async () => {
      const xlsx = await api(ptFinance.token, 'GET', PT, `/years/${bigBudget}/export.xlsx`);
      expect(xlsx.statusCode).toBe(200);
      expect(xlsx.headers['content-type']).toContain('spreadsheetml');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((s) => s.name)).toEqual(['Tình hình thực hiện', 'Các khoản chi']);
      const sheet = workbook.getWorksheet('Tình hình thực hiện')!;
      expect(String(sheet.getCell(1, 1).value)).toBe('Tình hình thực hiện dự toán năm 2023 — Sở Kế hoạch và Đầu tư, Tỉnh Phú Thọ');
      expect(sheet.getRow(3).values).toEqual([undefined, 'Mã dòng', 'Nhóm chi', 'Nội dung', 'Dự toán được giao (đồng)', 'Đã chi (đồng)', 'Còn lại (đồng)', 'Tỷ lệ thực hiện (%)']);
      const cells = (row: number, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => sheet.getCell(row, from + i).value);
      expect(cells(4, 1, 7)).toEqual(['ha-tang-so', 'ha-tang', 'Hạ tầng số dùng chung của tỉnh', BIG, BIG_SPENT, '4007199254740993122', 55.51]);
      expect(cells(5, 1, 7)).toEqual(['dao-tao', 'dao-tao', 'Đào tạo kỹ năng số cho cán bộ, công chức', 150000000, 12345678, 137654322, 8.23]);
      expect(sheet.getCell(5, 7).numFmt).toBe('0.00');
      expect(sheet.getCell(4, 4).type).toBe(ExcelJS.ValueType.String);
      expect(sheet.getCell(5, 4).type).toBe(ExcelJS.ValueType.Number);
      expect(sheet.getCell(5, 4).numFmt).toBe('#,##0');
      expect(cells(6, 3, 7)).toEqual(['Tổng cộng', '9007199254890993123', '5000000000012345679', '4007199254878647444', 55.51]);
      const spent = workbook.getWorksheet('Các khoản chi')!;
      expect(spent.getCell(4, 3).value).toBe(BIG_SPENT);
      expect(spent.getCell(4, 3).type).toBe(ExcelJS.ValueType.String);
      expect(spent.getCell(5, 3).value).toBe(12345678);
      expect(spent.getCell(5, 3).type).toBe(ExcelJS.ValueType.Number);
      expect(spent.getCell(4, 1).value).toEqual(new Date('2023-03-20T00:00:00.000Z'));
    });
  });

  it('stores every budget.* event as its published contract (BUDGET_EVENT_DATA) says, amounts as digits', async () => {
    const events = [...(await eventsOf(TH)), ...(await eventsOf(PT))];
    const types = new Set<string>();
    for (const event of events) {
      const type = event.type.slice('budget.'.length) as keyof typeof BUDGET_EVENT_DATA;
      types.add(type);
      const schema = BUDGET_EVENT_DATA[type] as z.ZodObject | undefined;
      expect({ type: event.type, known: schema !== undefined }).toEqual({ type: event.type, known: true });
      // Strict: a field the contract does not publish is a contract out of date.
      const parsed = schema!.strict().safeParse(event.data);
      expect({ type: event.type, issues: parsed.success ? [] : parsed.error.issues }).toEqual({ type: event.type, issues: [] });
      expect(event.streamId).toBe(`budget-year-${event.tenantId}-${(event.data as Json).budgetId}`);
    }
    expect([...types].sort()).toEqual(Object.keys(BUDGET_EVENT_DATA).sort());
    // The business date is the event's time: the voucher's day, the decision's day.
    const spent = events.find((e) => e.type === 'budget.ExpenditureRecorded' && (e.data as Json).spentOn === '2019-03-12')!;
    expect(spent.occurredAt.toISOString()).toBe('2019-03-11T17:00:00.000Z');
  });

  it('shows nothing of one province to the other (404)', async () => {
    const foreign = await client.request(secretariat.token, 'GET', url(PT, `/years/${ptBudget}`));
    expect(problem(foreign, 404).detail).toBe(`Tenant ${PT} not found`);
    for (const path of [`/years/${ptBudget}`, `/years/${ptBudget}/execution`, `/years/${ptBudget}/execution.csv`, `/years/${ptBudget}/export.xlsx`, `/years/${ptBudget}/unplanned-tasks/${taskId}`]) {
      expect(problem(await api(secretariat.token, 'GET', TH, path), 404).status).toBe(404);
    }
    expect(problem(await api(secretariat.token, 'GET', TH, `/years/${ptBudget}`), 404).detail).toBe(`Budget ${ptBudget} not found`);
    await refused(PT, ptBudget, 404, () => spend(secretariat.token, PT, ptBudget, { lineId: 'hoat-dong-bcd', amount: '1000', spentOn: '2022-11-01' }));
    expect(problem(await api(ptFinance.token, 'GET', TH, `/years/${thBudget}`), 404).detail).toBe(`Tenant ${TH} not found`);
    expect((await get(ptFinance.token, PT, '/years')).map((b: Json) => b.budgetId).sort()).toEqual([ptBudget, bigBudget].sort());
    expect((await get(finance.token, TH, '/years')).map((b: Json) => b.budgetId)).toEqual([thBudget]);
    expect(await get(finance.token, TH, '/unplanned-tasks')).toEqual([]);
  });

  it('answers 404 for a change on a budget the province does not have, and records nothing', async () => {
    const before = (await eventsOf(TH)).length;
    const response = await spend(secretariat.token, TH, ptBudget, { lineId: 'hoat-dong-bcd', amount: '1000', spentOn: '2022-11-01' });
    expect(problem(response, 404).detail).toContain(ptBudget);
    expect((await eventsOf(TH)).length).toBe(before);
  });
});
