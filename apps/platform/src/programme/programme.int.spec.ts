// The work-programme context through the whole platform on PGlite (RULES.md §1b, KPI 10), with the regulation adopted
// through the rulebook's API and the roster built through membership's — Thanh Hóa 2018 (QĐ 4095/QĐ-BCĐ):
// - the 2019 programme drafted by the secretariat (Điều 7.1: the working group drafts it), with the deadline the
//   province set for its issue (no regulation sets one), tasks with owner agencies and deadlines, an inspection;
// - issued by the chair (Điều 3.1: "ban hành chương trình, kế hoạch công tác, kiểm tra hàng năm của Ban Chỉ đạo") as
//   the member holding the chair on the decision's date — the standing member is refused with the article, an
//   account linked to no member gets 403 — on time against the deadline;
// - tasks done on time and late, one overdue, one extended by the chair; its progress in the four buckets of Báo cáo
//   1270/BC-TCTTTg as of two days; an inspection done;
// - every refusal answers 4xx with its rule and article, and changes nothing; every stored programme.* event fits
//   its published contract; nothing of one province is seen by another.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { LightMyRequestResponse } from 'fastify';
import { fixedClock, type RecordedEvent } from '@bcd/kernel';
import type { EventStore } from '@bcd/event-store';
import { PROGRAMME_EVENT_DATA } from '@bcd/contracts';
import { EVENT_STORE } from '@bcd/service-host';
import { startApp } from '../testing/http.js';
import { IdentityClient, type Session } from '../testing/identity-client.js';
import { MembershipClient, problem } from '../testing/membership-client.js';
import { testConfig } from '../testing/test-config.js';

const TH = 'thanh-hoa';
const PT = 'phu-tho';
const TH_DECISION = { number: '4094/QĐ-UBND', date: '2018-10-19' };
const ARTICLE_3_1 = 'Điều 3 khoản 1, Quyết định 4095/QĐ-BCĐ ngày 19/10/2018';

type Json = Record<string, any>;

