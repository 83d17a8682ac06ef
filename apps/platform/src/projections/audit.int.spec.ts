// The audit trail through the whole platform on PGlite (issue 14 item 3): Kiên Giang's committee of 1498/QĐ-UBND
// (back-dated to 23/06/2008: business time years before recorded time) with its chair and standing vice chair, a
// plenary and a budget recorded by two users, a person erased at their request; then the trail searched by actor,
// type, stream, either time axis, free text with and without diacritics, in keyset pages; a stream's history; the
// platform's own events for platform roles; and nothing of Kiên Giang seen from Phú Thọ.
//
// The trail is eventually consistent (commands never wait for it): `caughtUp` polls it until it holds the last event
// the store has of a tenant, with a timeout.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { RecordedEvent } from '@bcd/kernel';
import type { EventStore, PostgresEventStore } from '@bcd/event-store';
import { EVENT_STORE, PROJECTION_HOST, ReadModels } from '@bcd/service-host';
import { startApp } from '../testing/http.js';
import { IdentityClient, type Session } from '../testing/identity-client.js';
import { MembershipClient, problem } from '../testing/membership-client.js';
import { testConfig } from '../testing/test-config.js';

const KG = 'kien-giang';
const PT = 'phu-tho';
const DECISION = { number: '1498/QĐ-UBND', date: '2008-06-23' };
const ERASED = '(người đã bị xóa dữ liệu cá nhân)';

interface Entry {
  position: string;
  eventId: string;
  tenant: string;
  type: string;
  streamId: string;
  streamVersion: number;
  occurredAt: string;
  recordedAt: string;
  actor: { userId: string; role?: string } | null;
  correlationId: string | null;
  causationId: string | null;
  sentence: string;
}
interface Page {
  items: Entry[];
  next: string | null;
}

