// The opening process run on two instances of the platform at once, against one PostgreSQL database (as
// two replicas would): every obligation Kiên Giang 2008 asks for since 2008 is recorded exactly once —
// one stream, one ObligationOpened event — and a third run records nothing. Runs when TEST_DATABASE_URL is
// set (`.ci/run` sets it); without it, says so.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import { fixedClock } from '@bcd/kernel';
import type { EventStore } from '@bcd/event-store';
import { ObligationOpener } from '@bcd/reporting';
import { EVENT_STORE } from '@bcd/service-host';
import { uniqueTenant } from '@bcd/service-host/testing';
import { startApp } from '../testing/http.js';
import { IdentityClient } from '../testing/identity-client.js';
import { MembershipClient } from '../testing/membership-client.js';
import { testConfig } from '../testing/test-config.js';

const url = process.env.TEST_DATABASE_URL;
if (!url) console.warn('SKIPPED: the opening process on two instances at once on PostgreSQL — set TEST_DATABASE_URL to run it');
const onPostgres = url ? describe : describe.skip;

onPostgres('the opening process on two instances at once (PostgreSQL)', () => {
  const clock = fixedClock('2019-12-20T02:00:00.000Z');
  const tenant = uniqueTenant('kg');
  let first: NestFastifyApplication;
  let second: NestFastifyApplication;

  // A database of its own: the shared test database holds other files' events, which two new hosts would
  // first project (slow) and users whose bootstrap admin is another.
  const database = `bcd_opener_${tenant.replace(/-/g, '_')}`;
  const admin = new pg.Client({ connectionString: url });

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    const own = new URL(url!);
    own.pathname = `/${database}`;
    const config = testConfig({ DATABASE_URL: own.toString(), DATA_DIR: 'unused', ADMIN_PASSWORD: 'opener-admin-password' });
    let inject;
    ({ app: first, inject } = await startApp(config, { clock }));
    ({ app: second } = await startApp(config, { clock }));
    const client = new IdentityClient(inject);
    const session = await client.session('admin', 'opener-admin-password');
    await client.tenant(session.token, tenant, 'Tỉnh Kiên Giang');
    const kg = new MembershipClient(client, tenant, session.token);
    await kg.adopt('kien-giang-2008');
    const agencies = await Promise.all([
      kg.agency('UBND', 'Ủy ban nhân dân tỉnh Kiên Giang', 'people-committee'),
      kg.agency('STTTT', 'Sở Thông tin và Truyền thông', 'department'),
      kg.agency('SNV', 'Sở Nội vụ', 'department'),
    ]);
    const decision = { number: '1498/QĐ-UBND', date: '2008-06-20' };
    const committeeId = await kg.committee({ name: 'Ban Chỉ đạo Công nghệ thông tin tỉnh Kiên Giang', decision, establishedOn: '2008-06-23', standingAgencyId: agencies[1] });
    for (const [i, role] of (['chair', 'member', 'member'] as const).entries()) {
      await kg.appoint(committeeId, { personId: await kg.person(`Thành viên ${i + 1}`), role, agencyId: agencies[i], decision, effectiveOn: '2008-06-23' });
    }
  });

  afterAll(async () => {
    await second?.close();
    await first?.close();
    await admin.query(`DROP DATABASE IF EXISTS ${database}`);
    await admin.end();
  });

  it('records each obligation once, whichever instance gets there first', async () => {
    const [a, b] = await Promise.all([first.get(ObligationOpener).runFor(tenant), second.get(ObligationOpener).runFor(tenant)]);
    expect(a.planned).toBe(b.planned);
    // Quarterly since Q3 2008 up to Q4 2019 (due 15/12/2019), for each of the three members' agencies.
    expect(a.planned).toBe(46 * 3);
    const store = first.get<EventStore>(EVENT_STORE);
    const opened = (await store.readAll({ tenantId: tenant, typePrefix: 'reporting.ObligationOpened', maxCount: 10_000 })).events;
    expect(opened).toHaveLength(a.planned);
    expect(new Set(opened.map((e) => e.streamId)).size).toBe(a.planned);
    expect(new Set(opened.map((e) => e.eventId)).size).toBe(a.planned);
    const again = await second.get(ObligationOpener).runFor(tenant);
    expect(again).toMatchObject({ opened: 0, followed: 0, withdrawn: 0 });
  });
});
