import type { Role } from '@bcd/auth';

/** Every role: reading a tenant's card is open to anyone with a role in it. */
export const ANY_ROLE: Role[] = ['platform_admin', 'platform_auditor', 'tenant_admin', 'secretariat', 'member', 'auditor', 'viewer'];
/** Who may see who holds which role in a tenant, and its access log. */
export const ACCESS_READERS: Role[] = ['platform_admin', 'platform_auditor', 'tenant_admin', 'auditor'];
/** Who manages a tenant's members. */
export const ACCESS_ADMINS: Role[] = ['platform_admin', 'tenant_admin'];
