// Opening obligations (RULES.md §3, §7). What is owed comes from the regulation in force on the day each
// report falls due (the rulebook's schedule, `scheduleForAdoptions`: due dates as worded, read and rolled
// over a day off of the tenant's calendar) and from who reports under it: each agency with a member on the
// committee that day where the regulation says "members" (Kiên Giang 2008 Điều 11, Bình Định 2021 Điều
// 10.2a), the agencies the province designates where it says "agencies running programmes" or "agencies"
// (Thanh Hóa 2014 Điều 11.2, 2018 Điều 10.2, Phú Thọ 2022 Điều 4.3: the regulation does not list them), the
// committee's own body for its activity reports. `planObligations` is that plan, pure; the opening process
// runs it ahead of time and records each obligation once (its id and its events' ids are made from its
// names). When the regulation changes, an obligation not yet due on the day the new one takes effect
// follows it (redetermined, or withdrawn when it asks for no such report); one already due keeps its rule.
import type { LocalDate } from '@bcd/calendar';
import type { Command } from '@bcd/kernel';
import { formatCitation, holdsRole, regulationInForce, type Adoption, type ReportObligation, type RulePack } from '@bcd/regulation';
import type { DueData, ObligationOpenedData, ObligationRuleData, ReporterData } from '@bcd/contracts';
import { refuse, refuseByRegulation, Rules } from '../rules.js';
import { obligationId, type ObligationEvent, type ObligationState, type OpenedObligation } from './obligation.js';

/** One obligation the regulation in force asks for. */
export type PlannedObligation = Omit<ObligationOpenedData, 'requestedBy' | 'subject'>;

export type OpenObligation = Command<'OpenObligation', { planned: PlannedObligation }>;
export type WithdrawObligation = Command<'WithdrawObligation', { obligationId: string; reason: string; rule: ObligationRuleData | null }>;
export type RequestAdHocReport = Command<
  'RequestAdHocReport',
  {
    obligationId: string;
    reporter: ReporterData;
    subject: string;
    requestedOn: LocalDate;
    dueDate: LocalDate;
    /** The member asking, as the roster of `requestedOn` has them. */
    requestedBy: { memberId: string; role: string } | undefined;
    /** The regulation in force on `requestedOn`. */
    adoption: Adoption | undefined;
  }
>;

/** Who reports under the regulation in force on one due date. */
export interface Reporters {
  /** Agencies of the members serving on that day. */
  memberAgencies: readonly string[];
  /** The agencies the province designated to report; null when it has designated none. */
  designatedAgencies: readonly string[] | null;
}

/** The obligations of `tenantId` the schedule asks for, each for whom reports on its due date. */
export function planObligations(
  tenantId: string,
  schedule: readonly ReportObligation[],
  adoptions: readonly Adoption[],
  reportersOn: (literalDueDate: LocalDate) => Reporters,
): PlannedObligation[] {
  return schedule.flatMap((item) => {
    const adoption = regulationInForce(adoptions, item.literalDueDate);
    if (!adoption) return [];
    const rule: ObligationRuleData = {
      packId: adoption.pack.id,
      decisionNumber: adoption.decisionNumber,
      effectiveFrom: adoption.effectiveFrom,
      article: formatCitation(item.citation),
    };
    const due: DueData = {
      literalDueDate: item.literalDueDate,
      dueDate: item.dueDate,
      rolledOver: item.rolledOver && { because: item.rolledOver.because, article: formatCitation(item.rolledOver.citation), holidaysKnown: item.rolledOver.holidaysKnown },
      wording: item.deadline.wording,
      reading: item.deadline.reading,
    };
    return reportersOf(item, reportersOn(item.literalDueDate)).map((reporter): PlannedObligation => {
      const key = { report: item.report, reporter, period: `${item.cadence}:${item.period}` };
      return {
        obligationId: obligationId(tenantId, key),
        report: item.report,
        reporter,
        cadence: item.cadence,
        period: item.period,
        periodStart: item.periodStart,
        periodEnd: item.periodEnd,
        due,
        rule,
      };
    });
  });
}

