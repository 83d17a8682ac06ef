// The working-day calendar over HTTP, through the whole platform on an embedded store (PGlite in
// memory): working days across Tết, 30/4–1/5 and 2/9; holidays of a year; platform admins' overrides
// recorded as events and reflected at once; who may change it; 404 outside the data; 400 with field paths.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { fixedClock } from '@bcd/kernel';
import type { EventStore } from '@bcd/event-store';
import { EVENT_STORE } from '@bcd/service-host';
import { startApp } from '../testing/http.js';
import { IdentityClient, type Session } from '../testing/identity-client.js';
import { testConfig } from '../testing/test-config.js';

const decisionRef = 'Thông báo 01/TB-TEST ngày 02/01/2025';
const reason = 'Nghỉ thêm theo thông báo (ngày giả định cho kiểm thử)';

describe('calendar over HTTP (PGlite)', () => {
  let app: NestFastifyApplication;
  let client: IdentityClient;
  let store: EventStore;
  let admin: Session;
  let tenantAdmin: Session;
  let viewer: Session;

  const get = async (url: string, session: Session = viewer) => {
    const response = await client.request(session.token, 'GET', url);
    return { status: response.statusCode, body: response.json() };
  };
  const workingDays = async (from: string, to: string) => (await get(`/api/calendar/working-days?from=${from}&to=${to}`)).body;

  beforeAll(async () => {
    let inject;
    ({ app, inject } = await startApp(testConfig({ DATA_DIR: 'memory://', ADMIN_PASSWORD: 'calendar-admin-password' }), {
      clock: fixedClock('2025-07-15T02:00:00.000Z'),
    }));
    store = app.get<EventStore>(EVENT_STORE);
    client = new IdentityClient(inject);
    admin = await client.session('admin', 'calendar-admin-password');
    await client.tenant(admin.token, 'thanh-hoa', 'Tỉnh Thanh Hóa');
    tenantAdmin = await client.member(admin.token, 'thanh-hoa', 'admin.th', 'tenant_admin');
    viewer = await client.member(admin.token, 'thanh-hoa', 'viewer.th', 'viewer');
  });

  afterAll(() => app.close());

  describe('working days', () => {
    it('skips Tết Giáp Thìn 2024 (08/02–14/02, with the two compensatory days)', async () => {
      const body = await workingDays('2024-02-01', '2024-02-29');
      expect(body.workingDays.slice(0, 7)).toEqual(['2024-02-01', '2024-02-02', '2024-02-05', '2024-02-06', '2024-02-07', '2024-02-15', '2024-02-16']);
      expect(body).toMatchObject({ from: '2024-02-01', to: '2024-02-29', count: 16, workingDaysBetween: 15 });
      expect((await get('/api/calendar/add-working-days?date=2024-02-07&days=1')).body).toEqual({ date: '2024-02-07', days: 1, result: '2024-02-15' });
    });

    it('skips Tết Ất Tỵ 2025 (27/01–31/01), forwards and backwards', async () => {
      const body = await workingDays('2025-01-20', '2025-02-07');
      expect(body.workingDays).toEqual([
        '2025-01-20', '2025-01-21', '2025-01-22', '2025-01-23', '2025-01-24',
        '2025-02-03', '2025-02-04', '2025-02-05', '2025-02-06', '2025-02-07',
      ]);
      expect(body.count).toBe(10);
      expect((await get('/api/calendar/add-working-days?date=2025-01-24&days=1')).body.result).toBe('2025-02-03');
      expect((await get('/api/calendar/add-working-days?date=2025-02-03&days=-1')).body.result).toBe('2025-01-24');
      expect((await get('/api/calendar/add-working-days?date=2025-02-03&days=0')).body.result).toBe('2025-02-03');
    });

    it('skips 30/4–1/5 with the swapped day off, and counts the make-up Saturday', async () => {
      // 2024: off 29/4 (swapped), 30/4, 1/5; Saturday 4/5 worked instead
      expect((await workingDays('2024-04-26', '2024-05-06')).workingDays).toEqual(['2024-04-26', '2024-05-02', '2024-05-03', '2024-05-04', '2024-05-06']);
      // 2025: Saturday 26/4 worked, off 30/4, 1/5 and 2/5 (swapped)
      expect((await workingDays('2025-04-28', '2025-05-05')).workingDays).toEqual(['2025-04-28', '2025-04-29', '2025-05-05']);
      expect((await get('/api/calendar/add-working-days?date=2025-04-25&days=1')).body.result).toBe('2025-04-26');
    });

    it('skips Quốc khánh 2/9 and its adjacent day from 2021', async () => {
      expect((await workingDays('2021-08-30', '2021-09-06')).workingDays).toEqual(['2021-08-30', '2021-08-31', '2021-09-01', '2021-09-06']);
      expect((await workingDays('2024-08-29', '2024-09-06')).workingDays).toEqual(['2024-08-29', '2024-08-30', '2024-09-04', '2024-09-05', '2024-09-06']);
      expect((await workingDays('2025-08-29', '2025-09-05')).workingDays).toEqual(['2025-08-29', '2025-09-03', '2025-09-04', '2025-09-05']);
      expect((await get('/api/calendar/add-working-days?date=2025-09-03&days=-1')).body.result).toBe('2025-08-29');
    });

    it('lists a year\'s holidays with kind, name, source and basis', async () => {
      const { status, body } = await get('/api/calendar/holidays?year=2025');
      expect(status).toBe(200);
      expect(body.year).toBe(2025);
      expect(body.entries.map((e: { date: string }) => e.date)).toEqual(
        expect.arrayContaining(['2025-01-01', '2025-01-27', '2025-01-31', '2025-04-07', '2025-04-26', '2025-05-02', '2025-09-01', '2025-09-02']),
      );
      expect(body.entries.find((e: { date: string }) => e.date === '2025-01-29')).toEqual({
        date: '2025-01-29',
        kind: 'holiday',
        name: 'Tết Nguyên đán (mùng 1)',
        source: expect.stringContaining('Bộ luật Lao động 2019'),
        basis: 'announced',
        note: expect.any(String),
      });
      expect(body.entries.find((e: { date: string }) => e.date === '2025-04-26')).toMatchObject({ kind: 'make-up-working-day' });
    });

    it('lets any authenticated caller read, and nobody without a token', async () => {
      for (const session of [admin, tenantAdmin, viewer]) expect((await get('/api/calendar/holidays?year=2024', session)).status).toBe(200);
      expect((await client.request(undefined, 'GET', '/api/calendar/holidays?year=2024')).statusCode).toBe(401);
    });
  });

  describe('overrides by platform admins', () => {
    it('records an added day off as an event and answers with it at once', async () => {
      const before = await workingDays('2025-01-20', '2025-02-07');
      const response = await client.request(admin.token, 'POST', '/api/calendar/holidays', {
        date: '2025-01-24',
        name: 'Nghỉ thêm trước Tết',
        reason,
        decisionRef,
      });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toEqual({
        date: '2025-01-24',
        workingDay: false,
        entries: [{ date: '2025-01-24', kind: 'holiday', name: 'Nghỉ thêm trước Tết', source: decisionRef, basis: 'override', note: reason }],
      });

      const after = await workingDays('2025-01-20', '2025-02-07');
      expect(after.count).toBe(before.count - 1);
      expect(after.workingDays).not.toContain('2025-01-24');
      expect((await get('/api/calendar/add-working-days?date=2025-01-23&days=1')).body.result).toBe('2025-02-03');
      expect((await get('/api/calendar/holidays?year=2025')).body.entries).toContainEqual(expect.objectContaining({ date: '2025-01-24', basis: 'override' }));

      const [event] = await store.readStream('platform', 'calendar-overrides', { direction: 'backwards', maxCount: 1 });
      expect(event).toMatchObject({
        type: 'calendar.HolidayAdded',
        tenantId: 'platform',
        data: { date: '2025-01-24', kind: 'holiday', name: 'Nghỉ thêm trước Tết', reason, decisionRef },
        metadata: { actor: { userId: admin.userId, role: 'platform_admin' } },
      });
    });

    it('adds a make-up working day on a Saturday, and removes a day off (reason in the query string)', async () => {
      const added = await client.request(admin.token, 'POST', '/api/calendar/working-days', { date: '2025-01-25', reason, decisionRef });
      expect(added.statusCode).toBe(201);
      expect(added.json()).toMatchObject({ date: '2025-01-25', workingDay: true });
      expect((await get('/api/calendar/add-working-days?date=2025-01-23&days=1')).body.result).toBe('2025-01-25');

      const removed = await client.request(
        admin.token,
        'DELETE',
        `/api/calendar/holidays/2025-01-24?reason=${encodeURIComponent('Thông báo bị thu hồi')}&decisionRef=${encodeURIComponent(decisionRef)}`,
      );
      expect(removed.statusCode).toBe(200);
      expect(removed.json()).toEqual({ date: '2025-01-24', workingDay: true, entries: [] });
      expect((await workingDays('2025-01-20', '2025-01-26')).workingDays).toEqual([
        '2025-01-20', '2025-01-21', '2025-01-22', '2025-01-23', '2025-01-24', '2025-01-25',
      ]);
      const types = (await store.readStream('platform', 'calendar-overrides')).map((e) => e.type);
      expect(types).toEqual(['calendar.HolidayAdded', 'calendar.WorkingDayAdded', 'calendar.HolidayRemoved']);
    });

    it('removes a built-in holiday with reason and decisionRef in the body', async () => {
      const response = await client.request(admin.token, 'DELETE', '/api/calendar/holidays/2026-01-01', { reason, decisionRef });
      expect(response.statusCode).toBe(200);
      expect((await get('/api/calendar/add-working-days?date=2025-12-31&days=1')).body.result).toBe('2026-01-01');
    });

    it('refuses an override the calendar rules forbid, with the rule id (422)', async () => {
      const response = await client.request(admin.token, 'POST', '/api/calendar/holidays', { date: '2025-01-29', name: 'Tết', reason, decisionRef });
      expect(response.statusCode).toBe(422);
      expect(response.json()).toMatchObject({ type: 'rule-violation', rule: 'CALENDAR-already-day-off' });
      const weekday = await client.request(admin.token, 'POST', '/api/calendar/working-days', { date: '2025-01-22', reason, decisionRef });
      expect(weekday.json()).toMatchObject({ status: 422, rule: 'CALENDAR-make-up-day-not-weekend' });
      // a day off on a make-up Saturday would make the day both: refused, and the calendar stays readable
      const makeUp = await client.request(admin.token, 'POST', '/api/calendar/holidays', { date: '2025-04-26', name: 'Nghỉ', reason, decisionRef });
      expect(makeUp.json()).toMatchObject({ status: 422, rule: 'CALENDAR-day-off-on-make-up-day' });
      expect((await get('/api/calendar/add-working-days?date=2025-04-25&days=1')).body.result).toBe('2025-04-26');
    });

    it('refuses a tenant_admin (403) and a viewer (403), and records nothing', async () => {
      const before = (await store.readStream('platform', 'calendar-overrides')).length;
      const body = { date: '2025-03-03', name: 'Ngày nghỉ', reason, decisionRef };
      expect((await client.request(tenantAdmin.token, 'POST', '/api/calendar/holidays', body)).statusCode).toBe(403);
      expect((await client.request(viewer.token, 'POST', '/api/calendar/holidays', body)).statusCode).toBe(403);
      expect((await client.request(tenantAdmin.token, 'POST', '/api/calendar/working-days', { date: '2025-03-01', reason, decisionRef })).statusCode).toBe(403);
      expect((await client.request(tenantAdmin.token, 'DELETE', '/api/calendar/holidays/2025-04-30', { reason, decisionRef })).statusCode).toBe(403);
      expect((await store.readStream('platform', 'calendar-overrides')).length).toBe(before);
    });
  });

  describe('errors', () => {
    it.each([
      ['/api/calendar/working-days?from=2007-12-28&to=2008-01-04', '2007'],
      ['/api/calendar/working-days?from=2027-12-27&to=2028-01-03', '2028'],
      ['/api/calendar/add-working-days?date=2027-12-31&days=1', '2028'],
      ['/api/calendar/add-working-days?date=2030-06-03&days=-1', '2030'],
      ['/api/calendar/holidays?year=2030', '2030'],
    ])('answers 404 outside the years of the holiday data: %s', async (url, year) => {
      const { status, body } = await get(url);
      expect(status).toBe(404);
      expect(body).toMatchObject({ type: 'not-found', detail: `No holiday data for ${year}: the calendar covers 2008–2027` });
    });

    it('answers 404 to an override outside the data', async () => {
      const response = await client.request(admin.token, 'POST', '/api/calendar/holidays', { date: '2030-01-02', name: 'x', reason, decisionRef });
      expect(response.statusCode).toBe(404);
    });

    it.each([
      ['/api/calendar/working-days?from=2025-13-01&to=2025-12-31', ['from']],
      ['/api/calendar/working-days?from=2025-01-01', ['to']],
      ['/api/calendar/working-days?from=2025-02-01&to=2025-01-01', ['to']],
      ['/api/calendar/add-working-days?date=2025-02-30&days=x', ['date', 'days']],
      ['/api/calendar/holidays?year=twenty', ['year']],
      ['/api/calendar/holidays', ['year']],
    ])('answers 400 with field paths to bad query parameters: %s', async (url, paths) => {
      const { status, body } = await get(url);
      expect(status).toBe(400);
      expect(body.type).toBe('validation-failed');
      expect(body.errors.map((e: { path: string }) => e.path)).toEqual(paths);
    });

    it('answers 400 with field paths to an incomplete override', async () => {
      const response = await client.request(admin.token, 'POST', '/api/calendar/holidays', { date: '2025-03-03', name: 'x', reason: ' ', decisionRef: '' });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors.map((e: { path: string }) => e.path)).toEqual(['reason', 'decisionRef']);
    });
  });
});
