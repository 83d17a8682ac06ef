// The consolidated report (báo cáo tổng hợp): the standing agency's report on the committee's activity for a
// period, built from the reports it received (RULES.md §3). Drafted → circulated to the members for comment by a
// deadline → comments, a late one recorded and marked late → revised → submitted to the chair. Where the
// regulation in force when it is drafted asks for the round (Thanh Hóa 2014 Điều 11.3, 2018 Điều 10.3: "Cơ quan
// Thường trực của Ban Chỉ đạo có trách nhiệm xây dựng báo cáo 6 tháng và báo cáo năm về hoạt động của Ban Chỉ
// đạo, gửi xin ý kiến các Ủy viên Ban Chỉ đạo trước khi trình Trưởng Ban Chỉ đạo"), it goes to the chair only
// once circulated, and only after the comment deadline unless every recipient has commented: the deadline is the
// last day to comment, so it has passed the day after. Where the regulation has no such round (Kiên Giang 2008,
// Bình Định 2021, Phú Thọ 2022) it may go to the chair straight after drafting. The round is recorded on the
// drafted event (its rule id and article), so the submission is judged by the regulation it was drafted under.
// Stream `reporting-consolidated-<tenant>-<reportId>`. Pure: dates and ids arrive in the commands.
import { vietnamInstant, type LocalDate } from '@bcd/calendar';
import { RuleViolation, deciderOf, defineAggregate, type Command, type CommandOf, type DomainEvent } from '@bcd/kernel';
import { formatCitation, ruleRef, spanRef, type RegulationSpan, type RulePack } from '@bcd/regulation';
import type {
  CommentRoundData,
  ConsolidatedCadence,
  ConsolidatedReportCirculatedData,
  ConsolidatedReportCommentedData,
  ConsolidatedReportDraftedData,
  ConsolidatedReportRevisedData,
  ConsolidatedReportSubmittedData,
  MemberRole,
} from '@bcd/contracts';
import { refuse, Rules } from '../rules.js';

export type ConsolidatedReportDrafted = DomainEvent<'ConsolidatedReportDrafted', ConsolidatedReportDraftedData>;
export type ConsolidatedReportCirculated = DomainEvent<'ConsolidatedReportCirculated', ConsolidatedReportCirculatedData>;
export type ConsolidatedReportCommented = DomainEvent<'ConsolidatedReportCommented', ConsolidatedReportCommentedData>;
export type ConsolidatedReportRevised = DomainEvent<'ConsolidatedReportRevised', ConsolidatedReportRevisedData>;
export type ConsolidatedReportSubmitted = DomainEvent<'ConsolidatedReportSubmitted', ConsolidatedReportSubmittedData>;
export type ConsolidatedReportEvent =
  | ConsolidatedReportDrafted
  | ConsolidatedReportCirculated
  | ConsolidatedReportCommented
  | ConsolidatedReportRevised
  | ConsolidatedReportSubmitted;

export interface ConsolidatedReportCirculation {
  circulatedOn: LocalDate;
  commentDeadline: LocalDate;
  recipients: readonly string[];
  /** Recipient → the day their comment arrived. */
  commented: Readonly<Record<string, LocalDate>>;
}

export interface DraftedConsolidatedReport {
  status: 'drafted' | 'submitted';
  reportId: string;
  draftedOn: LocalDate;
  contentHash: string;
  commentRound: CommentRoundData | null;
  circulation: ConsolidatedReportCirculation | null;
  /** The last day it was drafted, circulated or revised: it is not submitted before. */
  lastChangedOn: LocalDate;
}

export type ConsolidatedReportState = { status: 'none' } | DraftedConsolidatedReport;

export type DraftConsolidatedReport = Command<
  'DraftConsolidatedReport',
  Omit<ConsolidatedReportDraftedData, 'regulation' | 'commentRound'> & {
    /** The regulation in force on `draftedOn`. */
    regulation: RegulationSpan | undefined;
  }
>;
export type CirculateConsolidatedReport = Command<
  'CirculateConsolidatedReport',
  {
    reportId: string;
    circulatedOn: LocalDate;
    commentDeadline: LocalDate;
    /** The members of the roster on `circulatedOn`. */
    recipients: string[];
  }
>;
export type ReceiveConsolidatedReportComment = Command<'ReceiveConsolidatedReportComment', Omit<ConsolidatedReportCommentedData, 'late'>>;
export type ReviseConsolidatedReport = Command<'ReviseConsolidatedReport', ConsolidatedReportRevisedData>;
export type SubmitConsolidatedReport = Command<
  'SubmitConsolidatedReport',
  {
    reportId: string;
    submittedOn: LocalDate;
    /** The recipient as the roster of `submittedOn` has them. */
    to: { memberId: string; role: MemberRole };
  }
>;

export const initialState = (): ConsolidatedReportState => ({ status: 'none' });

