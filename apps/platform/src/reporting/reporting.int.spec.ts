// The reporting context through the whole platform on PGlite: a year of Thanh Hóa 2018 reporting (QĐ
// 4095/QĐ-BCĐ Điều 10.2: six-month reports "trước ngày 10 tháng 6", annual ones "trước ngày 05 tháng 12",
// by the agencies the province designates) — obligations opened by the opening process (twice: nothing
// twice), one report late, one returned and resubmitted after the deadline (still on time), one missing,
// a template the values must follow, members submitting for their own agency only, the six-month
// consolidated report's comment round (Điều 10.3), the four buckets of Báo cáo 1270 as of three dates, the
// CSV export parsed back with its Vietnamese intact, reminders, and nothing seen by another province.
import { createHash } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { fixedClock } from '@bcd/kernel';
import type { EventStore } from '@bcd/event-store';
import { EVENT_STORE } from '@bcd/service-host';
import { parseCsv } from '@bcd/service-host/testing';
import { startApp } from '../testing/http.js';
import { IdentityClient, type Session } from '../testing/identity-client.js';
import { MembershipClient, problem } from '../testing/membership-client.js';
import { testConfig } from '../testing/test-config.js';

const TH = 'thanh-hoa';
const OTHER = 'nghe-an';
const DECISION = { number: '4094/QĐ-UBND', date: '2018-10-19' };

type Json = Record<string, any>;

