// Erasing a person at their request (PGlite, whole platform): afterwards no read model, API answer or
// log line shows their name, e-mail or phone number, while the events already stored are unchanged (the
// audit trail does not exist yet: its chain is checked once it does) and their history still reads.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { fixedClock, type RecordedEvent } from '@bcd/kernel';
import type { EventStore, PostgresEventStore } from '@bcd/event-store';
import { EVENT_STORE, PROJECTION_HOST } from '@bcd/service-host';
import { startApp } from '../testing/http.js';
import { IdentityClient } from '../testing/identity-client.js';
import { LogCapture } from '../testing/log-capture.js';
import { MembershipClient, problem } from '../testing/membership-client.js';
import { testConfig } from '../testing/test-config.js';

const TENANT = 'thanh-hoa';
// The data subject: a name, e-mail and phone number that occur nowhere else.
const NAME = 'Tôn Nữ Diễm Kiều';
const EMAIL = 'diemkieu.ton@thanhhoa.gov.vn';
const PHONE = '+84 912 345 678';
const SECRETS = [NAME, EMAIL, PHONE, 'Diễm Kiều', 'diemkieu'];

describe('erasing a person (PGlite)', () => {
  const clock = fixedClock('2025-07-15T02:00:00.000Z');
  const logs = new LogCapture();
  let app: NestFastifyApplication;
  let store: EventStore;
  let th: MembershipClient;
  let committeeId: string;
  let memberId: string;
  let personId: string;
  let eventsBefore: RecordedEvent[];
  /** Every GET the person shows up in. */
  let reads: string[];

  async function allEvents(): Promise<RecordedEvent[]> {
    return (await store.readAll({ maxCount: 100_000 })).events;
  }

  const mentions = (text: string) => SECRETS.filter((secret) => text.includes(secret));
  const eventText = (e: RecordedEvent) => JSON.stringify({ type: e.type, streamId: e.streamId, data: e.data, metadata: e.metadata });

  beforeAll(async () => {
    let inject;
    ({ app, inject } = await startApp(testConfig({ DATA_DIR: 'memory://', ADMIN_PASSWORD: 'erasure-admin-password', LOG_LEVEL: 'debug' }), { clock, logStream: logs }));
    store = app.get<EventStore>(EVENT_STORE);
    const client = new IdentityClient(inject);
    const admin = await client.session('admin', 'erasure-admin-password');
    await client.tenant(admin.token, TENANT, 'Tỉnh Thanh Hóa');
    const tenantAdmin = await client.member(admin.token, TENANT, 'admin.th', 'tenant_admin');
    th = new MembershipClient(client, TENANT, tenantAdmin.token);
    await th.adopt('thanh-hoa-2014');

    const stttt = await th.agency('STTTT', 'Sở Thông tin và Truyền thông', 'department');
    const syt = await th.agency('SYT', 'Sở Y tế', 'department');
    committeeId = await th.committee({ name: 'Ban Chỉ đạo ứng dụng CNTT tỉnh Thanh Hóa', decision: { number: '1832/QĐ-UBND', date: '2014-06-13' }, standingAgencyId: stttt });
    // registered with an Idempotency-Key: the kept answer and fingerprint must go too
    const registered = await th.request('POST', '/people', { fullName: NAME, email: EMAIL, phone: PHONE }, { 'idempotency-key': 'register-data-subject' });
    expect(registered.statusCode).toBe(201);
    expect(mentions(registered.body)).toEqual([]); // answers to changes carry ids only
    personId = registered.json().personId;
    // a refused request with the name in its body: it must not reach the log either
    expect((await th.request('POST', '/people', { fullName: NAME, email: 'not-an-email' })).statusCode).toBe(400);

    const decision = { number: '2765/QĐ-UBND', date: '2014-11-03' };
    memberId = await th.appoint(committeeId, { personId, role: 'member', agencyId: syt, decision });
    await th.ok('PUT', `/committees/${committeeId}/members/${memberId}/responsibilities`, { responsibilities: [{ area: 'y tế', text: 'Ứng dụng CNTT trong lĩnh vực Y tế' }], effectiveOn: '2014-11-03' });
    await th.ok('POST', `/committees/${committeeId}/members/${memberId}/long-absence`, { reason: 'study', from: '2016-09-01', expectedUntil: '2017-06-30', noticeReference: '125/SYT-TCCB', notifiedOn: '2016-08-20' });
    await th.ok('POST', `/committees/${committeeId}/working-group`, { name: 'Tổ giúp việc', decision: { number: '2605/QĐ-BCĐ', date: '2014-08-17' } });
    await th.ok('POST', `/committees/${committeeId}/working-group/members`, { personId, agencyId: syt, joinedOn: '2014-11-03' });
    await th.ok('POST', `/committees/${committeeId}/working-group/leader`, { personId, decision: { number: '2606/QĐ-BCĐ', date: '2014-11-05' } });

    reads = [
      '/people',
      `/people/${personId}`,
      `/committees/${committeeId}/roster`,
      `/committees/${committeeId}/roster?asOf=2015-01-01`,
      `/committees/${committeeId}/members/${memberId}`,
      `/committees/${committeeId}/seats-pending-replacement`,
      `/committees/${committeeId}/working-group`,
    ];
    // before the erasure every one of these answers shows the name
    for (const path of reads) expect({ path, mentions: mentions((await th.request('GET', path)).body).includes(NAME) }).toEqual({ path, mentions: true });
    eventsBefore = await allEvents();
  });

  afterAll(() => app.close());

  it('never put the name, e-mail or phone number into an event', () => {
    expect(eventsBefore.length).toBeGreaterThan(10);
    expect(eventsBefore.filter((e) => mentions(eventText(e)).length > 0)).toEqual([]);
  });

  it('erases the person: 200, one PersonErased event without personal data, and the same answer again', async () => {
    const erased = await th.request('POST', `/people/${personId}/erasure`, { requestReference: 'YC-2025-017' });
    expect(erased.statusCode).toBe(200);
    expect(erased.json()).toMatchObject({ personId, status: 'erased' });
    const after = await allEvents();
    const added = after.slice(eventsBefore.length);
    expect(added.map((e) => [e.type, e.data])).toEqual([['membership.PersonErased', { personId, requestReference: 'YC-2025-017', erasedOn: '2025-07-15' }]]);

    const again = await th.request('POST', `/people/${personId}/erasure`, { requestReference: 'YC-2025-017' });
    expect(again.statusCode).toBe(200);
    expect((await allEvents()).length).toBe(after.length);
    expect(added.filter((e) => mentions(eventText(e)).length > 0)).toEqual([]);
  });

  it('leaves the events already stored exactly as they were', async () => {
    const after = await allEvents();
    expect(after.slice(0, eventsBefore.length)).toEqual(eventsBefore);
  });

  it('shows the person in no API answer, while their history still reads', async () => {
    for (const path of reads) {
      const response = await th.request('GET', path);
      expect({ path, status: response.statusCode, mentions: mentions(response.body) }).toEqual({ path, status: 200, mentions: [] });
    }
    const member = await th.get<{ person: unknown; history: Array<{ type: string }> }>(`/committees/${committeeId}/members/${memberId}`);
    expect(member.person).toEqual({ personId, fullName: null, email: null, phone: null, erased: true });
    expect(member.history.map((h) => h.type)).toEqual(['MemberAppointed', 'ResponsibilitiesAssigned', 'LongAbsenceNotified']);
    const roster = await th.get<{ members: Array<{ memberId: string; person: unknown }> }>(`/committees/${committeeId}/roster`);
    expect(roster.members.find((m) => m.memberId === memberId)?.person).toMatchObject({ personId, erased: true, fullName: null });
    // the Idempotency-Key's kept answer is gone with the rest: the key is free again
    const replay = await th.request('POST', '/people', { fullName: 'Người khác' }, { 'idempotency-key': 'register-data-subject' });
    expect(replay.statusCode).toBe(201);
    expect(replay.json().personId).not.toBe(personId);
  });

  it('keeps the person in no row of any membership table (read models, personal data) nor of the idempotency records', async () => {
    const host = app.get<PostgresEventStore>(PROJECTION_HOST);
    const tables = await host.executor.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND (table_name LIKE 'membership\\_%' OR table_name = 'host_idempotency_keys') ORDER BY table_name`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(['membership_members', 'membership_personal_data', 'host_idempotency_keys']));
    for (const { table_name: table } of tables) {
      const rows = await host.executor.query<{ row: unknown }>(`SELECT row_to_json(t) AS row FROM ${table} t`);
      expect({ table, mentions: mentions(JSON.stringify(rows)) }).toEqual({ table, mentions: [] });
    }
    // the kept answers of requests that named the person (their id) are gone with the rest
    const kept = await host.executor.query(`SELECT key FROM host_idempotency_keys WHERE tenant_id = $1 AND $2::uuid = ANY (mentions)`, [TENANT, personId]);
    expect(kept).toEqual([]);
  });

  it('wrote no log line with the name, the e-mail or the phone number', () => {
    expect(logs.raw.length).toBeGreaterThan(20);
    expect(logs.raw.filter((line) => mentions(line).length > 0)).toEqual([]);
  });

  it('refuses to appoint or add the erased person again', async () => {
    const agencies = await th.get<Array<{ agencyId: string; code: string }>>('/agencies');
    const syt = agencies.find((a) => a.code === 'SYT')!.agencyId;
    const appoint = await th.request('POST', `/committees/${committeeId}/members`, { personId, role: 'member', agencyId: syt, decision: { number: '1/QĐ-UBND', date: '2025-07-01' } });
    expect(problem(appoint, 422)).toMatchObject({ rule: 'MEMBERSHIP-person-erased' });
    const change = await th.request('PUT', `/people/${personId}`, { fullName: NAME });
    expect(problem(change, 422)).toMatchObject({ rule: 'MEMBERSHIP-person-erased' });
  });
});
