// What a regulation requires over a date range: the periodic meetings (with the days they must be
// held on) and the report obligations (with the last day a report may arrive). An item belongs to the
// regulation in force on the day it falls due: a meeting's last window day, a report's due date as the
// regulation writes it; a due date on a day off then rolls to the next working day (conventions.ts).

import { LocalDate, vietnamCalendar, type WorkingCalendar } from '@bcd/calendar';
import { ValidationFailed } from '@bcd/kernel';
import { effectiveDueDate, type EffectiveDueDate } from './conventions.js';
import { dueDateOf, meetingWindowOf, type Period, periodsOfYear } from './periods.js';
import { type Adoption, regulationInForce } from './regulation-in-force.js';
import type { Cadence, Citation, DueRule, MeetingRule, ReportDue, RulePack } from './rule-pack.schema.js';
import { tenantDecisions } from './tenant-configuration.js';

/** Which regulation an item comes from. */
export interface RegulationRef {
  packId: string;
  decisionNumber: string | null;
}

export type PeriodicMeetingKind = 'plenary' | 'standing-board' | 'working-group';

export interface RequiredMeeting {
  regulation: RegulationRef;
  kind: PeriodicMeetingKind;
  cadence: Cadence;
  /** `2009-Q3`, `2021-H1`, `2019-01`, `2014`. */
  period: string;
  windowStart: LocalDate;
  windowEnd: LocalDate;
  citation: Citation;
}

export interface ReportObligation {
  regulation: RegulationRef;
  report: 'member-report' | 'activity-report';
  /** Who reports: `members`, `agencies-running-programmes`, `standing-agency`, `working-group`, `committee`. */
  reporter: string;
  cadence: Cadence;
  period: string;
  periodStart: LocalDate;
  periodEnd: LocalDate;
  /** The date the regulation's wording gives, read as `deadline.reading` says. */
  literalDueDate: LocalDate;
  /**
   * The last day the report may arrive (on time if received by the end of this day, Vietnam time): the
   * literal date, or the next working day when that is a day off and the rule rolls over.
   */
  dueDate: LocalDate;
  /** Why `dueDate` is not the literal date (the day off and BLDS 2015 Điều 148.5); null when it is. */
  rolledOver: EffectiveDueDate['rolledOver'];
  /** How the regulation's wording was read. */
  deadline: { reading: DueRule['reading']; wording: string; onDayOff: DueRule['onDayOff'] };
  citation: Citation;
}

/** A rule the tenant must configure before its obligations can be generated. */
export interface ConfigurationNeeded {
  regulation: RegulationRef;
  path: string;
  citation: Citation;
  note?: string;
  /** The part of the asked range this gap affects. */
  from: LocalDate;
  to: LocalDate;
}

export interface Schedule {
  meetings: RequiredMeeting[];
  reportObligations: ReportObligation[];
  needsConfiguration: ConfigurationNeeded[];
}

export interface AdoptedSchedule extends Schedule {
  /** Parts of the range with no regulation in force: nothing is required there. */
  withoutRegulation: { from: LocalDate; to: LocalDate }[];
}

const MEETINGS: [PeriodicMeetingKind, 'plenary' | 'standingBoard' | 'workingGroup'][] = [
  ['plenary', 'plenary'],
  ['standing-board', 'standingBoard'],
  ['working-group', 'workingGroup'],
];
// The open slots that leave meetings or report dates out of a schedule (a report's recipient does not).
const SCHEDULING_PATHS = /^(meetings\.(plenary|standingBoard|workingGroup)|reporting\.(memberReports|activityReports\.\d+)\.due)$/;

/**
 * The meetings and reports `pack` requires whose key date (window end, literal due date) lies in
 * [from, to]; due dates are rolled over days off of `calendar` (the tenant's, with its overrides).
 */
