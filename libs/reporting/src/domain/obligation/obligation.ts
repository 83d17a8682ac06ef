// A report owed (nghĩa vụ báo cáo): by an agency or a body of the committee, for a period or on request,
// by a due date the regulation in force on that date sets. Stream `reporting-obligation-<tenant>-<id>`, the
// id made from the tenant, the report, the reporter and the period (`obligationKey`), so that every process
// that opens it names the same stream. Rule families: opening.ts (open, follow a new regulation, withdraw,
// ad hoc), submission.ts (submit, return, resubmit, accept).
import { NotFound, nameBasedId, type DomainEvent } from '@bcd/kernel';
import type {
  DueData,
  ObligationOpenedData,
  ObligationRedeterminedData,
  ObligationRuleData,
  ObligationWithdrawnData,
  ReportAcceptedData,
  ReporterData,
  ReportReturnedData,
  ReportSubmittedData,
  TimelinessData,
} from '@bcd/contracts';
import { refuse, Rules } from '../rules.js';

export type ObligationOpened = DomainEvent<'ObligationOpened', ObligationOpenedData>;
/** The regulation changed before the due date: the obligation follows the new one. */
export type ObligationRedetermined = DomainEvent<'ObligationRedetermined', ObligationRedeterminedData>;
export type ObligationWithdrawn = DomainEvent<'ObligationWithdrawn', ObligationWithdrawnData>;
export type ReportSubmitted = DomainEvent<'ReportSubmitted', ReportSubmittedData>;
export type ReportReturned = DomainEvent<'ReportReturned', ReportReturnedData>;
export type ReportAccepted = DomainEvent<'ReportAccepted', ReportAcceptedData>;

export type ObligationEvent = ObligationOpened | ObligationRedetermined | ObligationWithdrawn | ReportSubmitted | ReportReturned | ReportAccepted;

export interface OpenedObligation {
  status: 'open' | 'withdrawn';
  obligationId: string;
  report: ObligationOpenedData['report'];
  reporter: ReporterData;
  period: string | null;
  due: DueData;
  rule: ObligationRuleData;
  /** Where the submissions stand: none yet, submitted (awaiting the recipient), returned for revision, accepted. */
  submission: { status: 'none' } | { status: 'submitted' | 'returned' | 'accepted'; submissionId: string; firstTimeliness: TimelinessData };
}

export type ObligationState = { status: 'none' } | OpenedObligation;

export const initialState = (): ObligationState => ({ status: 'none' });

export function evolve(state: ObligationState, event: ObligationEvent): ObligationState {
  if (event.type === 'ObligationOpened') {
    const { obligationId, report, reporter, period, due, rule } = event.data;
    return { status: 'open', obligationId, report, reporter, period, due, rule, submission: { status: 'none' } };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'ObligationRedetermined':
      return { ...state, due: event.data.due, rule: event.data.rule };
    case 'ObligationWithdrawn':
      return { ...state, status: 'withdrawn' };
    case 'ReportSubmitted': {
      const { submissionId, timeliness } = event.data;
      const firstTimeliness = state.submission.status === 'none' ? timeliness : state.submission.firstTimeliness;
      return { ...state, submission: { status: 'submitted', submissionId, firstTimeliness } };
    }
    case 'ReportReturned':
      return state.submission.status === 'none' ? state : { ...state, submission: { ...state.submission, status: 'returned' } };
    case 'ReportAccepted':
      return state.submission.status === 'none' ? state : { ...state, submission: { ...state.submission, status: 'accepted' } };
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}

/** What names an obligation: the report, who owes it, and its period (periodic) or the request (ad hoc). */
export interface ObligationKey {
  report: ObligationOpenedData['report'];
  reporter: ReporterData;
  /** `2019-Q3`; for an ad hoc report, the request's own id. */
  period: string;
}

/** The obligation's id: the same for every process that opens it. */
export function obligationId(tenantId: string, key: ObligationKey): string {
  const who = key.reporter.kind === 'agency' ? `agency:${key.reporter.agencyId}` : `committee:${key.reporter.body}`;
  return nameBasedId('reporting-obligation', tenantId, key.report, who, key.period);
}

/** The obligation, opened and not withdrawn: what every change after opening needs. */
export function open(state: ObligationState, obligationId: string): OpenedObligation {
  if (state.status === 'none') throw new NotFound('Obligation', obligationId);
  if (state.status === 'withdrawn') throw refuse(Rules.obligation, `Obligation ${obligationId} was withdrawn: nothing is owed under it.`);
  return state;
}
