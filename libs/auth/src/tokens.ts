// Access tokens. Our own: HS256 JWTs signed with JWT_SECRET (POST /api/auth/login). In the
// distributed shape also an external OIDC issuer's RS256 tokens, checked against its JWKS, with
// roles mapped from a claim. Every check pins the algorithm to the key: `alg: none`, an HS256 token
// claiming the OIDC issuer (key confusion) or any other algorithm is refused.
import { hkdfSync } from 'node:crypto';
import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { dictionary } from '@bcd/kernel';
import { Unauthenticated } from './errors.js';
import { isPlatformRole, isTenantRole, type PlatformRole, type RoleGrant, type TenantRole } from './roles.js';

/** `iss` of the tokens we sign. */
export const OWN_ISSUER = 'bcd-platform';
const OWN_ALGORITHM = 'HS256';
const OIDC_ALGORITHMS = ['RS256'];

export interface OidcOptions {
  issuer: string;
  jwksUrl: string;
  /** When set, the token's `aud` must contain it. */
  audience?: string;
  /** Claim holding the roles; a dotted path reaches into objects (`realm_access.roles`). */
  rolesClaim: string;
  /** Claim shown as the username; `sub` when absent from a token. */
  usernameClaim: string;
}

export interface TokenServiceOptions {
  /** HS256 key (see loadOrCreateJwtSecret). */
  secret: Uint8Array;
  ttlSeconds: number;
  oidc?: OidcOptions;
}

export interface IssuedToken {
  accessToken: string;
  expiresAt: Date;
}

/** What a verified token says. Our tokens name a user of our directory; OIDC tokens bring their roles. */
export type VerifiedToken =
  | { source: 'password'; userId: string; username: string; issuedAt: Date; expiresAt: Date }
  | {
      source: 'oidc';
      userId: string;
      username: string;
      platformRoles: PlatformRole[];
      tenantRoles: Record<string, TenantRole[]>;
      issuedAt: Date;
      expiresAt: Date;
    };

/** Tokens verified recently: a client sends the same token with every request (bounded, oldest dropped first). */
const VERIFIED_CACHE_SIZE = 10_000;

export class TokenService {
  private readonly jwks: ReturnType<typeof createRemoteJWKSet> | undefined;
  // The signature of a given token string does not change: verify it once, then only its expiry.
  private readonly verified = new Map<string, VerifiedToken>();

  constructor(private readonly options: TokenServiceOptions) {
    if (options.secret.length < 32) throw new Error('The HS256 secret must be at least 32 bytes');
    this.jwks = options.oidc
      ? createRemoteJWKSet(new URL(options.oidc.jwksUrl), { timeoutDuration: 5000, cooldownDuration: 30_000 })
      : undefined;
  }

  get ttlSeconds(): number {
    return this.options.ttlSeconds;
  }

  /**
   * A 32-byte key for another purpose (e.g. `idempotency-fingerprint`), derived from the signing secret
   * with HKDF-SHA256: processes that share JWT_SECRET derive the same key, and it reveals nothing of the secret.
   */
  deriveKey(purpose: string): Buffer {
    return Buffer.from(hkdfSync('sha256', this.options.secret, new Uint8Array(0), purpose, 32));
  }

  async issue(user: { userId: string; username: string; roles: RoleGrant[] }, now: Date): Promise<IssuedToken> {
    const iat = Math.floor(now.getTime() / 1000);
    const exp = iat + this.options.ttlSeconds;
    const accessToken = await new SignJWT({ username: user.username, roles: user.roles })
      .setProtectedHeader({ alg: OWN_ALGORITHM, typ: 'JWT' })
      .setSubject(user.userId)
      .setIssuer(OWN_ISSUER)
      .setIssuedAt(iat)
      .setExpirationTime(exp)
      .sign(this.options.secret);
    return { accessToken, expiresAt: new Date(exp * 1000) };
  }

  /** Verifies signature, algorithm, issuer, audience (OIDC) and expiry at `now`; throws Unauthenticated. */
  async verify(token: string, now: Date): Promise<VerifiedToken> {
    const known = this.verified.get(token);
    if (known) {
      if (now.getTime() < known.expiresAt.getTime()) return known;
      this.verified.delete(token);
    }
    const verified = await this.verifySignature(token, now);
    if (this.verified.size >= VERIFIED_CACHE_SIZE) this.verified.delete(this.verified.keys().next().value as string);
    this.verified.set(token, verified);
    return verified;
  }