export function scheduleForPack(
  pack: RulePack,
  from: LocalDate,
  to: LocalDate,
  regulation: RegulationRef = { packId: pack.id, decisionNumber: pack.decision.number },
  calendar: WorkingCalendar = vietnamCalendar,
): Schedule {
  checkRange(from, to);
  // Periods of the year before and after too: a period's key date can fall in the next year's range.
  const years = Array.from({ length: LocalDate.year(to) - LocalDate.year(from) + 3 }, (_, i) => LocalDate.year(from) - 1 + i);
  const within = (date: LocalDate) => date >= from && date <= to;

  const meetings: RequiredMeeting[] = [];
  for (const [kind, key] of MEETINGS) {
    const rule: MeetingRule = pack.meetings[key];
    if (rule.kind !== 'periodic') continue;
    for (const period of years.flatMap((y) => periodsOfYear(rule.cadence, y))) {
      const window = meetingWindowOf(rule.window, period);
      if (!within(window.end)) continue;
      meetings.push({
        regulation,
        kind,
        cadence: rule.cadence,
        period: period.label,
        windowStart: window.start,
        windowEnd: window.end,
        citation: rule.citation,
      });
    }
  }

  const reportObligations: ReportObligation[] = [];
  const addReports = (report: ReportObligation['report'], reporter: string, due: ReportDue) => {
    if (due.kind !== 'fixed') return;
    for (const deadline of due.deadlines) {
      for (const period of years.flatMap((y) => periodsOfYear(deadline.cadence, y))) {
        if (deadline.periods !== 'all' && !deadline.periods.includes(period.index)) continue;
        const literal = dueDateOf(deadline.due, period);
        if (!within(literal)) continue;
        const effective = effectiveDueDate(literal, deadline.due.onDayOff, calendar);
        reportObligations.push(obligation(regulation, report, reporter, period, effective, deadline.due, due.citation));
      }
    }
  };
  addReports('member-report', pack.reporting.memberReports.reporter, pack.reporting.memberReports.due);
  for (const activity of pack.reporting.activityReports) addReports('activity-report', activity.author, activity.due);

  const needsConfiguration = tenantDecisions(pack)
    .filter((d) => SCHEDULING_PATHS.test(d.path))
    .map((d) => ({ regulation, ...d, from, to }));

  meetings.sort((a, b) => a.windowEnd.localeCompare(b.windowEnd) || a.kind.localeCompare(b.kind));
  reportObligations.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.report.localeCompare(b.report));
  return { meetings, reportObligations, needsConfiguration };
}

/**
 * The schedule over a tenant's adoptions: the range is split at each effective date and every part
 * follows the regulation in force there (Thanh Hóa: the 2014 pack until 2018-10-18, then the 2018 pack).
 */
export function scheduleForAdoptions(
  adoptions: readonly Adoption[],
  from: LocalDate,
  to: LocalDate,
  calendar: WorkingCalendar = vietnamCalendar,
): AdoptedSchedule {
  checkRange(from, to);
  const starts = [from, ...adoptions.map((a) => a.effectiveFrom).filter((d) => d > from && d <= to)];
  const boundaries = [...new Set(starts)].sort();
  const result: AdoptedSchedule = { meetings: [], reportObligations: [], needsConfiguration: [], withoutRegulation: [] };
  boundaries.forEach((start, i) => {
    const end = i + 1 < boundaries.length ? LocalDate.addDays(boundaries[i + 1] as LocalDate, -1) : to;
    const adoption = regulationInForce(adoptions, start);
    if (!adoption) {
      result.withoutRegulation.push({ from: start, to: end });
      return;
    }
    const part = scheduleForPack(adoption.pack, start, end, { packId: adoption.pack.id, decisionNumber: adoption.decisionNumber }, calendar);
    result.meetings.push(...part.meetings);
    result.reportObligations.push(...part.reportObligations);
    result.needsConfiguration.push(...part.needsConfiguration);
  });
  return result;
}

function obligation(
  regulation: RegulationRef,
  report: ReportObligation['report'],
  reporter: string,
  period: Period,
  { literalDueDate, dueDate, rolledOver }: EffectiveDueDate,
  due: DueRule,
  citation: Citation,
): ReportObligation {
  return {
    regulation,
    report,
    reporter,
    cadence: period.cadence,
    period: period.label,
    periodStart: period.start,
    periodEnd: period.end,
    literalDueDate,
    dueDate,
    rolledOver,
    deadline: { reading: due.reading, wording: due.wording, onDayOff: due.onDayOff },
    citation,
  };
}

function checkRange(from: LocalDate, to: LocalDate): void {
  if (to < from) throw new ValidationFailed([{ path: 'to', message: 'must not be before from' }]);
}
