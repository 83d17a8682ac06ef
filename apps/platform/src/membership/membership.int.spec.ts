// The membership context through the whole platform on PGlite, with the regulation adopted through the
// rulebook's API (the real RegulationsInForce port): the Thanh Hóa 2014 committee built from its
// regulation (QĐ 3461/QĐ-BCĐ: chair, vice chair, the four standing members of Điều 5, a dozen members of
// the agencies of Điều 6.2 with their duties), its roster now and as of earlier dates, agencies renamed
// and merged, a long absence (Điều 2.4) through to the replacement, Kiên Giang 2008's vice chairs and
// working group (Điều 2.1, 9.2), Idempotency-Key and If-Match.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { fixedClock, type RecordedEvent } from '@bcd/kernel';
import type { EventStore } from '@bcd/event-store';
import { EVENT_STORE } from '@bcd/service-host';
import { startApp } from '../testing/http.js';
import { IdentityClient, type Session } from '../testing/identity-client.js';
import { MembershipClient, problem } from '../testing/membership-client.js';
import { testConfig } from '../testing/test-config.js';

const TH = 'thanh-hoa';
const KG = 'kien-giang';

/** Thanh Hóa 2014: the agencies of Điều 5 and Điều 6.2, and the provincial People's Committee (the chair's). */
const AGENCIES: Array<[code: string, name: string, kind: string]> = [
  ['UBND', 'Ủy ban nhân dân tỉnh Thanh Hóa', 'people-committee'],
  ['STTTT', 'Sở Thông tin và Truyền thông', 'department'],
  ['SKHDT', 'Sở Kế hoạch và Đầu tư', 'department'],
  ['STC', 'Sở Tài chính', 'department'],
  ['SGDDT', 'Sở Giáo dục và Đào tạo', 'department'],
  ['VPTU', 'Văn phòng Tỉnh ủy', 'board'],
  ['VPHDND', 'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh', 'board'],
  ['VPUBND', 'Văn phòng UBND tỉnh', 'board'],
  ['SNV', 'Sở Nội vụ', 'department'],
  ['SCT', 'Sở Công thương', 'department'],
  ['SNN', 'Sở Nông nghiệp và Phát triển nông thôn', 'department'],
  ['SYT', 'Sở Y tế', 'department'],
  ['STNMT', 'Sở Tài nguyên và Môi trường', 'department'],
  ['SKHCN', 'Sở Khoa học và Công nghệ', 'department'],
  ['SXD', 'Sở Xây dựng', 'department'],
  ['SGTVT', 'Sở Giao thông Vận tải', 'department'],
  ['SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', 'department'],
  ['NHNN', 'Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Thanh Hóa', 'central-agency-branch'],
  ['CA', 'Công an tỉnh', 'central-agency-branch'],
  ['BCHQS', 'Bộ Chỉ huy Quân sự tỉnh', 'central-agency-branch'],
  ['CT', 'Cục Thuế tỉnh', 'central-agency-branch'],
  ['CTK', 'Cục Thống kê tỉnh', 'central-agency-branch'],
  ['CHQ', 'Cục Hải quan tỉnh', 'central-agency-branch'],
  ['VQHKT', 'Viện Quy hoạch - Kiến trúc Thanh Hóa', 'sector'],
];

