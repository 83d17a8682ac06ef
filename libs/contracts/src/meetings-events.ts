// The data of the meetings context's events (stream `meetings-meeting-<tenant>-<meetingId>`, stored as
// `meetings.<Type>` under the tenant). People are named by their ids (memberId of the committee's roster,
// personId of the membership context's people): names, e-mails and phone numbers never enter an event.
import { LocalDateSchema } from '@bcd/regulation';
import { z } from 'zod';
import { MEMBER_ROLES, RegulationRefDataSchema } from './membership-events.js';

const localDate = LocalDateSchema;
const instant = z.iso.datetime({ offset: true });

/** Namespaced types as stored. */
export const MEETINGS_EVENT_TYPES = {
  meetingScheduled: 'meetings.MeetingScheduled',
  meetingRescheduled: 'meetings.MeetingRescheduled',
  meetingCancelled: 'meetings.MeetingCancelled',
  documentDistributed: 'meetings.DocumentDistributed',
  absenceRequested: 'meetings.AbsenceRequested',
  absenceDecided: 'meetings.AbsenceDecided',
  delegateNamed: 'meetings.DelegateNamed',
  meetingHeld: 'meetings.MeetingHeld',
  noticeIssued: 'meetings.NoticeIssued',
  minutesIssued: 'meetings.MinutesIssued',
  conclusionRecorded: 'meetings.ConclusionRecorded',
  actionItemAssigned: 'meetings.ActionItemAssigned',
  actionItemProgressNoted: 'meetings.ActionItemProgressNoted',
  actionItemDone: 'meetings.ActionItemDone',
  actionItemExtended: 'meetings.ActionItemExtended',
  consultationStarted: 'meetings.ConsultationStarted',
  opinionReceived: 'meetings.OpinionReceived',
  consultationClosed: 'meetings.ConsultationClosed',
} as const;

