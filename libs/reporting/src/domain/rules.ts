// Rules of the reporting context. Two sources:
// - the regulation in force when an obligation falls due (a RulePack of @bcd/regulation): rule ids
//   `<pack>/<path>` (`kien-giang-2008/reporting.memberReports`), citing the article (`refuseByRegulation`);
// - the platform's own policy (a report is submitted once before it is returned, the values follow the
//   template…): `REPORTING-*`, citing libs/reporting/README.md.
import { RuleViolation } from '@bcd/kernel';

export { refuseByRegulation } from '@bcd/regulation';

export const REPORTING_POLICY = 'Platform policy: reporting (libs/reporting/README.md, Rules)';

export const Rules = {
  /** An obligation rests on the regulation in force on its due date: none in force, nothing is owed. */
  noRegulationInForce: 'REPORTING-no-regulation-in-force',
  /** An obligation is opened once; a withdrawn one changes no more. */
  obligation: 'REPORTING-obligation',
  /** A report is submitted to an open obligation, once until it is returned; returned and accepted once. */
  submission: 'REPORTING-submission',
  /** The values follow the template in force on the due date: every required field, each of its type, no other. */
  template: 'REPORTING-template',
  /** An ad hoc report is due on or after the day it is asked for. */
  adHoc: 'REPORTING-ad-hoc',
  /** A designation of reporting agencies names each once and starts on or after the one before. */
  setup: 'REPORTING-setup',
  /**
   * A consolidated report is drafted once and changes no more once submitted; circulated once, its deadline not
   * before the day it goes out; commented on by its recipients only, once each; submitted to the chair only.
   */
  consolidated: 'REPORTING-consolidated',
} as const;

export type PolicyRule = (typeof Rules)[keyof typeof Rules];

export function refuse(rule: PolicyRule, message: string): RuleViolation {
  return new RuleViolation(rule, REPORTING_POLICY, message);
}
