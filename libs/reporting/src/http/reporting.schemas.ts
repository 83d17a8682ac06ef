// Requests of the reporting routes (zod: validation, OpenAPI and types from one source). Messages never
// echo values. Business dates are `…On` (YYYY-MM-DD), instants `…At` (ISO 8601 with offset).
import { z } from 'zod';
import { REPORT_CHANNELS, TEMPLATE_FIELD_TYPES } from '@bcd/contracts';
import { decision, id, instant, localDate, text } from '@bcd/service-host';
import { OBLIGATION_STATUSES } from '../read-model/obligation.view.js';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be a SHA-256 written as 64 lowercase hex digits' });
export const ContentHashParam = sha256;

export const ListObligationsQuerySchema = z.object({
  from: localDate.optional().meta({ description: 'due on or after, YYYY-MM-DD' }),
  to: localDate.optional().meta({ description: 'due on or before, YYYY-MM-DD' }),
  agencyId: id.optional(),
  status: z.enum(OBLIGATION_STATUSES).optional(),
  asOf: localDate.optional().meta({ description: 'the day the buckets are judged on (default: today in Vietnam)' }),
});

export const ExportQuerySchema = z.object({
  from: localDate.meta({ description: 'due on or after, YYYY-MM-DD', example: '2019-01-01' }),
  to: localDate.meta({ description: 'due on or before, YYYY-MM-DD', example: '2019-12-31' }),
  asOf: localDate.optional().meta({ description: 'the day the buckets are judged on (default: today in Vietnam)' }),
});

const value = z.union([text(10_000), z.number().finite(), z.boolean(), z.null()]);
export const SubmitReportBody = z.strictObject({
  submittedAt: instant,
  channel: z.enum(REPORT_CHANNELS, { error: `must be one of ${REPORT_CHANNELS.join(', ')}` }),
  summary: text(4000),
  values: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, { error: 'must be a field key' }), value).default({}),
  attachments: z.array(z.strictObject({ name: text(300), contentHash: sha256 })).max(50).default([]),
});
export const ReturnReportBody = z.strictObject({ reason: text(2000) });
export const RequestAdHocBody = z.strictObject({ agencyId: id, subject: text(1000), requestedOn: localDate, dueDate: localDate });

export const DesignateAgenciesBody = z
  .strictObject({ agencyIds: z.array(id).max(500), effectiveFrom: localDate, decision: decision.nullable().optional() })
  .transform((body) => ({ ...body, decision: body.decision ?? null }));
export const ReminderHorizonBody = z.strictObject({ days: z.int().min(1).max(90) });
export const DefineTemplateBody = z.strictObject({
  templateId: text(100).meta({ example: 'bao-cao-quy' }),
  name: text(300),
  appliesTo: z.array(z.enum(['member-report', 'activity-report', 'ad-hoc'])).min(1),
  effectiveFrom: localDate,
  fields: z
    .array(z.strictObject({ key: z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, { error: 'must be a field key: a letter, then letters, digits or _' }), label: text(300), type: z.enum(TEMPLATE_FIELD_TYPES), required: z.boolean() }))
    .min(1)
    .max(100),
});

export const RemindersQuerySchema = z.object({
  asOf: localDate.optional().meta({ description: 'a business date, YYYY-MM-DD (default: today in Vietnam)' }),
  agencyId: id.optional(),
});

// ---- the consolidated report ----

export const DraftConsolidatedBody = z.strictObject({
  cadence: z.enum(['quarterly', 'semiannual', 'annual']),
  period: z.string().regex(/^\d{4}(-Q[1-4]|-H[12])?$/, { error: 'must be a period: 2019, 2019-H1 or 2019-Q3' }),
  title: text(500),
  draftedOn: localDate,
  draftedByAgencyId: id,
  sourceObligationIds: z.array(id).max(1000).default([]),
  contentHash: sha256,
});
export const CirculateConsolidatedBody = z.strictObject({ circulatedOn: localDate, commentDeadline: localDate });
export const ConsolidatedCommentBody = z.strictObject({ memberId: id, receivedOn: localDate, summary: text(4000) });
export const ReviseConsolidatedBody = z.strictObject({ revisedOn: localDate, contentHash: sha256, note: text(2000) });
export const SubmitConsolidatedBody = z.strictObject({ submittedOn: localDate, toMemberId: id });
