// The meetings context through the whole platform on PGlite, with the regulation adopted through the
// rulebook's API and the roster built through membership's: a Thanh Hóa 2018 quarterly plenary (2019-Q3,
// QĐ 4095/QĐ-BCĐ) from scheduling to an overdue action item — a document sent the evening before (Thanh
// Hóa 2018 sets no lead time, Điều 8: recorded, not flagged; the 2014 regulation's 5 working days flag a
// 2018 meeting's late document, when 2014 was in force), an
// absence the presiding person refused, a delegate without the written opinion Điều 6.5 demands, the
// minutes and the notice signed by the standing member (Điều 5.4) and downloaded as PDF and DOCX, the four
// buckets of Báo cáo 1270 as of three dates; an extraordinary meeting rescheduled and cancelled, and the
// iCalendar feed that shows it; and Kiên Giang 2008 beside it: a late document flagged against the 3
// working days of Điều 11, a written consultation (Điều 10), and nothing of one province seen by the other.
import { createHash } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import ICAL from 'ical.js';
import { fixedClock, type RecordedEvent } from '@bcd/kernel';
import type { EventStore } from '@bcd/event-store';
import { docxParagraphs, docxXml, flat, pdfText } from '@bcd/meetings/testing';
import { EVENT_STORE } from '@bcd/service-host';
import { startApp } from '../testing/http.js';
import { IdentityClient, type Session } from '../testing/identity-client.js';
import { MembershipClient, problem } from '../testing/membership-client.js';
import { testConfig } from '../testing/test-config.js';

const TH = 'thanh-hoa';
const KG = 'kien-giang';
const DECISION_2018 = { number: '4094/QĐ-UBND', date: '2018-10-19' };

type Json = Record<string, any>;

