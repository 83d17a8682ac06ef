// Who may consent to a member's absence from a meeting (RULES.md §2), and under which article. Where two
// articles name different people (Phú Thọ 2022: the chair, Điều 9.2; the person presiding, Điều 6.5, who
// is the vice chair when the chair is absent, Điều 4.1), the pack lists both and either consent counts;
// the meeting records the article the consent was given under.
import type { Citation, RulePack } from './rule-pack.schema.js';

/** The one who consents: whether they hold the chair, and whether they preside over the meeting. */
export interface AbsenceConsenter {
  isChair: boolean;
  presides: boolean;
}

/**
 * The rule under which `consenter` may consent to an absence: the first of the pack's approvers they
 * are, with its article. Undefined when they may not (or the regulation has no absence procedure).
 */
export function absenceConsentRule(pack: RulePack, consenter: AbsenceConsenter): { by: 'chair' | 'presiding-person'; citation: Citation } | undefined {
  const rule = pack.meetings.absence;
  if (rule.kind !== 'report-and-approval') return undefined;
  const approver = rule.approvers.find((a) => (a.by === 'chair' ? consenter.isChair : consenter.presides));
  return approver && { by: approver.by, citation: approver.citation };
}
