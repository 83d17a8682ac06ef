// The roles of ARCHITECTURE.md "Tenancy and access". A tenant role is held in one tenant (a province);
// a platform role is held platform-wide. Pure: no Nest, no I/O (domain code may import these types).

export const PLATFORM_ROLES = ['platform_admin', 'platform_auditor'] as const;
export const TENANT_ROLES = ['tenant_admin', 'secretariat', 'member', 'auditor', 'viewer'] as const;

export type PlatformRole = (typeof PLATFORM_ROLES)[number];
export type TenantRole = (typeof TENANT_ROLES)[number];
export type Role = PlatformRole | TenantRole;

/** Roles that may read but never change anything: a mutating route must not list them. */
export const READ_ONLY_ROLES: readonly Role[] = ['platform_auditor', 'auditor', 'viewer'];

/**
 * The pseudo-tenant of platform-level facts (tenants, users, logins): their events are stored under
 * this tenant id and their read-model rows carry it. No province may take this code.
 */
export const PLATFORM_TENANT = 'platform';

/** One role a user holds: platform-wide (no tenant) or in one tenant. The shape of the token's `roles` claim. */
export interface RoleGrant {
  role: Role;
  /** The tenant code, for tenant roles only. */
  tenant?: string;
}

export function isPlatformRole(value: unknown): value is PlatformRole {
  return (PLATFORM_ROLES as readonly unknown[]).includes(value);
}

export function isTenantRole(value: unknown): value is TenantRole {
  return (TENANT_ROLES as readonly unknown[]).includes(value);
}

export function isRole(value: unknown): value is Role {
  return isPlatformRole(value) || isTenantRole(value);
}
