// Rules of the programme context. Two sources:
// - the regulation in force on the fact's date: who issues the annual work programme and sets its deadlines (the
//   chair, TH2018/BĐ/PT Điều 3.1…), rule id `<pack>/programme.issue`, citing the article (regulation.ts);
// - the platform's own policy (the steps in order, a task or inspection named once, dates that follow each other):
//   `PROGRAMME-*`, citing libs/programme/README.md.
import { RuleViolation } from '@bcd/kernel';

export const PROGRAMME_POLICY = 'Platform policy: work programme (libs/programme/README.md, Rules)';

export const Rules = {
  /** Every fact is judged by the regulation in force on its date: none in force, nothing is recorded. */
  noRegulationInForce: 'PROGRAMME-no-regulation-in-force',
  /** Opened once; drafted, then issued once; followed only once issued; each step dated on or after the one before. */
  flow: 'PROGRAMME-flow',
  /** A programme is issued with tasks; a task is named once, due on or after the issue, done once, extended only forward and while not done. */
  task: 'PROGRAMME-task',
  /** An inspection is named once, in a month of the programme's year, and done once. */
  inspection: 'PROGRAMME-inspection',
} as const;

export type PolicyRule = (typeof Rules)[keyof typeof Rules];

export function refuse(rule: PolicyRule, message: string): RuleViolation {
  return new RuleViolation(rule, PROGRAMME_POLICY, message);
}
