// Requests of the meetings routes (zod: validation, OpenAPI and types from one source). Messages never
// echo values. Business dates are `…On` (YYYY-MM-DD), instants `…At` (ISO 8601 with offset).
import { z } from 'zod';
import { DOCUMENT_CHANNELS, MEETING_KINDS } from '@bcd/contracts';
import { RoleSchema } from '@bcd/regulation';
import { id, instant, localDate, text } from '@bcd/service-host';

const reason = text(2000);
const link = z.url({ protocol: /^https?$/, error: 'must be an http(s) link' }).max(2000);

export const ScheduleMeetingBody = z
  .strictObject({
    kind: z.enum(MEETING_KINDS, { error: `must be one of ${MEETING_KINDS.join(', ')}` }),
    period: text(20).meta({ example: '2019-Q3' }).nullable().optional(),
    scheduledOn: localDate,
    startsAt: instant,
    place: text(500).nullable().optional(),
    onlineLink: link.nullable().optional(),
    agenda: z
      .array(z.strictObject({ title: text(500), presenterAgencyId: id.nullable().optional(), plannedMinutes: z.int().min(1).max(600).nullable().optional() }))
      .max(50)
      .default([]),
    guests: z.array(z.strictObject({ personId: id, organisation: text(300) })).max(200).default([]),
    presidedBy: id,
    convenedBy: id,
    proposedBy: z.strictObject({ role: RoleSchema, memberId: id.nullable().optional() }).nullable().optional(),
    committeeId: id.nullable().optional(),
  })
  .refine((body) => Boolean(body.place) || Boolean(body.onlineLink), { error: 'must give a place or an online link', path: ['place'] })
  .transform((body) => ({
    ...body,
    period: body.period ?? null,
    place: body.place ?? null,
    onlineLink: body.onlineLink ?? null,
    agenda: body.agenda.map((item) => ({ title: item.title, presenterAgencyId: item.presenterAgencyId ?? null, plannedMinutes: item.plannedMinutes ?? null })),
    proposedBy: body.proposedBy ? { role: body.proposedBy.role, memberId: body.proposedBy.memberId ?? null } : null,
    committeeId: body.committeeId ?? null,
  }));

export const RescheduleMeetingBody = z
  .strictObject({ scheduledOn: localDate, startsAt: instant, place: text(500).nullable().optional(), onlineLink: link.nullable().optional(), reason })
  .refine((body) => Boolean(body.place) || Boolean(body.onlineLink), { error: 'must give a place or an online link', path: ['place'] })
  .transform((body) => ({ ...body, place: body.place ?? null, onlineLink: body.onlineLink ?? null }));

export const CancelMeetingBody = z.strictObject({ reason });

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be a SHA-256 written as 64 lowercase hex digits' });
export const ContentHashParam = sha256;

export const DistributeDocumentBody = z
  .strictObject({
    title: text(500),
    agendaItemId: id.nullable().optional(),
    contentHash: sha256,
    channel: z.enum(DOCUMENT_CHANNELS, { error: `must be one of ${DOCUMENT_CHANNELS.join(', ')}` }),
    sentAt: instant,
  })
  .transform((body) => ({ ...body, agendaItemId: body.agendaItemId ?? null }));

export const RequestAbsenceBody = z.strictObject({ memberId: id, reason });
export const DecideAbsenceBody = z.strictObject({ decision: z.enum(['approved', 'refused'], { error: 'must be approved or refused' }) });
export const NameDelegateBody = z
  .strictObject({
    memberId: id,
    delegate: z.strictObject({ personId: id, agencyId: id }),
    writtenOpinion: z.strictObject({ reference: text(100) }).nullable().optional(),
  })
  .transform((body) => ({ ...body, writtenOpinion: body.writtenOpinion ?? null }));

export const HoldMeetingBody = z.strictObject({
  heldAt: instant,
  endedAt: instant.nullable().optional().transform((value) => value ?? null),
  presidedBy: id,
  attendance: z
    .array(
      z.strictObject({
        memberId: id,
        attended: z.enum(['in-person', 'through-delegate', 'absent'], { error: 'must be in-person, through-delegate or absent' }),
        arrivedLate: z.boolean().default(false),
        leftEarly: z.boolean().default(false),
      }),
    )
    .max(200),
});

export const IssueMeetingDocumentBody = z
  .strictObject({ number: text(100).meta({ example: '25/BB-BCĐ' }), signedBy: id, signedAt: instant, assignment: z.strictObject({ reference: text(100) }).nullable().optional() })
  .transform((body) => ({ ...body, assignment: body.assignment ?? null }));

export const ConclusionBody = z.strictObject({ text: text(4000) });
export const AssignActionItemBody = z
  .strictObject({ conclusionId: id.nullable().optional(), ownerAgencyId: id, description: text(2000), assignedOn: localDate, dueOn: localDate })
  .transform((body) => ({ ...body, conclusionId: body.conclusionId ?? null }));
export const ProgressBody = z.strictObject({ note: text(2000), notedOn: localDate });
export const CompleteActionItemBody = z.strictObject({ doneOn: localDate });
export const ExtendActionItemBody = z.strictObject({ dueOn: localDate, reason, approvedOn: localDate });

export const ListMeetingsQuerySchema = z.object({
  from: localDate.optional().meta({ description: 'scheduled on or after, YYYY-MM-DD' }),
  to: localDate.optional().meta({ description: 'scheduled on or before, YYYY-MM-DD' }),
  status: z.enum(['scheduled', 'held', 'cancelled']).optional(),
});

export const RequiredMeetingsQuerySchema = z.object({
  from: localDate.meta({ description: 'first day, YYYY-MM-DD', example: '2019-01-01' }),
  to: localDate.meta({ description: 'last day, YYYY-MM-DD', example: '2019-12-31' }),
  asOf: localDate.optional().meta({ description: 'judge the windows as of this day (default: today in Vietnam)' }),
});

export const ActionItemsQuerySchema = z.object({
  asOf: localDate.optional().meta({ description: 'a business date, YYYY-MM-DD (default: today in Vietnam)' }),
  ownerAgencyId: id.optional(),
});

// ---- written consultations ----

export const StartConsultationBody = z.strictObject({
  question: text(4000),
  recipients: z.array(id).min(1).max(200),
  requestedBy: id,
  startedOn: localDate,
  deadlineOn: localDate,
});
export const OpinionBody = z.strictObject({ memberId: id, receivedOn: localDate, reference: text(100), summary: text(4000) });
export const CloseConsultationBody = z.strictObject({ closedOn: localDate, outcome: text(4000) });
