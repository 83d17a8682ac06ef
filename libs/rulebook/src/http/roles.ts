import type { Role } from '@bcd/auth';

/**
 * Who reads a tenant's regulations, the one in force and its schedule: every role of the tenant and the
 * platform roles. The regulation is what every dashboard and KPI is judged by, so viewers read it too.
 */
export const REGULATION_READERS: Role[] = ['platform_admin', 'platform_auditor', 'tenant_admin', 'secretariat', 'member', 'auditor', 'viewer'];

/**
 * Who records a tenant's adoptions and its decisions on the rules left to the committee: platform
 * admins, the tenant's admins, and the secretariat (the standing agency, Sở TTTT, drafts the regulation
 * and sets the report deadlines the regulation leaves open, e.g. Phú Thọ 2022 Điều 4.3).
 */
export const REGULATION_KEEPERS: Role[] = ['platform_admin', 'tenant_admin', 'secretariat'];

/** Who corrects the platform-wide holiday calendar. */
export const CALENDAR_KEEPERS: Role[] = ['platform_admin'];
