// A merged tenant is closed (RULES.md §8: provinces were merged in 2025): its history stays readable
// under the tenant it was merged into, and nothing changes in it any more, in any context. The
// command runner of the host kit checks it before every command on a tenant's streams.
import { NotFound, RuleViolation } from '@bcd/kernel';
import type { DirectoryTenant } from './access-directory.js';

/** The rule and its citation, the same as the identity context's own (libs/tenancy, Rules). */
export const TENANT_MERGED_RULE = 'TENANCY-tenant-merged';
export const TENANCY_POLICY = 'Platform policy: identity and tenancy (libs/tenancy/README.md, Rules)';

/** Refuses changes in a tenant that does not exist (404) or was merged into another (422). */
export function ensureTenantOpen(tenant: DirectoryTenant | undefined, code: string): void {
  if (!tenant) throw new NotFound('Tenant', code);
  if (tenant.status === 'merged') {
    const into = tenant.successor === undefined ? 'another tenant' : `tenant ${tenant.successor}`;
    throw new RuleViolation(
      TENANT_MERGED_RULE,
      TENANCY_POLICY,
      `Tenant ${code} was merged into ${into}: it is closed (its history stays readable). Record this in ${into}.`,
    );
  }
}
