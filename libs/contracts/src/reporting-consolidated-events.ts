// The data of the consolidated report's events (báo cáo tổng hợp: the standing agency's report on the committee's
// activity, built from the reports it received; Thanh Hóa 2014 Điều 11.3, 2018 Điều 10.3). Stream
// `reporting-consolidated-<tenant>-<reportId>`, stored as `reporting.<Type>`. Drafted → circulated to the members
// for comment by a deadline → comments (late ones marked) → revised → submitted to the chair. No event holds a
// name: agencies by id, people by member id; the draft file by its sha256.
import { LocalDateSchema } from '@bcd/regulation';
import { z } from 'zod';
import { ObligationRuleDataSchema } from './reporting-events.js';

const localDate = LocalDateSchema;
const contentHash = z.string().regex(/^[0-9a-f]{64}$/);

export const REPORTING_CONSOLIDATED_EVENT_TYPES = {
  consolidatedReportDrafted: 'reporting.ConsolidatedReportDrafted',
  consolidatedReportCirculated: 'reporting.ConsolidatedReportCirculated',
  consolidatedReportCommented: 'reporting.ConsolidatedReportCommented',
  consolidatedReportRevised: 'reporting.ConsolidatedReportRevised',
  consolidatedReportSubmitted: 'reporting.ConsolidatedReportSubmitted',
} as const;

export const CONSOLIDATED_CADENCES = ['quarterly', 'semiannual', 'annual'] as const;
export type ConsolidatedCadence = (typeof CONSOLIDATED_CADENCES)[number];

/** The comment round the regulation in force asks for before the chair: the rule id (`<pack>/<path>`) and its article. */
export const CommentRoundDataSchema = z.object({ rule: z.string().min(1), article: z.string().min(1) });
export type CommentRoundData = z.infer<typeof CommentRoundDataSchema>;

export const ConsolidatedReportDraftedDataSchema = z.object({
  reportId: z.string().min(1),
  cadence: z.enum(CONSOLIDATED_CADENCES),
  /** `2019-Q3`, `2019-H1`, `2019`: a period of the cadence. */
  period: z.string().regex(/^\d{4}(-Q[1-4]|-H[12])?$/),
  title: z.string().min(1),
  draftedOn: localDate,
  /** The standing agency (cơ quan Thường trực). */
  draftedBy: z.object({ agencyId: z.string().min(1) }),
  /** The obligations whose submissions it is built from. */
  sourceObligationIds: z.array(z.string().min(1)),
  /** sha256 (hex) of the draft file. */
  contentHash,
  /** The regulation in force on `draftedOn` and the article asking for the report. */
  regulation: ObligationRuleDataSchema,
  /** Where that regulation circulates it to the members before the chair; null where it does not. */
  commentRound: CommentRoundDataSchema.nullable(),
});
export type ConsolidatedReportDraftedData = z.infer<typeof ConsolidatedReportDraftedDataSchema>;

export const ConsolidatedReportCirculatedDataSchema = z.object({
  reportId: z.string().min(1),
  circulatedOn: localDate,
  commentDeadline: localDate,
  /** The members of the roster on `circulatedOn`. */
  recipients: z.array(z.string().min(1)).min(1),
  /** The article of the comment round; null where the regulation asks for none (circulated all the same). */
  article: z.string().min(1).nullable(),
});
export type ConsolidatedReportCirculatedData = z.infer<typeof ConsolidatedReportCirculatedDataSchema>;

/** A member's comment; one received after the deadline is recorded, marked late. */
export const ConsolidatedReportCommentedDataSchema = z.object({
  reportId: z.string().min(1),
  memberId: z.string().min(1),
  receivedOn: localDate,
  summary: z.string().min(1),
  late: z.boolean(),
});
export type ConsolidatedReportCommentedData = z.infer<typeof ConsolidatedReportCommentedDataSchema>;

export const ConsolidatedReportRevisedDataSchema = z.object({ reportId: z.string().min(1), revisedOn: localDate, contentHash, note: z.string().min(1) });
export type ConsolidatedReportRevisedData = z.infer<typeof ConsolidatedReportRevisedDataSchema>;

export const ConsolidatedReportSubmittedDataSchema = z.object({
  reportId: z.string().min(1),
  submittedOn: localDate,
  to: z.object({ memberId: z.string().min(1), role: z.literal('chair') }),
  /** Recipients who commented, late ones included; 0 when it was not circulated. */
  commentsReceived: z.int().nonnegative(),
  /** Recipients who had not commented, in the order they were circulated to. */
  commentsMissing: z.array(z.string().min(1)),
});
export type ConsolidatedReportSubmittedData = z.infer<typeof ConsolidatedReportSubmittedDataSchema>;

/** Each event type (without namespace) → the schema of its data. */
export const REPORTING_CONSOLIDATED_EVENT_DATA = {
  ConsolidatedReportDrafted: ConsolidatedReportDraftedDataSchema,
  ConsolidatedReportCirculated: ConsolidatedReportCirculatedDataSchema,
  ConsolidatedReportCommented: ConsolidatedReportCommentedDataSchema,
  ConsolidatedReportRevised: ConsolidatedReportRevisedDataSchema,
  ConsolidatedReportSubmitted: ConsolidatedReportSubmittedDataSchema,
} as const;
