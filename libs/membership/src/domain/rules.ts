// Rules of the membership context. Two sources:
// - the regulation in force on the date of the fact (a RulePack of @bcd/regulation): its rule ids are
//   `<pack>/<path>` (`thanh-hoa-2014/composition.standingMembers`) and cite the article;
// - the platform's own policy (dates in order, no second appointment of one person, erased people...):
//   `MEMBERSHIP-*`, citing libs/membership/README.md.
import { RuleViolation } from '@bcd/kernel';

export { refuseByRegulation } from '@bcd/regulation';

export const MEMBERSHIP_POLICY = 'Platform policy: membership (libs/membership/README.md, Rules)';

export const Rules = {
  /** A change that depends on the regulation is refused when no regulation was in force on its date. */
  noRegulationInForce: 'MEMBERSHIP-no-regulation-in-force',
  /** A decision is a signed act: its date cannot be after today. */
  decisionInFuture: 'MEMBERSHIP-decision-in-future',
  /** Changes to a member, a committee or an agency are recorded in the order of their dates. */
  dateOrder: 'MEMBERSHIP-date-order',
  agencyCodeUnique: 'MEMBERSHIP-agency-code-unique',
  /** A merged agency takes no new name, merge or representative after its merge. */
  agencyMerged: 'MEMBERSHIP-agency-merged',
  agencyMergeIntoItself: 'MEMBERSHIP-agency-merge-into-itself',
  agencyMergeTargetActive: 'MEMBERSHIP-agency-merge-target-active',
  /** One name per agency per effective date. */
  agencyNameDate: 'MEMBERSHIP-agency-name-date',
  committeeDissolved: 'MEMBERSHIP-committee-dissolved',
  /** A dismissed or replaced member changes no more (their history stays). */
  memberNotServing: 'MEMBERSHIP-member-not-serving',
  /** One person holds one seat of a committee at a time. */
  personAlreadyServing: 'MEMBERSHIP-person-already-serving',
  /** An erased person (data subject's request) is not appointed, proposed or added again. */
  personErased: 'MEMBERSHIP-person-erased',
  /** The members named in a re-establishment (kiện toàn) are serving members, each named once. */
  reestablishmentMembers: 'MEMBERSHIP-reestablishment-members',
  /** A seat has one long absence open at a time; proposals and replacements need an open one. */
  longAbsenceOpen: 'MEMBERSHIP-long-absence-open',
  noLongAbsence: 'MEMBERSHIP-no-long-absence',
  /** The regulation in force must know the standing agency's place: designate it first. */
  standingAgencyUnknown: 'MEMBERSHIP-standing-agency-unknown',
  workingGroupFormed: 'MEMBERSHIP-working-group-formed',
  workingGroupMember: 'MEMBERSHIP-working-group-member',
  workingGroupLeaderMember: 'MEMBERSHIP-working-group-leader-member',
} as const;

export type PolicyRule = (typeof Rules)[keyof typeof Rules];

export function refuse(rule: PolicyRule, message: string): RuleViolation {
  return new RuleViolation(rule, MEMBERSHIP_POLICY, message);
}