describe('meetings (PGlite, the roster and the regulation from their own contexts)', () => {
  const clock = fixedClock('2020-01-15T02:00:00.000Z');
  let app: NestFastifyApplication;
  let client: IdentityClient;
  let store: EventStore;
  let admin: Session;
  let secretariat: Session;
  let chairUser: Session;
  let viceUser: Session;
  let snvUser: Session;
  let viewerOfKg: Session;
  let th: MembershipClient;
  const agencies: Record<string, string> = {};
  const people: Record<string, string> = {};
  const members: Record<string, string> = {};
  let meetingId: string;
  let version: number;

  const api = (token: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, payload?: unknown, headers: Record<string, string> = {}) =>
    client.request(token, method, path.startsWith('/api/') ? path : `/api/tenants/${TH}/meetings${path}`, payload, headers);

  /** A change of the plenary that must succeed, sent with If-Match: answers the meeting and keeps its version. */
  async function change(token: string, path: string, payload: unknown, status = 200): Promise<Json> {
    const response = await api(token, 'POST', `/${meetingId}${path}`, payload, { 'if-match': `"${version}"` });
    if (response.statusCode !== status) throw new Error(`POST ${path} → ${response.statusCode} ${response.body}`);
    const meeting = response.json() as Json;
    expect(response.headers.etag).toBe(`"${meeting.version}"`);
    version = meeting.version;
    return meeting;
  }

  async function eventsOf(tenant: string): Promise<RecordedEvent[]> {
    return (await store.readAll({ tenantId: tenant, typePrefix: 'meetings.', maxCount: 10_000 })).events;
  }

  beforeAll(async () => {
    let inject;
    ({ app, inject } = await startApp(testConfig({ DATA_DIR: 'memory://', ADMIN_PASSWORD: 'meetings-admin-password' }), { clock }));
    store = app.get<EventStore>(EVENT_STORE);
    client = new IdentityClient(inject);
    admin = await client.session('admin', 'meetings-admin-password');
    await client.tenant(admin.token, TH, 'Tỉnh Thanh Hóa');
    secretariat = await client.member(admin.token, TH, 'vanphong.th', 'secretariat');
    chairUser = await client.member(admin.token, TH, 'truongban.th', 'member');
    viceUser = await client.member(admin.token, TH, 'photruongban.th', 'member');
    snvUser = await client.member(admin.token, TH, 'sonoivu.th', 'member');
    th = new MembershipClient(client, TH, admin.token);
    // Thanh Hóa's history: the 2014 regulation, superseded by the 2018 one (a new committee) on 2018-10-19.
    for (const adoption of [
      { builtInPackId: 'thanh-hoa-2014', decisionNumber: '3461/QĐ-BCĐ', signedOn: '2014-10-16', effectiveFrom: '2014-10-16' },
      { builtInPackId: 'thanh-hoa-2018', decisionNumber: '4095/QĐ-BCĐ', signedOn: '2018-10-19', effectiveFrom: '2018-10-19', supersedes: '3461/QĐ-BCĐ' },
    ]) {
      expect((await client.request(admin.token, 'POST', `/api/tenants/${TH}/regulations`, adoption)).statusCode).toBe(201);
    }
    for (const [code, name, kind] of [
      ['UBND', 'Ủy ban nhân dân tỉnh Thanh Hóa', 'people-committee'],
      ['STTTT', 'Sở Thông tin và Truyền thông', 'department'],
      ['SNV', 'Sở Nội vụ', 'department'],
      ['STC', 'Sở Tài chính', 'department'],
      ['SYT', 'Sở Y tế', 'department'],
      ['CA', 'Công an tỉnh', 'central-agency-branch'],
    ] as const) {
      agencies[code] = await th.agency(code, name, kind);
    }
    const committee2014 = await th.committee({
      name: 'Ban Chỉ đạo ứng dụng công nghệ thông tin tỉnh Thanh Hóa',
      decision: { number: '1832/QĐ-UBND', date: '2014-10-16' },
      standingAgencyId: agencies.STTTT,
    });
    for (const [key, role, code, fullName] of [
      ['chair2014', 'chair', 'UBND', 'Nguyễn Đình Xứng'],
      ['standing2014', 'standing-member', 'STTTT', 'Trần Đức Thắng'],
      ['SNV2014', 'member', 'SNV', 'Hoàng Minh Tuấn'],
    ] as const) {
      members[key] = await th.appoint(committee2014, { personId: await th.person(fullName), role, agencyId: agencies[code], decision: { number: '1832/QĐ-UBND', date: '2014-10-16' } });
    }
    await th.ok('POST', `/committees/${committee2014}/dissolution`, { decision: DECISION_2018 });
    const committeeId = await th.committee({
      name: 'Ban Chỉ đạo xây dựng Chính quyền điện tử tỉnh Thanh Hóa',
      decision: DECISION_2018,
      standingAgencyId: agencies.STTTT,
    });
    for (const [key, role, code, fullName] of [
      ['chair', 'chair', 'UBND', 'Nguyễn Đình Xứng'],
      ['vice', 'vice-chair', 'UBND', 'Lê Thị Thìn'],
      ['standing', 'standing-member', 'STTTT', 'Trần Đức Thắng'],
      ['SNV', 'member', 'SNV', 'Hoàng Minh Tuấn'],
      ['STC', 'member', 'STC', 'Đỗ Thị Ngọc Ánh'],
      ['SYT', 'member', 'SYT', 'Lê Thị Hương'],
      ['CA', 'member', 'CA', 'Lý Quốc Sơn'],
    ] as const) {
      people[key] = await th.person(fullName);
      members[key] = await th.appoint(committeeId, { personId: people[key], role, agencyId: agencies[code], decision: DECISION_2018 });
    }
    people.delegate = await th.person('Phạm Quốc Khánh');
    // Each user acts as the person their account is linked to (membership's PUT …/people/:personId/account).
    for (const [key, user] of [
      ['chair', chairUser],
      ['vice', viceUser],
      ['SNV', snvUser],
    ] as const) {
      await th.ok('PUT', `/people/${people[key]}/account`, { userId: user.userId });
    }
  });

  afterAll(() => app.close());

  describe('the Thanh Hóa 2018 quarterly plenary of 2019-Q3', () => {
    const plenary = () => ({
      kind: 'plenary',
      period: '2019-Q3',
      scheduledOn: '2019-09-20',
      startsAt: '2019-09-20T08:00:00+07:00',
      place: 'Phòng họp số 2, trụ sở UBND tỉnh Thanh Hóa',
      agenda: [
        { title: 'Báo cáo kết quả xây dựng Chính quyền điện tử 9 tháng năm 2019', presenterAgencyId: agencies.STTTT, plannedMinutes: 60 },
        { title: 'Thảo luận nhiệm vụ trọng tâm quý IV năm 2019', plannedMinutes: 60 },
      ],
      presidedBy: members.vice,
      convenedBy: members.chair,
    });

    it('is scheduled by the secretariat, not by a member; the invitees are the roster in force on its date', async () => {
      problem(await api(snvUser.token, 'POST', '', plenary()), 403);
      const response = await api(secretariat.token, 'POST', '', plenary(), { 'idempotency-key': 'plenary-2019-q3' });
      expect(response.statusCode).toBe(201);
      const meeting = response.json() as Json;
      meetingId = meeting.meetingId;
      version = meeting.version;
      expect(response.headers.location).toBe(`/api/tenants/${TH}/meetings/${meetingId}`);
      expect(meeting).toMatchObject({
        kind: 'plenary',
        period: '2019-Q3',
        status: 'scheduled',
        startsAt: '2019-09-20T01:00:00.000Z',
        regulation: { packId: 'thanh-hoa-2018', decisionNumber: '4095/QĐ-BCĐ', effectiveFrom: '2018-10-19' },
        article: expect.stringMatching(/^Điều 8 khoản 1, Quyết định 4095\/QĐ-BCĐ/),
        sequence: 0,
      });
      expect(meeting.invitees.map((p: Json) => p.memberId).sort()).toEqual(['chair', 'vice', 'standing', 'SNV', 'STC', 'SYT', 'CA'].map((key) => members[key]).sort());
      expect(meeting.agenda).toHaveLength(2);

      const again = await api(secretariat.token, 'POST', '', plenary(), { 'idempotency-key': 'plenary-2019-q3' });
      expect(again.json()).toMatchObject({ meetingId });
      expect((await eventsOf(TH)).filter((e) => e.type === 'meetings.MeetingScheduled')).toHaveLength(1);
    });

    it('refuses what the regulation does not allow, naming the rule and the article, and records nothing', async () => {
      const before = (await eventsOf(TH)).length;
      const wrongPeriod = problem(await api(secretariat.token, 'POST', '', { ...plenary(), period: '2019-H2' }), 422);
      expect(wrongPeriod).toMatchObject({ rule: 'thanh-hoa-2018/meetings.plenary', article: expect.stringMatching(/^Điều 8 khoản 1/) });
      const byMember = problem(
        await api(secretariat.token, 'POST', '', { ...plenary(), kind: 'extraordinary', period: null, convenedBy: members.SNV }),
        422,
      );
      expect(byMember).toMatchObject({ rule: 'thanh-hoa-2018/meetings.extraordinary' });
      const bad = problem(await api(secretariat.token, 'POST', '', { ...plenary(), startsAt: '20/9/2019 8h', place: null }), 400);
      expect((bad.errors as Json[]).map((e) => e.path).sort()).toEqual(['place', 'startsAt']);
      expect(await eventsOf(TH)).toHaveLength(before);
    });

    it('says by when documents must go out: Thanh Hóa 2018 sets no lead time (RULES.md §2), so there is none', async () => {
      const deadline = await api(viewerToken(), 'GET', `/${meetingId}/documents-deadline`);
      expect(deadline.statusCode).toBe(200);
      expect(deadline.json()).toMatchObject({ meetingId, outcome: 'no-rule', latestSendDate: null, latestSendAt: null, regulation: { packId: 'thanh-hoa-2018' } });
    });

    it('stores a file by its hash and records a document sent the evening before (a fact, whatever the rule)', async () => {
      const bytes = Buffer.from('%PDF-1.4 Báo cáo 9 tháng năm 2019 (bản gửi thành viên)');
      const hash = createHash('sha256').update(bytes).digest('hex');
      const wrong = await client.request(secretariat.token, 'PUT', `/api/tenants/${TH}/meetings/files/${'0'.repeat(64)}`, bytes, { 'content-type': 'application/pdf' });
      expect(problem(wrong, 400).errors).toEqual([{ path: 'contentHash', message: 'must be the SHA-256 (hex) of the uploaded bytes' }]);
      const notUploaded = await api(secretariat.token, 'POST', `/${meetingId}/documents`, { title: 'x', contentHash: 'a'.repeat(64), channel: 'electronic', sentAt: '2019-09-19T17:00:00+07:00' });
      expect(problem(notUploaded, 400).errors).toEqual([{ path: 'contentHash', message: expect.stringContaining('upload it first') }]);
      const stored = await client.request(secretariat.token, 'PUT', `/api/tenants/${TH}/meetings/files/${hash}`, bytes, { 'content-type': 'application/pdf' });
      expect(stored.statusCode).toBe(200);
      expect(stored.json()).toMatchObject({ contentHash: hash, mediaType: 'application/pdf', sizeBytes: bytes.length });

      const meeting = await change(
        secretariat.token,
        '/documents',
        { title: 'Báo cáo 9 tháng năm 2019.pdf', agendaItemId: null, contentHash: hash, channel: 'electronic', sentAt: '2019-09-19T17:00:00+07:00' },
        201,
      );
      expect(meeting.documents).toEqual([
        expect.objectContaining({ contentHash: hash, sizeBytes: bytes.length, sentAt: '2019-09-19T10:00:00.000Z', leadTime: { outcome: 'no-rule', latestSendDate: null, latestSendAt: null, flag: null } }),
      ]);
      const download = await api(snvUser.token, 'GET', `/${meetingId}/documents/${meeting.documents[0].documentId}/file`);
      expect(download.statusCode).toBe(200);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.rawPayload.equals(bytes)).toBe(true);
      expect(download.headers['content-disposition']).toContain("filename*=UTF-8''B%C3%A1o%20c%C3%A1o");
    });

    it('lets a member ask to be absent for themselves only; only the person presiding decides (Điều 6.5)', async () => {
      const forAnother = await api(snvUser.token, 'POST', `/${meetingId}/absences`, { memberId: members.STC, reason: 'Đi công tác' });
      expect(problem(forAnother, 403).detail).toMatch(/for themselves only/);
      await change(snvUser.token, '/absences', { memberId: members.SNV, reason: 'Đi công tác Hà Nội' }, 201);
      // The secretariat records an absence for any invitee (the request came by phone).
      await change(secretariat.token, '/absences', { memberId: members.STC, reason: 'Họp HĐND tỉnh' }, 201);

      const byChair = problem(await api(chairUser.token, 'POST', `/${meetingId}/absences/${members.SNV}/decision`, { decision: 'approved' }), 422);
      expect(byChair).toMatchObject({ rule: 'thanh-hoa-2018/meetings.absence', article: expect.stringMatching(/^Điều 6 khoản 5, Quyết định 4095\/QĐ-BCĐ/) });
      const bySecretariat = problem(await api(secretariat.token, 'POST', `/${meetingId}/absences/${members.SNV}/decision`, { decision: 'approved' }), 403);
      expect(bySecretariat.detail).toMatch(/linked to no member/);
      const meeting = await change(viceUser.token, `/absences/${members.SNV}/decision`, { decision: 'refused' });
      expect(meeting.absences).toEqual(
        expect.arrayContaining([{ memberId: members.SNV, reason: 'Đi công tác Hà Nội', decision: 'refused', decidedBy: members.vice, as: 'presiding-person', article: expect.stringMatching(/^Điều 6 khoản 5/) }]),
      );
    });

    it('records a delegate named without the written opinion Điều 6.5 demands, flagged with rule and article', async () => {
      const meeting = await change(secretariat.token, '/delegates', { memberId: members.CA, delegate: { personId: people.delegate, agencyId: agencies.CA } }, 201);
      const flag = { rule: 'thanh-hoa-2018/meetings.absence', article: expect.stringMatching(/^Điều 6 khoản 5/), message: expect.stringContaining('written opinion') };
      expect(meeting.delegates).toEqual([{ memberId: members.CA, delegate: { personId: people.delegate, agencyId: agencies.CA }, writtenOpinion: null, flag }]);
      expect(meeting.flags).toEqual([flag]);
    });

    it('refuses a stale If-Match with 409 and changes nothing', async () => {
      const stale = await api(secretariat.token, 'POST', `/${meetingId}/conclusions`, { text: 'x' }, { 'if-match': `"${version - 1}"` });
      expect(problem(stale, 409).type).toBe('concurrency-conflict');
    });

    it('is held with every invitee accounted for: late, delegated, absent with and without consent', async () => {
      const meeting = await change(secretariat.token, '/holding', {
        heldAt: '2019-09-20T08:05:00+07:00',
        endedAt: '2019-09-20T11:15:00+07:00',
        presidedBy: members.vice,
        attendance: [
          { memberId: members.chair, attended: 'in-person', leftEarly: true },
          { memberId: members.vice, attended: 'in-person' },
          { memberId: members.standing, attended: 'in-person' },
          { memberId: members.SNV, attended: 'absent' },
          { memberId: members.STC, attended: 'absent' },
          { memberId: members.SYT, attended: 'in-person', arrivedLate: true },
          { memberId: members.CA, attended: 'through-delegate' },
        ],
      });
      expect(meeting.status).toBe('held');
      const status = Object.fromEntries(meeting.held.attendance.map((a: Json) => [a.memberId, a.status]));
      expect(status).toEqual({
        [members.chair]: 'present',
        [members.vice]: 'present',
        [members.standing]: 'present',
        [members.SNV]: 'absent-unapproved',
        [members.STC]: 'absent-unapproved',
        [members.SYT]: 'present',
        [members.CA]: 'delegate',
      });
    });

    it('has its minutes and notice signed by the standing member (Điều 5.4) under their agency\'s seal; anyone else is refused', async () => {
      const byChair = problem(await api(secretariat.token, 'POST', `/${meetingId}/minutes`, { number: '25/BB-BCĐ', signedBy: members.chair, signedAt: '2019-09-20T11:00:00+07:00' }), 422);
      expect(byChair).toMatchObject({ rule: 'thanh-hoa-2018/documents.noticeSigner', article: expect.stringMatching(/^Điều 5 khoản 4/) });
      for (const text of [
        'Các sở, ngành hoàn thành liên thông văn bản điện tử 4 cấp trước ngày 31/12/2019.',
        'Sở Thông tin và Truyền thông trình UBND tỉnh Kiến trúc Chính quyền điện tử phiên bản 2.0.',
        'Sở Y tế triển khai hồ sơ sức khỏe điện tử tại tuyến huyện.',
        'Công an tỉnh bảo đảm an toàn thông tin cho Trung tâm dữ liệu tỉnh.',
      ]) {
        await change(secretariat.token, '/conclusions', { text }, 201);
      }
      const minutes = await change(secretariat.token, '/minutes', { number: '25/BB-BCĐ', signedBy: members.standing, signedAt: '2019-09-20T11:00:00+07:00' });
      expect(minutes.minutes).toMatchObject({
        number: '25/BB-BCĐ',
        signedBy: { memberId: members.standing, role: 'standing-member', agencyId: agencies.STTTT },
        seal: { kind: 'own-agency', rule: 'thanh-hoa-2018/documents.seals.3', article: expect.stringMatching(/^Điều 2 khoản 6/) },
        authority: { rule: 'thanh-hoa-2018/documents.noticeSigner', article: expect.stringMatching(/^Điều 5 khoản 4/) },
      });
      await change(secretariat.token, '/notice', { number: '26/TB-BCĐ', signedBy: members.standing, signedAt: '2019-09-23T09:00:00+07:00' });
    });

    it('downloads the minutes as PDF and DOCX built from its events, with names from the personal-data store', async () => {
      const pdf = await api(viewerToken(), 'GET', `/${meetingId}/minutes.pdf`);
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      const text = flat(pdfText(pdf.rawPayload));
      const docx = await api(viewerToken(), 'GET', `/${meetingId}/minutes.docx`);
      expect(docx.statusCode).toBe(200);
      const word = flat(docxParagraphs(docxXml(docx.rawPayload)));
      for (const extracted of [text, word]) {
        for (const expected of [
          'UBND TỈNH THANH HÓA',
          'BAN CHỈ ĐẠO XÂY DỰNG', // the issuing body wraps beside the national motto
          'CHÍNH QUYỀN ĐIỆN TỬ TỈNH THANH HÓA',
          'Phiên họp Ban Chỉ đạo quý III năm 2019',
          'Phạm Quốc Khánh, Đại diện, Công an tỉnh (dự thay Lý Quốc Sơn)',
          'Hoàng Minh Tuấn, Ủy viên, Sở Nội vụ (vắng mặt không có phép)',
          'BIÊN BẢN',
          'Số: 25/BB-BCĐ',
          'Thanh Hóa, ngày 20 tháng 9 năm 2019',
          'Nguyễn Đình Xứng',
          'Trần Đức Thắng',
          'Lê Thị Hương',
          'Phạm Quốc Khánh',
          'Hoàng Minh Tuấn',
          'Sở Thông tin và Truyền thông trình UBND tỉnh Kiến trúc Chính quyền điện tử phiên bản 2.0',
          'Công an tỉnh bảo đảm an toàn thông tin cho Trung tâm dữ liệu tỉnh',
          'Cuộc họp kết thúc vào lúc 11 giờ 15 phút, ngày 20/9/2019',
          'THƯ KÝ',
          'CHỦ TỌA',
          'Lê Thị Thìn',
        ]) {
          expect(extracted).toContain(flat(expected));
        }
      }
      const notice = await api(viewerToken(), 'GET', `/${meetingId}/notice.pdf`);
      expect(flat(pdfText(notice.rawPayload))).toContain('THÔNG BÁO');
    });

    it('follows its action items; only the chair extends a due date; the four buckets of Báo cáo 1270 as of three dates', async () => {
      const assign = async (owner: string, description: string, dueOn: string) => {
        const meeting = await change(secretariat.token, '/action-items', { ownerAgencyId: agencies[owner], description, assignedOn: '2019-09-25', dueOn }, 201);
        return meeting.actionItems.at(-1).itemId as string;
      };
      const a = await assign('STTTT', 'Trình Kiến trúc Chính quyền điện tử 2.0', '2019-10-31');
      const b = await assign('SNV', 'Rà soát thủ tục hành chính trực tuyến mức độ 3, 4', '2019-10-31');
      const c = await assign('SYT', 'Triển khai hồ sơ sức khỏe điện tử', '2019-11-30');
      const d = await assign('CA', 'Đánh giá an toàn thông tin Trung tâm dữ liệu', '2019-11-15');
      await change(secretariat.token, `/action-items/${c}/progress`, { note: 'Đã triển khai tại 3/27 huyện', notedOn: '2019-11-05' }, 201);
      await change(secretariat.token, `/action-items/${a}/completion`, { doneOn: '2019-10-20' });
      await change(secretariat.token, `/action-items/${b}/completion`, { doneOn: '2019-11-10' });

      const extension = { dueOn: '2019-12-31', reason: 'Chờ kết quả kiểm định', approvedOn: '2019-11-10' };
      expect(problem(await api(secretariat.token, 'POST', `/${meetingId}/action-items/${d}/extension`, extension), 403).detail).toMatch(/linked to no member/);
      expect(problem(await api(viceUser.token, 'POST', `/${meetingId}/action-items/${d}/extension`, extension), 422)).toMatchObject({ rule: 'MEETINGS-extension-by-chair' });
      const extended = await change(chairUser.token, `/action-items/${d}/extension`, extension);
      expect(extended.actionItems.find((i: Json) => i.itemId === d).extensions).toEqual([{ ...extension, previousDueOn: '2019-11-15', approvedBy: members.chair }]);

      const buckets = async (asOf: string) => (await api(viewerToken(), 'GET', `/action-items?asOf=${asOf}`)).json() as Json;
      const october = await buckets('2019-10-25');
      expect(october.counts).toEqual({ 'done-on-time': 1, 'done-late': 0, 'not-done-in-time': 3, 'not-done-overdue': 0 });
      expect(october.completionRate).toEqual({ rate: '100.00', complement: '0.00' });
      const november = await buckets('2019-11-20');
      expect(november.counts).toEqual({ 'done-on-time': 1, 'done-late': 1, 'not-done-in-time': 2, 'not-done-overdue': 0 });
      expect(november.items.find((i: Json) => i.itemId === d)).toMatchObject({ dueOn: '2019-12-31', bucket: 'not-done-in-time' });
      const december = await buckets('2019-12-15');
      expect(december.counts).toEqual({ 'done-on-time': 1, 'done-late': 1, 'not-done-in-time': 1, 'not-done-overdue': 1 });
      expect(december.items.find((i: Json) => i.itemId === c)).toMatchObject({ bucket: 'not-done-overdue', dueOn: '2019-11-30', doneOn: null });
      expect(december.completionRate).toEqual({ rate: '66.66', complement: '33.34' });
    });

    it('counts it as the required 2019-Q3 plenary, held in its window; the other quarters were missed', async () => {
      const response = await api(viewerToken(), 'GET', '/required?from=2019-01-01&to=2019-12-31&asOf=2020-01-15');
      expect(response.statusCode).toBe(200);
      const plenaries = (response.json().meetings as Json[]).filter((m) => m.kind === 'plenary');
      expect(plenaries.map((m) => [m.period, m.status, m.meetingId])).toEqual([
        ['2019-Q1', 'missed', null],
        ['2019-Q2', 'missed', null],
        ['2019-Q3', 'held-in-window', meetingId],
        ['2019-Q4', 'missed', null],
      ]);
    });
  });

  describe('judged by the regulation in force on its date', () => {
    it('flags a 2018 plenary\'s document sent after the 5 working days of Thanh Hóa 2014 Điều 9.4, when 2014 was in force', async () => {
      const scheduled = await api(secretariat.token, 'POST', '', {
        kind: 'plenary',
        period: '2018',
        scheduledOn: '2018-06-15',
        startsAt: '2018-06-15T08:00:00+07:00',
        place: 'Hội trường UBND tỉnh',
        presidedBy: members.chair2014,
        convenedBy: members.chair2014,
      });
      expect(scheduled.statusCode).toBe(201);
      const meeting = scheduled.json() as Json;
      expect(meeting.regulation).toMatchObject({ packId: 'thanh-hoa-2014', decisionNumber: '3461/QĐ-BCĐ' });
      expect(meeting.invitees.map((p: Json) => p.memberId).sort()).toEqual([members.chair2014, members.standing2014, members.SNV2014].sort());
      const deadline = await api(snvUser.token, 'GET', `/${meeting.meetingId}/documents-deadline`);
      expect(deadline.json()).toMatchObject({ outcome: 'deadline', latestSendDate: '2018-06-07', requirement: { unit: 'working-days', days: 5 }, rule: 'thanh-hoa-2014/meetings.documentLeadTime' });
      const bytes = Buffer.from('Dự thảo báo cáo năm 2018');
      const hash = createHash('sha256').update(bytes).digest('hex');
      await client.request(secretariat.token, 'PUT', `/api/tenants/${TH}/meetings/files/${hash}`, bytes, { 'content-type': 'application/octet-stream' });
      const late = await client.request(secretariat.token, 'POST', `/api/tenants/${TH}/meetings/${meeting.meetingId}/documents`, {
        title: 'Dự thảo báo cáo năm 2018',
        contentHash: hash,
        channel: 'electronic',
        sentAt: '2018-06-11T09:00:00+07:00',
      });
      expect(late.json().documents[0].leadTime).toMatchObject({
        outcome: 'missed',
        latestSendDate: '2018-06-07',
        flag: { rule: 'thanh-hoa-2014/meetings.documentLeadTime', article: expect.stringMatching(/^Điều 9 khoản 4, Quyết định 3461\/QĐ-BCĐ/) },
      });
      expect(late.json().flags).toHaveLength(1);
    });
  });

  describe('an extraordinary meeting, rescheduled and cancelled, in the calendar feed', () => {
    let extraordinaryId: string;

    it('is proposed by the secretary (Điều 8.1), moved with its reason kept, then cancelled', async () => {
      const scheduled = await api(secretariat.token, 'POST', '', {
        kind: 'extraordinary',
        scheduledOn: '2019-11-05',
        startsAt: '2019-11-05T14:00:00+07:00',
        onlineLink: 'https://hop.thanhhoa.gov.vn/bcd-2019-11',
        presidedBy: members.chair,
        convenedBy: members.chair,
        proposedBy: { role: 'secretary', memberId: members.standing },
      });
      expect(scheduled.statusCode).toBe(201);
      extraordinaryId = scheduled.json().meetingId;
      const moved = await client.request(secretariat.token, 'POST', `/api/tenants/${TH}/meetings/${extraordinaryId}/reschedule`, {
        scheduledOn: '2019-11-06',
        startsAt: '2019-11-06T14:00:00+07:00',
        onlineLink: 'https://hop.thanhhoa.gov.vn/bcd-2019-11',
        reason: 'Trùng lịch họp UBND tỉnh',
      });
      expect(moved.json()).toMatchObject({ scheduledOn: '2019-11-06', sequence: 1, reschedules: [{ scheduledOn: '2019-11-06', reason: 'Trùng lịch họp UBND tỉnh' }] });
      const cancelled = await client.request(secretariat.token, 'POST', `/api/tenants/${TH}/meetings/${extraordinaryId}/cancellation`, { reason: 'Nội dung đã xử lý bằng văn bản' });
      expect(cancelled.json()).toMatchObject({ status: 'cancelled', sequence: 2, cancellation: { reason: 'Nội dung đã xử lý bằng văn bản' } });
      // Cancelling again changes nothing; rescheduling a cancelled meeting is refused.
      const again = await client.request(secretariat.token, 'POST', `/api/tenants/${TH}/meetings/${extraordinaryId}/cancellation`, { reason: 'Nhắc lại' });
      expect(again.json()).toMatchObject({ version: cancelled.json().version, cancellation: { reason: 'Nội dung đã xử lý bằng văn bản' } });
      const moveCancelled = await client.request(secretariat.token, 'POST', `/api/tenants/${TH}/meetings/${extraordinaryId}/reschedule`, {
        scheduledOn: '2019-11-07',
        startsAt: '2019-11-07T14:00:00+07:00',
        place: 'Phòng họp số 1',
        reason: 'Họp lại',
      });
      expect(problem(moveCancelled, 422)).toMatchObject({ rule: 'MEETINGS-meeting-cancelled' });
    });

    it('serves the feed at a per-user secret URL: UTC instants, stable UIDs, SEQUENCE, CANCELLED; rotating or revoking ends the old URL', async () => {
      const issued = await api(snvUser.token, 'POST', '/calendar-feed');
      expect(issued.statusCode).toBe(201);
      const { url } = issued.json() as { url: string };
      expect(url).toMatch(/^\/api\/calendar\/meetings\/[A-Za-z0-9_-]{43}\.ics$/);
      const feed = await client.request(undefined, 'GET', url);
      expect(feed.statusCode).toBe(200);
      expect(feed.headers['content-type']).toContain('text/calendar');
      const events = new ICAL.Component(ICAL.parse(feed.body)).getAllSubcomponents('vevent');
      const byUid = new Map(events.map((e) => [String(e.getFirstPropertyValue('uid')), e]));
      const plenaryEvent = byUid.get(meetingId)!;
      expect((plenaryEvent.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString()).toBe('2019-09-20T01:00:00.000Z');
      expect((plenaryEvent.getFirstPropertyValue('dtend') as ICAL.Time).toJSDate().toISOString()).toBe('2019-09-20T03:00:00.000Z');
      expect(plenaryEvent.getFirstPropertyValue('status')).toBe('CONFIRMED');
      const cancelled = byUid.get(extraordinaryId)!;
      expect(cancelled.getFirstPropertyValue('status')).toBe('CANCELLED');
      expect(cancelled.getFirstPropertyValue('sequence')).toBe(2);
      expect((cancelled.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString()).toBe('2019-11-06T07:00:00.000Z');
      expect(String(cancelled.getFirstPropertyValue('description'))).toContain('https://hop.thanhhoa.gov.vn/bcd-2019-11');

      const rotated = (await api(snvUser.token, 'POST', '/calendar-feed')).json() as { url: string };
      expect((await client.request(undefined, 'GET', url)).statusCode).toBe(404);
      expect((await client.request(undefined, 'GET', rotated.url)).statusCode).toBe(200);
      expect((await api(snvUser.token, 'DELETE', '/calendar-feed')).statusCode).toBe(204);
      expect((await client.request(undefined, 'GET', rotated.url)).statusCode).toBe(404);
      expect((await client.request(undefined, 'GET', '/api/calendar/meetings/not-a-secret.ics')).statusCode).toBe(404);
    });
  });

  describe('Kiên Giang 2008 beside it', () => {
    let kg: MembershipClient;
    const kgMembers: Record<string, string> = {};
    let kgMeeting: string;

    beforeAll(async () => {
      await client.tenant(admin.token, KG, 'Tỉnh Kiên Giang');
      viewerOfKg = await client.member(admin.token, KG, 'viewer.kg', 'viewer');
      kg = new MembershipClient(client, KG, admin.token);
      await kg.adopt('kien-giang-2008');
      const kgAgencies: Record<string, string> = {};
      for (const [code, name] of [
        ['UBND', 'Ủy ban nhân dân tỉnh Kiên Giang'],
        ['STTTT', 'Sở Thông tin và Truyền thông'],
        ['SNV', 'Sở Nội vụ'],
      ]) {
        kgAgencies[code] = await kg.agency(code, name, code === 'UBND' ? 'people-committee' : 'department');
      }
      const committeeId = await kg.committee({ name: 'Ban Chỉ đạo Công nghệ thông tin tỉnh Kiên Giang', decision: { number: '1498/QĐ-UBND', date: '2008-06-20' }, establishedOn: '2008-06-23', standingAgencyId: kgAgencies.STTTT });
      for (const [key, role, code, name] of [
        ['chair', 'chair', 'UBND', 'Văn Hà Phong'],
        ['STTTT', 'member', 'STTTT', 'Nguyễn Văn Sáu'],
        ['SNV', 'member', 'SNV', 'Trần Thị Bảy'],
      ] as const) {
        kgMembers[key] = await kg.appoint(committeeId, { personId: await kg.person(name), role, agencyId: kgAgencies[code], decision: { number: '1498/QĐ-UBND', date: '2008-06-20' }, effectiveOn: '2008-06-23' });
      }
    });

    it('flags a document sent after the 3 working days of Điều 11 (neither the sending day nor the meeting day counts)', async () => {
      const scheduled = await client.request(admin.token, 'POST', `/api/tenants/${KG}/meetings`, {
        kind: 'plenary',
        period: '2009-Q1',
        scheduledOn: '2009-03-25',
        startsAt: '2009-03-25T08:00:00+07:00',
        place: 'Hội trường UBND tỉnh Kiên Giang',
        presidedBy: kgMembers.chair,
        convenedBy: kgMembers.chair,
      });
      expect(scheduled.statusCode).toBe(201);
      kgMeeting = scheduled.json().meetingId;
      const deadline = await client.request(viewerOfKg.token, 'GET', `/api/tenants/${KG}/meetings/${kgMeeting}/documents-deadline`);
      expect(deadline.json()).toMatchObject({
        outcome: 'deadline',
        latestSendDate: '2009-03-19',
        requirement: { unit: 'working-days', days: 3 },
        rule: 'kien-giang-2008/meetings.documentLeadTime',
        article: expect.stringMatching(/^Điều 11, Quyết định 1507\/QĐ-UBND/),
        counting: expect.stringContaining('Điều 147'),
      });
      const bytes = Buffer.from('Tài liệu phiên họp quý I/2009');
      const hash = createHash('sha256').update(bytes).digest('hex');
      await client.request(admin.token, 'PUT', `/api/tenants/${KG}/meetings/files/${hash}`, bytes, { 'content-type': 'application/octet-stream' });
      const late = await client.request(admin.token, 'POST', `/api/tenants/${KG}/meetings/${kgMeeting}/documents`, {
        title: 'Dự thảo báo cáo quý I',
        contentHash: hash,
        channel: 'electronic',
        sentAt: '2009-03-23T09:00:00+07:00',
      });
      expect(late.statusCode).toBe(201);
      expect(late.json().documents[0].leadTime).toEqual({
        outcome: 'missed',
        latestSendDate: '2009-03-19',
        latestSendAt: null,
        flag: { rule: 'kien-giang-2008/meetings.documentLeadTime', article: expect.stringMatching(/^Điều 11/), message: expect.stringContaining('2009-03-19') },
      });
      // The file is the province's own: Thanh Hóa stored none under this hash.
      const stranger = await client.request(secretariat.token, 'POST', `/api/tenants/${TH}/meetings/${meetingId}/documents`, { title: 'x', contentHash: hash, channel: 'electronic', sentAt: '2019-09-19T08:00:00+07:00' });
      expect(problem(stranger, 400).errors).toEqual([expect.objectContaining({ path: 'contentHash' })]);
    });

    it('asks for written opinions when no meeting can be held (Điều 10) and says who has not answered', async () => {
      const started = await client.request(admin.token, 'POST', `/api/tenants/${KG}/meetings/consultations`, {
        question: 'Cho ý kiến dự thảo Kế hoạch ứng dụng CNTT năm 2010',
        recipients: [kgMembers.STTTT, kgMembers.SNV],
        requestedBy: kgMembers.chair,
        startedOn: '2009-04-01',
        deadlineOn: '2009-04-10',
      });
      expect(started.statusCode).toBe(201);
      const consultation = started.json() as Json;
      expect(consultation.article).toMatch(/^Điều 10/);
      const opinion = await client.request(admin.token, 'POST', `/api/tenants/${KG}/meetings/consultations/${consultation.consultationId}/opinions`, {
        memberId: kgMembers.STTTT,
        receivedOn: '2009-04-05',
        reference: '45/STTTT-CNTT',
        summary: 'Thống nhất với dự thảo',
      });
      expect(opinion.statusCode).toBe(201);
      const status = await client.request(viewerOfKg.token, 'GET', `/api/tenants/${KG}/meetings/consultations/${consultation.consultationId}?asOf=2009-04-15`);
      expect(status.json()).toMatchObject({ unanswered: [{ memberId: kgMembers.SNV, overdue: true }], opinions: [{ memberId: kgMembers.STTTT, late: false }] });
    });

    it('sees nothing of Thanh Hóa, and Thanh Hóa nothing of it (404)', async () => {
      const crossRead = await client.request(viewerOfKg.token, 'GET', `/api/tenants/${TH}/meetings/${meetingId}`);
      expect(problem(crossRead, 404).detail).toBe(`Tenant ${TH} not found`);
      const byId = await client.request(viewerOfKg.token, 'GET', `/api/tenants/${KG}/meetings/${meetingId}`);
      expect(problem(byId, 404).detail).toBe(`Meeting ${meetingId} not found`);
      const list = (await client.request(viewerOfKg.token, 'GET', `/api/tenants/${KG}/meetings`)).json() as Json[];
      expect(list.map((m) => m.meetingId)).toEqual([kgMeeting]);
      const file = await client.request(viewerOfKg.token, 'GET', `/api/tenants/${KG}/meetings/${meetingId}/minutes.pdf`);
      expect(problem(file, 404).detail).toBe(`Meeting ${meetingId} not found`);
    });
  });

  /** Any reader of Thanh Hóa (a member here): reads are open to every role of the tenant. */
  function viewerToken(): string {
    return snvUser.token;
  }
});
