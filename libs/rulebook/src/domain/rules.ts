// Rules of the rulebook context: how a tenant's adoptions of regulations must fit together. They come
// from the platform's policy (a regulation is in force from the effective date its decision states,
// and one replaces another from its own effective date), so they cite the policy
// (libs/rulebook/README.md "Rules"). A merged tenant is closed in every context: the command runner
// refuses it (TENANCY-tenant-merged, libs/auth tenant-open.ts).
import { RuleViolation } from '@bcd/kernel';

export const RULEBOOK_POLICY = 'Platform policy: regulations in force (libs/rulebook/README.md, Rules)';

export const Rules = {
  /** Two adoptions taking effect on the same day would leave the regulation in force that day ambiguous. */
  effectiveDateUnique: 'RULEBOOK-effective-date-unique',
  /** A regulation takes effect on or after the day its decision was signed, never before. */
  effectiveNotBeforeSigning: 'RULEBOOK-effective-not-before-signing',
  /** A decision is recorded once it has been signed: its signing date is not in the future. */
  signedNotInFuture: 'RULEBOOK-signed-not-in-future',
  /** `supersedes` names a decision (or pack id) of this tenant's adoptions that took effect earlier. */
  supersedesEarlierAdoption: 'RULEBOOK-supersedes-earlier-adoption',
  /** A decision number is adopted once per tenant (supersedes refers to adoptions by it). */
  decisionNumberUnique: 'RULEBOOK-decision-number-unique',
  /** A custom pack may not take the id of a built-in pack: the id would then mean two different rule sets. */
  customPackIdReserved: 'RULEBOOK-custom-pack-id-reserved',
  /**
   * A revision replaces the encoding of the same regulation: a built-in adoption takes the current
   * built-in pack of its id, a custom one a pack with the same id; the decision and its dates stay.
   */
  revisionSameRegulation: 'RULEBOOK-revision-same-regulation',
  /** A revision keeps the tenant's decisions: each must still be a rule the revised pack leaves to the tenant. */
  revisionKeepsTenantDecisions: 'RULEBOOK-revision-keeps-tenant-decisions',
} as const;

export type RuleId = (typeof Rules)[keyof typeof Rules];

export function refuse(rule: RuleId, message: string): RuleViolation {
  return new RuleViolation(rule, RULEBOOK_POLICY, message);
}
