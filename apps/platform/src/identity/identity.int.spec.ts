// Identity, roles and tenants through the whole platform on a real embedded store (PGlite in a
// temp dir), first start from empty: bootstrap admin with a generated password, JWT secret kept in
// DATA_DIR, login and its audit events, every kind of bad token, rate limits, disabled users,
// merges, event metadata, OIDC tokens of a local test issuer, and a restart on the same directory.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SignJWT, UnsecuredJWT } from 'jose';
import { fixedClock, type RecordedEvent } from '@bcd/kernel';
import type { EventStore } from '@bcd/event-store';
import { OWN_ISSUER } from '@bcd/auth';
import { EVENT_STORE } from '@bcd/service-host';
import { startApp } from '../testing/http.js';
import { IdentityClient, type Session } from '../testing/identity-client.js';
import { LogCapture } from '../testing/log-capture.js';
import { startOidcIssuer, type TestOidcIssuer } from '../testing/oidc-issuer.js';
import { testConfig } from '../testing/test-config.js';
import type { Config } from '../config.js';

const START = '2025-07-15T02:00:00.000Z';
const TTL = 900;

describe('identity, roles and tenants (PGlite, first start)', () => {
  const clock = fixedClock(START);
  const logs = new LogCapture();
  let dataDir: string;
  let config: Config;
  let oidc: TestOidcIssuer;
  let app: NestFastifyApplication;
  let store: EventStore;
  let client: IdentityClient;
  let adminPassword: string;
  let admin: Session;

  /** Every event stored so far, in global order. */
  async function allEvents(): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    let page = await store.readAll({ maxCount: 10_000 });
    events.push(...page.events);
    while (!page.isEnd) {
      page = await store.readAll({ after: page.checkpoint, maxCount: 10_000 });
      events.push(...page.events);
    }
    return events;
  }

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'bcd-identity-'));
    oidc = await startOidcIssuer({ issuer: 'https://sso.test.bcd/realms/bcd', audience: 'bcd-platform' });
    config = testConfig({
      DATA_DIR: dataDir,
      JWT_SECRET: undefined, // generated on first start, kept in DATA_DIR
      JWT_TTL_SECONDS: TTL,
      ADMIN_PASSWORD: undefined, // generated and logged once
      OIDC_ISSUER: oidc.issuer,
      OIDC_JWKS_URL: oidc.jwksUrl,
      OIDC_AUDIENCE: 'bcd-platform',
      LOGIN_RATE_LIMIT_MAX_FAILURES: 3,
      LOGIN_RATE_LIMIT_MAX_FAILURES_PER_ADDRESS: 4,
      LOGIN_RATE_LIMIT_WINDOW_SECONDS: 60,
    });
    let inject;
    ({ app, inject } = await startApp(config, { logStream: logs, clock }));
    store = app.get<EventStore>(EVENT_STORE);
    client = new IdentityClient(inject);
  });

  afterAll(async () => {
    await app.close();
    await oidc.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  describe('bootstrap', () => {
    it('creates the platform admin with a generated password, printed once in the log', async () => {
      const lines = logs.lines.filter((line) => String(line.msg).includes('generated password'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ level: 'warn', context: 'IdentityBootstrap' });
      adminPassword = /generated password (\S+) /.exec(String(lines[0].msg))![1];
      expect(adminPassword).toMatch(/^[A-Za-z0-9]{24}$/);
      admin = await client.session('admin', adminPassword);
      const me = await client.request(admin.token, 'GET', '/api/auth/me');
      expect(me.json()).toEqual({ userId: admin.userId, username: 'admin', source: 'password', roles: [{ role: 'platform_admin' }] });
    });

    it('keeps the generated JWT secret in DATA_DIR', async () => {
      expect((await readFile(join(dataDir, 'jwt-secret'), 'utf8')).trim()).toMatch(/^[A-Za-z0-9_-]{86}$/);
    });

    it('records the bootstrap as events of the system actor, with the password hash in none of them', async () => {
      const events = await allEvents();
      const created = events.find((e) => e.type === 'tenancy.UserCreated')!;
      expect(created).toMatchObject({ tenantId: 'platform', streamId: `tenancy-user-${admin.userId}`, metadata: { actor: { userId: 'system', role: 'bootstrap' } } });
      const everything = JSON.stringify(events, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
      expect(everything).not.toContain('$argon2');
      expect(everything).not.toContain(adminPassword);
    });
  });

  describe('login', () => {
    it('returns an HS256 access token with sub, username, roles, iat, exp, iss', async () => {
      const response = await client.login('admin', adminPassword);
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body).toEqual({ accessToken: expect.any(String), tokenType: 'Bearer', expiresAt: new Date(Date.parse(START) + TTL * 1000).toISOString() });
      const payload = JSON.parse(Buffer.from(body.accessToken.split('.')[1], 'base64url').toString());
      expect(payload).toEqual({
        sub: admin.userId,
        username: 'admin',
        roles: [{ role: 'platform_admin' }],
        iat: Date.parse(START) / 1000,
        exp: Date.parse(START) / 1000 + TTL,
        iss: OWN_ISSUER,
      });
    });

    it('records a success as auth.LoginSucceeded, with the address', async () => {
      await client.login('admin', adminPassword, '10.1.1.1');
      const [last] = await store.readStream('platform', 'auth-login-admin', { direction: 'backwards', maxCount: 1 });
      expect(last).toMatchObject({ type: 'auth.LoginSucceeded', data: { userId: admin.userId, username: 'admin', address: '10.1.1.1' } });
      expect(last.metadata).toMatchObject({ actor: { userId: admin.userId }, tenantId: 'platform' });
    });

    it.each([
      ['a wrong password', 'admin', 'not-the-password-at-all', 'wrong-password'],
      ['an unknown user', 'nobody-here', 'whatever-password', 'unknown-user'],
    ])('answers %s with 401 problem+json, records auth.LoginFailed, and nothing else happens', async (_case, username, password, reason) => {
      const before = await allEvents();
      const response = await client.login(username, password, '10.2.2.2');
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(response.headers['www-authenticate']).toBe('Bearer realm="bcd"');
      expect(response.json()).toMatchObject({ type: 'unauthenticated', status: 401, detail: 'Invalid username or password.' });
      expect(response.body).not.toContain('accessToken');
      const after = await allEvents();
      const added = after.slice(before.length);
      expect(added.map((e) => [e.type, e.streamId])).toEqual([['auth.LoginFailed', `auth-login-${username}`]]);
      expect(added[0].data).toMatchObject({ username, reason, address: '10.2.2.2' });
      expect(JSON.stringify(added[0].data)).not.toContain(password);
    });

    it('answers a body without username or password with a 400 problem', async () => {
      const response = await client.request(undefined, 'POST', '/api/auth/login', { username: 'admin' });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ type: 'validation-failed', errors: [{ path: 'password' }] });
    });

    it('blocks a username from an address after 3 failures there with 429 and Retry-After, records the block once, and lets it in after the window', async () => {
      await client.tenant(admin.token, 'binh-dinh', 'Tỉnh Bình Định');
      await client.member(admin.token, 'binh-dinh', 'huong.tran', 'secretariat', 'huong-correct-password');
      const attacker = '10.3.3.1';
      for (let i = 0; i < 3; i++) expect((await client.login('huong.tran', 'wrong-password!!', attacker)).statusCode).toBe(401);
      const blocked = await client.login('huong.tran', 'huong-correct-password', attacker);
      expect(blocked.statusCode).toBe(429);
      expect(blocked.headers['retry-after']).toBe('60');
      expect(blocked.json()).toMatchObject({ type: 'too-many-requests', status: 429 });
      expect((await client.login('huong.tran', 'wrong-password!!', attacker)).statusCode).toBe(429);

      const attempts = await store.readStream('platform', 'auth-login-huong.tran');
      // the first is the login of client.member; refused attempts while blocked add nothing
      expect(attempts.map((e) => e.type)).toEqual([
        'auth.LoginSucceeded',
        'auth.LoginFailed',
        'auth.LoginFailed',
        'auth.LoginFailed',
        'auth.LoginThrottled',
      ]);
      expect(attempts[4].data).toMatchObject({ limit: 'username', retryAfterSeconds: 60 });

      // The owner, elsewhere, is not locked out by the attacker's failures.
      expect((await client.login('huong.tran', 'huong-correct-password', '10.3.3.9')).statusCode).toBe(200);
      clock.advance(61_000);
      try {
        expect((await client.login('huong.tran', 'huong-correct-password', attacker)).statusCode).toBe(200);
      } finally {
        clock.set(START);
      }
    });

    it('blocks an address that sprays usernames', async () => {
      for (let i = 0; i < 4; i++) expect((await client.login(`spray-${i}`, 'password-guess-1', '10.4.4.4')).statusCode).toBe(401);
      const blocked = await client.login('admin', adminPassword, '10.4.4.4');
      expect(blocked.statusCode).toBe(429);
      expect((await client.login('admin', adminPassword, '10.4.4.5')).statusCode).toBe(200);
    });
  });

  describe('tokens: each bad one gets 401 problem+json and nothing else happens', () => {
    const cases: Array<[string, () => Promise<string | undefined>]> = [
      ['no token', async () => undefined],
      ['a malformed token', async () => 'not.a.jwt'],
      ['garbage', async () => 'x'],
      [
        'a token with alg none',
        async () => new UnsecuredJWT({ username: 'admin', roles: [{ role: 'platform_admin' }] }).setSubject(admin.userId).setIssuer(OWN_ISSUER).setIssuedAt(clock.now()).setExpirationTime(clock.now().getTime() / 1000 + 600).encode(),
      ],
      [
        'a token signed with another key',
        async () =>
          new SignJWT({ username: 'admin', roles: [{ role: 'platform_admin' }] })
            .setProtectedHeader({ alg: 'HS256' })
            .setSubject(admin.userId)
            .setIssuer(OWN_ISSUER)
            .setIssuedAt(clock.now())
            .setExpirationTime(clock.now().getTime() / 1000 + 600)
            .sign(new TextEncoder().encode('someone-elses-secret-of-32-characters-or-more')),
      ],
      [
        'an HS256 token claiming the OIDC issuer (signed with our own secret)',
        async () =>
          new SignJWT({ roles: ['platform_admin'] })
            .setProtectedHeader({ alg: 'HS256' })
            .setSubject('intruder')
            .setIssuer(oidc.issuer)
            .setAudience('bcd-platform')
            .setIssuedAt(clock.now())
            .setExpirationTime(clock.now().getTime() / 1000 + 600)
            .sign(new Uint8Array(await readFile(join(dataDir, 'jwt-secret'))).slice(0, -1)),
      ],
    ];

    it.each(cases)('%s', async (_name, makeToken) => {
      const token = await makeToken();
      const before = (await allEvents()).length;
      const response = await client.request(token, 'POST', '/api/tenants', { code: 'intruded', name: 'Intruded' });
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(response.headers['www-authenticate']).toMatch(/^Bearer realm="bcd"/);
      expect(response.json()).toMatchObject({ type: 'unauthenticated', status: 401, instance: '/api/tenants' });
      expect((await allEvents()).length).toBe(before);
      const list = await client.request(admin.token, 'GET', '/api/tenants');
      expect(list.json().map((t: { code: string }) => t.code)).not.toContain('intruded');
    });

    it('an expired token', async () => {
      const { token } = await client.session('admin', adminPassword);
      expect((await client.request(token, 'GET', '/api/tenants')).statusCode).toBe(200);
      clock.advance((TTL + 1) * 1000);
      try {
        const response = await client.request(token, 'GET', '/api/tenants');
        expect(response.statusCode).toBe(401);
        expect(response.json()).toMatchObject({ type: 'unauthenticated', detail: 'The access token has expired.' });
      } finally {
        clock.set(START);
      }
    });
  });

  describe('tenants', () => {
    it('creates, lists and renames, each visible on the next request (read-your-writes)', async () => {
      await client.tenant(admin.token, 'thanh-hoa', 'Thanh Hóa');
      const list = await client.request(admin.token, 'GET', '/api/tenants');
      expect(list.json()).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'thanh-hoa', name: 'Thanh Hóa', status: 'active' })]));
      const renamed = await client.request(admin.token, 'POST', '/api/tenants/thanh-hoa/rename', { name: 'Tỉnh Thanh Hóa' });
      expect(renamed.statusCode).toBe(200);
      expect(renamed.json()).toMatchObject({ code: 'thanh-hoa', name: 'Tỉnh Thanh Hóa' });
      expect((await client.request(admin.token, 'GET', '/api/tenants/thanh-hoa')).json()).toMatchObject({ name: 'Tỉnh Thanh Hóa' });
    });

    it('refuses a taken code and the reserved code "platform" (422 with the rule), and a code that is not a slug (400)', async () => {
      const taken = await client.request(admin.token, 'POST', '/api/tenants', { code: 'thanh-hoa', name: 'Again' });
      expect(taken.statusCode).toBe(422);
      expect(taken.json()).toMatchObject({ type: 'rule-violation', rule: 'TENANCY-tenant-code-unique' });
      const reserved = await client.request(admin.token, 'POST', '/api/tenants', { code: 'platform', name: 'Platform' });
      expect(reserved.json()).toMatchObject({ status: 422, rule: 'TENANCY-tenant-code-reserved' });
      const bad = await client.request(admin.token, 'POST', '/api/tenants', { code: 'Thanh Hoa', name: 'x' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json()).toMatchObject({ type: 'validation-failed', errors: [{ path: 'code' }] });
    });

    it('lists for a tenant user only the tenants where they hold a role', async () => {
      await client.tenant(admin.token, 'phu-tho', 'Phú Thọ');
      const viewer = await client.member(admin.token, 'phu-tho', 'viewer.pt', 'viewer');
      const list = await client.request(viewer.token, 'GET', '/api/tenants');
      expect(list.json().map((t: { code: string }) => t.code)).toEqual(['phu-tho']);
    });
  });

  describe('roles, disabled users and event metadata', () => {
    let tenantAdmin: Session;
    let member: Session;

    beforeAll(async () => {
      tenantAdmin = await client.member(admin.token, 'thanh-hoa', 'sotttt.th', 'tenant_admin');
      member = await client.member(tenantAdmin.token, 'thanh-hoa', 'member.th', 'member');
    });

    it('writes the actor (user, role) and the acting tenant into the events a request appends', async () => {
      const response = await client.request(tenantAdmin.token, 'PUT', `/api/tenants/thanh-hoa/members/${member.userId}/roles/secretariat`, undefined, {
        'x-correlation-id': 'corr-grant-1',
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ userId: member.userId, roles: ['member', 'secretariat'] });
      const [last] = await store.readStream('platform', `tenancy-user-${member.userId}`, { direction: 'backwards', maxCount: 1 });
      expect(last).toMatchObject({
        type: 'tenancy.RoleGranted',
        tenantId: 'platform',
        data: { userId: member.userId, role: 'secretariat', tenant: 'thanh-hoa' },
        metadata: { correlationId: 'corr-grant-1', actor: { userId: tenantAdmin.userId, role: 'tenant_admin' }, tenantId: 'thanh-hoa' },
      });
    });

    it('shows grants and revocations in the tenant\'s access log, and a revoked role stops working at once', async () => {
      const auditor = await client.member(tenantAdmin.token, 'thanh-hoa', 'auditor.th', 'auditor');
      expect((await client.request(auditor.token, 'GET', '/api/tenants/thanh-hoa/members')).statusCode).toBe(200);
      const revoked = await client.request(tenantAdmin.token, 'DELETE', `/api/tenants/thanh-hoa/members/${auditor.userId}/roles/auditor`);
      expect(revoked.json()).toMatchObject({ roles: [] });
      // the token still says auditor; the live roles say nothing: no role in the tenant any more
      expect((await client.request(auditor.token, 'GET', '/api/tenants/thanh-hoa/members')).statusCode).toBe(404);

      const log = (await client.request(tenantAdmin.token, 'GET', '/api/tenants/thanh-hoa/access-log')).json() as Array<Record<string, unknown>>;
      const auditorEntries = log.filter((e) => e.userId === auditor.userId);
      expect(auditorEntries.map((e) => [e.type, e.role, (e.actor as { role: string }).role])).toEqual([
        ['tenancy.RoleGranted', 'auditor', 'tenant_admin'],
        ['tenancy.RoleRevoked', 'auditor', 'tenant_admin'],
      ]);
    });

    it('a disabled user\'s token stops working on the next request, and they cannot log in', async () => {
      const staff = await client.member(tenantAdmin.token, 'thanh-hoa', 'staff.th', 'secretariat', 'staff-password-123');
      expect((await client.request(staff.token, 'GET', '/api/tenants/thanh-hoa')).statusCode).toBe(200);
      const disabled = await client.request(admin.token, 'POST', `/api/users/${staff.userId}/disable`);
      expect(disabled.json()).toMatchObject({ status: 'disabled' });
      const refused = await client.request(staff.token, 'GET', '/api/tenants/thanh-hoa');
      expect(refused.statusCode).toBe(401);
      expect(refused.json()).toMatchObject({ type: 'unauthenticated', detail: 'The user account is disabled.' });
      const login = await client.login('staff.th', 'staff-password-123', '10.5.5.5');
      expect(login.statusCode).toBe(401);
      const [attempt] = await store.readStream('platform', 'auth-login-staff.th', { direction: 'backwards', maxCount: 1 });
      expect(attempt.data).toMatchObject({ reason: 'disabled' });
    });

    it('resets a password: the old one stops working, the new one works', async () => {
      const user = await client.member(tenantAdmin.token, 'thanh-hoa', 'reset.th', 'viewer', 'first-password-123');
      const reset = await client.request(admin.token, 'POST', `/api/users/${user.userId}/password`, { password: 'second-password-456' });
      expect(reset.statusCode).toBe(200);
      expect((await client.login('reset.th', 'first-password-123', '10.6.6.6')).statusCode).toBe(401);
      expect((await client.login('reset.th', 'second-password-456', '10.6.6.7')).statusCode).toBe(200);
      const history = (await client.request(admin.token, 'GET', `/api/users/${user.userId}`)).json().history as Array<{ type: string }>;
      expect(history.map((h) => h.type)).toEqual(['tenancy.UserCreated', 'tenancy.RoleGranted', 'tenancy.PasswordReset']);
      expect(JSON.stringify(history)).not.toContain('password-456');
    });

    it('refuses a taken username, a weak password, and self-lockout', async () => {
      const taken = await client.request(tenantAdmin.token, 'POST', '/api/tenants/thanh-hoa/members', {
        username: 'Member.TH',
        displayName: 'x',
        password: 'long-enough-password',
        role: 'viewer',
      });
      expect(taken.json()).toMatchObject({ status: 422, rule: 'TENANCY-username-unique' });
      const weak = await client.request(tenantAdmin.token, 'POST', '/api/tenants/thanh-hoa/members', {
        username: 'weak.th',
        displayName: 'x',
        password: 'short',
        role: 'viewer',
      });
      expect(weak.json()).toMatchObject({ status: 400, errors: [{ path: 'password' }] });
      expect((await client.request(admin.token, 'POST', `/api/users/${admin.userId}/disable`)).json()).toMatchObject({ rule: 'TENANCY-no-self-lockout' });
      expect((await client.request(tenantAdmin.token, 'DELETE', `/api/tenants/thanh-hoa/members/${tenantAdmin.userId}/roles/tenant_admin`)).json()).toMatchObject({
        rule: 'TENANCY-no-self-lockout',
      });
    });

    it('grants and revokes platform roles', async () => {
      const granted = await client.request(admin.token, 'PUT', `/api/users/${member.userId}/platform-roles/platform_auditor`);
      expect(granted.json().roles).toEqual(expect.arrayContaining([{ role: 'platform_auditor' }]));
      expect((await client.request(member.token, 'GET', '/api/users')).statusCode).toBe(200);
      expect((await client.request(member.token, 'POST', '/api/tenants', { code: 'x-y', name: 'x' })).statusCode).toBe(403);
      await client.request(admin.token, 'DELETE', `/api/users/${member.userId}/platform-roles/platform_auditor`);
      expect((await client.request(member.token, 'GET', '/api/users')).statusCode).toBe(403);
    });
  });

  describe('merging provinces', () => {
    let auditorAG: Session;
    let adminAG: Session;
    let memberKG: Session;

    beforeAll(async () => {
      await client.tenant(admin.token, 'an-giang', 'An Giang');
      await client.tenant(admin.token, 'kien-giang', 'Kiên Giang');
      auditorAG = await client.member(admin.token, 'an-giang', 'auditor.ag', 'auditor');
      adminAG = await client.member(admin.token, 'an-giang', 'admin.ag', 'tenant_admin');
      memberKG = await client.member(admin.token, 'kien-giang', 'member.kg', 'member');
    });

    it('refuses an effective date in the future', async () => {
      const response = await client.request(admin.token, 'POST', '/api/tenants/kien-giang/merge', { into: 'an-giang', effectiveDate: '2025-08-01' });
      expect(response.json()).toMatchObject({ status: 422, rule: 'TENANCY-merge-effective-date' });
    });

    it('merges with an effective date; the history of both reads under the new tenant', async () => {
      expect((await client.request(memberKG.token, 'GET', '/api/tenants/kien-giang')).statusCode).toBe(200);
      const merged = await client.request(admin.token, 'POST', '/api/tenants/kien-giang/merge', { into: 'an-giang', effectiveDate: '2025-07-01' });
      expect(merged.statusCode).toBe(200);
      expect(merged.json()).toMatchObject({ code: 'kien-giang', status: 'merged', mergedInto: 'an-giang', mergeEffectiveAt: '2025-06-30T17:00:00.000Z' });
      const [event] = await store.readStream('platform', 'tenancy-tenant-kien-giang', { direction: 'backwards', maxCount: 1 });
      expect(event).toMatchObject({ type: 'tenancy.TenantMerged', occurredAt: new Date('2025-06-30T17:00:00.000Z') });

      expect((await client.request(adminAG.token, 'GET', '/api/tenants/an-giang')).json()).toMatchObject({ status: 'active', mergedFrom: ['kien-giang'] });
      const log = (await client.request(auditorAG.token, 'GET', '/api/tenants/an-giang/access-log')).json() as Array<{ tenant: string; type: string }>;
      expect(log.filter((e) => e.tenant === 'kien-giang').map((e) => e.type)).toEqual([
        'tenancy.TenantCreated',
        'tenancy.RoleGranted',
        'tenancy.TenantMerged',
      ]);
    });

    it('the old code still resolves for auditors of the new tenant, read-only; for nobody else', async () => {
      expect((await client.request(auditorAG.token, 'GET', '/api/tenants/kien-giang')).json()).toMatchObject({ status: 'merged' });
      const members = await client.request(auditorAG.token, 'GET', '/api/tenants/kien-giang/members');
      expect(members.json().map((m: { username: string }) => m.username)).toEqual(['member.kg']);
      expect((await client.request(auditorAG.token, 'GET', '/api/tenants')).json().map((t: { code: string }) => t.code).sort()).toEqual([
        'an-giang',
        'kien-giang',
      ]);
      expect((await client.request(adminAG.token, 'GET', '/api/tenants/kien-giang')).statusCode).toBe(404);
      expect((await client.request(memberKG.token, 'GET', '/api/tenants/kien-giang')).statusCode).toBe(404);
      expect((await client.request(memberKG.token, 'GET', '/api/tenants')).json()).toEqual([]);
    });

    it('takes no new role in the merged tenant (422), even from a platform admin', async () => {
      const response = await client.request(admin.token, 'PUT', `/api/tenants/kien-giang/members/${memberKG.userId}/roles/viewer`);
      expect(response.json()).toMatchObject({ status: 422, rule: 'TENANCY-tenant-merged' });
      expect((await client.request(admin.token, 'POST', '/api/tenants/kien-giang/rename', { name: 'x' })).json()).toMatchObject({
        rule: 'TENANCY-tenant-merged',
      });
    });
  });

  describe('OIDC tokens (distributed shape)', () => {
    const claims = (roles: unknown) => ({ sub: 'kc-7f3a', preferred_username: 'nguyen.van.a@sso', roles });

    it('maps the roles claim to platform and tenant roles', async () => {
      const token = await oidc.sign(claims(['thanh-hoa:auditor', 'phu-tho:viewer', 'no-such-province:member', 'offline_access']), clock.now());
      const me = await client.request(token, 'GET', '/api/auth/me');
      expect(me.statusCode).toBe(200);
      expect(me.json()).toEqual({
        userId: 'oidc:kc-7f3a',
        username: 'nguyen.van.a@sso',
        source: 'oidc',
        roles: [
          { role: 'auditor', tenant: 'thanh-hoa' },
          { role: 'viewer', tenant: 'phu-tho' },
        ],
      });
      expect((await client.request(token, 'GET', '/api/tenants/thanh-hoa/members')).statusCode).toBe(200);
      expect((await client.request(token, 'GET', '/api/tenants/phu-tho/members')).statusCode).toBe(403);
      expect((await client.request(token, 'GET', '/api/tenants/binh-dinh')).statusCode).toBe(404);
      expect((await client.request(token, 'PUT', `/api/tenants/thanh-hoa/members/${admin.userId}/roles/viewer`)).statusCode).toBe(403);
    });

    it('acts as the OIDC user in event metadata', async () => {
      const token = await oidc.sign(claims(['platform_admin']), clock.now());
      expect((await client.request(token, 'POST', '/api/tenants', { code: 'gia-lai', name: 'Gia Lai' })).statusCode).toBe(201);
      const [created] = await store.readStream('platform', 'tenancy-tenant-gia-lai');
      expect(created.metadata.actor).toEqual({ userId: 'oidc:kc-7f3a', role: 'platform_admin' });
    });

    it.each([
      ['another issuer', { issuer: 'https://evil.example/realms/bcd' }],
      ['another audience', { audience: 'someone-else' }],
      ['a key the issuer does not publish', { kid: 'test-key-1', stranger: true }],
      ['an unknown key id', { kid: 'rotated-away' }],
    ])('refuses a token with %s', async (_name, options) => {
      const { stranger, ...signOptions } = options as { stranger?: boolean; issuer?: string; audience?: string; kid?: string };
      const token = await oidc.sign(claims(['platform_admin']), clock.now(), { ...signOptions, ...(stranger ? { key: await oidc.strangerKey() } : {}) });
      const response = await client.request(token, 'GET', '/api/tenants');
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ type: 'unauthenticated' });
    });
  });

  it('never writes a password to the log, except the generated one, once', () => {
    const everything = logs.raw.join('\n');
    for (const password of ['huong-correct-password', 'staff-password-123', 'second-password-456', 'not-the-password-at-all']) {
      expect(everything).not.toContain(password);
    }
    expect(logs.raw.filter((line) => line.includes(adminPassword))).toHaveLength(1);
  });

  it('after a restart on the same DATA_DIR: no new admin, no password in the log, the same secret (old tokens still valid)', async () => {
    await app.close();
    const restartLogs = new LogCapture();
    let inject;
    ({ app, inject } = await startApp(config, { logStream: restartLogs, clock }));
    store = app.get<EventStore>(EVENT_STORE);
    client = new IdentityClient(inject);
    expect(restartLogs.raw.filter((line) => line.includes('IdentityBootstrap'))).toEqual([]);
    expect((await client.request(admin.token, 'GET', '/api/tenants')).statusCode).toBe(200);
    expect((await client.login('admin', adminPassword, '10.9.9.9')).statusCode).toBe(200);
  });
});
