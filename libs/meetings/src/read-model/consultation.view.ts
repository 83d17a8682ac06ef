// A written consultation as its events made it (Kiên Giang 2008 Điều 10): the question, its recipients
// and deadline, the opinions received (late ones marked), the outcome once closed. A pure fold, kept
// whole in one jsonb column by the projection; who has not answered is computed on reading (as of a date).
import { z } from 'zod';
import { MEMBER_ROLES } from '@bcd/contracts';
import { View } from '@bcd/service-host';
import type { ConsultationEvent } from '../domain/consultation/consultation.js';

export const ConsultationViewSchema = z.strictObject({
  consultationId: View.id,
  status: z.enum(['open', 'closed']),
  question: z.string(),
  recipients: z.array(View.id),
  startedOn: View.localDate,
  deadlineOn: View.localDate,
  requestedBy: z.strictObject({ memberId: View.id, role: z.enum(MEMBER_ROLES) }),
  regulation: z.strictObject({ packId: z.string(), decisionNumber: z.string().nullable(), effectiveFrom: View.localDate }),
  article: z.string(),
  opinions: z.array(z.strictObject({ memberId: View.id, receivedOn: View.localDate, reference: z.string(), summary: z.string(), late: z.boolean() })),
  closed: z.strictObject({ closedOn: View.localDate, outcome: z.string() }).nullable(),
  version: z.int(),
});
export type ConsultationView = z.infer<typeof ConsultationViewSchema>;

export function foldConsultation(view: ConsultationView | null, event: ConsultationEvent, version: number): ConsultationView | null {
  switch (event.type) {
    case 'ConsultationStarted': {
      const { consultationId, question, recipients, startedOn, deadlineOn, requestedBy, regulation, article } = event.data;
      return { consultationId, status: 'open', question, recipients, startedOn, deadlineOn, requestedBy, regulation, article, opinions: [], closed: null, version };
    }
    case 'OpinionReceived': {
      const { consultationId: _c, ...opinion } = event.data;
      return view && { ...view, opinions: [...view.opinions, opinion], version };
    }
    case 'ConsultationClosed':
      return view && { ...view, status: 'closed', closed: { closedOn: event.data.closedOn, outcome: event.data.outcome }, version };
    default: {
      const _exhaustive: never = event;
      return view;
    }
  }
}
