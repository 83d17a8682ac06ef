// Did the documents of a meeting go out early enough? KG 2008 Điều 11: ≥ 3 working days before a
// periodic meeting; TH 2014 Điều 9.4: ≥ 5 working days; BĐ 2021 Điều 10.1c: ≥ 48 hours, electronically.
// Counted as conventions.ts says (BLDS 2015 Điều 147), or as the rule's `counting` chooses.

import { LocalDate, type WorkingCalendar, vietnamCalendar, vietnamDateOf } from '@bcd/calendar';
import { CIVIL_CODE, latestSendDate as lastDayToSend } from './conventions.js';
import type { Citation, RulePack, WorkingDayCounting } from './rule-pack.schema.js';

export interface DocumentLeadTimeFacts {
  meetingAt: Date;
  documentsSentAt: Date;
  /** A periodic (định kỳ) meeting, as opposed to an extraordinary one. */
  periodic: boolean;
}

export type DocumentLeadTimeResult =
  /** The regulation sets no lead time: the meeting does not count in KPI 2. */
  | { outcome: 'no-rule' }
  /** The regulation leaves it to the committee and the tenant has not configured it. */
  | { outcome: 'tenant-decides'; citation: Citation }
  /** The rule covers periodic meetings only and this one is not. */
  | { outcome: 'not-applicable'; citation: Citation }
  | {
      outcome: 'met' | 'missed';
      requirement: { unit: 'working-days'; days: number; counting: WorkingDayCounting } | { unit: 'hours'; hours: number; counting: 'clock-hours' };
      /** The last moment documents could go out: a local date for working days, an instant for hours. */
      latestSendDate?: LocalDate;
      latestSendAt?: Date;
      citation: Citation;
      /** The article the counting follows (BLDS 2015 Điều 147), where it follows the Civil Code. */
      counting?: Citation;
    };

/**
 * Checks the lead time of a meeting's documents against `pack`. Working days are counted by dates in
 * Vietnam, by default leaving out the sending day and the meeting day: documents sent on or before
 * `latestSendDate` meet "N working days before" (time of day does not matter). Hours are clock hours
 * from sending to the meeting's start, weekends included.
 */
export function checkDocumentLeadTime(
  pack: RulePack,
  facts: DocumentLeadTimeFacts,
  calendar: WorkingCalendar = vietnamCalendar,
): DocumentLeadTimeResult {
  const rule = pack.meetings.documentLeadTime;
  switch (rule.kind) {
    case 'none':
      return { outcome: 'no-rule' };
    case 'tenant-decides':
      return { outcome: 'tenant-decides', citation: rule.citation };
    case 'working-days': {
      if (rule.appliesTo === 'periodic-meetings' && !facts.periodic) return { outcome: 'not-applicable', citation: rule.citation };
      const latestSendDate = lastDayToSend(vietnamDateOf(facts.meetingAt), rule.days, rule.counting, calendar);
      const met = vietnamDateOf(facts.documentsSentAt) <= latestSendDate;
      return {
        outcome: met ? 'met' : 'missed',
        requirement: { unit: 'working-days', days: rule.days, counting: rule.counting },
        latestSendDate,
        citation: rule.citation,
        ...(rule.counting === 'exclude-send-day-and-meeting-day' ? { counting: CIVIL_CODE.firstDayNotCounted } : {}),
      };
    }
    case 'hours': {
      if (rule.appliesTo === 'periodic-meetings' && !facts.periodic) return { outcome: 'not-applicable', citation: rule.citation };
      const latestSendAt = new Date(facts.meetingAt.getTime() - rule.hours * 3_600_000);
      const met = facts.documentsSentAt.getTime() <= latestSendAt.getTime();
      return {
        outcome: met ? 'met' : 'missed',
        requirement: { unit: 'hours', hours: rule.hours, counting: rule.counting },
        latestSendAt,
        citation: rule.citation,
        counting: CIVIL_CODE.hours,
      };
    }
    default: {
      const unknown: never = rule;
      throw new Error(`Unknown lead-time rule ${JSON.stringify(unknown)}`);
    }
  }
}
