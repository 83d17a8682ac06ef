// An obligation as its events made it, for reading: what is owed, by whom, by when and under which rule
// (with every change of rule before it fell due), each submission with its timeliness, return or
// acceptance. A pure fold of the obligation's events, kept whole in one jsonb column by the projection.
import { z } from 'zod';
import { vietnamDateOf } from '@bcd/calendar';
import { OBLIGATION_KINDS, REPORT_CHANNELS } from '@bcd/contracts';
import { View } from '@bcd/service-host';
import type { ObligationEvent } from '../domain/obligation/obligation.js';

const due = z.strictObject({
  literalDueDate: View.localDate,
  dueDate: View.localDate,
  rolledOver: z.strictObject({ because: z.string(), article: z.string(), holidaysKnown: z.boolean() }).nullable(),
  wording: z.string(),
  reading: z.string(),
});
const rule = z.strictObject({ packId: z.string(), decisionNumber: z.string().nullable(), effectiveFrom: View.localDate, article: z.string() });
const timeliness = z.strictObject({ onTime: z.boolean(), daysLate: z.strictObject({ working: z.int(), calendar: z.int() }), judgedAt: View.instant });

export const OBLIGATION_STATUSES = ['open', 'submitted', 'returned', 'accepted', 'withdrawn'] as const;

export const ObligationViewSchema = z.strictObject({
  obligationId: View.id,
  report: z.enum(OBLIGATION_KINDS),
  reporter: z.union([
    z.strictObject({ kind: z.literal('agency'), agencyId: View.id }),
    z.strictObject({ kind: z.literal('committee'), body: z.enum(['standing-agency', 'working-group', 'committee']) }),
  ]),
  cadence: z.string().nullable(),
  period: z.string().nullable(),
  periodStart: View.localDate.nullable(),
  periodEnd: View.localDate.nullable(),
  subject: z.string().nullable(),
  due,
  rule,
  requestedBy: z.strictObject({ memberId: View.id, role: z.string() }).nullable(),
  status: z.enum(OBLIGATION_STATUSES),
  /** When it was opened (recorded), and from when it is owed. */
  openedAt: View.instant,
  from: View.localDate,
  /** The rule and due date it had before the regulation changed (before it fell due). */
  redeterminations: z.array(z.strictObject({ previous: z.strictObject({ due, rule }), recordedAt: View.instant })),
  withdrawn: z.strictObject({ reason: z.string(), recordedAt: View.instant }).nullable(),
  /** The first submission's timeliness: a resubmission keeps it. */
  timeliness: timeliness.nullable(),
  submissions: z.array(
    z.strictObject({
      submissionId: View.id,
      submittedAt: View.instant,
      channel: z.enum(REPORT_CHANNELS),
      summary: z.string(),
      values: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
      attachments: z.array(z.strictObject({ name: z.string(), contentHash: z.string(), sizeBytes: z.int() })),
      template: z.strictObject({ templateId: z.string(), version: z.int() }).nullable(),
      resubmission: z.boolean(),
      returned: z.strictObject({ reason: z.string(), returnedAt: View.instant }).nullable(),
      acceptedAt: View.instant.nullable(),
    }),
  ),
  version: z.int(),
});
export type ObligationView = z.infer<typeof ObligationViewSchema>;

/** The view after one event; `at` is when it was recorded, `version` the stream's version after it. */
export function foldObligation(view: ObligationView | null, event: ObligationEvent, at: string, version: number): ObligationView | null {
  if (event.type === 'ObligationOpened') {
    const d = event.data;
    return {
      ...d,
      status: 'open',
      openedAt: at,
      from: d.periodStart ?? vietnamDateOf(new Date(at)),
      redeterminations: [],
      withdrawn: null,
      timeliness: null,
      submissions: [],
      version,
    };
  }
  if (view === null) return null;
  const next = { ...view, version };
  switch (event.type) {
    case 'ObligationRedetermined':
      return { ...next, due: event.data.due, rule: event.data.rule, redeterminations: [...view.redeterminations, { previous: { due: view.due, rule: view.rule }, recordedAt: at }] };
    case 'ObligationWithdrawn':
      return { ...next, status: 'withdrawn', withdrawn: { reason: event.data.reason, recordedAt: at } };
    case 'ReportSubmitted': {
      const { obligationId: _o, timeliness, ...submission } = event.data;
      return { ...next, status: 'submitted', timeliness: view.timeliness ?? timeliness, submissions: [...view.submissions, { ...submission, returned: null, acceptedAt: null }] };
    }
    case 'ReportReturned':
      return { ...next, status: 'returned', submissions: view.submissions.map((s) => (s.submissionId === event.data.submissionId ? { ...s, returned: { reason: event.data.reason, returnedAt: event.data.returnedAt } } : s)) };
    case 'ReportAccepted':
      return { ...next, status: 'accepted', submissions: view.submissions.map((s) => (s.submissionId === event.data.submissionId ? { ...s, acceptedAt: event.data.acceptedAt } : s)) };
    default: {
      const _exhaustive: never = event;
      return next;
    }
  }
}