/** plenary (phiên toàn thể), standing board (Thường trực Ban), working group, extraordinary (đột xuất), extended (mở rộng). */
export const MEETING_KINDS = ['plenary', 'standing-board', 'working-group', 'extraordinary', 'extended'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** A member of the roster in force on the meeting's date, as invited. */
export const ParticipantDataSchema = z.object({
  memberId: z.string().min(1),
  personId: z.string().min(1),
  role: z.enum(MEMBER_ROLES),
  agencyId: z.string().min(1),
});
export type ParticipantData = z.infer<typeof ParticipantDataSchema>;

export const AgendaItemDataSchema = z.object({
  itemId: z.string().min(1),
  title: z.string().min(1),
  presenterAgencyId: z.string().nullable(),
  plannedMinutes: z.int().positive().nullable(),
});
export type AgendaItemData = z.infer<typeof AgendaItemDataSchema>;

/** A guest of an extended meeting (heads of agencies, experts): a person of the membership context. */
export const GuestDataSchema = z.object({ personId: z.string().min(1), organisation: z.string().min(1) });
export type GuestData = z.infer<typeof GuestDataSchema>;

/** Who proposed an extraordinary meeting: a role the regulation names, and the member when one. */
export const ProposerDataSchema = z.object({ role: z.string().min(1), memberId: z.string().nullable() });

/** A flag on a fact recorded against a rule (facts are facts): the rule id and its article. */
export const RuleFlagDataSchema = z.object({ rule: z.string().min(1), article: z.string().min(1), message: z.string().min(1) });
export type RuleFlag = z.infer<typeof RuleFlagDataSchema>;

export const MeetingScheduledDataSchema = z.object({
  meetingId: z.string().min(1),
  kind: z.enum(MEETING_KINDS),
  /** The required period it fulfils (`2019-Q3`), from the rulebook's schedule; null for one the regulation does not require. */
  period: z.string().nullable(),
  scheduledOn: localDate,
  startsAt: instant,
  place: z.string().nullable(),
  onlineLink: z.string().nullable(),
  agenda: z.array(AgendaItemDataSchema),
  invitees: z.array(ParticipantDataSchema),
  guests: z.array(GuestDataSchema),
  /** The member planned to preside (người chủ trì). */
  presidedBy: z.string().min(1),
  convenedBy: z.object({ memberId: z.string().min(1), role: z.enum(MEMBER_ROLES) }),
  proposedBy: ProposerDataSchema.nullable(),
  /** The regulation in force on `scheduledOn`, and the article the kind of meeting rests on. */
  regulation: RegulationRefDataSchema,
  article: z.string().min(1),
});
export type MeetingScheduledData = z.infer<typeof MeetingScheduledDataSchema>;

export const MeetingRescheduledDataSchema = z.object({
  meetingId: z.string().min(1),
  scheduledOn: localDate,
  startsAt: instant,
  place: z.string().nullable(),
  onlineLink: z.string().nullable(),
  reason: z.string().min(1),
  regulation: RegulationRefDataSchema,
});
export type MeetingRescheduledData = z.infer<typeof MeetingRescheduledDataSchema>;

export const MeetingCancelledDataSchema = z.object({ meetingId: z.string().min(1), reason: z.string().min(1) });
export type MeetingCancelledData = z.infer<typeof MeetingCancelledDataSchema>;

export const DOCUMENT_CHANNELS = ['electronic', 'paper', 'electronic-and-paper'] as const;

/** How a distribution stood against the lead time of the regulation in force (RULES.md §2, §7). */
export const LeadTimeDataSchema = z.object({
  outcome: z.enum(['met', 'missed', 'not-applicable', 'no-rule', 'tenant-decides']),
  /** The last day (working-day rules) or moment (hours) the documents could go out. */
  latestSendDate: localDate.nullable(),
  latestSendAt: instant.nullable(),
  /** Set when the distribution missed the rule: the rule id and its article. */
  flag: RuleFlagDataSchema.nullable(),
});
export type LeadTimeData = z.infer<typeof LeadTimeDataSchema>;

export const DocumentDistributedDataSchema = z.object({
  meetingId: z.string().min(1),
  documentId: z.string().min(1),
  title: z.string().min(1),
  agendaItemId: z.string().nullable(),
  /** SHA-256 of the file, hex: the file is stored and served by it, never by a guessable URL. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  sizeBytes: z.int().nonnegative(),
  channel: z.enum(DOCUMENT_CHANNELS),
  sentAt: instant,
  leadTime: LeadTimeDataSchema,
});
export type DocumentDistributedData = z.infer<typeof DocumentDistributedDataSchema>;

export const AbsenceRequestedDataSchema = z.object({ meetingId: z.string().min(1), memberId: z.string().min(1), reason: z.string().min(1) });
export type AbsenceRequestedData = z.infer<typeof AbsenceRequestedDataSchema>;

/** The one the regulation names consented or refused; `as` and the article say under which rule. */
export const AbsenceDecidedDataSchema = z.object({
  meetingId: z.string().min(1),
  memberId: z.string().min(1),
  decision: z.enum(['approved', 'refused']),
  decidedBy: z.string().min(1),
  as: z.enum(['chair', 'presiding-person']),
  rule: z.string().min(1),
  article: z.string().min(1),
});
export type AbsenceDecidedData = z.infer<typeof AbsenceDecidedDataSchema>;

/** A member sends someone in their place; a missing written opinion the regulation demands is flagged. */
export const DelegateNamedDataSchema = z.object({
  meetingId: z.string().min(1),
  memberId: z.string().min(1),
  delegate: z.object({ personId: z.string().min(1), agencyId: z.string().min(1) }),
  writtenOpinion: z.object({ reference: z.string().min(1) }).nullable(),
  flag: RuleFlagDataSchema.nullable(),
});
export type DelegateNamedData = z.infer<typeof DelegateNamedDataSchema>;

/** How an invitee took part: present (possibly late or leaving early), absent with or without consent, or through a delegate. */
export const ATTENDANCE_STATUSES = ['present', 'absent-approved', 'absent-unapproved', 'delegate'] as const;

export const MeetingHeldDataSchema = z.object({
  meetingId: z.string().min(1),
  heldAt: instant,
  /** When it ended (null or absent: not recorded; events before this field have none). */
  endedAt: instant.nullable().optional(),
  /** The member who presided (người chủ trì). */
  presidedBy: z.string().min(1),
  attendance: z.array(
    z.object({ memberId: z.string().min(1), status: z.enum(ATTENDANCE_STATUSES), arrivedLate: z.boolean(), leftEarly: z.boolean() }),
  ),
});
export type MeetingHeldData = z.infer<typeof MeetingHeldDataSchema>;

/** The seal a signed document bears (RULES.md §5). */
export const SEALS = ['provincial-people-committee', 'standing-agency', 'own-agency'] as const;

/**
 * `NoticeIssued` (Thông báo kết luận) and `MinutesIssued` (Biên bản): number, signer, signed at, and the
 * seal the regulation in force gives the signer, with the rule and article the signer's authority rests on.
 */
export const MeetingDocumentIssuedDataSchema = z.object({
  meetingId: z.string().min(1),
  number: z.string().min(1),
  signedBy: z.object({ memberId: z.string().min(1), role: z.enum(MEMBER_ROLES), agencyId: z.string().min(1) }),
  signedAt: instant,
  seal: z.object({ kind: z.enum(SEALS), rule: z.string().min(1), article: z.string().min(1) }),
  authority: z.object({ rule: z.string().min(1), article: z.string().min(1) }),
  /** The chair's assignment or authorisation, where the regulation demands one (Phú Thọ 2022 Điều 5.4). */
  assignment: z.object({ reference: z.string().min(1) }).nullable(),
});
export type MeetingDocumentIssuedData = z.infer<typeof MeetingDocumentIssuedDataSchema>;

/** A conclusion of the meeting (kết luận), followed up as action items. */
export const ConclusionRecordedDataSchema = z.object({ meetingId: z.string().min(1), conclusionId: z.string().min(1), text: z.string().min(1) });
export type ConclusionRecordedData = z.infer<typeof ConclusionRecordedDataSchema>;

export const ActionItemAssignedDataSchema = z.object({
  meetingId: z.string().min(1),
  itemId: z.string().min(1),
  conclusionId: z.string().nullable(),
  ownerAgencyId: z.string().min(1),
  description: z.string().min(1),
  assignedOn: localDate,
  dueOn: localDate,
});
export type ActionItemAssignedData = z.infer<typeof ActionItemAssignedDataSchema>;

export const ActionItemProgressNotedDataSchema = z.object({ meetingId: z.string().min(1), itemId: z.string().min(1), note: z.string().min(1), notedOn: localDate });
export type ActionItemProgressNotedData = z.infer<typeof ActionItemProgressNotedDataSchema>;

export const ActionItemDoneDataSchema = z.object({ meetingId: z.string().min(1), itemId: z.string().min(1), doneOn: localDate });
export type ActionItemDoneData = z.infer<typeof ActionItemDoneDataSchema>;

/** A new due date, approved by the chair on the roster of the day it was approved. */
export const ActionItemExtendedDataSchema = z.object({
  meetingId: z.string().min(1),
  itemId: z.string().min(1),
  dueOn: localDate,
  previousDueOn: localDate,
  approvedBy: z.string().min(1),
  approvedOn: localDate,
  reason: z.string().min(1),
});
export type ActionItemExtendedData = z.infer<typeof ActionItemExtendedDataSchema>;

// ---- written consultation (Kiên Giang 2008 Điều 10): stream `meetings-consultation-<tenant>-<consultationId>` ----

export const ConsultationStartedDataSchema = z.object({
  consultationId: z.string().min(1),
  question: z.string().min(1),
  /** Members of the roster on `startedOn` asked for their written opinion. */
  recipients: z.array(z.string().min(1)).min(1),
  startedOn: localDate,
  deadlineOn: localDate,
  requestedBy: z.object({ memberId: z.string().min(1), role: z.enum(MEMBER_ROLES) }),
  regulation: RegulationRefDataSchema,
  article: z.string().min(1),
});
export type ConsultationStartedData = z.infer<typeof ConsultationStartedDataSchema>;

/** A written opinion; one received after the deadline is recorded, marked late. */
export const OpinionReceivedDataSchema = z.object({
  consultationId: z.string().min(1),
  memberId: z.string().min(1),
  receivedOn: localDate,
  reference: z.string().min(1),
  summary: z.string().min(1),
  late: z.boolean(),
});
export type OpinionReceivedData = z.infer<typeof OpinionReceivedDataSchema>;

export const ConsultationClosedDataSchema = z.object({ consultationId: z.string().min(1), closedOn: localDate, outcome: z.string().min(1) });
export type ConsultationClosedData = z.infer<typeof ConsultationClosedDataSchema>;

/** Each event type (without namespace) → the schema of its data: how other contexts read meetings' events. */
export const MEETINGS_EVENT_DATA = {
  MeetingScheduled: MeetingScheduledDataSchema,
  MeetingRescheduled: MeetingRescheduledDataSchema,
  MeetingCancelled: MeetingCancelledDataSchema,
  DocumentDistributed: DocumentDistributedDataSchema,
  AbsenceRequested: AbsenceRequestedDataSchema,
  AbsenceDecided: AbsenceDecidedDataSchema,
  DelegateNamed: DelegateNamedDataSchema,
  MeetingHeld: MeetingHeldDataSchema,
  NoticeIssued: MeetingDocumentIssuedDataSchema,
  MinutesIssued: MeetingDocumentIssuedDataSchema,
  ConclusionRecorded: ConclusionRecordedDataSchema,
  ActionItemAssigned: ActionItemAssignedDataSchema,
  ActionItemProgressNoted: ActionItemProgressNotedDataSchema,
  ActionItemDone: ActionItemDoneDataSchema,
  ActionItemExtended: ActionItemExtendedDataSchema,
  ConsultationStarted: ConsultationStartedDataSchema,
  OpinionReceived: OpinionReceivedDataSchema,
  ConsultationClosed: ConsultationClosedDataSchema,
} as const;
