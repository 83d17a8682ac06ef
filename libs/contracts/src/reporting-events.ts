// The data of the reporting context's events. Obligations: stream `reporting-obligation-<tenant>-<obligationId>`
// (the id made from the tenant, the report, the reporter and the period: every process that opens it names
// it the same), stored as `reporting.<Type>`. Templates: stream `reporting-templates-<tenant>`. No event holds
// a name: agencies by id, people by member or person id.
import { LocalDateSchema } from '@bcd/regulation';
import { z } from 'zod';

const localDate = LocalDateSchema;
const instant = z.iso.datetime({ offset: true });

export const REPORTING_EVENT_TYPES = {
  obligationOpened: 'reporting.ObligationOpened',
  obligationRedetermined: 'reporting.ObligationRedetermined',
  obligationWithdrawn: 'reporting.ObligationWithdrawn',
  reportSubmitted: 'reporting.ReportSubmitted',
  reportReturned: 'reporting.ReportReturned',
  reportAccepted: 'reporting.ReportAccepted',
  templateDefined: 'reporting.TemplateDefined',
  reportingAgenciesDesignated: 'reporting.ReportingAgenciesDesignated',
  reminderHorizonSet: 'reporting.ReminderHorizonSet',
} as const;

/** Who owes a report: an agency (sở, ban, ngành, a member's agency), or a body of the committee itself. */
export const ReporterDataSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('agency'), agencyId: z.string().min(1) }),
  z.object({ kind: z.literal('committee'), body: z.enum(['standing-agency', 'working-group', 'committee']) }),
]);
export type ReporterData = z.infer<typeof ReporterDataSchema>;

/** The regulation a due date comes from, and where it is written. */
export const ObligationRuleDataSchema = z.object({
  packId: z.string().min(1),
  decisionNumber: z.string().nullable(),
  effectiveFrom: localDate,
  article: z.string().min(1),
});
export type ObligationRuleData = z.infer<typeof ObligationRuleDataSchema>;

/** A due date as the regulation words it and as it falls (RULES.md §7). */
export const DueDataSchema = z.object({
  /** The date the wording gives, read as `reading` says ("trước ngày 25": the 24th). */
  literalDueDate: localDate,
  /** The last day the report may arrive: the literal date, or the next working day after a day off. */
  dueDate: localDate,
  /** Why the two differ (the day off, Bộ luật Dân sự 2015 Điều 148.5); null when they do not. */
  rolledOver: z.object({ because: z.string(), article: z.string(), holidaysKnown: z.boolean() }).nullable(),
  wording: z.string().min(1),
  reading: z.string().min(1),
});
export type DueData = z.infer<typeof DueDataSchema>;

export const OBLIGATION_KINDS = ['member-report', 'activity-report', 'ad-hoc'] as const;

export const ObligationOpenedDataSchema = z.object({
  obligationId: z.string().min(1),
  report: z.enum(OBLIGATION_KINDS),
  reporter: ReporterDataSchema,
  /** Periodic: the cadence and the period (`2019-Q3`); ad hoc: null. */
  cadence: z.string().nullable(),
  period: z.string().nullable(),
  periodStart: localDate.nullable(),
  periodEnd: localDate.nullable(),
  /** Ad hoc: what is asked; periodic: null. */
  subject: z.string().nullable(),
  due: DueDataSchema,
  rule: ObligationRuleDataSchema,
  /** Ad hoc: the member who asked for it and the role the regulation lets ask. */
  requestedBy: z.object({ memberId: z.string().min(1), role: z.string().min(1) }).nullable(),
});
export type ObligationOpenedData = z.infer<typeof ObligationOpenedDataSchema>;

/** The regulation changed before the obligation fell due: it follows the new one. */
export const ObligationRedeterminedDataSchema = z.object({ obligationId: z.string().min(1), due: DueDataSchema, rule: ObligationRuleDataSchema });
export type ObligationRedeterminedData = z.infer<typeof ObligationRedeterminedDataSchema>;

/** The regulation in force when it would fall due no longer asks for it (or the reporter no longer sits on the committee). */
export const ObligationWithdrawnDataSchema = z.object({ obligationId: z.string().min(1), reason: z.string().min(1), rule: ObligationRuleDataSchema.nullable() });
export type ObligationWithdrawnData = z.infer<typeof ObligationWithdrawnDataSchema>;

