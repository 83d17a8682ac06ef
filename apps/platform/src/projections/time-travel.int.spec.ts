// Time travel through the whole platform on PGlite (issue 14 item 5): Thanh Hóa's committee under the 2014
// regulation (QĐ 3461/QĐ-BCĐ) and then the 2018 one (QĐ 4095/QĐ-BCĐ, a new committee), its 2016 plenary and action
// item recorded when they happened (the clock set then), the 2019 report obligations and budget, and a member of Sở
// Y tế appointed by a decision of 2019-03-01 recorded only at the end. Then the tenant as of dates on both axes:
// the back-dated member shows on the business axis from the decision date and on the recorded axis only from the
// moment it was recorded; the roster of 2016 is not today's; obligations and budget execution as of dates; the diff;
// 404 for another tenant; 400 for a bad moment or axis.
//
// The projection is eventually consistent (commands never wait for it): `caughtUp` polls the platform's projection
// lag until time travel has processed every event.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { fixedClock, type RecordedEvent } from '@bcd/kernel';
import type { EventStore, PostgresEventStore } from '@bcd/event-store';
import { EVENT_STORE, PROJECTION_HOST, ReadModels } from '@bcd/service-host';
import { startApp } from '../testing/http.js';
import { IdentityClient, type Session } from '../testing/identity-client.js';
import { MembershipClient, problem } from '../testing/membership-client.js';
import { testConfig } from '../testing/test-config.js';

const TH = 'thanh-hoa';
const PT = 'phu-tho';
const DECISION_2014 = { number: '1832/QĐ-UBND', date: '2014-10-16' };
const DECISION_2018 = { number: '4094/QĐ-UBND', date: '2018-10-19' };
const DECISION_SYT = { number: '512/QĐ-UBND', date: '2019-03-01' };

type Json = Record<string, any>;