function reportersOf(item: ReportObligation, reporters: Reporters): ReporterData[] {
  if (item.report === 'activity-report') return [{ kind: 'committee', body: item.reporter as 'standing-agency' | 'working-group' | 'committee' }];
  const agencies = item.reporter === 'members' ? reporters.memberAgencies : (reporters.designatedAgencies ?? []);
  return [...new Set(agencies)].sort().map((agencyId) => ({ kind: 'agency', agencyId }));
}

/**
 * Open the planned obligation; once opened, follow a changed plan only while it is not yet due on the day
 * the new regulation takes effect and nothing was submitted under it.
 */
export function openObligation(command: OpenObligation, state: ObligationState): ObligationEvent[] {
  const { planned } = command.data;
  if (state.status === 'none') return [{ type: 'ObligationOpened', data: { ...planned, subject: null, requestedBy: null } }];
  if (state.status === 'withdrawn') return [];
  const sameRule = state.rule.packId === planned.rule.packId && state.rule.decisionNumber === planned.rule.decisionNumber;
  if (sameRule && state.due.dueDate === planned.due.dueDate) return [];
  if (!followsNewRule(state, planned.rule)) return [];
  return [{ type: 'ObligationRedetermined', data: { obligationId: planned.obligationId, due: planned.due, rule: planned.rule } }];
}

/** Withdraw an obligation the regulation in force no longer asks for, on the same terms as following it. */
export function withdrawObligation(command: WithdrawObligation, state: ObligationState): ObligationEvent[] {
  const { obligationId: id, reason, rule } = command.data;
  if (state.status !== 'open') return [];
  if (rule !== null && !followsNewRule(state, rule)) return [];
  if (state.submission.status !== 'none') return [];
  return [{ type: 'ObligationWithdrawn', data: { obligationId: id, reason, rule } }];
}

/** Not yet due on the day the new regulation takes effect, and nothing submitted under the old one. */
function followsNewRule(state: OpenedObligation, rule: ObligationRuleData): boolean {
  return state.due.dueDate >= rule.effectiveFrom && state.submission.status === 'none';
}

/** An ad hoc report, asked for by whom the regulation in force lets ask (the chair; Bình Định 2021 Điều 5.5: or a vice chair). */
export function requestAdHocReport(command: RequestAdHocReport, state: ObligationState): ObligationEvent[] {
  const { obligationId: id, reporter, subject, requestedOn, dueDate, requestedBy, adoption } = command.data;
  if (state.status !== 'none') throw refuse(Rules.obligation, `Obligation ${id} is already open.`);
  if (!adoption) throw refuse(Rules.noRegulationInForce, `No regulation (Quy chế) of this province was in force on ${requestedOn}.`);
  const pack: RulePack = adoption.pack;
  const path = 'reporting.adHocReports';
  const rule = pack.reporting.adHocReports;
  if (rule.kind === 'none') throw refuseByRegulation(pack, path, `${pack.title} provides no ad hoc reports.`);
  if (!requestedBy || !rule.requestedBy.some((role) => holdsRole(pack, requestedBy.role, role))) {
    throw refuseByRegulation(pack, path, `An ad hoc report is asked for by ${rule.requestedBy.join(' or ')}; ${requestedBy ? `member ${requestedBy.memberId} is ${requestedBy.role}` : 'the one asking is not on the roster'}.`);
  }
  if (dueDate < requestedOn) throw refuse(Rules.adHoc, `An ad hoc report asked for on ${requestedOn} cannot be due before it (${dueDate}).`);
  const article = formatCitation(rule.citation);
  return [
    {
      type: 'ObligationOpened',
      data: {
        obligationId: id,
        report: 'ad-hoc',
        reporter,
        cadence: null,
        period: null,
        periodStart: null,
        periodEnd: null,
        subject,
        due: { literalDueDate: dueDate, dueDate, rolledOver: null, wording: `hạn ${dueDate} theo yêu cầu`, reading: 'no-later-than' },
        rule: { packId: pack.id, decisionNumber: adoption.decisionNumber, effectiveFrom: adoption.effectiveFrom, article },
        requestedBy,
      },
    },
  ];
}