export const REPORT_CHANNELS = ['official-email', 'paper', 'online'] as const;

/** On time when it arrived by the end of the due date (Vietnam time); else days late, working and calendar. */
export const TimelinessDataSchema = z.object({
  onTime: z.boolean(),
  daysLate: z.object({ working: z.int().nonnegative(), calendar: z.int().nonnegative() }),
  /** A resubmission keeps the timeliness of the first submission: here, when that was. */
  judgedAt: instant,
});
export type TimelinessData = z.infer<typeof TimelinessDataSchema>;

export const ReportSubmittedDataSchema = z.object({
  obligationId: z.string().min(1),
  submissionId: z.string().min(1),
  submittedAt: instant,
  channel: z.enum(REPORT_CHANNELS),
  summary: z.string().min(1),
  values: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  attachments: z.array(z.object({ name: z.string().min(1), contentHash: z.string().regex(/^[0-9a-f]{64}$/), sizeBytes: z.int().nonnegative() })),
  /** The template the values were checked against (the one in force on the due date), if any. */
  template: z.object({ templateId: z.string().min(1), version: z.int().positive() }).nullable(),
  /** After a return for revision. */
  resubmission: z.boolean(),
  timeliness: TimelinessDataSchema,
});
export type ReportSubmittedData = z.infer<typeof ReportSubmittedDataSchema>;

export const ReportReturnedDataSchema = z.object({ obligationId: z.string().min(1), submissionId: z.string().min(1), reason: z.string().min(1), returnedAt: instant });
export type ReportReturnedData = z.infer<typeof ReportReturnedDataSchema>;

export const ReportAcceptedDataSchema = z.object({ obligationId: z.string().min(1), submissionId: z.string().min(1), acceptedAt: instant });
export type ReportAcceptedData = z.infer<typeof ReportAcceptedDataSchema>;

export const TEMPLATE_FIELD_TYPES = ['text', 'number', 'date', 'boolean'] as const;

/** A report template of the tenant (Phú Thọ 2022 Điều 4.3: reports follow the committee's template), in force from a date. */
export const TemplateDefinedDataSchema = z.object({
  templateId: z.string().min(1),
  version: z.int().positive(),
  name: z.string().min(1),
  /** The reports it applies to. */
  appliesTo: z.array(z.enum(OBLIGATION_KINDS)).min(1),
  effectiveFrom: localDate,
  fields: z.array(z.object({ key: z.string().min(1), label: z.string().min(1), type: z.enum(TEMPLATE_FIELD_TYPES), required: z.boolean() })).min(1),
});
export type TemplateDefinedData = z.infer<typeof TemplateDefinedDataSchema>;

/**
 * The agencies that owe the periodic reports where the regulation does not list them ("các cơ quan chủ trì
 * thực hiện chương trình", Thanh Hóa 2014 Điều 11.2, 2018 Điều 10.2; "các sở, ban, ngành", Phú Thọ 2022 Điều
 * 4.3), from a date, by the province's decision. Stream `reporting-setup-<tenant>`.
 */
export const ReportingAgenciesDesignatedDataSchema = z.object({
  agencyIds: z.array(z.string().min(1)),
  effectiveFrom: localDate,
  decision: z.object({ number: z.string().min(1), date: localDate }).nullable(),
});
export type ReportingAgenciesDesignatedData = z.infer<typeof ReportingAgenciesDesignatedDataSchema>;

/** How many days ahead reminders show an obligation as due soon. */
export const ReminderHorizonSetDataSchema = z.object({ days: z.int().min(1).max(90) });
export type ReminderHorizonSetData = z.infer<typeof ReminderHorizonSetDataSchema>;

/** Each event type (without namespace) → the schema of its data. */
export const REPORTING_EVENT_DATA = {
  ObligationOpened: ObligationOpenedDataSchema,
  ObligationRedetermined: ObligationRedeterminedDataSchema,
  ObligationWithdrawn: ObligationWithdrawnDataSchema,
  ReportSubmitted: ReportSubmittedDataSchema,
  ReportReturned: ReportReturnedDataSchema,
  ReportAccepted: ReportAcceptedDataSchema,
  TemplateDefined: TemplateDefinedDataSchema,
  ReportingAgenciesDesignated: ReportingAgenciesDesignatedDataSchema,
  ReminderHorizonSet: ReminderHorizonSetDataSchema,
} as const;
