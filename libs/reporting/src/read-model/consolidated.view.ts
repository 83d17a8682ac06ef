// A consolidated report as its events made it: the draft and its revisions, the comment round (to whom,
// by when, each comment, late ones marked), and its submission to the chair. A pure fold, kept whole in
// one jsonb column by the projection.
import { z } from 'zod';
import { View } from '@bcd/service-host';
import type { ConsolidatedReportEvent } from '../domain/consolidated/consolidated-report.js';

export const ConsolidatedViewSchema = z.strictObject({
  reportId: View.id,
  status: z.enum(['drafted', 'circulated', 'submitted']),
  cadence: z.string(),
  period: z.string(),
  title: z.string(),
  draftedOn: View.localDate,
  draftedBy: z.strictObject({ agencyId: View.id }),
  sourceObligationIds: z.array(View.id),
  contentHash: z.string(),
  regulation: z.strictObject({ packId: z.string(), decisionNumber: z.string().nullable(), effectiveFrom: View.localDate, article: z.string() }),
  commentRound: z.strictObject({ rule: z.string(), article: z.string() }).nullable(),
  circulation: z.strictObject({ circulatedOn: View.localDate, commentDeadline: View.localDate, recipients: z.array(View.id), article: z.string().nullable() }).nullable(),
  comments: z.array(z.strictObject({ memberId: View.id, receivedOn: View.localDate, summary: z.string(), late: z.boolean() })),
  revisions: z.array(z.strictObject({ revisedOn: View.localDate, contentHash: z.string(), note: z.string() })),
  submitted: z.strictObject({ submittedOn: View.localDate, to: z.strictObject({ memberId: View.id, role: z.literal('chair') }), commentsReceived: z.int(), commentsMissing: z.array(View.id) }).nullable(),
  version: z.int(),
});
export type ConsolidatedView = z.infer<typeof ConsolidatedViewSchema>;

export function foldConsolidated(view: ConsolidatedView | null, event: ConsolidatedReportEvent, version: number): ConsolidatedView | null {
  if (event.type === 'ConsolidatedReportDrafted') {
    return { ...event.data, status: 'drafted', circulation: null, comments: [], revisions: [], submitted: null, version };
  }
  if (view === null) return null;
  switch (event.type) {
    case 'ConsolidatedReportCirculated': {
      const { reportId: _r, ...circulation } = event.data;
      return { ...view, status: 'circulated', circulation, version };
    }
    case 'ConsolidatedReportCommented': {
      const { reportId: _r, ...comment } = event.data;
      return { ...view, comments: [...view.comments, comment], version };
    }
    case 'ConsolidatedReportRevised': {
      const { reportId: _r, ...revision } = event.data;
      return { ...view, contentHash: revision.contentHash, revisions: [...view.revisions, revision], version };
    }
    case 'ConsolidatedReportSubmitted': {
      const { reportId: _r, ...submitted } = event.data;
      return { ...view, status: 'submitted', submitted, version };
    }
    default: {
      const _exhaustive: never = event;
      return view;
    }
  }
}
