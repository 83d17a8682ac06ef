// Submitting a report (RULES.md §3): on time when it arrives by the end of the due date, Vietnam time (the
// due date is already the last day: "trước ngày 25" read as the 24th, a day off rolled over); otherwise days
// late, counted in working days of the tenant's calendar and in calendar days after the due date. The
// recipient returns it for revision with a reason or accepts it. A resubmission keeps the timeliness of the
// first submission: the deadline is for sending the report, and a return is the recipient asking for
// corrections, not a new deadline — a report first sent on time stays on time, one first sent late stays
// as late as it was then. Values follow the template in force on the due date (template.ts).
import { LocalDate, vietnamDateOf, type WorkingCalendar } from '@bcd/calendar';
import { NotFound, type Command } from '@bcd/kernel';
import type { REPORT_CHANNELS, ReportSubmittedData, TimelinessData } from '@bcd/contracts';
import { refuse, Rules } from '../rules.js';
import { checkValues, type TemplateVersion } from '../template/template.js';
import { open, type ObligationEvent, type ObligationState } from './obligation.js';

export type SubmitReport = Command<
  'SubmitReport',
  {
    obligationId: string;
    submissionId: string;
    submittedAt: Date;
    channel: (typeof REPORT_CHANNELS)[number];
    summary: string;
    values: ReportSubmittedData['values'];
    attachments: ReportSubmittedData['attachments'];
    /** The template in force on the obligation's due date, if the province has one for this report. */
    template: TemplateVersion | null;
    calendar: WorkingCalendar;
  }
>;
export type ReturnReport = Command<'ReturnReport', { obligationId: string; reason: string; returnedAt: Date }>;
export type AcceptReport = Command<'AcceptReport', { obligationId: string; acceptedAt: Date }>;

export function submitReport(command: SubmitReport, state: ObligationState): ObligationEvent[] {
  const { obligationId, submissionId, submittedAt, channel, summary, values, attachments, template, calendar } = command.data;
  const obligation = open(state, obligationId);
  const { submission } = obligation;
  if (submission.status === 'submitted') throw refuse(Rules.submission, `A report for obligation ${obligationId} is awaiting the recipient: it is resubmitted only once returned.`);
  if (submission.status === 'accepted') throw refuse(Rules.submission, `The report for obligation ${obligationId} was accepted.`);
  checkValues(template, values);
  const timeliness = submission.status === 'returned' ? submission.firstTimeliness : timelinessOf(obligation.due.dueDate, submittedAt, calendar);
  return [
    {
      type: 'ReportSubmitted',
      data: {
        obligationId,
        submissionId,
        submittedAt: submittedAt.toISOString(),
        channel,
        summary,
        values,
        attachments,
        template: template && { templateId: template.templateId, version: template.version },
        resubmission: submission.status === 'returned',
        timeliness,
      },
    },
  ];
}

export function returnReport(command: ReturnReport, state: ObligationState): ObligationEvent[] {
  const { obligationId, reason, returnedAt } = command.data;
  const { submission } = open(state, obligationId);
  if (submission.status !== 'submitted') throw refuse(Rules.submission, `No report of obligation ${obligationId} awaits the recipient (${submission.status}).`);
  return [{ type: 'ReportReturned', data: { obligationId, submissionId: submission.submissionId, reason, returnedAt: returnedAt.toISOString() } }];
}

export function acceptReport(command: AcceptReport, state: ObligationState): ObligationEvent[] {
  const { obligationId, acceptedAt } = command.data;
  const { submission } = open(state, obligationId);
  if (submission.status === 'accepted') return [];
  if (submission.status !== 'submitted') throw refuse(Rules.submission, `No report of obligation ${obligationId} awaits the recipient (${submission.status}).`);
  return [{ type: 'ReportAccepted', data: { obligationId, submissionId: submission.submissionId, acceptedAt: acceptedAt.toISOString() } }];
}

/** On time by the end of `dueDate` in Vietnam; else the working days and calendar days after it. */
export function timelinessOf(dueDate: LocalDate, submittedAt: Date, calendar: WorkingCalendar): TimelinessData {
  const on = vietnamDateOf(submittedAt);
  const judgedAt = submittedAt.toISOString();
  if (on <= dueDate) return { onTime: true, daysLate: { working: 0, calendar: 0 }, judgedAt };
  return { onTime: false, daysLate: { working: workingDaysAfter(dueDate, on, calendar), calendar: LocalDate.daysBetween(dueDate, on) }, judgedAt };
}

/** Working days in (due, on]; weekends only where the calendar has no holiday data for the year. */
function workingDaysAfter(due: LocalDate, on: LocalDate, calendar: WorkingCalendar): number {
  try {
    return calendar.workingDaysBetween(due, on);
  } catch (error) {
    if (!(error instanceof NotFound)) throw error;
    let count = 0;
    for (let d = LocalDate.addDays(due, 1); d <= on; d = LocalDate.addDays(d, 1)) if (!LocalDate.isWeekend(d)) count++;
    return count;
  }
}