describe('the audit trail (PGlite)', () => {
  let app: NestFastifyApplication;
  let client: IdentityClient;
  let store: EventStore;
  let admin: Session;
  let secretariat: Session;
  let treasurer: Session;
  let auditor: Session;
  let viewer: Session;
  let memberUser: Session;
  let ptAuditor: Session;
  let platformAuditor: Session;
  const agencies: Record<string, string> = {};
  const people: Record<string, string> = {};
  let committeeId: string;
  let budgetId: string;
  const startedAt = new Date();

  const get = (token: string, url: string) => client.request(token, 'GET', url);
  const query = (params: Record<string, string>) => (Object.keys(params).length === 0 ? '' : `?${new URLSearchParams(params).toString()}`);
  /** One page of a tenant's trail, which must answer 200. */
  async function search(params: Record<string, string> = {}, token = auditor.token, tenant = KG): Promise<Page> {
    const response = await get(token, `/api/tenants/${tenant}/audit/events${query(params)}`);
    if (response.statusCode !== 200) throw new Error(`search ${JSON.stringify(params)} → ${response.statusCode} ${response.body}`);
    return response.json() as Page;
  }
  /** Every entry a search finds, page after page (limit per page). */
  async function everything(params: Record<string, string> = {}, limit = 200): Promise<Entry[]> {
    const entries: Entry[] = [];
    let after: string | null = null;
    do {
      const page: Page = await search({ ...params, limit: String(limit), ...(after === null ? {} : { after }) });
      entries.push(...page.items);
      after = page.next;
    } while (after !== null);
    return entries;
  }
  const eventsOf = async (tenant: string): Promise<RecordedEvent[]> => (await store.readAll({ tenantId: tenant, maxCount: 100_000 })).events;

  /** Waits until the trail holds the last event the store has of `tenant` (the projection is eventually consistent). */
  async function caughtUp(tenant: string): Promise<void> {
    const last = (await eventsOf(tenant)).at(-1)!.globalPosition;
    const url = tenant === 'platform' ? `/api/audit/events?tenant=platform&limit=1` : `/api/tenants/${tenant}/audit/events?limit=1`;
    const deadline = Date.now() + 15_000;
    for (;;) {
      const [newest] = ((await get(admin.token, url)).json() as Page).items;
      if (newest && BigInt(newest.position) >= last) return;
      if (Date.now() > deadline) throw new Error(`the audit trail of ${tenant} did not reach position ${last}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  beforeAll(async () => {
    let inject;
    ({ app, inject } = await startApp(testConfig({ DATA_DIR: 'memory://', ADMIN_PASSWORD: 'audit-admin-password' })));
    client = new IdentityClient(inject);
    store = app.get<EventStore>(EVENT_STORE);
    admin = await client.session('admin', 'audit-admin-password');
    await client.tenant(admin.token, KG, 'Tỉnh Kiên Giang');
    await client.tenant(admin.token, PT, 'Tỉnh Phú Thọ');
    secretariat = await client.member(admin.token, KG, 'vanphong.kg', 'secretariat');
    treasurer = await client.member(admin.token, KG, 'ketoan.kg', 'secretariat');
    auditor = await client.member(admin.token, KG, 'kiemtoan.kg', 'auditor');
    viewer = await client.member(admin.token, KG, 'xem.kg', 'viewer');
    memberUser = await client.member(admin.token, KG, 'thanhvien.kg', 'member');
    ptAuditor = await client.member(admin.token, PT, 'kiemtoan.pt', 'auditor');
    expect((await client.request(admin.token, 'POST', '/api/users', { username: 'kiemtoan.nen-tang', displayName: 'Kiểm toán nền tảng', password: 'platform-auditor-password', platformRoles: ['platform_auditor'] })).statusCode).toBe(201);
    platformAuditor = await client.session('kiemtoan.nen-tang', 'platform-auditor-password');

    // Kiên Giang 2008: the platform admin adopts the regulation and registers the agencies; the standing office's
    // staff establish the committee and appoint its members, back-dated to 23/06/2008.
    const byAdmin = new MembershipClient(client, KG, admin.token);
    await byAdmin.adopt('kien-giang-2008');
    for (const [code, name, kind] of [
      ['UBND', 'Ủy ban nhân dân tỉnh Kiên Giang', 'people-committee'],
      ['STTTT', 'Sở Thông tin và Truyền thông', 'department'],
      ['SYT', 'Sở Y tế', 'department'],
    ] as const) {
      agencies[code] = await byAdmin.agency(code, name, kind);
    }
    const kg = new MembershipClient(client, KG, secretariat.token);
    committeeId = await kg.committee({ name: 'Ban Chỉ đạo Công nghệ thông tin tỉnh Kiên Giang', decision: DECISION, standingAgencyId: agencies.STTTT });
    const members: Record<string, string> = {};
    for (const [key, role, code, fullName] of [
      ['chair', 'chair', 'UBND', 'Bùi Ngọc Sương'],
      ['standing', 'standing-vice-chair', 'STTTT', 'Trần Văn Bảo'],
      ['health', 'member', 'SYT', 'Dương Văn Đạt'],
    ] as const) {
      people[key] = await kg.person(fullName);
      members[key] = await kg.appoint(committeeId, { personId: people[key], role, agencyId: agencies[code], decision: DECISION });
    }

    // A plenary of 2008-Q3 (Điều 10: day 20–30 of the quarter's last month), scheduled by the standing office.
    const meeting = await client.request(secretariat.token, 'POST', `/api/tenants/${KG}/meetings`, {
      kind: 'plenary',
      period: '2008-Q3',
      scheduledOn: '2008-09-25',
      startsAt: '2008-09-25T08:00:00+07:00',
      place: 'Hội trường UBND tỉnh Kiên Giang',
      presidedBy: members.chair,
      convenedBy: members.chair,
    });
    expect(meeting.statusCode).toBe(201);

    // The 2009 budget of Sở TTTT (Điều 12), recorded by another member of the standing office's staff.
    const opened = await client.request(treasurer.token, 'POST', `/api/tenants/${KG}/budget/years`, { fiscalYear: 2009, holderAgencyId: agencies.STTTT, source: 'standing-agency-budget', openedOn: '2008-11-03' });
    expect(opened.statusCode).toBe(201);
    budgetId = opened.json().budgetId;
    const drafted = await client.request(
      treasurer.token,
      'PUT',
      `/api/tenants/${KG}/budget/years/${budgetId}/estimate`,
      { draftedOn: '2008-11-05', lines: [{ lineId: 'hanh-chinh', category: 'hanh-chinh', title: 'Chi hoạt động của Ban Chỉ đạo', amount: '1234567890' }] },
      { 'if-match': opened.headers.etag as string },
    );
    expect(drafted.statusCode).toBe(200);

    // A data subject's request: the member for Sở Y tế is erased; the history stays.
    await kg.ok('POST', `/people/${people.health}/erasure`, { requestReference: 'YC-2025-017' });

    // Phú Thọ has a history of its own.
    const pt = new MembershipClient(client, PT, admin.token);
    await pt.agency('STTTT', 'Sở Thông tin và Truyền thông tỉnh Phú Thọ', 'department');

    await caughtUp(KG);
    await caughtUp(PT);
    await caughtUp('platform');
  });

  afterAll(() => app?.close());

  it('holds one entry per event of the tenant, in the store\'s order, with actor and role, both times, correlation and causation', async () => {
    const stored = await eventsOf(KG);
    const trail = await everything({ order: 'oldest' });
    expect(trail.map((e) => e.eventId)).toEqual(stored.map((e) => e.eventId));
    expect(trail.map((e) => [e.type, e.streamId, e.streamVersion])).toEqual(stored.map((e) => [e.type, e.streamId, e.streamVersion]));
    expect(await everything()).toEqual([...trail].reverse());

    const appointed = trail.find((e) => e.type === 'membership.MemberAppointed' && e.sentence.includes('Trần Văn Bảo'))!;
    const original = stored.find((e) => e.eventId === appointed.eventId)!;
    expect(appointed).toEqual({
      position: original.globalPosition.toString(),
      eventId: original.eventId,
      tenant: KG,
      type: 'membership.MemberAppointed',
      streamId: original.streamId,
      streamVersion: original.streamVersion,
      occurredAt: '2008-06-22T17:00:00.000Z',
      recordedAt: original.recordedAt.toISOString(),
      actor: { userId: secretariat.userId, role: 'secretariat' },
      correlationId: original.metadata.correlationId,
      causationId: original.metadata.causationId ?? null,
      sentence: 'Ông/Bà Trần Văn Bảo được bổ nhiệm làm Phó Trưởng ban thường trực theo Quyết định số 1498/QĐ-UBND ngày 23/06/2008, đại diện Sở Thông tin và Truyền thông.',
    });
    expect(appointed.correlationId).toEqual(expect.any(String));
    // back-dated: it happened in 2008, it was recorded during this test
    expect(new Date(appointed.recordedAt).getTime()).toBeGreaterThanOrEqual(startedAt.getTime());
  });

  it('reads every context\'s events as sentences: the plenary, the budget with its money, the regulation', async () => {
    const sentences = (await everything()).map((e) => e.sentence);
    expect(sentences).toEqual(
      expect.arrayContaining([
        'Lên lịch phiên họp toàn thể kỳ 2008-Q3 vào 08:00 ngày 25/09/2008 tại Hội trường UBND tỉnh Kiên Giang, do Ông/Bà Bùi Ngọc Sương chủ trì; mời 3 thành viên (Điều 10, Quyết định 1507/QĐ-UBND ngày 23/06/2008).',
        'Mở ngân sách năm 2009 của Sở Thông tin và Truyền thông ngày 03/11/2008, nguồn: kinh phí của cơ quan thường trực (Điều 12, Quyết định 1507/QĐ-UBND ngày 23/06/2008).',
        'Lập dự toán 1 khoản, tổng cộng 1.234.567.890 đồng, ngày 05/11/2008.',
        'Đăng ký cơ quan "Sở Y tế" (mã SYT, sở).',
        expect.stringMatching(/^Áp dụng Quy chế ".+" ban hành kèm theo Quyết định số 1507\/QĐ-UBND ngày 23\/06\/2008, có hiệu lực từ ngày 23\/06\/2008\.$/),
      ]),
    );
  });

  it('filters by actor, by type (exact or a namespace) and by stream', async () => {
    const byTreasurer = await everything({ actor: treasurer.userId });
    expect(byTreasurer.map((e) => e.type).sort()).toEqual(['budget.BudgetOpened', 'budget.EstimateDrafted']);
    expect(byTreasurer.every((e) => e.actor?.userId === treasurer.userId && e.actor.role === 'secretariat')).toBe(true);

    const appointments = await everything({ type: 'membership.MemberAppointed' });
    expect(appointments).toHaveLength(3);
    const budget = await everything({ type: 'budget' });
    expect(budget.map((e) => e.type).sort()).toEqual(['budget.BudgetOpened', 'budget.EstimateDrafted']);
    expect(await everything({ type: 'budget', actor: secretariat.userId })).toEqual([]);

    const committeeStream = appointments[0].streamId;
    const inStream = await everything({ stream: committeeStream, order: 'oldest' });
    expect(inStream.map((e) => e.type)).toEqual(['membership.CommitteeEstablished', 'membership.MemberAppointed', 'membership.MemberAppointed', 'membership.MemberAppointed']);
  });

  it('finds exactly the events a KPI drill-down names, by their ids (upper or lower case, repeated or not)', async () => {
    const appointments = await everything({ type: 'membership.MemberAppointed', order: 'oldest' });
    const wanted = [appointments[2].eventId, appointments[0].eventId];
    const found = await everything({ events: [...wanted, wanted[0].toUpperCase()].join(','), order: 'oldest' });
    expect(found.map((e) => e.eventId)).toEqual([appointments[0].eventId, appointments[2].eventId]);
    expect(await everything({ events: wanted.join(','), type: 'budget' })).toEqual([]);
    // another tenant's event id finds nothing here
    const phuTho = await search({ limit: '1' }, ptAuditor.token, PT);
    expect(await everything({ events: phuTho.items[0].eventId })).toEqual([]);
  });

  it('searches a time range on either axis: what happened in June 2008, and what was recorded then (nothing)', async () => {
    const happened = await everything({ axis: 'business', from: '2008-06-01', to: '2008-06-30' });
    expect(happened.map((e) => e.type).sort()).toEqual([
      'membership.CommitteeEstablished',
      'membership.MemberAppointed',
      'membership.MemberAppointed',
      'membership.MemberAppointed',
      'rulebook.RegulationAdopted',
    ]);
    expect(await everything({ axis: 'recorded', from: '2008-06-01', to: '2008-06-30' })).toEqual([]);
    // the day bound is inclusive; an instant bound too
    expect(await everything({ axis: 'business', from: '2008-06-23', to: '2008-06-23' })).toHaveLength(5);
    expect(await everything({ axis: 'business', from: '2008-06-22T16:59:59Z', to: '2008-06-22T17:00:00Z' })).toHaveLength(5);
    expect(await everything({ axis: 'business', to: '2008-06-22' })).toEqual([]);
    // everything was recorded since the test started
    expect(await everything({ axis: 'recorded', from: startedAt.toISOString() })).toHaveLength((await eventsOf(KG)).length);
    // the budget was opened and drafted in November 2008; the plenary of September 2008 was scheduled today (the
    // business time of a scheduling is when it was scheduled, not the meeting's date)
    expect((await everything({ axis: 'business', from: '2008-09-01', to: '2008-11-30' })).map((e) => e.type).sort()).toEqual(['budget.BudgetOpened', 'budget.EstimateDrafted']);
    expect((await everything({ axis: 'business', from: startedAt.toISOString(), type: 'meetings' })).map((e) => e.type)).toEqual(['meetings.MeetingScheduled']);
  });

  it('searches free text with and without diacritics: "pho truong ban" finds "Phó Trưởng ban"', async () => {
    const plain = await everything({ q: 'pho truong ban thuong truc' });
    const marked = await everything({ q: 'Phó Trưởng ban THƯỜNG TRỰC' });
    expect(plain.map((e) => e.sentence)).toEqual([expect.stringContaining('được bổ nhiệm làm Phó Trưởng ban thường trực')]);
    expect(marked).toEqual(plain);
    // every word must appear, in any order; decision numbers and types are searched too
    expect(await everything({ q: 'truc thuong ban truong pho' })).toEqual(plain);
    expect((await everything({ q: '1498/qd-ubnd' })).length).toBe(4);
    expect((await everything({ q: 'MemberAppointed uy vien' })).map((e) => e.sentence)).toEqual([expect.stringContaining('được bổ nhiệm làm Ủy viên theo')]);
    expect((await everything({ q: 'dự toán 1.234.567.890' })).map((e) => e.type)).toEqual(['budget.EstimateDrafted']);
    expect(await everything({ q: 'không có sự kiện nào như thế' })).toEqual([]);
    // names are not stored in the trail: a name finds nothing
    expect(await everything({ q: 'Trần Văn Bảo' })).toEqual([]);
  });

  it('pages by keyset in either order: no entry twice, none missing, whatever the page size', async () => {
    const whole = await everything({}, 200);
    expect(whole.length).toBeGreaterThan(7);
    for (const limit of [1, 3, 7]) {
      const paged = await everything({}, limit);
      expect(paged.map((e) => e.eventId)).toEqual(whole.map((e) => e.eventId));
    }
    expect((await everything({ order: 'oldest' }, 4)).map((e) => e.eventId)).toEqual(whole.map((e) => e.eventId).reverse());
    // a page keeps its filters' cursor: the second page of appointments follows the first
    const first = await search({ type: 'membership.MemberAppointed', limit: '2' });
    const second = await search({ type: 'membership.MemberAppointed', limit: '2', after: first.next! });
    expect([...first.items, ...second.items].map((e) => e.eventId)).toEqual((await everything({ type: 'membership.MemberAppointed' })).map((e) => e.eventId));
    expect(second.next).toBeNull();
  });

  it('gives a stream\'s history, oldest first, as the store holds it', async () => {
    const stored = await eventsOf(KG);
    const streamId = stored.find((e) => e.type === 'budget.BudgetOpened')!.streamId;
    const response = await get(auditor.token, `/api/tenants/${KG}/audit/streams/${encodeURIComponent(streamId)}`);
    expect(response.statusCode).toBe(200);
    const history = response.json() as Page;
    expect(history.items.map((e) => [e.streamVersion, e.type, e.eventId])).toEqual(stored.filter((e) => e.streamId === streamId).map((e) => [e.streamVersion, e.type, e.eventId]));
    expect(history.next).toBeNull();
    const paged = (await get(auditor.token, `/api/tenants/${KG}/audit/streams/${encodeURIComponent(streamId)}?limit=1`)).json() as Page;
    expect(paged.items.map((e) => e.streamVersion)).toEqual([1]);
    const rest = (await get(auditor.token, `/api/tenants/${KG}/audit/streams/${encodeURIComponent(streamId)}?limit=1&after=${paged.next}`)).json() as Page;
    expect(rest.items.map((e) => e.streamVersion)).toEqual([2]);
    problem(await get(auditor.token, `/api/tenants/${KG}/audit/streams/budget-year-${KG}-khong-co`), 404);
  });

  it('shows an erased person as erased, everywhere in the trail, and never their name', async () => {
    const trail = await everything();
    const sentences = trail.map((e) => e.sentence);
    expect(sentences).toEqual(
      expect.arrayContaining([
        `${ERASED} được bổ nhiệm làm Ủy viên theo Quyết định số 1498/QĐ-UBND ngày 23/06/2008, đại diện Sở Y tế.`,
        `Ghi nhận ${ERASED} vào danh sách nhân sự.`,
        expect.stringMatching(new RegExp(`^Xóa dữ liệu cá nhân của ${ERASED.replace(/[()]/g, '\\$&')} theo yêu cầu YC-2025-017 ngày \\d{2}/\\d{2}/\\d{4}\\.$`)),
      ]),
    );
    expect(JSON.stringify(trail)).not.toContain('Dương Văn Đạt');
    expect(JSON.stringify(trail)).toContain('Trần Văn Bảo');
  });

  it('is read by the tenant\'s auditors and admins and the platform roles; not by viewers, members or the secretariat', async () => {
    for (const reader of [auditor, admin, platformAuditor]) expect((await get(reader.token, `/api/tenants/${KG}/audit/events?limit=1`)).statusCode).toBe(200);
    for (const other of [viewer, memberUser, secretariat]) {
      problem(await get(other.token, `/api/tenants/${KG}/audit/events`), 403);
      problem(await get(other.token, `/api/tenants/${KG}/audit/streams/x`), 403);
    }
  });

  it('shows nothing of Kiên Giang to Phú Thọ: 404 on its trail, and none of its events in Phú Thọ\'s own', async () => {
    const kgIds = new Set((await eventsOf(KG)).map((e) => e.eventId));
    const streamId = (await eventsOf(KG))[0].streamId;
    expect(problem(await get(ptAuditor.token, `/api/tenants/${KG}/audit/events`), 404)).toMatchObject({ detail: `Tenant ${KG} not found` });
    problem(await get(ptAuditor.token, `/api/tenants/${KG}/audit/streams/${encodeURIComponent(streamId)}`), 404);
    // the same stream id asked of Phú Thọ's own trail: not there
    problem(await get(ptAuditor.token, `/api/tenants/${PT}/audit/streams/${encodeURIComponent(streamId)}`), 404);
    const own = await search({ limit: '200' }, ptAuditor.token, PT);
    expect(own.items.length).toBeGreaterThan(0);
    expect(own.items.every((e) => e.tenant === PT && !kgIds.has(e.eventId))).toBe(true);
    expect((await search({ q: 'kien giang' }, ptAuditor.token, PT)).items).toEqual([]);
  });

  it('lets the platform roles search every tenant and the platform\'s own events; tenant roles may not', async () => {
    const platform = (await get(platformAuditor.token, '/api/audit/events?tenant=platform&limit=200&order=oldest')).json() as Page;
    expect(platform.items.every((e) => e.tenant === 'platform')).toBe(true);
    expect(platform.items.map((e) => e.sentence)).toEqual(expect.arrayContaining(['Tạo tỉnh "Tỉnh Kiên Giang" (mã kien-giang).', `Cấp vai trò kiểm toán viên tại tỉnh kien-giang cho tài khoản ${auditor.userId}.`]));
    expect(JSON.stringify(platform)).not.toContain('Kiểm toán nền tảng'); // a display name
    const both = (await get(admin.token, '/api/audit/events?type=membership.MemberAppointed&limit=200')).json() as Page;
    expect(both.items.map((e) => e.tenant)).toEqual([KG, KG, KG]);
    for (const tenantRole of [auditor, ptAuditor]) problem(await get(tenantRole.token, '/api/audit/events'), 403);
  });

  it('refuses bad input with a 400 problem naming the field', async () => {
    const bad = async (params: string, field: string) => {
      const body = problem(await get(auditor.token, `/api/tenants/${KG}/audit/events?${params}`), 400);
      expect(JSON.stringify(body)).toContain(field);
    };
    await bad('after=not-a-cursor', 'after');
    await bad(`after=${Buffer.from('p:12x').toString('base64url')}`, 'after');
    await bad('from=2008-13-45', 'from');
    await bad('to=yesterday', 'to');
    await bad('from=2008-06-30T10:00:00', 'from'); // no offset: ambiguous
    await bad('from=2008-07-01&to=2008-06-01', 'to');
    await bad('axis=sideways', 'axis');
    await bad('limit=0', 'limit');
    await bad('limit=201', 'limit');
    await bad('type=membership.Member*', 'type');
    await bad('order=random', 'order');
    await bad('events=not-a-uuid', 'events');
    await bad(`events=${Array.from({ length: 201 }, () => '0190c5a2-7b1e-7cc0-9d2a-3f4e5a6b7c8d').join(',')}`, 'events');
    await bad('acter=someone', 'acter'); // a misspelt filter must not widen the search
    problem(await get(auditor.token, `/api/tenants/${KG}/audit/streams/x?after=zzz`), 400);
    problem(await get(platformAuditor.token, '/api/audit/events?tenant=Not A Tenant'), 400);
  });

  it('is rebuilt from position 0 into the same rows, and its rebuild leaves the other projections\' tables as they were', async () => {
    const executor = app.get<PostgresEventStore>(PROJECTION_HOST).executor;
    const rows = (table: string) => executor.query(`SELECT to_jsonb(t) AS row FROM "${table}" t ORDER BY to_jsonb(t)::text`);
    const others = (await executor.query<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE 'projections_%' AND table_name NOT LIKE '%schema_migrations'`)).map((t) => t.name);
    const before = { events: await rows('audit_events'), seats: await rows('audit_seats'), others: await Promise.all(others.map(async (t) => (await rows(t)).length)) };
    expect(before.events.length).toBeGreaterThan(0);
    expect(await app.get(ReadModels).rebuild('projections-audit')).toMatchObject({ projectionId: 'projections-audit', phase: 'done', error: null });
    expect({ events: await rows('audit_events'), seats: await rows('audit_seats') }).toEqual({ events: before.events, seats: before.seats });
    // the transparency log's tables (same migrations folder) are kept, not replaced by the rebuild's empty ones
    const after = await Promise.all(others.map(async (t) => (await rows(t)).length));
    others.forEach((table, index) => expect({ table, rows: after[index] >= before.others[index] }).toEqual({ table, rows: true }));
  });
});