describe('time travel (PGlite, Thanh Hóa 2014 → 2018)', () => {
  const clock = fixedClock('2020-01-15T02:00:00.000Z');
  let app: NestFastifyApplication;
  let client: IdentityClient;
  let store: EventStore;
  let admin: Session;
  let secretariat: Session;
  let finance: Session;
  let chairUser: Session;
  let auditor: Session;
  let viewer: Session;
  let ptAuditor: Session;
  const agencies: Record<string, string> = {};
  const members: Record<string, string> = {};
  const people: Record<string, string> = {};
  let meetingId: string;
  let itemId: string;
  let budgetId: string;
  /** When the last member of the 2014 committee was recorded (the 2018 committee was recorded after). */
  let recorded2014: Date;
  /** When the back-dated appointment was recorded. */
  let recordedSyt: Date;

  const eventsOf = async (tenant: string, typePrefix?: string): Promise<RecordedEvent[]> => (await store.readAll({ tenantId: tenant, typePrefix, maxCount: 10_000 })).events;
  const asOf = (token: string, params: Record<string, string>, tenant = TH) => client.request(token, 'GET', `/api/tenants/${tenant}/as-of?${new URLSearchParams(params).toString()}`);
  /** The tenant as of a moment, which must answer 200. */
  async function at(when: string | Date, axis: 'business' | 'recorded' = 'business', token = auditor.token): Promise<Json> {
    const response = await asOf(token, { at: when instanceof Date ? when.toISOString() : when, axis });
    if (response.statusCode !== 200) throw new Error(`as of ${String(when)} (${axis}) → ${response.statusCode} ${response.body}`);
    return response.json() as Json;
  }
  async function diff(from: string, to: string, axis = 'business'): Promise<Json> {
    const response = await client.request(auditor.token, 'GET', `/api/tenants/${TH}/as-of/diff?${new URLSearchParams({ from, to, axis }).toString()}`);
    if (response.statusCode !== 200) throw new Error(`diff ${from} → ${to} → ${response.statusCode} ${response.body}`);
    return response.json() as Json;
  }
  const memberIds = (view: Json) => (view.roster as Json[]).map((seat) => seat.memberId);
  const ok = async (token: string, method: 'POST' | 'PUT', url: string, payload: unknown, status = [200, 201]): Promise<Json> => {
    const response = await client.request(token, method, url, payload);
    if (!status.includes(response.statusCode)) throw new Error(`${method} ${url} → ${response.statusCode} ${response.body}`);
    return response.json() as Json;
  };

  /** Waits until time travel has processed every event of the store (it is eventually consistent). */
  async function caughtUp(): Promise<void> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const lag = ((await client.request(admin.token, 'GET', '/api/admin/projections')).json() as Json[]).find((p) => p.projectionId === 'projections-time-travel');
      if (lag && lag.eventsBehind === 0) return;
      if (Date.now() > deadline) throw new Error(`time travel did not catch up: ${JSON.stringify(lag)}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  beforeAll(async () => {
    let inject;
    ({ app, inject } = await startApp(testConfig({ DATA_DIR: 'memory://', ADMIN_PASSWORD: 'time-travel-admin-password' }), { clock }));
    client = new IdentityClient(inject);
    store = app.get<EventStore>(EVENT_STORE);
    admin = await client.session('admin', 'time-travel-admin-password');
    await client.tenant(admin.token, TH, 'Tỉnh Thanh Hóa');
    await client.tenant(admin.token, PT, 'Tỉnh Phú Thọ');
    secretariat = await client.member(admin.token, TH, 'vanphong.tt', 'secretariat');
    finance = await client.member(admin.token, TH, 'sotc.tt', 'finance_department');
    chairUser = await client.member(admin.token, TH, 'truongban.tt', 'member');
    auditor = await client.member(admin.token, TH, 'kiemtoan.tt', 'auditor');
    viewer = await client.member(admin.token, TH, 'xem.tt', 'viewer');
    ptAuditor = await client.member(admin.token, PT, 'kiemtoan.pt', 'auditor');

    // The regulations: 2014, superseded by 2018 on 2018-10-19.
    for (const adoption of [
      { builtInPackId: 'thanh-hoa-2014', decisionNumber: '3461/QĐ-BCĐ', signedOn: '2014-10-16', effectiveFrom: '2014-10-16' },
      { builtInPackId: 'thanh-hoa-2018', decisionNumber: '4095/QĐ-BCĐ', signedOn: '2018-10-19', effectiveFrom: '2018-10-19', supersedes: '3461/QĐ-BCĐ' },
    ]) {
      await ok(admin.token, 'POST', `/api/tenants/${TH}/regulations`, adoption);
    }
    const th = new MembershipClient(client, TH, admin.token);
    for (const [code, name, kind] of [
      ['UBND', 'Ủy ban nhân dân tỉnh Thanh Hóa', 'people-committee'],
      ['STTTT', 'Sở Thông tin và Truyền thông', 'department'],
      ['SNV', 'Sở Nội vụ', 'department'],
      ['STC', 'Sở Tài chính', 'department'],
      ['SYT', 'Sở Y tế', 'department'],
    ] as const) {
      agencies[code] = await th.agency(code, name, kind);
    }
    // The 2014 committee (QĐ 1832/QĐ-UBND) and its members.
    const committee2014 = await th.committee({ name: 'Ban Chỉ đạo ứng dụng công nghệ thông tin tỉnh Thanh Hóa', decision: DECISION_2014, standingAgencyId: agencies.STTTT });
    for (const [key, role, code, fullName] of [
      ['chair2014', 'chair', 'UBND', 'Nguyễn Đình Xứng'],
      ['standing2014', 'standing-member', 'STTTT', 'Trần Đức Thắng'],
      ['SNV2014', 'member', 'SNV', 'Hoàng Minh Tuấn'],
    ] as const) {
      people[key] = await th.person(fullName);
      members[key] = await th.appoint(committee2014, { personId: people[key], role, agencyId: agencies[code], decision: DECISION_2014 });
    }
    recorded2014 = (await eventsOf(TH, 'membership.MemberAppointed')).at(-1)!.recordedAt;
    await new Promise((resolve) => setTimeout(resolve, 5));
    // 2018: the 2014 committee dissolved, the new one (QĐ 4094/QĐ-UBND) set up.
    await th.ok('POST', `/committees/${committee2014}/dissolution`, { decision: DECISION_2018 });
    const committee2018 = await th.committee({ name: 'Ban Chỉ đạo xây dựng Chính quyền điện tử tỉnh Thanh Hóa', decision: DECISION_2018, standingAgencyId: agencies.STTTT });
    for (const [key, role, code, fullName] of [
      ['chair', 'chair', 'UBND', 'Đỗ Minh Tuấn'],
      ['standing', 'standing-member', 'STTTT', 'Trần Đức Thắng'],
      ['SNV', 'member', 'SNV', 'Hoàng Minh Tuấn'],
      ['STC', 'member', 'STC', 'Đỗ Thị Ngọc Ánh'],
    ] as const) {
      people[key] = people[key] ?? (await th.person(fullName));
      members[key] = await th.appoint(committee2018, { personId: people[key], role, agencyId: agencies[code], decision: DECISION_2018 });
    }
    await th.ok('PUT', `/people/${people.chair}/account`, { userId: chairUser.userId });

    // The 2016 plenary (annual, Điều 9.1 of 2014), scheduled on 2016-11-01 and held on 2016-12-20: recorded then.
    const meetings = `/api/tenants/${TH}/meetings`;
    clock.set('2016-11-01T02:00:00.000Z');
    meetingId = (await ok(secretariat.token, 'POST', meetings, { kind: 'plenary', period: '2016', scheduledOn: '2016-12-20', startsAt: '2016-12-20T08:00:00+07:00', place: 'Hội trường UBND tỉnh', presidedBy: members.chair2014, convenedBy: members.chair2014 }, [201])).meetingId;
    clock.set('2016-12-20T05:00:00.000Z');
    await ok(secretariat.token, 'POST', `${meetings}/${meetingId}/holding`, {
      heldAt: '2016-12-20T08:05:00+07:00',
      endedAt: '2016-12-20T11:00:00+07:00',
      presidedBy: members.chair2014,
      attendance: [
        { memberId: members.chair2014, attended: 'in-person' },
        { memberId: members.standing2014, attended: 'in-person' },
        { memberId: members.SNV2014, attended: 'absent' },
      ],
    });
    const assigned = await ok(secretariat.token, 'POST', `${meetings}/${meetingId}/action-items`, { ownerAgencyId: agencies.STTTT, description: 'Xây dựng Kiến trúc Chính quyền điện tử', assignedOn: '2016-12-20', dueOn: '2017-01-31' }, [201]);
    itemId = assigned.actionItems.at(-1).itemId;
    clock.set('2017-01-20T02:00:00.000Z');
    await ok(secretariat.token, 'POST', `${meetings}/${meetingId}/action-items/${itemId}/completion`, { doneOn: '2017-01-20' });

    // The 2019 six-month reports (Điều 10.2 of 2018) of Sở Nội vụ and Sở Tài chính, opened in April; Sở Nội vụ reports on 5 June.
    const reporting = `/api/tenants/${TH}/reporting`;
    clock.set('2019-04-15T02:00:00.000Z');
    await ok(secretariat.token, 'PUT', `${reporting}/setup/reporting-agencies`, { agencyIds: [agencies.SNV, agencies.STC], effectiveFrom: '2019-01-01', decision: { number: '15/QĐ-BCĐ', date: '2018-12-20' } });
    await ok(secretariat.token, 'POST', `${reporting}/obligations/opening`, undefined);
    const opened = ((await client.request(secretariat.token, 'GET', `${reporting}/obligations?from=2019-01-01&to=2019-12-31`)).json() as Json).obligations as Json[];
    const snvObligation = opened.find((o) => o.reporter.agencyId === agencies.SNV && o.period === '2019-H1')!;
    clock.set('2019-06-05T02:00:00.000Z');
    await ok(secretariat.token, 'POST', `${reporting}/obligations/${snvObligation.obligationId}/submissions`, { submittedAt: '2019-06-05T09:00:00+07:00', channel: 'official-email', summary: 'Báo cáo 6 tháng đầu năm 2019', values: {} });

    // Sở TTTT's 2019 budget (Điều 11 of 2018): estimate, appraisal, the chair's review, appropriation, spending.
    clock.set('2020-01-15T02:00:00.000Z');
    const budget = `/api/tenants/${TH}/budget/years`;
    budgetId = (await ok(secretariat.token, 'POST', budget, { fiscalYear: 2019, holderAgencyId: agencies.STTTT, source: 'standing-agency-budget', openedOn: '2018-11-01' }, [201])).budgetId;
    const lines = [
      { lineId: 'hanh-chinh', category: 'quan-ly-hanh-chinh', title: 'Chi quản lý hành chính', amount: '120000000' },
      { lineId: 'tuyen-truyen', category: 'tuyen-truyen', title: 'Tuyên truyền về Chính quyền điện tử', amount: '200000000' },
    ];
    await ok(secretariat.token, 'PUT', `${budget}/${budgetId}/estimate`, { draftedOn: '2018-11-05', lines });
    await ok(secretariat.token, 'POST', `${budget}/${budgetId}/estimate/submission`, { submittedOn: '2018-11-10' });
    await ok(finance.token, 'POST', `${budget}/${budgetId}/estimate/appraisal`, { appraisedOn: '2018-11-26', lines: lines.map(({ lineId, amount }) => ({ lineId, amount })), comments: null });
    await ok(chairUser.token, 'POST', `${budget}/${budgetId}/estimate/review`, { reviewedOn: '2018-11-28' });
    await ok(secretariat.token, 'POST', `${budget}/${budgetId}/appropriation`, { decision: { number: '5012/QĐ-UBND', date: '2018-12-14' }, lines });
    for (const [lineId, amount, spentOn] of [
      ['tuyen-truyen', '50000000', '2019-03-15'],
      ['hanh-chinh', '30000000', '2019-07-01'],
    ] as const) {
      await ok(secretariat.token, 'POST', `${budget}/${budgetId}/expenditures`, { lineId, amount, spentOn, voucher: `PC-${spentOn}`, payee: 'Công ty TNHH Hồng Đức', description: 'Chi theo dự toán' }, [201]);
    }

    // Last: Sở Y tế's member, appointed by a decision of 2019-03-01, recorded only now.
    await new Promise((resolve) => setTimeout(resolve, 5));
    people.SYT = await th.person('Lê Thị Hương');
    members.SYT = await th.appoint(committee2018, { personId: people.SYT, role: 'member', agencyId: agencies.SYT, decision: DECISION_SYT });
    recordedSyt = (await eventsOf(TH, 'membership.MemberAppointed')).at(-1)!.recordedAt;
    await caughtUp();
  });

  afterAll(() => app?.close());

  it('shows 2016 under the 2014 regulation and committee, and today under the 2018 ones (business axis)', async () => {
    const in2016 = await at('2016-06-30');
    expect(in2016).toMatchObject({ tenant: TH, axis: 'business', at: '2016-06-30T16:59:59.999Z', date: '2016-06-30' });
    expect(in2016.regulation).toMatchObject({ packId: 'thanh-hoa-2014', decisionNumber: '3461/QĐ-BCĐ', effectiveFrom: '2014-10-16', article: expect.stringMatching(/^Điều/) });
    expect(in2016.roster).toEqual([
      expect.objectContaining({ memberId: members.chair2014, role: 'chair', fullName: 'Nguyễn Đình Xứng', agency: 'Ủy ban nhân dân tỉnh Thanh Hóa', committee: 'Ban Chỉ đạo ứng dụng công nghệ thông tin tỉnh Thanh Hóa', since: '2014-10-16', decision: DECISION_2014 }),
      expect.objectContaining({ memberId: members.standing2014, role: 'standing-member', fullName: 'Trần Đức Thắng', agency: 'Sở Thông tin và Truyền thông' }),
      expect.objectContaining({ memberId: members.SNV2014, role: 'member', agency: 'Sở Nội vụ' }),
    ]);
    const today = await at(new Date(Date.now() + 60_000).toISOString());
    expect(today.regulation).toMatchObject({ packId: 'thanh-hoa-2018', decisionNumber: '4095/QĐ-BCĐ', supersedes: '3461/QĐ-BCĐ', lastDay: null });
    expect(memberIds(today).sort()).toEqual([members.chair, members.standing, members.SNV, members.STC, members.SYT].sort());
    expect(today.roster.every((seat: Json) => seat.committee === 'Ban Chỉ đạo xây dựng Chính quyền điện tử tỉnh Thanh Hóa')).toBe(true);
  });

  it('shows the member appointed by the back-dated decision on the business axis from the decision date', async () => {
    expect(memberIds(await at('2019-02-28'))).not.toContain(members.SYT);
    expect((await at('2019-03-01')).roster).toContainEqual(expect.objectContaining({ memberId: members.SYT, fullName: 'Lê Thị Hương', agency: 'Sở Y tế', since: '2019-03-01', decision: DECISION_SYT }));
  });

  it('shows it on the recorded axis only from the moment it was recorded; before, what the platform showed then', async () => {
    const before = await at(new Date(recordedSyt.getTime() - 1), 'recorded');
    expect(memberIds(before)).not.toContain(members.SYT);
    expect(memberIds(before)).toHaveLength(4);
    const after = await at(recordedSyt, 'recorded');
    expect(after).toMatchObject({ axis: 'recorded', at: recordedSyt.toISOString() });
    expect(after.roster).toContainEqual(expect.objectContaining({ memberId: members.SYT, since: '2019-03-01' }));
    // Before the 2018 committee was recorded, the platform showed the 2014 one as today's (both regulations were
    // recorded first: the 2018 one in force).
    const then = await at(recorded2014, 'recorded');
    expect(memberIds(then)).toEqual([members.chair2014, members.standing2014, members.SNV2014]);
    expect(then.regulation).toMatchObject({ packId: 'thanh-hoa-2018' });
    expect(then.meetings).toEqual([]);
  });

  it('follows the 2016 plenary and its action item as they were recorded on their days', async () => {
    expect((await at('2016-10-31')).meetings).toEqual([]);
    expect((await at('2016-11-01')).meetings).toEqual([expect.objectContaining({ meetingId, kind: 'plenary', period: '2016', status: 'scheduled', invitees: 3, regulation: { packId: 'thanh-hoa-2014', decisionNumber: '3461/QĐ-BCĐ' } })]);
    const held = await at('2016-12-31');
    expect(held.meetings[0]).toMatchObject({ status: 'held', attendance: { present: 2, 'absent-approved': 0, 'absent-unapproved': 1, delegate: 0 } });
    expect(held.actionItems.items).toEqual([expect.objectContaining({ itemId, owner: 'Sở Thông tin và Truyền thông', dueOn: '2017-01-31', doneOn: null, bucket: 'not-done-in-time' })]);
    const done = await at('2017-02-01');
    expect(done.actionItems).toMatchObject({ items: [expect.objectContaining({ doneOn: '2017-01-20', bucket: 'done-on-time' })], counts: { 'done-on-time': 1 }, completionRate: { rate: '100.00', complement: '0.00' } });
  });

  it('puts the 2019 obligations in their buckets as of dates', async () => {
    expect((await at('2019-04-14')).obligations.items).toEqual([]);
    const may = (await at('2019-05-31')).obligations;
    expect(may.items.filter((o: Json) => o.period === '2019-H1').map((o: Json) => [o.reporterName, o.status, o.bucket]).sort()).toEqual([
      ['Sở Nội vụ', 'open', 'not-done-in-time'],
      ['Sở Tài chính', 'open', 'not-done-in-time'],
    ]);
    const july = (await at('2019-07-01')).obligations;
    expect(july.items.filter((o: Json) => o.period === '2019-H1').map((o: Json) => [o.reporterName, o.status, o.bucket]).sort()).toEqual([
      ['Sở Nội vụ', 'submitted', 'done-on-time'],
      ['Sở Tài chính', 'open', 'not-done-overdue'],
    ]);
    expect(july.completionRate).toEqual({ rate: '50.00', complement: '50.00' });
  });

  it('shows the 2019 budget\'s execution per line as of dates, in whole đồng', async () => {
    const [december] = (await at('2018-12-31')).budgets;
    expect(december).toMatchObject({ budgetId, fiscalYear: 2019, holder: 'Sở Thông tin và Truyền thông', stage: 'appropriated', appropriation: { number: '5012/QĐ-UBND', date: '2018-12-14' }, total: { appropriated: '320000000', spent: '0', rate: '0.00' } });
    const [march] = (await at('2019-03-31')).budgets;
    expect(march.lines).toEqual([
      { lineId: 'hanh-chinh', category: 'quan-ly-hanh-chinh', title: 'Chi quản lý hành chính', appropriated: '120000000', spent: '0', remaining: '120000000', rate: '0.00' },
      { lineId: 'tuyen-truyen', category: 'tuyen-truyen', title: 'Tuyên truyền về Chính quyền điện tử', appropriated: '200000000', spent: '50000000', remaining: '150000000', rate: '25.00' },
    ]);
    expect((await at('2019-12-31')).budgets[0].total).toEqual({ appropriated: '320000000', spent: '80000000', remaining: '240000000', rate: '25.00' });
    expect((await at('2018-10-31')).budgets).toEqual([]);
  });

  it('answers what changed between two days, on either axis', async () => {
    const changed = await diff('2016-06-30', '2019-07-01');
    expect(changed).toMatchObject({ tenant: TH, axis: 'business', from: { date: '2016-06-30' }, to: { date: '2019-07-01' } });
    expect(changed.roster.joined.map((s: Json) => s.memberId).sort()).toEqual([members.chair, members.standing, members.SNV, members.STC, members.SYT].sort());
    expect(changed.roster.left.map((s: Json) => s.memberId).sort()).toEqual([members.chair2014, members.standing2014, members.SNV2014].sort());
    expect(changed.regulation).toMatchObject({ before: { packId: 'thanh-hoa-2014' }, after: { packId: 'thanh-hoa-2018' } });
    expect(changed.meetings.added.map((m: Json) => [m.meetingId, m.status])).toEqual([[meetingId, 'held']]);
    expect(changed.obligations.added.filter((o: Json) => o.period === '2019-H1')).toHaveLength(2);
    expect(changed.budgets.lines).toEqual([
      expect.objectContaining({ lineId: 'hanh-chinh', appropriated: { before: '0', after: '120000000', change: '120000000' }, spent: { before: '0', after: '30000000', change: '30000000' } }),
      expect.objectContaining({ lineId: 'tuyen-truyen', appropriated: { before: '0', after: '200000000', change: '200000000' }, spent: { before: '0', after: '50000000', change: '50000000' } }),
    ]);
    const overdue = await diff('2019-06-10', '2019-06-11');
    expect(overdue.obligations.changed).toEqual([expect.objectContaining({ reporterName: 'Sở Tài chính', before: { status: 'open', bucket: 'not-done-in-time' }, after: { status: 'open', bucket: 'not-done-overdue' } })]);
    expect(overdue.regulation).toBeNull();
    const recorded = await diff(new Date(recordedSyt.getTime() - 1).toISOString(), recordedSyt.toISOString(), 'recorded');
    expect(recorded.roster).toEqual({ joined: [expect.objectContaining({ memberId: members.SYT, fullName: 'Lê Thị Hương' })], left: [], roleChanged: [] });
  });

  it('is read by every reader of the tenant (a viewer too); another tenant\'s readers get 404', async () => {
    expect((await at('2019-03-01', 'business', viewer.token)).roster.length).toBeGreaterThan(0);
    expect(problem(await asOf(ptAuditor.token, { at: '2019-03-01', axis: 'business' }), 404).detail).toBe(`Tenant ${TH} not found`);
    expect(problem(await client.request(ptAuditor.token, 'GET', `/api/tenants/${TH}/as-of/diff?from=2016-01-01&to=2019-01-01&axis=business`), 404).detail).toBe(`Tenant ${TH} not found`);
    // Phú Thọ's own: nothing of Thanh Hóa.
    const own = (await asOf(ptAuditor.token, { at: '2019-03-01', axis: 'business' }, PT)).json() as Json;
    expect(own).toMatchObject({ tenant: PT, regulation: null, roster: [], meetings: [], budgets: [] });
  });

  it('refuses a bad moment, a bad axis, a reversed range and unknown parameters (400), naming the field', async () => {
    const errors = async (url: string) => (problem(await client.request(auditor.token, 'GET', `/api/tenants/${TH}${url}`), 400).errors as Json[]).map((e) => e.path).sort();
    expect(await errors('/as-of?at=2019-02-30&axis=business')).toEqual(['at']);
    expect(await errors('/as-of?at=30%2F06%2F2016&axis=business')).toEqual(['at']);
    expect(await errors('/as-of?at=2019-03-01T08%3A00%3A00&axis=business')).toEqual(['at']);
    expect(await errors('/as-of?at=2019-03-01&axis=sideways')).toEqual(['axis']);
    expect(await errors('/as-of?axis=recorded')).toEqual(['at']);
    expect(await errors('/as-of?at=2019-03-01&axis=business&tenant=phu-tho')).toEqual(['tenant']);
    expect(await errors('/as-of/diff?from=2019-07-01&to=2016-06-30&axis=business')).toEqual(['to']);
  });

  it('answers from the projection\'s snapshots, folding only what came after (fewer than 200 events here: none yet)', async () => {
    const now = await at(new Date(Date.now() + 60_000).toISOString(), 'recorded');
    const total = (await eventsOf(TH)).filter((e) => /^(membership|rulebook|meetings|reporting|budget)\./.test(e.type)).length;
    expect(total).toBeLessThan(200);
    expect(now.computation).toEqual({ from: 'start', snapshotEvents: 0, replayed: total });
    expect(now.events.folded + now.events.ignored).toBe(total);
  });

  it('is rebuilt from the events into the same tables, leaving the other projections\' tables as they were', async () => {
    const { executor } = app.get<PostgresEventStore>(PROJECTION_HOST);
    const tables = async () => {
      const names = await executor.query<{ name: string }>(
        `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND (table_name LIKE 'time_travel_%' OR table_name LIKE 'audit_%' OR table_name LIKE 'projections_tlog_%') ORDER BY table_name`,
      );
      const rows: Record<string, unknown[]> = {};
      for (const { name } of names) rows[name] = (await executor.query<{ row: unknown }>(`SELECT to_jsonb(t) AS row FROM "${name}" t ORDER BY to_jsonb(t)::text`)).map((r) => r.row);
      return rows;
    };
    const before = await tables();
    expect(before.time_travel_events.length).toBeGreaterThan(0);
    expect(before.audit_events.length).toBeGreaterThan(0);
    await expect(app.get(ReadModels).rebuild('projections-time-travel')).resolves.toMatchObject({ projectionId: 'projections-time-travel', phase: 'done', error: null });
    expect(await tables()).toEqual(before);
    expect((await at('2019-03-01')).roster).toContainEqual(expect.objectContaining({ memberId: members.SYT }));
  });
});
