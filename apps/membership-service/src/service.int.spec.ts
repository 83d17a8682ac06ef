// Smoke test of the distributed shape's membership service on PGlite: it starts and answers /health/ready; the
// bootstrap admin (ADMIN_PASSWORD) logs in here — this service hosts identity — creates a tenant and a secretariat
// user, who logs in and records membership facts; a regulation adopted through this service's rulebook routes judges
// the committee's changes; no token is a 401, another tenant a 404. tools/distributed runs it beside the other
// services as a process.
import type { InjectOptions } from 'fastify';
import { fixedClock } from '@bcd/kernel';
import { itAnswersReady, itRefusesStrangers, startServiceForTest } from '@bcd/service-host/testing';
import { createMembershipService } from './app.js';
import { loadConfig } from './config.js';

const ADMIN_PASSWORD = 'membership-service-admin-password';

describe('membership service (PGlite)', () => {
  const clock = fixedClock('2025-07-15T02:00:00.000Z');
  // no identity events: this service hosts identity, its bootstrap admin creates the tenant and the user
  const service = startServiceForTest((env, options) => createMembershipService(loadConfig(env), options), { clock, env: { ADMIN_PASSWORD } });
  const { send } = service;
  let adminToken: string;
  let token: string;

  const ok = async (method: InjectOptions['method'], url: string, as: string | undefined, payload?: Record<string, unknown>): Promise<Record<string, string>> => {
    const response = await send(method, url, as, payload);
    if (response.statusCode >= 300) throw new Error(`${method} ${url} → ${response.statusCode} ${response.body}`);
    return response.json();
  };
  const logIn = async (username: string, password: string) => (await ok('POST', '/api/auth/login', undefined, { username, password })).accessToken;

  itAnswersReady(service);

  it('logs the bootstrap admin in, who creates a tenant and its secretariat user, who logs in here too', async () => {
    adminToken = await logIn('admin', ADMIN_PASSWORD);
    expect((await ok('GET', '/api/auth/me', adminToken)).username).toBe('admin');
    await ok('POST', '/api/tenants', adminToken, { code: 'thanh-hoa', name: 'Tỉnh Thanh Hóa' });
    await ok('POST', '/api/tenants/thanh-hoa/members', adminToken, { username: 'sotttt.th', displayName: 'Sở TTTT', password: 'sotttt-password-long', role: 'secretariat' });
    token = await logIn('sotttt.th', 'sotttt-password-long');
    expect(await ok('GET', '/api/auth/me', token)).toMatchObject({ username: 'sotttt.th', roles: [{ role: 'secretariat', tenant: 'thanh-hoa' }] });
  });

  it('records a membership change for that user, with the actor in the event', async () => {
    const created = await send('POST', '/api/tenants/thanh-hoa/membership/agencies', token, { code: 'STTTT', name: 'Sở Thông tin và Truyền thông', kind: 'department' });
    expect(created.statusCode).toBe(201);
    const listed = await send('GET', '/api/tenants/thanh-hoa/membership/agencies', token);
    expect(listed.json()).toEqual([expect.objectContaining({ code: 'STTTT', name: 'Sở Thông tin và Truyền thông' })]);
    const [event] = (await service.store.readAll({ tenantId: 'thanh-hoa', typePrefix: 'membership.' })).events;
    expect(event.metadata).toMatchObject({ actor: { role: 'secretariat' }, tenantId: 'thanh-hoa' });
  });

  itRefusesStrangers(service, 'membership/agencies', () => token);

  it('judges committee changes by the regulation adopted through its own rulebook routes', async () => {
    const base = '/api/tenants/thanh-hoa/membership';
    const agencies = (await send('GET', `${base}/agencies`, token)).json() as Array<{ agencyId: string; code: string }>;
    const sotttt = agencies.find((a) => a.code === 'STTTT')!.agencyId;
    const ubnd = (await ok('POST', `${base}/agencies`, token, { code: 'UBND', name: 'Ủy ban nhân dân tỉnh Thanh Hóa', kind: 'people-committee' })).agencyId;
    const committeeId = (await ok('POST', `${base}/committees`, token, { name: 'Ban Chỉ đạo ứng dụng CNTT tỉnh Thanh Hóa', decision: { number: '1832/QĐ-UBND', date: '2014-06-13' }, standingAgencyId: sotttt })).committeeId;
    const chair = (await ok('POST', `${base}/people`, token, { fullName: 'Nguyễn Văn An', email: null, phone: null })).personId;
    const second = (await ok('POST', `${base}/people`, token, { fullName: 'Lê Văn Bình', email: null, phone: null })).personId;
    const appointment = { role: 'chair', agencyId: ubnd, decision: { number: '2765/QĐ-UBND', date: '2014-11-03' } };

    // no adoption yet: nothing judges the appointment
    const unjudged = await send('POST', `${base}/committees/${committeeId}/members`, token, { personId: chair, ...appointment });
    expect(unjudged.statusCode).toBe(422);
    expect(unjudged.json()).toMatchObject({ rule: 'MEMBERSHIP-no-regulation-in-force' });

    await ok('POST', '/api/tenants/thanh-hoa/regulations', adminToken, { builtInPackId: 'thanh-hoa-2014' });
    expect((await send('POST', `${base}/committees/${committeeId}/members`, token, { personId: chair, ...appointment })).statusCode).toBe(201);
    const refused = await send('POST', `${base}/committees/${committeeId}/members`, token, { personId: second, ...appointment });
    expect(refused.statusCode).toBe(422);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json()).toMatchObject({
      type: 'rule-violation',
      rule: 'thanh-hoa-2014/composition.chair',
      article: 'Điều 3, Quyết định 3461/QĐ-BCĐ ngày 16/10/2014',
    });
  });
});
