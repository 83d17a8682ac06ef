// The roles of ARCHITECTURE.md "Tenancy and access". A tenant role is held in one tenant (a province);
// a platform role is held platform-wide. Pure: no Nest, no I/O (domain code may import these types).

export const PLATFORM_ROLES = ['platform_admin', 'platform_auditor'] as const;
export const TENANT_ROLES = ['tenant_admin', 'secretariat', 'finance_department', 'member', 'auditor', 'viewer'] as const;

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

/**
 * Who may call which kind of route, defined once for every context (most privileged first: the first
 * role the caller holds is recorded as the actor's role). A route names a group, or a list of its own.
 */
export const RoleGroups = {
  /** Every role of a tenant and the platform roles: read the tenant's committee, its regulation, its calendar. */
  tenantReaders: ['platform_admin', 'platform_auditor', 'tenant_admin', 'secretariat', 'finance_department', 'member', 'auditor', 'viewer'],
  /** Run the committee's records: platform admins, the tenant's admins, the secretariat (the standing agency's staff). */
  tenantKeepers: ['platform_admin', 'tenant_admin', 'secretariat'],
  /** Take part in the committee's work: the keepers and the members (for themselves, where the route says so); never a read-only role. */
  tenantParticipants: ['platform_admin', 'tenant_admin', 'secretariat', 'member'],
  /** Sở Tài chính's staff (a finance-department grant): appraisals, coordination opinions, settlement approvals. */
  financeDepartment: ['platform_admin', 'finance_department'],
  /** See who holds which role in a tenant, and its access log. */
  accessReaders: ['platform_admin', 'platform_auditor', 'tenant_admin', 'auditor'],
  /** Manage a tenant's members and their roles. */
  accessAdmins: ['platform_admin', 'tenant_admin'],
  /** Read platform-level facts (users, every tenant). */
  platformReaders: ['platform_admin', 'platform_auditor'],
  /** Change platform-level facts: tenants, users, the holiday calendar. */
  platformAdmins: ['platform_admin'],
} as const satisfies Record<string, readonly Role[]>;