/** A dozen members of Điều 6.2, with the duty the regulation gives each (area, text). Names are made up. */
const MEMBERS: Array<[code: string, fullName: string, area: string, duty: string]> = [
  ['VPTU', 'Lê Minh Châu', 'cơ quan Đảng', 'Tham mưu, đề xuất các chủ trương, giải pháp về ứng dụng và phát triển CNTT trong các cơ quan Đảng (Điều 6 khoản 2.1)'],
  ['VPHDND', 'Phạm Thu Hà', 'Đoàn ĐBQH và HĐND', 'Ứng dụng CNTT của Đoàn đại biểu Quốc hội tỉnh và Hội đồng nhân dân các cấp (Điều 6 khoản 2.2)'],
  ['VPUBND', 'Đỗ Quang Huy', 'điều phối Ban Chỉ đạo', 'Làm đầu mối chuẩn bị các cuộc họp của Ban Chỉ đạo (Điều 6 khoản 2.3)'],
  ['STTTT', 'Hoàng Văn Khải', 'Tổ giúp việc', 'Lãnh đạo Sở TTTT kiêm Tổ trưởng Tổ giúp việc (Điều 6 khoản 2.4)'],
  ['SNV', 'Vũ Thị Lan', 'cải cách hành chính', 'Lồng ghép ứng dụng CNTT trong cải cách hành chính; chính sách cán bộ CNTT (Điều 6 khoản 2.5)'],
  ['SCT', 'Bùi Đức Mạnh', 'thương mại điện tử', 'Quản lý và phát triển thương mại điện tử (Điều 6 khoản 2.6)'],
  ['SYT', 'Ngô Thị Ngọc', 'y tế', 'Ứng dụng CNTT trong lĩnh vực Y tế (Điều 6 khoản 2.8)'],
  ['SKHCN', 'Đinh Công Phú', 'khoa học và công nghệ', 'Phát triển và ứng dụng CNTT trong lĩnh vực KH&CN (Điều 6 khoản 2.10)'],
  ['NHNN', 'Trương Mỹ Quyên', 'thanh toán điện tử', 'Hệ thống thanh toán điện tử liên ngân hàng (Điều 6 khoản 2.14)'],
  ['CA', 'Lý Quốc Sơn', 'an ninh mạng', 'Phòng ngừa tội phạm sử dụng CNTT, bảo đảm an toàn, an ninh thông tin mạng (Điều 6 khoản 2.15)'],
  ['CT', 'Mai Thanh Tâm', 'thuế điện tử', 'Ứng dụng CNTT trong cơ quan Cục Thuế (Điều 6 khoản 2.17)'],
  ['CTK', 'Tạ Văn Uy', 'thống kê', 'Tin học hóa hệ thống thông tin thống kê (Điều 6 khoản 2.18)'],
];

const APPOINTMENT = { number: '2765/QĐ-UBND', date: '2014-11-03' };

