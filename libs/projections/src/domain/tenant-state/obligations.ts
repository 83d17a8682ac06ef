// The reporting part of a tenant's state, read through REPORTING_EVENT_DATA: each report obligation opened from the
// regulation in force, redetermined when the regulation changed before it fell due, withdrawn, submitted, returned
// for revision, accepted. Its bucket (Báo cáo 1270/BC-TCTTTg, complianceBuckets of @bcd/regulation) counts it done on
// the day of its first submission (a resubmission keeps the first one's timeliness), owed from the start of its
// period (or the day it was opened); withdrawn obligations are not counted. Pure.
import { vietnamDateOf, type LocalDate } from '@bcd/calendar';
import type { REPORTING_EVENT_DATA } from '@bcd/contracts';
import type { z } from 'zod';

type Data<K extends keyof typeof REPORTING_EVENT_DATA> = z.infer<(typeof REPORTING_EVENT_DATA)[K]>;

export type ObligationStatus = 'open' | 'submitted' | 'returned' | 'accepted' | 'withdrawn';

export interface ObligationRecord {
  obligationId: string;
  report: Data<'ObligationOpened'>['report'];
  reporter: Data<'ObligationOpened'>['reporter'];
  period: string | null;
  /** The day it is owed from: the start of its period, or the day it was opened. */
  from: LocalDate;
  /** The last day the report may arrive (after a roll-over), as last determined. */
  dueDate: LocalDate;
  /** The regulation the due date comes from. */
  rule: { packId: string; decisionNumber: string | null; article: string };
  status: ObligationStatus;
  withdrawnReason: string | null;
  /** The first submission: when, and how it was judged. */
  firstSubmittedAt: string | null;
  onTime: boolean | null;
  submissions: number;
}

export type ObligationsState = Record<string, ObligationRecord>;

/** The obligations after one reporting event (`type` without its namespace, data accepted by its contract), in place (tenant-state.ts "Folding in place"). */
export function evolveObligations(state: ObligationsState, type: string, data: unknown, occurredAt: Date): ObligationsState {
  switch (type) {
    case 'ObligationOpened': {
      const d = data as Data<'ObligationOpened'>;
      if (state[d.obligationId]) return state;
      const obligation: ObligationRecord = {
        obligationId: d.obligationId,
        report: d.report,
        reporter: d.reporter,
        period: d.period,
        from: d.periodStart ?? vietnamDateOf(occurredAt),
        dueDate: d.due.dueDate,
        rule: { packId: d.rule.packId, decisionNumber: d.rule.decisionNumber, article: d.rule.article },
        status: 'open',
        withdrawnReason: null,
        firstSubmittedAt: null,
        onTime: null,
        submissions: 0,
      };
      state[d.obligationId] = obligation;
      return state;
    }
    case 'ObligationRedetermined': {
      const d = data as Data<'ObligationRedetermined'>;
      return change(state, d.obligationId, (o) => ({ ...o, dueDate: d.due.dueDate, rule: { packId: d.rule.packId, decisionNumber: d.rule.decisionNumber, article: d.rule.article } }));
    }
    case 'ObligationWithdrawn': {
      const d = data as Data<'ObligationWithdrawn'>;
      return change(state, d.obligationId, (o) => ({ ...o, status: 'withdrawn', withdrawnReason: d.reason }));
    }
    case 'ReportSubmitted': {
      const d = data as Data<'ReportSubmitted'>;
      return change(state, d.obligationId, (o) => ({
        ...o,
        status: o.status === 'withdrawn' ? o.status : 'submitted',
        firstSubmittedAt: o.firstSubmittedAt ?? new Date(d.submittedAt).toISOString(),
        onTime: o.onTime ?? d.timeliness.onTime,
        submissions: o.submissions + 1,
      }));
    }
    case 'ReportReturned': {
      const d = data as Data<'ReportReturned'>;
      return change(state, d.obligationId, (o) => (o.status === 'withdrawn' ? o : { ...o, status: 'returned' }));
    }
    case 'ReportAccepted': {
      const d = data as Data<'ReportAccepted'>;
      return change(state, d.obligationId, (o) => (o.status === 'withdrawn' ? o : { ...o, status: 'accepted' }));
    }
    default:
      // Templates, designations and reminders say nothing about an obligation's status.
      return state;
  }
}

function change(state: ObligationsState, obligationId: string, update: (o: ObligationRecord) => ObligationRecord): ObligationsState {
  const current = state[obligationId];
  if (current) state[obligationId] = update(current);
  return state;
}

/** The day the report was first sent, in Vietnam; null: never. */
export function doneOn(obligation: ObligationRecord): LocalDate | null {
  return obligation.firstSubmittedAt === null ? null : vietnamDateOf(new Date(obligation.firstSubmittedAt));
}
