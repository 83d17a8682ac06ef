import type { PlatformRole, RoleGrant, TenantRole } from './roles.js';

/** Who is calling, once the token is verified and (for our own tokens) checked against the directory. */
export interface Principal {
  /** Our user id (UUIDv7), or `oidc:<sub>` for a user of the external issuer. */
  userId: string;
  username: string;
  /** `password`: our own HS256 token from POST /api/auth/login; `oidc`: the external issuer's RS256 token. */
  source: 'password' | 'oidc';
  platformRoles: PlatformRole[];
  /** Tenant code → the roles held there (active tenants only). */
  tenantRoles: Record<string, TenantRole[]>;
}

/**
 * Which read-model rows a request may see: the PostgreSQL row-level security policies read this
 * from per-transaction settings (`bcd.platform_access`, `bcd.tenant_ids`).
 */
export type TenantScope = { platform: true } | { platform: false; tenantIds: string[] };

export const NO_TENANT_SCOPE: TenantScope = { platform: false, tenantIds: [] };
export const PLATFORM_SCOPE: TenantScope = { platform: true };

export function roleGrantsOf(principal: Pick<Principal, 'platformRoles' | 'tenantRoles'>): RoleGrant[] {
  return [
    ...principal.platformRoles.map((role) => ({ role })),
    ...Object.entries(principal.tenantRoles).flatMap(([tenant, roles]) => roles.map((role) => ({ role, tenant }))),
  ];
}