export function evolve(state: ConsolidatedReportState, event: ConsolidatedReportEvent): ConsolidatedReportState {
  if (event.type === 'ConsolidatedReportDrafted') {
    const { reportId, draftedOn, contentHash, commentRound } = event.data;
    return { status: 'drafted', reportId, draftedOn, contentHash, commentRound, circulation: null, lastChangedOn: draftedOn };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'ConsolidatedReportCirculated': {
      const { circulatedOn, commentDeadline, recipients } = event.data;
      return { ...state, circulation: { circulatedOn, commentDeadline, recipients, commented: {} }, lastChangedOn: latest(state.lastChangedOn, circulatedOn) };
    }
    case 'ConsolidatedReportCommented':
      return state.circulation === null
        ? state
        : { ...state, circulation: { ...state.circulation, commented: { ...state.circulation.commented, [event.data.memberId]: event.data.receivedOn } } };
    case 'ConsolidatedReportRevised':
      return { ...state, contentHash: event.data.contentHash, lastChangedOn: latest(state.lastChangedOn, event.data.revisedOn) };
    case 'ConsolidatedReportSubmitted':
      return { ...state, status: 'submitted' };
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}

const PERIOD: Record<ConsolidatedCadence, RegExp> = { quarterly: /^\d{4}-Q[1-4]$/, semiannual: /^\d{4}-H[12]$/, annual: /^\d{4}$/ };

export function draftConsolidatedReport(command: DraftConsolidatedReport, state: ConsolidatedReportState): ConsolidatedReportEvent[] {
  const { regulation, ...data } = command.data;
  if (state.status !== 'none') throw refuse(Rules.consolidated, `Consolidated report ${data.reportId} is already drafted.`);
  if (!regulation) throw refuse(Rules.noRegulationInForce, `No regulation (Quy chế) of this province was in force on ${data.draftedOn}.`);
  if (!PERIOD[data.cadence].test(data.period)) throw refuse(Rules.consolidated, `${data.period} is not a ${data.cadence} period.`);
  if (new Set(data.sourceObligationIds).size !== data.sourceObligationIds.length) throw refuse(Rules.consolidated, 'A source obligation is named twice.');
  const { article, commentRound } = consolidatedReportRule(regulation.adoption.pack, data.cadence);
  return [{ type: 'ConsolidatedReportDrafted', data: { ...data, regulation: { ...spanRef(regulation), article }, commentRound } }];
}

/**
 * What the regulation says of the standing agency's report of this cadence: the activity report it writes
 * (`reporting.activityReports.<i>`) and its comment round, if any. Where the regulation asks the standing agency
 * for no activity report of this cadence (Kiên Giang 2008 names none), the report rests on the member reports it
 * consolidates ("gửi về cơ quan Thường trực … để tổng hợp", `reporting.memberReports`), with no round.
 */
export function consolidatedReportRule(pack: RulePack, cadence: ConsolidatedCadence): { article: string; commentRound: CommentRoundData | null } {
  const i = pack.reporting.activityReports.findIndex((r) => r.author === 'standing-agency' && r.cadences.includes(cadence));
  if (i < 0) return { article: formatCitation(pack.reporting.memberReports.citation), commentRound: null };
  const report = pack.reporting.activityReports[i];
  const round = report.commentRound.kind === 'none' ? undefined : ruleRef(pack, `reporting.activityReports.${i}.commentRound`);
  return { article: formatCitation(report.citation), commentRound: round ?? null };
}

export function circulateConsolidatedReport(command: CirculateConsolidatedReport, state: ConsolidatedReportState): ConsolidatedReportEvent[] {
  const { reportId, circulatedOn, commentDeadline, recipients } = command.data;
  const report = unsubmitted(state, reportId);
  if (report.circulation) throw refuse(Rules.consolidated, `Consolidated report ${reportId} was circulated on ${report.circulation.circulatedOn}: it is circulated once.`);
  if (circulatedOn < report.draftedOn) throw refuse(Rules.consolidated, `Circulated on ${circulatedOn}, before it was drafted (${report.draftedOn}).`);
  if (commentDeadline < circulatedOn) throw refuse(Rules.consolidated, `The comment deadline (${commentDeadline}) comes before the report goes out (${circulatedOn}).`);
  if (recipients.length === 0) throw refuse(Rules.consolidated, 'A report is circulated to at least one member.');
  if (new Set(recipients).size !== recipients.length) throw refuse(Rules.consolidated, 'A recipient is named twice.');
  return [{ type: 'ConsolidatedReportCirculated', data: { reportId, circulatedOn, commentDeadline, recipients, article: report.commentRound?.article ?? null } }];
}

export function receiveConsolidatedReportComment(command: ReceiveConsolidatedReportComment, state: ConsolidatedReportState): ConsolidatedReportEvent[] {
  const { reportId, memberId, receivedOn, summary } = command.data;
  const { circulation } = unsubmitted(state, reportId);
  if (!circulation) throw refuse(Rules.consolidated, `Consolidated report ${reportId} was not circulated for comment.`);
  if (!circulation.recipients.includes(memberId)) throw refuse(Rules.consolidated, `Member ${memberId} was not asked to comment on consolidated report ${reportId}.`);
  const earlier = circulation.commented[memberId];
  if (earlier !== undefined) throw refuse(Rules.consolidated, `Member ${memberId} already commented on ${earlier}.`);
  if (receivedOn < circulation.circulatedOn) throw refuse(Rules.consolidated, `A comment received on ${receivedOn} comes before the report went out (${circulation.circulatedOn}).`);
  return [{ type: 'ConsolidatedReportCommented', data: { reportId, memberId, receivedOn, summary, late: receivedOn > circulation.commentDeadline } }];
}

export function reviseConsolidatedReport(command: ReviseConsolidatedReport, state: ConsolidatedReportState): ConsolidatedReportEvent[] {
  const { reportId, revisedOn, contentHash, note } = command.data;
  const report = unsubmitted(state, reportId);
  if (revisedOn < report.draftedOn) throw refuse(Rules.consolidated, `Revised on ${revisedOn}, before it was drafted (${report.draftedOn}).`);
  if (contentHash === report.contentHash) return [];
  return [{ type: 'ConsolidatedReportRevised', data: { reportId, revisedOn, contentHash, note } }];
}

export function submitConsolidatedReport(command: SubmitConsolidatedReport, state: ConsolidatedReportState): ConsolidatedReportEvent[] {
  const { reportId, submittedOn, to } = command.data;
  const report = unsubmitted(state, reportId);
  if (to.role !== 'chair') throw refuse(Rules.consolidated, `A consolidated report goes to the chair; member ${to.memberId} is ${to.role}.`);
  if (submittedOn < report.lastChangedOn) throw refuse(Rules.consolidated, `Submitted on ${submittedOn}, before its last change (${report.lastChangedOn}).`);
  const { circulation, commentRound } = report;
  const missing = circulation ? circulation.recipients.filter((r) => circulation.commented[r] === undefined) : [];
  if (commentRound) {
    if (!circulation) throw refuseByRound(commentRound, `Consolidated report ${reportId} goes to the members for comment before the chair: it was not circulated.`);
    if (missing.length > 0 && submittedOn <= circulation.commentDeadline) {
      throw refuseByRound(commentRound, `The members may comment until ${circulation.commentDeadline}; ${missing.length} of ${circulation.recipients.length} have not (${missing.join(', ')}).`);
    }
  }
  const commentsReceived = circulation ? circulation.recipients.length - missing.length : 0;
  return [{ type: 'ConsolidatedReportSubmitted', data: { reportId, submittedOn, to: { memberId: to.memberId, role: 'chair' }, commentsReceived, commentsMissing: missing } }];
}

/** The report, drafted and not yet submitted: what every change after drafting needs. */
function unsubmitted(state: ConsolidatedReportState, reportId: string): DraftedConsolidatedReport {
  if (state.status === 'none') throw refuse(Rules.consolidated, `Consolidated report ${reportId} was not drafted.`);
  if (state.status === 'submitted') throw refuse(Rules.consolidated, `Consolidated report ${reportId} was submitted to the chair: it changes no more.`);
  return state;
}

/** Refused by the regulation's comment round, as recorded when drafted: what `refuseByRegulation` gives for its path. */
const refuseByRound = (round: CommentRoundData, message: string): RuleViolation => new RuleViolation(round.rule, round.article, message);

const latest = (a: LocalDate, b: LocalDate): LocalDate => (a > b ? a : b);

export const consolidatedReportDecider = deciderOf({
  initialState,
  evolve,
  decide: {
    DraftConsolidatedReport: draftConsolidatedReport,
    CirculateConsolidatedReport: circulateConsolidatedReport,
    ReceiveConsolidatedReportComment: receiveConsolidatedReportComment,
    ReviseConsolidatedReport: reviseConsolidatedReport,
    SubmitConsolidatedReport: submitConsolidatedReport,
  },
});
export type ConsolidatedReportCommand = CommandOf<typeof consolidatedReportDecider>;
export const consolidatedReportStream = (tenant: string, reportId: string): string => `reporting-consolidated-${tenant}-${reportId}`;

/** The business day of what a command causes, in Vietnam. */
function businessDayOf(command: ConsolidatedReportCommand): LocalDate {
  switch (command.type) {
    case 'DraftConsolidatedReport':
      return command.data.draftedOn;
    case 'CirculateConsolidatedReport':
      return command.data.circulatedOn;
    case 'ReceiveConsolidatedReportComment':
      return command.data.receivedOn;
    case 'ReviseConsolidatedReport':
      return command.data.revisedOn;
    case 'SubmitConsolidatedReport':
      return command.data.submittedOn;
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}

export const consolidatedReportAggregate = defineAggregate({
  name: 'consolidated-report',
  namespace: 'reporting',
  decider: consolidatedReportDecider,
  streamId: consolidatedReportStream,
  occurredAt: (command: ConsolidatedReportCommand) => vietnamInstant(businessDayOf(command)),
});