describe('membership (PGlite, regulations adopted through the rulebook)', () => {
  const clock = fixedClock('2025-07-15T02:00:00.000Z');
  let app: NestFastifyApplication;
  let client: IdentityClient;
  let store: EventStore;
  let th: MembershipClient;
  let viewer: Session;
  const agencyIds: Record<string, string> = {};
  const memberIds: Record<string, string> = {};
  let committeeId: string;

  async function eventsOf(tenant: string): Promise<RecordedEvent[]> {
    const page = await store.readAll({ tenantId: tenant, typePrefix: 'membership.', maxCount: 10_000 });
    return page.events;
  }

  beforeAll(async () => {
    let inject;
    ({ app, inject } = await startApp(testConfig({ DATA_DIR: 'memory://', ADMIN_PASSWORD: 'membership-admin-password' }), { clock }));
    store = app.get<EventStore>(EVENT_STORE);
    client = new IdentityClient(inject);
    const admin = await client.session('admin', 'membership-admin-password');
    await client.tenant(admin.token, TH, 'Tỉnh Thanh Hóa');
    const secretariat = await client.member(admin.token, TH, 'sotttt.th', 'secretariat');
    viewer = await client.member(admin.token, TH, 'viewer.th', 'viewer');
    th = new MembershipClient(client, TH, secretariat.token);
    await th.adopt('thanh-hoa-2014');
    for (const [code, name, kind] of AGENCIES) agencyIds[code] = await th.agency(code, name, kind);
    committeeId = await th.committee({
      name: 'Ban Chỉ đạo ứng dụng công nghệ thông tin tỉnh Thanh Hóa',
      decision: { number: '1832/QĐ-UBND', date: '2014-06-13' },
      standingAgencyId: agencyIds.STTTT,
    });
  });

  afterAll(() => app.close());

  it('publishes its routes in the OpenAPI document: roles, request bodies, If-Match and Idempotency-Key', async () => {
    type Operation = { 'x-roles': string[]; parameters?: Array<{ name: string; in: string }>; requestBody?: { content: Record<string, { schema: { properties: object } }> } };
    const document = (await client.request(undefined, 'GET', '/api/docs-json')).json() as { paths: Record<string, Record<string, Operation>> };
    const routes = Object.keys(document.paths).filter((path) => path.startsWith('/api/tenants/{tenant}/membership/'));
    expect(routes.length).toBeGreaterThanOrEqual(20);
    const appoint = document.paths['/api/tenants/{tenant}/membership/committees/{committeeId}/members'].post;
    expect(appoint['x-roles']).toEqual(['platform_admin', 'tenant_admin', 'secretariat']);
    expect(appoint.parameters?.filter((p) => p.in === 'header').map((p) => p.name).sort()).toEqual(['Idempotency-Key', 'If-Match']);
    expect(Object.keys(appoint.requestBody!.content['application/json'].schema.properties)).toEqual(['personId', 'role', 'agencyId', 'decision', 'effectiveOn']);
    const roster = document.paths['/api/tenants/{tenant}/membership/committees/{committeeId}/roster'].get;
    expect(roster['x-roles']).toContain('viewer');
    expect(roster.parameters?.map((p) => p.name)).toContain('asOf');
  });

  describe('the Thanh Hóa 2014 committee, built through the API', () => {
    it('appoints the chair, the vice chair and the four standing members of Điều 5', async () => {
      const leaders: Array<[role: string, code: string, fullName: string]> = [
        ['chair', 'UBND', 'Nguyễn Văn An'],
        ['vice-chair', 'UBND', 'Trần Thị Bình'],
        ['standing-member', 'STTTT', 'Lê Văn Cường'],
        ['standing-member', 'SKHDT', 'Phạm Văn Dũng'],
        ['standing-member', 'STC', 'Hoàng Thị Em'],
        ['standing-member', 'SGDDT', 'Võ Văn Giang'],
      ];
      for (const [role, code, fullName] of leaders) {
        const personId = await th.person(fullName, `${code.toLowerCase()}@thanhhoa.gov.vn`);
        memberIds[`${role}:${code}`] = await th.appoint(committeeId, { personId, role, agencyId: agencyIds[code], decision: APPOINTMENT });
      }
    });

    it('appoints a dozen members of the agencies of Điều 6.2, each with the duty the regulation assigns', async () => {
      for (const [code, fullName, area, text] of MEMBERS) {
        const personId = await th.person(fullName);
        const memberId = await th.appoint(committeeId, { personId, role: 'member', agencyId: agencyIds[code], decision: APPOINTMENT });
        memberIds[`member:${code}`] = memberId;
        const assigned = await th.ok<{ responsibilities: unknown[] }>('PUT', `/committees/${committeeId}/members/${memberId}/responsibilities`, {
          responsibilities: [{ area, text }],
          effectiveOn: APPOINTMENT.date,
        });
        expect(assigned.responsibilities).toEqual([{ area, text }]);
      }
    });

    it('refuses what the regulation forbids, naming the rule and the article', async () => {
      const personId = await th.person('Người thử nghiệm');
      const refusals: Array<[body: Record<string, unknown>, rule: string, article: string]> = [
        [{ role: 'chair', agencyId: agencyIds.UBND }, 'thanh-hoa-2014/composition.chair', 'Điều 3, Quyết định 3461/QĐ-BCĐ ngày 16/10/2014'],
        [{ role: 'standing-member', agencyId: agencyIds.SYT }, 'thanh-hoa-2014/composition.standingMembers', 'Điều 5, Quyết định 3461/QĐ-BCĐ ngày 16/10/2014'],
        [{ role: 'standing-member', agencyId: agencyIds.STC }, 'thanh-hoa-2014/composition.standingMembers', 'Điều 5, Quyết định 3461/QĐ-BCĐ ngày 16/10/2014'],
        [{ role: 'standing-vice-chair', agencyId: agencyIds.UBND }, 'thanh-hoa-2014/composition.viceChairs', 'Điều 4, Quyết định 3461/QĐ-BCĐ ngày 16/10/2014'],
      ];
      for (const [body, rule, article] of refusals) {
        const response = await th.request('POST', `/committees/${committeeId}/members`, { personId, ...body, decision: APPOINTMENT });
        expect(problem(response, 422)).toMatchObject({ type: 'rule-violation', rule, article });
      }
      // before the regulation took effect (signed 16/10/2014), nothing judges the appointment: refused
      const early = await th.request('POST', `/committees/${committeeId}/members`, {
        personId,
        role: 'member',
        agencyId: agencyIds.SXD,
        decision: { number: '2000/QĐ-UBND', date: '2014-07-01' },
      });
      expect(problem(early, 422)).toMatchObject({ rule: 'MEMBERSHIP-no-regulation-in-force' });
    });

    it('replaces the chair in 2016 and merges the Sở TTTT into the Sở Khoa học và Công nghệ in 2025', async () => {
      const chair = memberIds['chair:UBND'];
      const decision = { number: '512/QĐ-UBND', date: '2016-02-20' };
      await th.ok('POST', `/committees/${committeeId}/members/${chair}/dismissal`, { decision, effectiveOn: '2016-03-01' });
      const newChair = await th.person('Đặng Hữu Khánh');
      memberIds['chair:2016'] = await th.appoint(committeeId, { personId: newChair, role: 'chair', agencyId: agencyIds.UBND, decision, effectiveOn: '2016-03-01' });

      const merger = { number: '1500/QĐ-UBND', date: '2025-02-20' };
      const merged = await th.ok('POST', `/agencies/${agencyIds.STTTT}/merge`, { into: agencyIds.SKHCN, effectiveOn: '2025-03-01', decision: merger });
      expect(merged).toMatchObject({ merged: { into: agencyIds.SKHCN, effectiveOn: '2025-03-01' } });
      await th.ok('POST', `/committees/${committeeId}/standing-agency`, { agencyId: agencyIds.SKHCN, decision: merger, effectiveOn: '2025-03-01' });
      await th.ok('POST', `/agencies/${agencyIds.SKHCN}/rename`, { name: 'Sở Khoa học, Công nghệ và Chuyển đổi số', effectiveOn: '2025-03-01', decision: merger });
    });

    it('reads the roster now: the new chair, eighteen members, agencies as they are today', async () => {
      const roster = await th.get<RosterBody>(`/committees/${committeeId}/roster`);
      expect(roster.asOf).toBe('2025-07-15');
      expect(roster.committee).toMatchObject({ name: 'Ban Chỉ đạo ứng dụng công nghệ thông tin tỉnh Thanh Hóa', standingAgency: { code: 'SKHCN' } });
      expect(roster.members).toHaveLength(18);
      const byRole = (role: string) => roster.members.filter((m) => m.role === role);
      expect(byRole('chair').map((m) => m.person.fullName)).toEqual(['Đặng Hữu Khánh']);
      expect(byRole('vice-chair').map((m) => m.person.fullName)).toEqual(['Trần Thị Bình']);
      expect(byRole('standing-member').map((m) => m.agency.code).sort()).toEqual(['SGDDT', 'SKHDT', 'STC', 'STTTT']);
      expect(byRole('member')).toHaveLength(12);
      const stttt = byRole('standing-member').find((m) => m.agency.code === 'STTTT')!;
      expect(stttt.agency).toMatchObject({ name: 'Sở Thông tin và Truyền thông', mergedInto: { code: 'SKHCN', name: 'Sở Khoa học, Công nghệ và Chuyển đổi số', effectiveOn: '2025-03-01' } });
      expect(byRole('member').find((m) => m.agency.code === 'SKHCN')!.agency.name).toBe('Sở Khoa học, Công nghệ và Chuyển đổi số');
      expect(byRole('member').find((m) => m.agency.code === 'CA')!.responsibilities).toEqual([{ area: 'an ninh mạng', text: MEMBERS[9][3] }]);
      expect(roster.members.every((m) => m.seat.status === 'serving')).toBe(true);
    });

    it('reads the roster as of 2015: the first chair, the Sở TTTT and the Sở KH&CN under their names then', async () => {
      const roster = await th.get<RosterBody>(`/committees/${committeeId}/roster?asOf=2015-01-01`);
      expect(roster.asOf).toBe('2015-01-01');
      expect(roster.members).toHaveLength(18);
      expect(roster.members.filter((m) => m.role === 'chair').map((m) => m.person.fullName)).toEqual(['Nguyễn Văn An']);
      expect(roster.committee.standingAgency).toMatchObject({ code: 'STTTT', name: 'Sở Thông tin và Truyền thông', mergedInto: null });
      const stttt = roster.members.find((m) => m.role === 'standing-member' && m.agency.code === 'STTTT')!;
      expect(stttt.agency).toMatchObject({ name: 'Sở Thông tin và Truyền thông', mergedInto: null });
      expect(roster.members.find((m) => m.agency.code === 'SKHCN')!.agency.name).toBe('Sở Khoa học và Công nghệ');
      // before the appointments: nobody
      expect((await th.get<RosterBody>(`/committees/${committeeId}/roster?asOf=2014-10-01`)).members).toEqual([]);
    });

    it('lists the agencies with their name history, today and as of a date', async () => {
      const now = await th.get<AgencyBody[]>('/agencies');
      expect(now).toHaveLength(AGENCIES.length);
      const skhcn = now.find((a) => a.code === 'SKHCN')!;
      expect(skhcn.name).toBe('Sở Khoa học, Công nghệ và Chuyển đổi số');
      expect(skhcn.names.map((n) => [n.name, n.effectiveOn])).toEqual([
        ['Sở Khoa học và Công nghệ', null],
        ['Sở Khoa học, Công nghệ và Chuyển đổi số', '2025-03-01'],
      ]);
      expect(now.find((a) => a.code === 'STTTT')!.merge).toMatchObject({ into: agencyIds.SKHCN, effectiveOn: '2025-03-01', decision: { number: '1500/QĐ-UBND' } });
      const then = await th.get<AgencyBody[]>('/agencies?asOf=2024-12-31');
      expect(then.find((a) => a.code === 'SKHCN')!.name).toBe('Sở Khoa học và Công nghệ');
      expect(then.find((a) => a.code === 'STTTT')!.mergedInto).toBeNull();
    });

    it('lets every role of the tenant read the roster, and refuses a viewer\'s change', async () => {
      expect((await th.get<RosterBody>(`/committees/${committeeId}/roster`, viewer.token)).members).toHaveLength(18);
      const refused = await th.request('POST', '/people', { fullName: 'X' }, {}, viewer.token);
      expect(refused.statusCode).toBe(403);
    });
  });

  describe('long absence (Thanh Hóa 2014 Điều 2.4)', () => {
    it('refuses an absence of six months or less', async () => {
      const response = await th.request('POST', `/committees/${committeeId}/members/${memberIds['member:SYT']}/long-absence`, {
        reason: 'work-trip',
        from: '2016-09-01',
        expectedUntil: '2017-02-01',
        noticeReference: '120/SYT-TCCB',
        notifiedOn: '2016-08-20',
      });
      expect(problem(response, 422)).toMatchObject({ rule: 'thanh-hoa-2014/composition.longAbsence', article: 'Điều 2 khoản 4, Quyết định 3461/QĐ-BCĐ ngày 16/10/2014' });
    });

    it('notifies, lists the seat pending replacement since the notice, proposes and appoints the replacement', async () => {
      const absent = memberIds['member:SYT'];
      const path = `/committees/${committeeId}/members/${absent}/long-absence`;
      await th.ok('POST', path, { reason: 'study', from: '2016-09-01', expectedUntil: '2017-06-30', noticeReference: '125/SYT-TCCB', notifiedOn: '2016-08-20' });

      const pending = await th.get<PendingBody[]>(`/committees/${committeeId}/seats-pending-replacement?asOf=2016-09-10`);
      expect(pending).toEqual([
        expect.objectContaining({ memberId: absent, role: 'member', pendingSince: '2016-08-20', daysPending: 21, reason: 'study', proposal: null, agency: expect.objectContaining({ code: 'SYT' }) }),
      ]);
      expect(pending[0].person.fullName).toBe('Ngô Thị Ngọc');

      const replacement = await th.person('Châu Minh Thư');
      await th.ok('POST', `${path}/replacement-proposal`, { personId: replacement, proposedOn: '2016-09-05', proposalReference: '130/SYT-TCCB' });
      const proposed = await th.get<PendingBody[]>(`/committees/${committeeId}/seats-pending-replacement?asOf=2016-09-10`);
      expect(proposed[0].proposal).toMatchObject({ person: { personId: replacement, fullName: 'Châu Minh Thư' }, proposedOn: '2016-09-05' });

      const replaced = await th.ok<{ replacedBy: string; until: string; endReason: string }>('POST', `${path}/replacement`, {
        decision: { number: '1800/QĐ-UBND', date: '2016-10-01' },
      });
      expect(replaced).toMatchObject({ until: '2016-10-01', endReason: 'replaced' });

      expect(await th.get(`/committees/${committeeId}/seats-pending-replacement`)).toEqual([]);
      const during = await th.get<RosterBody>(`/committees/${committeeId}/roster?asOf=2016-09-10`);
      expect(during.members.find((m) => m.memberId === absent)!.seat).toEqual({ status: 'pending-replacement', since: '2016-08-20' });
      const now = await th.get<RosterBody>(`/committees/${committeeId}/roster`);
      expect(now.members.find((m) => m.agency.code === 'SYT')).toMatchObject({ memberId: replaced.replacedBy, replaces: absent, person: { fullName: 'Châu Minh Thư' } });

      const history = await th.get<{ history: Array<{ type: string; effectiveOn: string }>; ended: unknown }>(`/committees/${committeeId}/members/${absent}`);
      expect(history.history.map((h) => [h.type, h.effectiveOn])).toEqual([
        ['MemberAppointed', '2014-11-03'],
        ['ResponsibilitiesAssigned', '2014-11-03'],
        ['LongAbsenceNotified', '2016-08-20'],
        ['ReplacementProposed', '2016-09-05'],
        ['MemberDismissed', '2016-10-01'],
      ]);
      expect(history.ended).toMatchObject({ effectiveOn: '2016-10-01', reason: 'replaced' });
    });
  });

  describe('Idempotency-Key and If-Match', () => {
    it('answers a repeated POST with the same key and body the same, without a second event; another body with that key is 422', async () => {
      const body = { fullName: 'Kiều Văn Lực', email: 'luc@thanhhoa.gov.vn' };
      const before = (await eventsOf(TH)).length;
      const first = await th.request('POST', '/people', body, { 'idempotency-key': 'register-luc-1' });
      const again = await th.request('POST', '/people', body, { 'idempotency-key': 'register-luc-1' });
      expect(first.statusCode).toBe(201);
      expect(again.statusCode).toBe(201);
      expect(again.json()).toEqual(first.json());
      expect(again.headers.etag).toBe(first.headers.etag);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect((await eventsOf(TH)).length).toBe(before + 1);

      const other = await th.request('POST', '/people', { ...body, fullName: 'Kiều Văn Lộc' }, { 'idempotency-key': 'register-luc-1' });
      expect(problem(other, 422)).toMatchObject({ type: 'idempotency-key-reused' });
      expect((await eventsOf(TH)).length).toBe(before + 1);
    });

    it('gives one 200 and one 409 to two conflicting updates of the same member sent with the same If-Match', async () => {
      const memberId = memberIds['member:SCT'];
      const member = await th.request('GET', `/committees/${committeeId}/members/${memberId}`);
      const etag = member.headers.etag as string;
      expect(etag).toBe(`"${member.json().revision}"`);
      const [a, b] = await Promise.all([
        th.request('POST', `/committees/${committeeId}/members/${memberId}/role`, { role: 'vice-chair', decision: { number: '900/QĐ-UBND', date: '2017-01-10' } }, { 'if-match': etag }),
        th.request('POST', `/committees/${committeeId}/members/${memberId}/dismissal`, { decision: { number: '901/QĐ-UBND', date: '2017-01-10' } }, { 'if-match': etag }),
      ]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
      const conflict = a.statusCode === 409 ? a : b;
      expect(conflict.json()).toMatchObject({ type: 'concurrency-conflict' });
      const winner = a.statusCode === 200 ? a : b;
      expect(winner.headers.etag).toBe(`"${Number(etag.replace(/"/g, '')) + 1}"`);
      // another member's ETag is not affected by this member's change
      const other = await th.request('GET', `/committees/${committeeId}/members/${memberIds['member:SNV']}`);
      const changed = await th.request('PUT', `/committees/${committeeId}/members/${memberIds['member:SNV']}/responsibilities`, { responsibilities: [], effectiveOn: '2017-01-10' }, { 'if-match': other.headers.etag as string });
      expect(changed.statusCode).toBe(200);
    });
  });

  describe('Kiên Giang 2008: vice chairs (Điều 2.1) and the working group (Điều 9.2)', () => {
    let kg: MembershipClient;
    let kgCommittee: string;
    const kgAgencies: Record<string, string> = {};

    beforeAll(async () => {
      const admin = await client.session('admin', 'membership-admin-password');
      await client.tenant(admin.token, KG, 'Tỉnh Kiên Giang');
      const tenantAdmin = await client.member(admin.token, KG, 'admin.kg', 'tenant_admin');
      kg = new MembershipClient(client, KG, tenantAdmin.token);
      await kg.adopt('kien-giang-2008');
      for (const [code, name] of [
        ['UBND', 'Ủy ban nhân dân tỉnh Kiên Giang'],
        ['STTTT', 'Sở Thông tin và Truyền thông'],
        ['SKHDT', 'Sở Kế hoạch và Đầu tư'],
        ['SYT', 'Sở Y tế'],
      ]) {
        kgAgencies[code] = await kg.agency(code, name, code === 'UBND' ? 'people-committee' : 'department');
      }
      kgCommittee = await kg.committee({
        name: 'Ban Chỉ đạo Công nghệ thông tin tỉnh Kiên Giang',
        decision: { number: '1498/QĐ-UBND', date: '2008-06-20' },
        establishedOn: '2008-06-23',
        standingAgencyId: kgAgencies.STTTT,
      });
    });

    it('records the regulation in force when the committee was established', async () => {
      const committee = await kg.get(`/committees/${kgCommittee}`);
      expect(committee).toMatchObject({ regulationAtEstablishment: { packId: 'kien-giang-2008', decisionNumber: '1507/QĐ-UBND', effectiveFrom: '2008-06-23' } });
    });

    it('has two vice chairs, one of them standing', async () => {
      const decision = { number: '1498/QĐ-UBND', date: '2008-06-23' };
      await kg.appoint(kgCommittee, { personId: await kg.person('Trần Văn Bảo'), role: 'standing-vice-chair', agencyId: kgAgencies.STTTT, decision });
      const second = await kg.request('POST', `/committees/${kgCommittee}/members`, { personId: await kg.person('Lâm Thị Cúc'), role: 'standing-vice-chair', agencyId: kgAgencies.SKHDT, decision });
      expect(problem(second, 422)).toMatchObject({ rule: 'kien-giang-2008/composition.viceChairs', article: 'Điều 2 khoản 1, Quyết định 1507/QĐ-UBND ngày 23/06/2008' });
      await kg.appoint(kgCommittee, { personId: await kg.person('Lâm Thị Cúc 2'), role: 'vice-chair', agencyId: kgAgencies.SKHDT, decision });
      const third = await kg.request('POST', `/committees/${kgCommittee}/members`, { personId: await kg.person('Dương Văn Đạt'), role: 'vice-chair', agencyId: kgAgencies.SYT, decision });
      expect(problem(third, 422)).toMatchObject({ rule: 'kien-giang-2008/composition.viceChairs' });
    });

    it('forms the Tổ giúp việc and refuses a member from another agency without their agency head\'s nominating decision', async () => {
      const base = `/committees/${kgCommittee}/working-group`;
      const formed = await kg.ok('POST', base, { decision: { number: '65/QĐ-BCĐ', date: '2008-07-01' } });
      expect(formed).toMatchObject({ name: 'Tổ giúp việc', formedOn: '2008-07-01' });
      const staff = await kg.person('Nguyễn Thị Hiền');
      await kg.ok('POST', `${base}/members`, { personId: staff, agencyId: kgAgencies.STTTT, joinedOn: '2008-07-01' });
      await kg.ok('POST', `${base}/leader`, { personId: staff, decision: { number: '66/QĐ-BCĐ', date: '2008-07-02' } });

      const outsider = await kg.person('Phan Văn Khoa');
      const refused = await kg.request('POST', `${base}/members`, { personId: outsider, agencyId: kgAgencies.SYT, joinedOn: '2008-07-15' });
      expect(problem(refused, 422)).toMatchObject({ rule: 'kien-giang-2008/composition.workingGroup', article: 'Điều 9 khoản 2, Quyết định 1507/QĐ-UBND ngày 23/06/2008' });

      const subGroup = await kg.ok<{ subGroups: Array<{ subGroupId: string }> }>('POST', `${base}/sub-groups`, { name: 'Nhóm hạ tầng', formedOn: '2008-07-15' });
      await kg.ok('POST', `${base}/members`, {
        personId: outsider,
        agencyId: kgAgencies.SYT,
        joinedOn: '2008-07-15',
        subGroupId: subGroup.subGroups[0].subGroupId,
        nomination: { number: '88/QĐ-SYT', date: '2008-07-10' },
      });

      const group = await kg.get<{ name: string; leader: { person: { fullName: string } }; members: Array<{ person: { fullName: string }; nomination: unknown; agency: { code: string } }> }>(base);
      expect(group.leader.person.fullName).toBe('Nguyễn Thị Hiền');
      expect(group.members.map((m) => [m.person.fullName, m.agency.code, m.nomination])).toEqual([
        ['Nguyễn Thị Hiền', 'STTTT', null],
        ['Phan Văn Khoa', 'SYT', { number: '88/QĐ-SYT', date: '2008-07-10' }],
      ]);
      await kg.ok('POST', `${base}/members/${outsider}/removal`, { leftOn: '2009-01-01', reason: 'hết nhiệm vụ' });
      expect((await kg.get<{ members: unknown[] }>(base)).members).toHaveLength(1);
      expect((await kg.get<{ members: unknown[] }>(`${base}?asOf=2008-12-31`)).members).toHaveLength(2);
    });

    it('re-establishes the committee (kiện toàn): members carried over or replaced, a new name; the past reads as it was', async () => {
      const before = await kg.request('GET', `/committees/${kgCommittee}`);
      const etag = before.headers.etag as string;
      const roster = await kg.get<RosterBody>(`/committees/${kgCommittee}/roster`);
      const standing = roster.members.find((m) => m.role === 'standing-vice-chair')!;
      const vice = roster.members.find((m) => m.role === 'vice-chair')!;
      const newVice = await kg.person('Hồ Văn Tài');
      const body = {
        decision: { number: '720/QĐ-UBND', date: '2010-04-01' },
        name: 'Ban Chỉ đạo ứng dụng công nghệ thông tin tỉnh Kiên Giang',
        carriedOver: [standing.memberId],
        replaced: [{ memberId: vice.memberId, personId: newVice }],
      };
      const done = await kg.request('POST', `/committees/${kgCommittee}/reestablishment`, body, { 'if-match': etag });
      expect(done.statusCode).toBe(200);
      const stale = await kg.request('POST', `/committees/${kgCommittee}/rename`, { name: 'Tên khác', decision: { number: '721/QĐ-UBND', date: '2010-05-01' } }, { 'if-match': etag });
      expect(problem(stale, 409)).toMatchObject({ type: 'concurrency-conflict' });

      const now = await kg.get<RosterBody>(`/committees/${kgCommittee}/roster`);
      expect(now.committee.name).toBe('Ban Chỉ đạo ứng dụng công nghệ thông tin tỉnh Kiên Giang');
      expect(now.members.map((m) => [m.role, m.person.fullName])).toEqual([
        ['standing-vice-chair', 'Trần Văn Bảo'],
        ['vice-chair', 'Hồ Văn Tài'],
      ]);
      const then = await kg.get<RosterBody>(`/committees/${kgCommittee}/roster?asOf=2009-01-01`);
      expect(then.committee.name).toBe('Ban Chỉ đạo Công nghệ thông tin tỉnh Kiên Giang');
      expect(then.members.map((m) => m.person.fullName)).toEqual(['Trần Văn Bảo', 'Lâm Thị Cúc 2']);
      const committee = await kg.get<{ reestablishments: unknown[] }>(`/committees/${kgCommittee}`);
      expect(committee.reestablishments).toEqual([{ effectiveOn: '2010-04-01', decision: { number: '720/QĐ-UBND', date: '2010-04-01' } }]);
    });
  });
});

interface PersonBody {
  personId: string;
  fullName: string | null;
}
interface RosterBody {
  asOf: string;
  committee: { name: string; standingAgency: { code: string; name: string; mergedInto: unknown } | null };
  members: Array<{
    memberId: string;
    role: string;
    person: PersonBody;
    agency: { code: string; name: string; mergedInto: unknown };
    responsibilities: unknown[];
    seat: { status: string; since?: string };
    replaces: string | null;
  }>;
}
interface AgencyBody {
  code: string;
  name: string;
  names: Array<{ name: string; effectiveOn: string | null }>;
  merge: unknown;
  mergedInto: unknown;
}
interface PendingBody {
  memberId: string;
  person: PersonBody;
  proposal: unknown;
}
