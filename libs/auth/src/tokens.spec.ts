import { SignJWT, UnsecuredJWT } from 'jose';
import { Unauthenticated } from './errors.js';
import { mapOidcRoles, OWN_ISSUER, TokenService } from './tokens.js';

const secret = new TextEncoder().encode('a-test-secret-of-at-least-thirty-two-bytes');
const service = new TokenService({ secret, ttlSeconds: 600 });
const now = new Date('2025-05-01T01:00:00Z');
const user = { userId: '01950000-0000-7000-8000-000000000001', username: 'lan', roles: [{ role: 'auditor' as const, tenant: 'phu-tho' }] };

async function refusal(token: string, at = now): Promise<Unauthenticated> {
  try {
    await service.verify(token, at);
  } catch (error) {
    expect(error).toBeInstanceOf(Unauthenticated);
    return error as Unauthenticated;
  }
  throw new Error('expected the token to be refused');
}

describe('TokenService (own HS256 tokens)', () => {
  it('issues a token with sub, username, roles, iat, exp and iss, and verifies it', async () => {
    const { accessToken, expiresAt } = await service.issue(user, now);
    expect(expiresAt).toEqual(new Date('2025-05-01T01:10:00Z'));
    const [header, payload] = accessToken.split('.').slice(0, 2).map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()));
    expect(header).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(payload).toEqual({ sub: user.userId, username: 'lan', roles: user.roles, iss: OWN_ISSUER, iat: now.getTime() / 1000, exp: now.getTime() / 1000 + 600 });
    await expect(service.verify(accessToken, new Date(now.getTime() + 599_000))).resolves.toMatchObject({ source: 'password', userId: user.userId, username: 'lan' });
  });

  it('refuses an expired token', async () => {
    const { accessToken } = await service.issue(user, now);
    expect((await refusal(accessToken, new Date(now.getTime() + 601_000))).message).toBe('The access token has expired.');
  });

  it('refuses a token signed with another key', async () => {
    const other = new TokenService({ secret: new TextEncoder().encode('another-secret-of-at-least-thirty-two-bytes'), ttlSeconds: 600 });
    const { accessToken } = await other.issue(user, now);
    expect((await refusal(accessToken)).bearerError).toBe('invalid_token');
  });

  it('refuses alg none, other algorithms, malformed tokens and unknown issuers', async () => {
    const unsecured = new UnsecuredJWT({ username: 'lan' }).setSubject(user.userId).setIssuer(OWN_ISSUER).setIssuedAt(now).setExpirationTime('1h').encode();
    expect(unsecured.split('.')[2]).toBe('');
    await refusal(unsecured);
    const hs512 = await new SignJWT({ username: 'lan' }).setProtectedHeader({ alg: 'HS512' }).setSubject(user.userId).setIssuer(OWN_ISSUER).setIssuedAt(now).setExpirationTime('1h').sign(new Uint8Array(64).fill(7));
    await refusal(hs512);
    for (const garbage of ['x', 'a.b.c', '', 'eyJhbGciOiJIUzI1NiJ9.bm90IGpzb24.sig']) {
      expect((await refusal(garbage)).message).toBe('The access token is malformed.');
    }
    const foreign = await new SignJWT({ username: 'lan' }).setProtectedHeader({ alg: 'HS256' }).setSubject(user.userId).setIssuer('https://elsewhere').setIssuedAt(now).setExpirationTime('1h').sign(secret);
    expect((await refusal(foreign)).message).toBe('The access token was issued by an issuer this platform does not trust.');
  });
});

describe('mapOidcRoles', () => {
  it('maps platform roles, tenant:role strings and {role, tenant} objects; ignores the rest', () => {
    expect(
      mapOidcRoles([
        'platform_auditor',
        'thanh-hoa:secretariat',
        'thanh-hoa:secretariat',
        { role: 'viewer', tenant: 'phu-tho' },
        { role: 'platform_admin' },
        'offline_access',
        'thanh-hoa:chairman',
        'Bad Tenant:viewer',
        42,
      ]),
    ).toEqual({ platformRoles: ['platform_auditor', 'platform_admin'], tenantRoles: { 'thanh-hoa': ['secretariat'], 'phu-tho': ['viewer'] } });
    expect(mapOidcRoles('platform_admin binh-dinh:auditor')).toEqual({ platformRoles: ['platform_admin'], tenantRoles: { 'binh-dinh': ['auditor'] } });
    expect(mapOidcRoles(undefined)).toEqual({ platformRoles: [], tenantRoles: {} });
  });
});

describe('TokenService: verified tokens are remembered', () => {
  it('answers a token it verified before without verifying again, until the token expires', async () => {
    const service = new TokenService({ secret: new Uint8Array(32).fill(7), ttlSeconds: 600 });
    const now = new Date('2025-07-01T00:00:00Z');
    const { accessToken } = await service.issue({ userId: 'u-1', username: 'lan', roles: [] }, now);
    const first = await service.verify(accessToken, now);
    expect(await service.verify(accessToken, new Date(now.getTime() + 1000))).toBe(first);
    await expect(service.verify(accessToken, new Date(now.getTime() + 600_000))).rejects.toThrow(/expired/);
  });

  it('never remembers a token that failed', async () => {
    const service = new TokenService({ secret: new Uint8Array(32).fill(7), ttlSeconds: 600 });
    const other = new TokenService({ secret: new Uint8Array(32).fill(8), ttlSeconds: 600 });
    const now = new Date('2025-07-01T00:00:00Z');
    const { accessToken } = await other.issue({ userId: 'u-1', username: 'lan', roles: [] }, now);
    await expect(service.verify(accessToken, now)).rejects.toThrow(/invalid/);
    await expect(service.verify(accessToken, now)).rejects.toThrow(/invalid/);
  });
});