  private async verifySignature(token: string, now: Date): Promise<VerifiedToken> {
    let claims: JWTPayload;
    try {
      claims = decodeJwt(token); // unverified: only to pick the key by issuer
    } catch {
      throw invalid('The access token is malformed.');
    }
    try {
      if (claims.iss === OWN_ISSUER) return await this.verifyOwn(token, now);
      const oidc = this.options.oidc;
      if (oidc && this.jwks && claims.iss === oidc.issuer) return await this.verifyOidc(token, now, oidc, this.jwks);
    } catch (error) {
      if (error instanceof Unauthenticated) throw error;
      if (error instanceof errors.JWTExpired) throw invalid('The access token has expired.');
      if (error instanceof errors.JOSEError) throw invalid('The access token is invalid.');
      throw invalid('The access token could not be verified.');
    }
    throw invalid('The access token was issued by an issuer this platform does not trust.');
  }

  private async verifyOwn(token: string, now: Date): Promise<VerifiedToken> {
    const { payload } = await jwtVerify(token, this.options.secret, {
      algorithms: [OWN_ALGORITHM],
      issuer: OWN_ISSUER,
      currentDate: now,
      requiredClaims: ['sub', 'iat', 'exp'],
    });
    if (typeof payload.username !== 'string') throw invalid('The access token is invalid.');
    return { source: 'password', userId: String(payload.sub), username: payload.username, ...times(payload) };
  }

  private async verifyOidc(token: string, now: Date, oidc: OidcOptions, jwks: ReturnType<typeof createRemoteJWKSet>): Promise<VerifiedToken> {
    const { payload } = await jwtVerify(token, jwks, {
      algorithms: OIDC_ALGORITHMS,
      issuer: oidc.issuer,
      ...(oidc.audience === undefined ? {} : { audience: oidc.audience }),
      currentDate: now,
      requiredClaims: ['sub', 'exp'],
    });
    const username = claimAt(payload, oidc.usernameClaim);
    const subject = String(payload.sub); // required above
    return {
      source: 'oidc',
      userId: `oidc:${subject}`,
      username: typeof username === 'string' && username !== '' ? username : subject,
      ...mapOidcRoles(claimAt(payload, oidc.rolesClaim)),
      ...times(payload),
    };
  }
}

function invalid(message: string): Unauthenticated {
  return new Unauthenticated(message, 'invalid_token');
}

function times(payload: JWTPayload): { issuedAt: Date; expiresAt: Date } {
  const exp = payload.exp ?? 0;
  return { issuedAt: new Date((payload.iat ?? exp) * 1000), expiresAt: new Date(exp * 1000) };
}

function claimAt(payload: JWTPayload, path: string): unknown {
  let value: unknown = payload;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

const TENANT_CODE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * An OIDC roles claim to our roles. Each entry is `platform_admin` / `platform_auditor`, or
 * `<tenant>:<role>` (`thanh-hoa:secretariat`), or an object `{role, tenant}` like our own tokens'.
 * Anything else (the issuer's other roles) is ignored.
 */
export function mapOidcRoles(claim: unknown): { platformRoles: PlatformRole[]; tenantRoles: Record<string, TenantRole[]> } {
  const platformRoles = new Set<PlatformRole>();
  const tenantRoles = dictionary<TenantRole[]>();
  const addTenantRole = (tenant: unknown, role: unknown) => {
    if (typeof tenant !== 'string' || !TENANT_CODE.test(tenant) || !isTenantRole(role)) return;
    const roles = (tenantRoles[tenant] ??= []);
    if (!roles.includes(role)) roles.push(role);
  };
  const entries = Array.isArray(claim) ? claim : typeof claim === 'string' ? claim.split(/[\s,]+/) : [];
  for (const entry of entries) {
    if (typeof entry === 'string') {
      if (isPlatformRole(entry)) platformRoles.add(entry);
      else {
        const separator = entry.indexOf(':');
        if (separator > 0) addTenantRole(entry.slice(0, separator), entry.slice(separator + 1));
      }
    } else if (entry !== null && typeof entry === 'object') {
      const { role, tenant } = entry as { role?: unknown; tenant?: unknown };
      if (tenant === undefined && isPlatformRole(role)) platformRoles.add(role);
      else addTenantRole(tenant, role);
    }
  }
  return { platformRoles: [...platformRoles], tenantRoles };
}
