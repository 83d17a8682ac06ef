// The findings of the outside attack run (issue "Hostile input"), each reproduced through the whole app:
// a 4xx problem document where there was a 500 or plain JSON, nothing half-written after a refusal, no
// user directory across tenants, no error-level log line for any of it.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { LightMyRequestResponse } from 'fastify';
import { startApp } from '../testing/http.js';
import { IdentityClient, type Session } from '../testing/identity-client.js';
import { LogCapture } from '../testing/log-capture.js';
import { MembershipClient } from '../testing/membership-client.js';
import { testConfig } from '../testing/test-config.js';

const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__'];

function expectProblem(response: LightMyRequestResponse, status: number): Record<string, unknown> {
  expect({ status: response.statusCode, type: response.headers['content-type'] }).toEqual({ status, type: expect.stringContaining('application/problem+json') });
  const body = response.json() as Record<string, unknown>;
  expect(body).toMatchObject({ status, correlationId: expect.any(String) });
  return body;
}

describe('hostile input', () => {
  let app: NestFastifyApplication;
  let inject: Awaited<ReturnType<typeof startApp>>['inject'];
  let client: IdentityClient;
  let admin: Session;
  let adminOfA: Session;
  let adminOfB: Session;
  let onlyInA: Session;
  const logs = new LogCapture();

  beforeAll(async () => {
    ({ app, inject } = await startApp(testConfig({ DATA_DIR: 'memory://', ADMIN_PASSWORD: 'hostile-admin-password' }), { logStream: logs }));
    client = new IdentityClient(inject);
    admin = await client.session('admin', 'hostile-admin-password');
    await client.tenant(admin.token, 'tinh-a', 'Tỉnh A');
    await client.tenant(admin.token, 'tinh-b', 'Tỉnh B');
    adminOfA = await client.member(admin.token, 'tinh-a', 'admin.a', 'tenant_admin');
    adminOfB = await client.member(admin.token, 'tinh-b', 'admin.b', 'tenant_admin');
    onlyInA = await client.member(admin.token, 'tinh-a', 'viewer.a', 'viewer');
  });

  afterAll(() => app.close());

  afterEach(() => {
    // No error-level line for any hostile request: they are the client's mistakes, not ours.
    expect(logs.lines.filter((line) => line.level === 'error' || line.level === 'fatal')).toEqual([]);
    logs.lines.length = 0;
    logs.raw.length = 0;
  });

  describe('1. the user directory across tenants', () => {
    it.each(['PUT', 'DELETE'] as const)('%s of a role in B for a user who holds none there is 404 and shows nothing of them', async (method) => {
      for (const target of [onlyInA, admin]) {
        const response = await client.request(adminOfB.token, method, `/api/tenants/tinh-b/members/${target.userId}/roles/viewer`);
        const body = expectProblem(response, 404);
        expect(JSON.stringify(body)).not.toMatch(/viewer\.a|admin|Platform/i);
      }
      const members = (await client.request(adminOfB.token, 'GET', '/api/tenants/tinh-b/members')).json() as Array<{ userId: string }>;
      expect(members.map((m) => m.userId)).not.toContain(onlyInA.userId);
    });

    it('still lets a tenant admin grant and revoke roles of users who hold one in the tenant', async () => {
      const member = await client.member(adminOfB.token, 'tinh-b', 'viewer.b', 'viewer');
      const granted = await client.request(adminOfB.token, 'PUT', `/api/tenants/tinh-b/members/${member.userId}/roles/auditor`);
      expect(granted.statusCode).toBe(200);
      expect(granted.json().roles).toEqual(expect.arrayContaining(['viewer', 'auditor']));
      const revoked = await client.request(adminOfB.token, 'DELETE', `/api/tenants/tinh-b/members/${member.userId}/roles/auditor`);
      expect(revoked.json().roles).toEqual(['viewer']);
    });

    it('lets a platform admin grant a role in B to any user', async () => {
      const response = await client.request(admin.token, 'PUT', `/api/tenants/tinh-b/members/${onlyInA.userId}/roles/viewer`);
      expect(response.statusCode).toBe(200);
      await client.request(admin.token, 'DELETE', `/api/tenants/tinh-b/members/${onlyInA.userId}/roles/viewer`);
    });
  });

  describe('2. prototype names as keys', () => {
    it.each(PROTOTYPE_NAMES)('/api/tenants/%s and the routes under it answer 404', async (name) => {
      for (const path of ['', '/members', '/membership/agencies', '/regulations', '/access-log']) {
        expectProblem(await client.request(admin.token, 'GET', `/api/tenants/${name}${path}`), 404);
      }
      expectProblem(await client.request(admin.token, 'POST', `/api/tenants/${name}/membership/people`, { fullName: 'X' }), 404);
      expectProblem(await client.request(adminOfA.token, 'GET', `/api/tenants/${name}/members`), 404);
    });

    it.each(PROTOTYPE_NAMES)('a grant in tenant %s, a login as %s and a merge into %s are refused with 4xx', async (name) => {
      const grant = await client.request(admin.token, 'PUT', `/api/users/${onlyInA.userId}/platform-roles/${name}`);
      expect(grant.statusCode).toBeGreaterThanOrEqual(400);
      expect(grant.statusCode).toBeLessThan(500);
      expectProblem(await client.login(name, 'whatever-password'), 401);
      const merge = await client.request(admin.token, 'POST', '/api/tenants/tinh-a/merge', { into: name, effectiveDate: '2025-07-01' });
      expect([404, 422]).toContain(merge.statusCode);
      // A slug like `constructor` is a fine tenant code: it must then work as any other.
      const created = await client.request(admin.token, 'POST', '/api/tenants', { code: name, name: 'X' });
      if (created.statusCode === 201) {
        expect((await client.request(admin.token, 'GET', `/api/tenants/${name}`)).json()).toMatchObject({ code: name });
        const member = await client.member(admin.token, name, `${name.toLowerCase()}.admin`, 'tenant_admin');
        expect((await client.request(member.token, 'GET', `/api/tenants/${name}/members`)).statusCode).toBe(200);
        expectProblem(await client.request(member.token, 'GET', '/api/tenants/tinh-a/members'), 404);
      } else {
        expectProblem(created, 400);
      }
    });
  });

  describe('3. NUL and lone surrogates', () => {
    it.each([
      ['\u0000', '%00'],
      ['\ud800', '%ED%A0%80'],
      ['a\udfffb', 'a%ED%BF%BFb'],
    ])('are refused with a 400 naming the field (%j)', async (bad, inUrl) => {
      const login = expectProblem(await client.login(`adm${bad}in`, 'x'), 400);
      expect(login.errors).toEqual([expect.objectContaining({ path: 'username' })]);
      const user = expectProblem(
        await client.request(admin.token, 'POST', '/api/users', { username: 'nul.user', displayName: `Tên${bad}`, password: 'nul-user-password' }),
        400,
      );
      expect(user.errors).toEqual([expect.objectContaining({ path: 'displayName' })]);
      const nested = expectProblem(await client.request(admin.token, 'POST', '/api/tenants', { code: 'x', name: 'y', extra: [{ deep: bad }] }), 400);
      expect(nested.errors).toEqual([expect.objectContaining({ path: 'extra.0.deep' })]);
      // In a URL, bytes that are not UTF-8 never become a lone surrogate (they stay as written): only NUL is refused there.
      const query = await client.request(admin.token, 'GET', `/api/tenants/tinh-a/members?x=${inUrl}`);
      if (bad === '\u0000') expect(expectProblem(query, 400).errors).toEqual([expect.objectContaining({ path: 'query.x' })]);
      else expect(query.statusCode).toBe(200);
      expectProblem(await client.request(admin.token, 'GET', `/api/tenants/tinh-${inUrl}/members`), 400);
    });

    it('stores Vietnamese text in NFC, however it arrives', async () => {
      const decomposed = 'Nguyễn Thị Lan'.normalize('NFD');
      const created = await client.request(admin.token, 'POST', '/api/tenants/tinh-a/members', {
        username: 'lan.nfc',
        displayName: decomposed,
        password: 'lan-nfc-password!',
        role: 'viewer',
      });
      expect(created.statusCode).toBe(201);
      expect(created.json().displayName).toBe('Nguyễn Thị Lan'.normalize('NFC'));
    });
  });

  describe('4. a refused command changes nothing', () => {
    it('keeps no username reserved when the creation is refused', async () => {
      expectProblem(await client.request(admin.token, 'POST', '/api/users', { username: 'half.written', displayName: 'A\u0000', password: 'half-written-password' }), 400);
      const again = await client.request(admin.token, 'POST', '/api/users', { username: 'half.written', displayName: 'Half written', password: 'half-written-password' });
      expect(again.statusCode).toBe(201);
    });

    it('registers no person when the registration is refused', async () => {
      const membership = new MembershipClient(client, 'tinh-a', adminOfA.token);
      const before = (await membership.get<unknown[]>('/people')).length;
      expectProblem(await membership.request('POST', '/people', { fullName: 'Lê Văn \u0000', email: null, phone: null }), 400);
      expectProblem(await membership.request('POST', '/people', { fullName: 'Lê Văn Tám', email: 'tam\ud800@example.vn', phone: null }), 400);
      expect((await membership.get<unknown[]>('/people')).length).toBe(before);
    });
  });

  describe('5. deep and large bodies', () => {
    const deep = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

    it('refuses a body nested 10,000 levels (with an Idempotency-Key) with a 400', async () => {
      const response = await inject({
        method: 'POST',
        url: '/api/tenants/tinh-a/membership/people',
        headers: { authorization: `Bearer ${adminOfA.token}`, 'content-type': 'application/json', 'idempotency-key': 'deep-body-1' },
        payload: `{"fullName":${deep(10_000)}}`,
      });
      expectProblem(response, 400);
    });

    it('refuses a body over the size limit with a 413', async () => {
      const response = await inject({
        method: 'POST',
        url: '/api/tenants',
        headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'application/json' },
        payload: JSON.stringify({ code: 'big', name: 'x'.repeat(5 * 1024 * 1024) }),
      });
      expectProblem(response, 413);
    });
  });

  describe('7. dates', () => {
    it.each(['2015-02-30', '1', '2015-02-31T00:00:00+07:00', '2015-13-01', '20150201', ''])('a merge on %j is refused with a 400 naming effectiveDate', async (effectiveDate) => {
      const body = expectProblem(await client.request(admin.token, 'POST', '/api/tenants/tinh-a/merge', { into: 'tinh-b', effectiveDate }), 400);
      expect(body.errors).toEqual([expect.objectContaining({ path: 'effectiveDate' })]);
    });
  });

  describe('8 and 11. merged tenants', () => {
    it('are read-only in every context, for platform admins too, and a second merge is 409', async () => {
      await client.tenant(admin.token, 'tinh-c', 'Tỉnh C');
      const merged = await client.request(admin.token, 'POST', '/api/tenants/tinh-c/merge', { into: 'tinh-b', effectiveDate: '2025-07-01' });
      expect(merged.statusCode).toBe(200);
      const membership = new MembershipClient(client, 'tinh-c', admin.token);
      expectProblem(await membership.request('POST', '/people', { fullName: 'Trần Văn Ba', email: null, phone: null }), 422);
      expectProblem(await membership.request('POST', '/agencies', { code: 'so-tttt', name: 'Sở TTTT', kind: 'department' }), 422);
      expectProblem(await client.request(admin.token, 'POST', '/api/tenants/tinh-c/regulations', { builtInPackId: 'kien-giang-2008' }), 422);
      expectProblem(await client.request(admin.token, 'POST', '/api/tenants/tinh-c/members', { username: 'late.c', displayName: 'Late', password: 'late-c-password!', role: 'viewer' }), 422);
      for (const into of ['tinh-b', 'tinh-a']) {
        const again = expectProblem(await client.request(admin.token, 'POST', '/api/tenants/tinh-c/merge', { into, effectiveDate: '2025-07-01' }), 409);
        expect(again).toMatchObject({ type: 'state-conflict', rule: 'TENANCY-tenant-merged' });
      }
    });
  });

  describe('9. login throttling', () => {
    it('does not let an anonymous client lock a user out from another address', async () => {
      for (let i = 0; i < 12; i++) await client.login('admin.a', 'wrong-password', '203.0.113.9');
      expect((await client.login('admin.a', 'wrong-password', '203.0.113.9')).statusCode).toBe(429);
      expect((await client.login('admin.a', 'admin.a-password!', '198.51.100.7')).statusCode).toBe(200);
    });
  });

  describe('10. secrets in logs', () => {
    it('writes no token from the query string and no authorization header', async () => {
      await inject({ method: 'GET', url: `/api/auth/me?access_token=${admin.token}&token=${admin.token}&x=1`, headers: { authorization: `Bearer ${admin.token}` } });
      const text = logs.raw.join('\n');
      expect(text).not.toContain(admin.token);
      expect(text).not.toContain(admin.token.split('.')[2]);
      expect(text).toContain('access_token=[redacted]');
    });
  });
});