describe('work programme (PGlite, Thanh Hóa 2018)', () => {
  const clock = fixedClock('2020-03-02T02:00:00.000Z');
  let app: NestFastifyApplication;
  let client: IdentityClient;
  let store: EventStore;
  let admin: Session;
  let secretariat: Session;
  let viewer: Session;
  let chairUser: Session;
  let standingUser: Session;
  let ptSecretariat: Session;
  const agencies: Record<string, string> = {};
  const members: Record<string, string> = {};
  const tasks: Record<string, string> = {};
  let committeeId: string;
  let programmeId: string;
  let inspectionId: string;

  const url = (tenant: string, path: string) => `/api/tenants/${tenant}/programmes${path}`;
  const api = (token: string, method: 'GET' | 'POST' | 'PUT', path: string, payload?: unknown, headers: Record<string, string> = {}, tenant = TH) => client.request(token, method, url(tenant, path), payload, headers);
  /** A change that must succeed: its answer (the ETag is the programme's version). */
  const ok = async (token: string, method: 'POST' | 'PUT', path: string, payload: unknown, status = 200): Promise<{ body: Json; response: LightMyRequestResponse }> => {
    const response = await api(token, method, path, payload);
    if (response.statusCode !== status) throw new Error(`${method} ${path} → ${response.statusCode} ${response.body}`);
    const body = response.json() as Json;
    if (body.version !== undefined) expect(response.headers.etag).toBe(`"${body.version}"`);
    return { body, response };
  };
  const get = async (token: string, path: string, tenant = TH): Promise<any> => {
    const response = await api(token, 'GET', path, undefined, {}, tenant);
    if (response.statusCode !== 200) throw new Error(`GET ${path} → ${response.statusCode} ${response.body}`);
    return response.json();
  };
  const eventsOf = async (tenant: string): Promise<RecordedEvent[]> => (await store.readAll({ tenantId: tenant, typePrefix: 'programme.', maxCount: 10_000 })).events;

  /** Sends a request that must be refused with `status`, checks it changed nothing (the programme, its ETag, the events), and returns the problem. */
  async function refused(status: number, send: () => Promise<LightMyRequestResponse>): Promise<Json> {
    const snapshot = async () => {
      const response = await api(admin.token, 'GET', `/${programmeId}`);
      return { etag: response.headers.etag, body: response.body, events: (await eventsOf(TH)).map((e) => e.eventId) };
    };
    const before = await snapshot();
    const body = problem(await send(), status);
    expect(await snapshot()).toEqual(before);
    return body;
  }
  const planTask = (ownerAgencyId: string, description: string, dueOn: string) => ok(secretariat.token, 'POST', `/${programmeId}/tasks`, { description, ownerAgencyId, dueOn, plannedOn: '2018-12-10' }, 201);

  beforeAll(async () => {
    let inject;
    ({ app, inject } = await startApp(testConfig({ DATA_DIR: 'memory://', ADMIN_PASSWORD: 'programme-admin-password' }), { clock }));
    client = new IdentityClient(inject);
    store = app.get<EventStore>(EVENT_STORE);
    admin = await client.session('admin', 'programme-admin-password');
    await client.tenant(admin.token, TH, 'Tỉnh Thanh Hóa');
    await client.tenant(admin.token, PT, 'Tỉnh Phú Thọ');
    secretariat = await client.member(admin.token, TH, 'sotttt.ct', 'secretariat');
    viewer = await client.member(admin.token, TH, 'xem.ct', 'viewer');
    chairUser = await client.member(admin.token, TH, 'truongban.ct', 'member');
    standingUser = await client.member(admin.token, TH, 'uvtt.ct', 'member');
    ptSecretariat = await client.member(admin.token, PT, 'sotttt.pt.ct', 'secretariat');

    // Thanh Hóa: the 2018 regulation, the committee of 4094/QĐ-UBND, its chair and standing member with their accounts linked.
    const th = new MembershipClient(client, TH, admin.token);
    expect((await client.request(admin.token, 'POST', `/api/tenants/${TH}/regulations`, { builtInPackId: 'thanh-hoa-2018', decisionNumber: '4095/QĐ-BCĐ', signedOn: '2018-10-19', effectiveFrom: '2018-10-19' })).statusCode).toBe(201);
    for (const [code, name, kind] of [
      ['UBND', 'Ủy ban nhân dân tỉnh Thanh Hóa', 'people-committee'],
      ['STTTT', 'Sở Thông tin và Truyền thông', 'department'],
      ['SNV', 'Sở Nội vụ', 'department'],
      ['STC', 'Sở Tài chính', 'department'],
      ['SYT', 'Sở Y tế', 'department'],
    ] as const) {
      agencies[code] = await th.agency(code, name, kind);
    }
    committeeId = await th.committee({ name: 'Ban Chỉ đạo xây dựng Chính quyền điện tử tỉnh Thanh Hóa', decision: TH_DECISION, standingAgencyId: agencies.STTTT });
    for (const [key, role, code, fullName, user] of [
      ['chair', 'chair', 'UBND', 'Nguyễn Đình Xứng', chairUser],
      ['standing', 'standing-member', 'STTTT', 'Trần Đức Thắng', standingUser],
    ] as const) {
      const personId = await th.person(fullName);
      members[key] = await th.appoint(committeeId, { personId, role, agencyId: agencies[code], decision: TH_DECISION });
      await th.ok('PUT', `/people/${personId}/account`, { userId: user.userId });
    }
  });

  afterAll(() => app?.close());

  it('opens the 2019 programme with the province\'s deadline for its issue, once, on a day the regulation is in force', async () => {
    const body = { committeeId, year: 2019, title: 'Chương trình công tác năm 2019 của Ban Chỉ đạo', openedOn: '2018-12-03', issueBy: '2019-01-31' };
    // Before 19/10/2018 no regulation of Thanh Hóa was in force here: nothing is recorded.
    const early = await api(secretariat.token, 'POST', '', { ...body, year: 2018, openedOn: '2018-10-18' });
    expect(problem(early, 422)).toMatchObject({ rule: 'PROGRAMME-no-regulation-in-force' });
    expect(await eventsOf(TH)).toEqual([]);
    // A viewer reads; it does not draft.
    expect(problem(await api(viewer.token, 'POST', '', body), 403).status).toBe(403);

    const { body: opened, response } = await ok(secretariat.token, 'POST', '', body, 201);
    programmeId = opened.programmeId;
    expect(response.headers.location).toBe(`/api/tenants/${TH}/programmes/${programmeId}`);
    expect(opened).toMatchObject({ committeeId, year: 2019, status: 'drafting', issueBy: '2019-01-31', annual: true, issue: null, version: 1, regulation: { packId: 'thanh-hoa-2018', decisionNumber: '4095/QĐ-BCĐ', article: ARTICLE_3_1 } });
    // One per committee and year, whoever opens it.
    expect((await refused(422, () => api(secretariat.token, 'POST', '', { ...body, openedOn: '2018-12-04' }))).rule).toBe('PROGRAMME-flow');
  });

  it('drafts tasks with owner agencies and deadlines, and an inspection in a month of 2019', async () => {
    for (const [key, code, description, dueOn] of [
      ['t1', 'STTTT', 'Xây dựng Kiến trúc Chính quyền điện tử phiên bản 2.0', '2019-06-30'],
      ['t2', 'SNV', 'Triển khai hệ thống quản lý văn bản liên thông 4 cấp', '2019-03-31'],
      ['t3', 'STC', 'Kết nối phần mềm quản lý ngân sách với trục liên thông', '2019-09-15'],
      ['t4', 'SYT', 'Triển khai hồ sơ sức khỏe điện tử', '2019-10-31'],
    ] as const) {
      const { body, response } = await planTask(agencies[code], description, dueOn);
      tasks[key] = (response.headers.location as string).split('/').at(-1)!;
      expect(response.headers.location).toBe(`/api/tenants/${TH}/programmes/${programmeId}/tasks/${tasks[key]}`);
      expect(body.tasks.at(-1)).toMatchObject({ taskId: tasks[key], ownerAgencyId: agencies[code], description, dueOn, extensions: [], doneOn: null });
    }
    const { body: amended } = await ok(secretariat.token, 'PUT', `/${programmeId}/tasks/${tasks.t1}`, { description: 'Xây dựng Kiến trúc Chính quyền điện tử tỉnh Thanh Hóa phiên bản 2.0', ownerAgencyId: agencies.STTTT, dueOn: '2019-06-30', amendedOn: '2018-12-20' });
    expect(amended.tasks[0].description).toBe('Xây dựng Kiến trúc Chính quyền điện tử tỉnh Thanh Hóa phiên bản 2.0');
    expect(await get(viewer.token, `/${programmeId}/tasks/${tasks.t1}`)).toMatchObject({ taskId: tasks.t1, dueOn: '2019-06-30' });

    const outside = await refused(422, () => api(secretariat.token, 'POST', `/${programmeId}/inspections`, { agencyId: agencies.SNV, month: '2020-02', subject: 'Kiểm tra ứng dụng CNTT', plannedOn: '2018-12-10' }));
    expect(outside.rule).toBe('PROGRAMME-inspection');
    const { response } = await ok(secretariat.token, 'POST', `/${programmeId}/inspections`, { agencyId: agencies.SNV, month: '2019-05', subject: 'Kiểm tra ứng dụng CNTT tại Sở Nội vụ', plannedOn: '2018-12-10' }, 201);
    inspectionId = (response.headers.location as string).split('/').at(-1)!;
    expect(await get(viewer.token, `/${programmeId}/inspections/${inspectionId}`)).toMatchObject({ agencyId: agencies.SNV, month: '2019-05', doneOn: null });
    // A stale If-Match: 409, nothing stored.
    expect((await refused(409, () => api(secretariat.token, 'POST', `/${programmeId}/tasks`, { description: 'x', ownerAgencyId: agencies.SNV, dueOn: '2019-12-31', plannedOn: '2018-12-10' }, { 'if-match': '"2"' }))).status).toBe(409);
  });

  it('is issued by the chair of the day only (Điều 3.1), on time against the deadline of 31/01/2019', async () => {
    const issue = { decision: { number: '45/QĐ-BCĐ', date: '2019-01-15' } };
    const byStanding = await refused(422, () => api(standingUser.token, 'POST', `/${programmeId}/issue`, issue));
    expect(byStanding).toMatchObject({ rule: 'thanh-hoa-2018/programme.issue', article: ARTICLE_3_1, detail: expect.stringContaining('standing-member') });
    expect((await refused(403, () => api(secretariat.token, 'POST', `/${programmeId}/issue`, issue))).detail).toMatch(/linked to no member/);
    // The roster of the decision's date: before the committee of 4094/QĐ-UBND, the chair's account held no seat.
    expect((await refused(403, () => api(chairUser.token, 'POST', `/${programmeId}/issue`, { decision: { number: '1/QĐ-BCĐ', date: '2018-10-18' } }))).detail).toMatch(/on 2018-10-18/);
    await refused(403, () => api(viewer.token, 'POST', `/${programmeId}/issue`, issue));

    const { body: issued } = await ok(chairUser.token, 'POST', `/${programmeId}/issue`, issue);
    expect(issued).toMatchObject({
      status: 'issued',
      issue: { decision: issue.decision, issuedBy: { memberId: members.chair, role: 'chair' }, timeliness: { issueBy: '2019-01-31', onTime: true }, regulation: { article: ARTICLE_3_1 } },
    });
    expect((await refused(422, () => api(chairUser.token, 'POST', `/${programmeId}/issue`, issue))).rule).toBe('PROGRAMME-flow');
    // Once issued, the draft no longer changes.
    const added = { description: 'Nhiệm vụ bổ sung', ownerAgencyId: agencies.SNV, dueOn: '2019-12-31', plannedOn: '2019-02-01' };
    expect((await refused(422, () => api(secretariat.token, 'POST', `/${programmeId}/tasks`, added))).rule).toBe('PROGRAMME-flow');
    expect(await get(viewer.token, '?year=2019')).toEqual([
      { programmeId, committeeId, year: 2019, title: 'Chương trình công tác năm 2019 của Ban Chỉ đạo', status: 'issued', issueBy: '2019-01-31', issue: issued.issue, version: issued.version, taskCount: 4, inspectionCount: 1 },
    ]);
    expect(await get(viewer.token, '?year=2020')).toEqual([]);
  });

  it('follows the tasks: done on time and late, one extended by the chair only, one overdue; the inspection done', async () => {
    await ok(secretariat.token, 'POST', `/${programmeId}/tasks/${tasks.t2}/done`, { doneOn: '2019-04-15' });
    await ok(secretariat.token, 'POST', `/${programmeId}/tasks/${tasks.t1}/done`, { doneOn: '2019-06-20', note: 'Đã trình UBND tỉnh phê duyệt' });
    expect((await refused(422, () => api(secretariat.token, 'POST', `/${programmeId}/tasks/${tasks.t1}/done`, { doneOn: '2019-06-21' }))).rule).toBe('PROGRAMME-task');
    await ok(secretariat.token, 'POST', `/${programmeId}/inspections/${inspectionId}/done`, { doneOn: '2019-05-22', findings: 'Hệ thống quản lý văn bản vận hành ổn định' });

    const extension = { dueOn: '2019-12-15', approvedOn: '2019-10-05', reason: 'Chờ hướng dẫn kết nối của Bộ Tài chính' };
    const byStanding = await refused(422, () => api(standingUser.token, 'POST', `/${programmeId}/tasks/${tasks.t3}/extensions`, extension));
    expect(byStanding).toMatchObject({ rule: 'thanh-hoa-2018/programme.issue', article: ARTICLE_3_1 });
    expect((await refused(422, () => api(chairUser.token, 'POST', `/${programmeId}/tasks/${tasks.t3}/extensions`, { ...extension, dueOn: '2019-09-01' }))).rule).toBe('PROGRAMME-task');
    const { body: extended } = await ok(chairUser.token, 'POST', `/${programmeId}/tasks/${tasks.t3}/extensions`, extension);
    expect(extended.tasks.find((t: Json) => t.taskId === tasks.t3).extensions).toEqual([
      { dueOn: '2019-12-15', previousDueOn: '2019-09-15', approvedOn: '2019-10-05', approvedBy: { memberId: members.chair, role: 'chair' }, reason: extension.reason, article: ARTICLE_3_1 },
    ]);
    await ok(secretariat.token, 'POST', `/${programmeId}/tasks/${tasks.t3}/done`, { doneOn: '2019-12-10' });
  });

  it('shows its progress in the four buckets: on 31/12/2019 t1, t3 on time, t2 late, t4 overdue → 3 ÷ 4 = 75.00 %; on 30/09 t3 was overdue (extended only on 05/10) → 2 ÷ 3 = 66.66 %', async () => {
    const bucketOf = (progress: Json) => Object.fromEntries(progress.tasks.map((t: Json) => [Object.keys(tasks).find((k) => tasks[k] === t.taskId), t.bucket]));
    const yearEnd = await get(viewer.token, `/${programmeId}/progress?asOf=2019-12-31`);
    expect(yearEnd).toMatchObject({ asOf: '2019-12-31', counts: { 'done-on-time': 2, 'done-late': 1, 'not-done-in-time': 0, 'not-done-overdue': 1 }, completionRate: { rate: '75.00', complement: '25.00' }, inspections: { planned: 1, done: 1 } });
    expect(bucketOf(yearEnd)).toEqual({ t1: 'done-on-time', t2: 'done-late', t3: 'done-on-time', t4: 'not-done-overdue' });
    const september = await get(viewer.token, `/${programmeId}/progress?asOf=2019-09-30`);
    expect(september).toMatchObject({ counts: { 'done-on-time': 1, 'done-late': 1, 'not-done-in-time': 1, 'not-done-overdue': 1 }, completionRate: { rate: '66.66', complement: '33.34' } });
    expect(bucketOf(september)).toMatchObject({ t3: 'not-done-overdue', t4: 'not-done-in-time' });
    // Without asOf: today by the host's clock (2020-03-02).
    expect((await get(viewer.token, `/${programmeId}/progress`)).asOf).toBe('2020-03-02');
    expect(problem(await api(viewer.token, 'GET', `/${programmeId}/progress?asOf=31-12-2019`), 400).status).toBe(400);
  });

  it('stores every programme.* event as its published contract reads it, naming the programme (and the task on task events)', async () => {
    const events = await eventsOf(TH);
    expect(events.map((e) => e.type)).toEqual([
      'programme.ProgrammeOpened',
      ...Array(4).fill('programme.TaskPlanned'),
      'programme.TaskAmended',
      'programme.InspectionPlanned',
      'programme.ProgrammeIssued',
      'programme.TaskDone',
      'programme.TaskDone',
      'programme.InspectionDone',
      'programme.TaskExtended',
      'programme.TaskDone',
    ]);
    for (const event of events) {
      const type = event.type.slice('programme.'.length) as keyof typeof PROGRAMME_EVENT_DATA;
      expect(PROGRAMME_EVENT_DATA[type].safeParse(event.data).success).toBe(true);
      expect((event.data as Json).programmeId).toBe(programmeId);
      if (type.startsWith('Task')) expect(Object.values(tasks)).toContain((event.data as Json).taskId);
    }
    // Business time: the issue is dated by its decision, a task done by its day.
    expect(events.find((e) => e.type === 'programme.ProgrammeIssued')!.occurredAt.toISOString()).toBe('2019-01-14T17:00:00.000Z');
  });

  it('shows nothing of Thanh Hóa to Phú Thọ', async () => {
    expect(await get(ptSecretariat.token, '', PT)).toEqual([]);
    expect(problem(await api(ptSecretariat.token, 'GET', `/${programmeId}`, undefined, {}, PT), 404).status).toBe(404);
    // Asking under Thanh Hóa's path: its tenant does not exist for this caller.
    expect(problem(await api(ptSecretariat.token, 'GET', `/${programmeId}`), 404).status).toBe(404);
    expect(await eventsOf(PT)).toEqual([]);
  });
});
