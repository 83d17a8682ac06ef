// Rules of the meetings context. Two sources:
// - the regulation in force on the meeting's date (a RulePack of @bcd/regulation): rule ids
//   `<pack>/<path>` (`kien-giang-2008/meetings.documentLeadTime`), citing the article
//   (`refuseByRegulation`, or a flag recorded on the event when a fact is recorded anyway);
// - the platform's own policy (a cancelled meeting changes no more, the start lies on the meeting's
//   date, only invitees are absent…): `MEETINGS-*`, citing libs/meetings/README.md.
import { RuleViolation } from '@bcd/kernel';
import { ruleRef, type RulePack } from '@bcd/regulation';
import type { RuleFlag } from '@bcd/contracts';

export { refuseByRegulation } from '@bcd/regulation';

export const MEETINGS_POLICY = 'Platform policy: meetings (libs/meetings/README.md, Rules)';

export const Rules = {
  /** A meeting is judged by the regulation in force on its date: none in force, nothing is scheduled. */
  noRegulationInForce: 'MEETINGS-no-regulation-in-force',
  /** The meeting id names a meeting already scheduled. */
  meetingExists: 'MEETINGS-meeting-exists',
  /** A cancelled meeting changes no more. */
  meetingCancelled: 'MEETINGS-meeting-cancelled',
  /** The start time lies on the meeting's date, in Vietnam. */
  startOnDate: 'MEETINGS-start-on-date',
  /** The convener and the presiding person are members of the roster in force on the meeting's date. */
  onRoster: 'MEETINGS-on-roster',
  /** A period fulfils a required meeting of the regulation (its cadence); one the regulation does not require has none. */
  period: 'MEETINGS-period',
  /** Guests are invited to extended meetings only. */
  guestsExtendedOnly: 'MEETINGS-guests-extended-only',
  /** Only an invitee is absent, asks for it or names a delegate. */
  invitee: 'MEETINGS-invitee',
  /** An absence is decided once it was asked for, and once. */
  absenceRequest: 'MEETINGS-absence-request',
  /** A document belongs to one of the meeting's agenda items (or to none); its id is used once. */
  document: 'MEETINGS-document',
  /** A meeting is held once; a notice and minutes are issued for a held meeting, once each. */
  held: 'MEETINGS-held',
  /** Attendance names each invitee once; a delegate attends only when one was named. */
  attendance: 'MEETINGS-attendance',
  /** Action items of the meeting's own conclusions, each once, due and done on or after the day assigned. */
  actionItem: 'MEETINGS-action-item',
  /** A new due date is approved by the chair (on the roster of the day of approval). */
  extensionByChair: 'MEETINGS-extension-by-chair',
  /** A written consultation: started once, recipients named once, each answering once, nothing after it closed. */
  consultation: 'MEETINGS-consultation',
} as const;

export type PolicyRule = (typeof Rules)[keyof typeof Rules];

export function refuse(rule: PolicyRule, message: string): RuleViolation {
  return new RuleViolation(rule, MEETINGS_POLICY, message);
}

/** A fact recorded against a rule of the regulation (facts are facts): the flag the event carries. */
export function flagByRegulation(pack: RulePack, path: string, message: string): RuleFlag {
  const ref = ruleRef(pack, path);
  if (!ref) throw new Error(`${pack.id} has no cited rule at ${path} to flag a fact by`);
  return { rule: ref.rule, article: ref.article, message };
}
