// Rules of the identity and tenancy context. They come from the platform's policy, not from a
// province's regulation, so they cite the policy (libs/tenancy/README.md "Rules").
import { RuleViolation } from '@bcd/kernel';

export const TENANCY_POLICY = 'Platform policy: identity and tenancy (libs/tenancy/README.md, Rules)';

export const Rules = {
  /** `platform` is the pseudo-tenant of platform-level facts: no province may take it. */
  tenantCodeReserved: 'TENANCY-tenant-code-reserved',
  /** A tenant code is taken once, forever (a merged tenant keeps its code: old records cite it). */
  tenantCodeUnique: 'TENANCY-tenant-code-unique',
  /** A merged tenant is closed: no rename, no merge, no role granted in it. Its history stays readable. */
  tenantMerged: 'TENANCY-tenant-merged',
  mergeIntoItself: 'TENANCY-merge-into-itself',
  /** A tenant merges into an active tenant only. */
  mergeTargetActive: 'TENANCY-merge-target-active',
  /** The effective date of a merge is a fact that has happened: not in the future. */
  mergeEffectiveDate: 'TENANCY-merge-effective-date',
  /** Usernames are unique across the platform (case-insensitive: they are stored lowercase). */
  usernameUnique: 'TENANCY-username-unique',
  /** A disabled user gets no new role. */
  userDisabled: 'TENANCY-user-disabled',
  /** Nobody disables themselves or revokes their own administrator role: a lock-out needs a second administrator. */
  noSelfLockout: 'TENANCY-no-self-lockout',
} as const;

export function refuse(rule: (typeof Rules)[keyof typeof Rules], message: string): RuleViolation {
  return new RuleViolation(rule, TENANCY_POLICY, message);
}