describe('reporting (PGlite, Thanh Hóa 2018)', () => {
  const clock = fixedClock('2020-01-15T02:00:00.000Z');
  let app: NestFastifyApplication;
  let client: IdentityClient;
  let admin: Session;
  let secretariat: Session;
  let chairUser: Session;
  let snvUser: Session;
  let th: MembershipClient;
  let store: EventStore;
  const agencies: Record<string, string> = {};
  const members: Record<string, string> = {};
  /** The obligations of 2019, by agency code and period. */
  const obligations: Record<string, Json> = {};

  const api = (token: string, method: 'GET' | 'POST' | 'PUT', path: string, payload?: unknown, headers: Record<string, string> = {}) =>
    client.request(token, method, `/api/tenants/${TH}/reporting${path}`, payload, headers);
  const ok = async (token: string, method: 'POST' | 'PUT', path: string, payload?: unknown, status = 200): Promise<Json> => {
    const response = await api(token, method, path, payload);
    if (response.statusCode !== status) throw new Error(`${method} ${path} → ${response.statusCode} ${response.body}`);
    return response.json() as Json;
  };
  const values = { ketQua: 'Hoàn thành các nhiệm vụ được giao', soDichVuCong: 120 };
  const submit = (token: string, key: string, submittedAt: string, status = 201) =>
    ok(token, 'POST', `/obligations/${obligations[key].obligationId}/submissions`, { submittedAt, channel: 'official-email', summary: `Báo cáo ${key}`, values }, status);

  beforeAll(async () => {
    let inject;
    ({ app, inject } = await startApp(testConfig({ DATA_DIR: 'memory://', ADMIN_PASSWORD: 'reporting-admin-password' }), { clock }));
    client = new IdentityClient(inject);
    store = app.get<EventStore>(EVENT_STORE);
    admin = await client.session('admin', 'reporting-admin-password');
    await client.tenant(admin.token, TH, 'Tỉnh Thanh Hóa');
    await client.tenant(admin.token, OTHER, 'Tỉnh Nghệ An');
    secretariat = await client.member(admin.token, TH, 'sotttt.bc', 'secretariat');
    chairUser = await client.member(admin.token, TH, 'truongban.bc', 'member');
    snvUser = await client.member(admin.token, TH, 'sonoivu.bc', 'member');
    th = new MembershipClient(client, TH, admin.token);
    expect((await client.request(admin.token, 'POST', `/api/tenants/${TH}/regulations`, { builtInPackId: 'thanh-hoa-2018', decisionNumber: '4095/QĐ-BCĐ', signedOn: '2018-10-19', effectiveFrom: '2018-10-19' })).statusCode).toBe(201);
    for (const [code, name, kind] of [
      ['UBND', 'Ủy ban nhân dân tỉnh Thanh Hóa', 'people-committee'],
      ['STTTT', 'Sở Thông tin và Truyền thông', 'department'],
      ['SNV', 'Sở Nội vụ', 'department'],
      ['SYT', 'Sở Y tế', 'department'],
      ['STC', 'Sở Tài chính', 'department'],
    ] as const) {
      agencies[code] = await th.agency(code, name, kind);
    }
    const committeeId = await th.committee({ name: 'Ban Chỉ đạo xây dựng Chính quyền điện tử tỉnh Thanh Hóa', decision: DECISION, standingAgencyId: agencies.STTTT });
    const people: Record<string, string> = {};
    for (const [key, role, code, fullName] of [
      ['chair', 'chair', 'UBND', 'Nguyễn Đình Xứng'],
      ['standing', 'standing-member', 'STTTT', 'Trần Đức Thắng'],
      ['SNV', 'member', 'SNV', 'Hoàng Minh Tuấn'],
      ['SYT', 'member', 'SYT', 'Lê Thị Hương'],
      ['STC', 'member', 'STC', 'Đỗ Thị Ngọc Ánh'],
    ] as const) {
      people[key] = await th.person(fullName);
      members[key] = await th.appoint(committeeId, { personId: people[key], role, agencyId: agencies[code], decision: DECISION });
    }
    await th.ok('PUT', `/people/${people.chair}/account`, { userId: chairUser.userId });
    await th.ok('PUT', `/people/${people.SNV}/account`, { userId: snvUser.userId });
  });

  afterAll(() => app.close());

  it('opens nothing until the province designates the agencies running programmes (Điều 10.2 does not list them)', async () => {
    const outcome = await ok(secretariat.token, 'POST', '/obligations/opening');
    expect(outcome).toMatchObject({ tenant: TH, opened: 0 });
  });

  it('opens each designated agency\'s six-month and annual obligations once, with the literal and the effective due dates', async () => {
    const setup = await ok(secretariat.token, 'PUT', '/setup/reporting-agencies', {
      agencyIds: [agencies.SNV, agencies.SYT, agencies.STC],
      effectiveFrom: '2019-01-01',
      decision: { number: '15/QĐ-BCĐ', date: '2018-12-20' },
    });
    expect(setup.designations).toHaveLength(1);
    await ok(secretariat.token, 'POST', '/templates', {
      templateId: 'bao-cao-dinh-ky',
      name: 'Báo cáo định kỳ về xây dựng Chính quyền điện tử',
      appliesTo: ['member-report'],
      effectiveFrom: '2019-01-01',
      fields: [
        { key: 'ketQua', label: 'Kết quả thực hiện', type: 'text', required: true },
        { key: 'soDichVuCong', label: 'Số dịch vụ công trực tuyến mức độ 3, 4', type: 'number', required: true },
      ],
    }, 201);

    // Two runs at once record each obligation once (the store keeps one event under each name-based id).
    const runs = await Promise.all([ok(secretariat.token, 'POST', '/obligations/opening'), ok(secretariat.token, 'POST', '/obligations/opening')]);
    expect(runs.map((r) => r.planned)).toEqual([6, 6]);
    const opened = (await store.readAll({ tenantId: TH, typePrefix: 'reporting.ObligationOpened', maxCount: 100 })).events;
    expect(opened).toHaveLength(6);
    expect(new Set(opened.map((e) => e.streamId)).size).toBe(6);
    expect((await ok(secretariat.token, 'POST', '/obligations/opening')).opened).toBe(0);

    const list = (await api(secretariat.token, 'GET', '/obligations?from=2019-01-01&to=2019-12-31')).json() as Json;
    expect(list.obligations).toHaveLength(6);
    for (const o of list.obligations) {
      const code = Object.keys(agencies).find((c) => agencies[c] === o.reporter.agencyId)!;
      obligations[`${code}:${o.period}`] = o;
    }
    // "trước ngày 10 tháng 6": the 9th, a Sunday in 2019, so Monday the 10th; "trước ngày 05 tháng 12": the 4th.
    expect(obligations['SNV:2019-H1'].due).toMatchObject({ literalDueDate: '2019-06-09', dueDate: '2019-06-10', reading: 'before', wording: 'trước ngày 10 tháng 6' });
    expect(obligations['SNV:2019-H1'].due.rolledOver).toMatchObject({ article: expect.stringContaining('Điều 148') });
    expect(obligations['SYT:2019'].due).toMatchObject({ literalDueDate: '2019-12-04', dueDate: '2019-12-04', rolledOver: null });
    expect(obligations['SYT:2019'].rule).toMatchObject({ packId: 'thanh-hoa-2018', article: expect.stringMatching(/^Điều 10 khoản 2, Quyết định 4095\/QĐ-BCĐ/) });
  });

  it('takes a member\'s report for their own agency only; the values follow the template', async () => {
    expect(problem(await api(snvUser.token, 'POST', `/obligations/${obligations['SYT:2019-H1'].obligationId}/submissions`, { submittedAt: '2019-06-05T09:00:00+07:00', channel: 'online', summary: 'x', values }), 403).detail).toMatch(/agency they represent/);
    const missing = await api(snvUser.token, 'POST', `/obligations/${obligations['SNV:2019-H1'].obligationId}/submissions`, { submittedAt: '2019-06-05T09:00:00+07:00', channel: 'online', summary: 'x', values: { ketQua: 'x' } });
    expect(problem(missing, 422)).toMatchObject({ rule: 'REPORTING-template', detail: expect.stringContaining('soDichVuCong') });
    const sent = await submit(snvUser.token, 'SNV:2019-H1', '2019-06-05T09:00:00+07:00');
    expect(sent).toMatchObject({ status: 'submitted', timeliness: { onTime: true }, submissions: [{ template: { templateId: 'bao-cao-dinh-ky', version: 1 } }] });
    await ok(secretariat.token, 'POST', `/obligations/${obligations['SNV:2019-H1'].obligationId}/acceptance`);
  });

  it('records a late report with its days late, and keeps a returned report on time when it comes back after the deadline', async () => {
    await submit(secretariat.token, 'STC:2019-H1', '2019-06-07T10:00:00+07:00');
    await submit(secretariat.token, 'SYT:2019-H1', '2019-06-07T15:00:00+07:00');
    const returned = await ok(secretariat.token, 'POST', `/obligations/${obligations['SYT:2019-H1'].obligationId}/return`, { reason: 'Thiếu số liệu dịch vụ công trực tuyến' });
    expect(returned).toMatchObject({ status: 'returned', submissions: [{ returned: { reason: 'Thiếu số liệu dịch vụ công trực tuyến' } }] });
    const again = await submit(secretariat.token, 'SYT:2019-H1', '2019-06-20T08:00:00+07:00');
    expect(again).toMatchObject({ status: 'submitted', timeliness: { onTime: true, judgedAt: '2019-06-07T08:00:00.000Z' }, submissions: [{}, { resubmission: true }] });

    await submit(secretariat.token, 'STC:2019', '2019-12-02T09:00:00+07:00');
    const late = await submit(secretariat.token, 'SNV:2019', '2019-12-10T09:00:00+07:00');
    // After Wednesday 4/12: Thu 5, Fri 6, Mon 9, Tue 10 — 4 working days, 6 calendar days.
    expect(late.timeliness).toEqual({ onTime: false, daysLate: { working: 4, calendar: 6 }, judgedAt: '2019-12-10T02:00:00.000Z' });
  });

  it('circulates the six-month consolidated report for comment before the chair has it (Điều 10.3)', async () => {
    const content = createHash('sha256').update('Báo cáo 6 tháng đầu năm 2019').digest('hex');
    const drafted = await ok(secretariat.token, 'POST', '/consolidated', {
      cadence: 'semiannual',
      period: '2019-H1',
      title: 'Báo cáo kết quả xây dựng Chính quyền điện tử 6 tháng đầu năm 2019',
      draftedOn: '2019-06-25',
      draftedByAgencyId: agencies.STTTT,
      sourceObligationIds: ['SNV', 'SYT', 'STC'].map((c) => obligations[`${c}:2019-H1`].obligationId),
      contentHash: content,
    }, 201);
    const id = drafted.reportId as string;
    expect(drafted.commentRound).toMatchObject({ rule: 'thanh-hoa-2018/reporting.activityReports.0.commentRound', article: expect.stringMatching(/^Điều 10 khoản 3/) });
    const early = await api(secretariat.token, 'POST', `/consolidated/${id}/submission`, { submittedOn: '2019-06-26', toMemberId: members.chair });
    expect(problem(early, 422)).toMatchObject({ rule: 'thanh-hoa-2018/reporting.activityReports.0.commentRound', article: expect.stringMatching(/^Điều 10 khoản 3/) });
    const circulated = await ok(secretariat.token, 'POST', `/consolidated/${id}/circulation`, { circulatedOn: '2019-06-26', commentDeadline: '2019-07-05' });
    expect(circulated.circulation.recipients).toHaveLength(5);
    await ok(secretariat.token, 'POST', `/consolidated/${id}/comments`, { memberId: members.SNV, receivedOn: '2019-07-01', summary: 'Thống nhất' }, 201);
    const late = await ok(secretariat.token, 'POST', `/consolidated/${id}/comments`, { memberId: members.SYT, receivedOn: '2019-07-08', summary: 'Bổ sung số liệu y tế' }, 201);
    expect(late.comments.map((c: Json) => c.late)).toEqual([false, true]);
    const submitted = await ok(secretariat.token, 'POST', `/consolidated/${id}/submission`, { submittedOn: '2019-07-10', toMemberId: members.chair });
    expect(submitted).toMatchObject({ status: 'submitted', submitted: { to: { memberId: members.chair, role: 'chair' }, commentsReceived: 2 } });
    expect(submitted.submitted.commentsMissing).toHaveLength(3);
  });

  it('sorts the year\'s obligations into the four buckets of Báo cáo 1270 as of three dates', async () => {
    const buckets = async (asOf: string) => (await api(chairUser.token, 'GET', `/obligations/buckets?from=2019-01-01&to=2019-12-31&asOf=${asOf}`)).json() as Json;
    expect(await buckets('2019-06-30')).toMatchObject({ counts: { 'done-on-time': 3, 'done-late': 0, 'not-done-in-time': 3, 'not-done-overdue': 0 }, completionRate: { rate: '100.00', complement: '0.00' } });
    expect(await buckets('2019-12-06')).toMatchObject({ counts: { 'done-on-time': 4, 'done-late': 0, 'not-done-in-time': 0, 'not-done-overdue': 2 }, completionRate: { rate: '66.66', complement: '33.34' } });
    expect(await buckets('2019-12-31')).toMatchObject({ counts: { 'done-on-time': 4, 'done-late': 1, 'not-done-in-time': 0, 'not-done-overdue': 1 }, completionRate: { rate: '83.33', complement: '16.67' } });
  });

  it('exports the year as CSV that opens with its Vietnamese intact, and as XLSX', async () => {
    const csv = await api(secretariat.token, 'GET', '/obligations/export.csv?from=2019-01-01&to=2019-12-31&asOf=2019-12-31');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect([...csv.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(csv.rawPayload.subarray(3).toString('utf8'));
    expect(header[0]).toBe('Đơn vị báo cáo');
    expect(rows).toHaveLength(6);
    const health = rows.filter((r) => r[0] === 'Sở Y tế');
    expect(health.map((r) => r.at(-1))).toEqual(['Hoàn thành đúng hạn', 'Chưa hoàn thành, quá hạn']);
    expect(rows.find((r) => r[0] === 'Sở Nội vụ' && r.includes('Năm 2019'))).toEqual(expect.arrayContaining(['Hoàn thành quá hạn', '04/12/2019']));
    const xlsx = await api(secretariat.token, 'GET', '/obligations/export.xlsx?from=2019-01-01&to=2019-12-31&asOf=2019-12-31');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('reminds of what is overdue, for the province, one agency, and the member\'s own', async () => {
    const all = (await api(secretariat.token, 'GET', '/reminders?asOf=2020-01-15')).json() as Json;
    expect(all.reminders).toEqual([expect.objectContaining({ kind: 'report-overdue', dueOn: '2019-12-04', agencyId: agencies.SYT, ref: obligations['SYT:2019'].obligationId })]);
    expect(((await api(secretariat.token, 'GET', `/reminders?asOf=2020-01-15&agencyId=${agencies.SNV}`)).json() as Json).reminders).toEqual([]);
    expect(((await api(snvUser.token, 'GET', '/reminders/mine?asOf=2020-01-15')).json() as Json).reminders).toEqual([]);
  });

  it('shows nothing of Thanh Hóa to another province (404)', async () => {
    const other = await client.member(admin.token, OTHER, 'viewer.na', 'viewer');
    const id = obligations['SYT:2019'].obligationId;
    expect(problem(await client.request(other.token, 'GET', `/api/tenants/${TH}/reporting/obligations/${id}`), 404).detail).toBe(`Tenant ${TH} not found`);
    expect(problem(await client.request(other.token, 'GET', `/api/tenants/${OTHER}/reporting/obligations/${id}`), 404).detail).toBe(`Obligation ${id} not found`);
    expect(((await client.request(other.token, 'GET', `/api/tenants/${OTHER}/reporting/obligations`)).json() as Json).obligations).toEqual([]);
  });
});
