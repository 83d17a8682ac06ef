// The data of the membership context's events (libs/membership), as other contexts and services read
// them from the shared store: agencies (`membership-agencies-<tenant>`), a committee and its members
// (`membership-committee-<tenant>-<committeeId>`), people (`membership-person-<tenant>-<personId>`) and a
// committee's working group (`membership-working-group-<tenant>-<committeeId>`), stored as
// `membership.<Type>` under the province's tenant. No event holds a name, an e-mail or a phone number.
// libs/membership declares its event types from these schemas, so producer and consumers cannot drift apart.
import { z } from 'zod';
import { AbsenceReasonSchema, LocalDateSchema, type Decision } from '@bcd/regulation';

const localDate = LocalDateSchema;
const id = z.string().min(1);

/** Namespaced types as stored. */
export const MEMBERSHIP_EVENT_TYPES = {
  agencyRegistered: 'membership.AgencyRegistered',
  agencyRenamed: 'membership.AgencyRenamed',
  agencyMerged: 'membership.AgencyMerged',
  committeeEstablished: 'membership.CommitteeEstablished',
  committeeReestablished: 'membership.CommitteeReestablished',
  committeeRenamed: 'membership.CommitteeRenamed',
  committeeDissolved: 'membership.CommitteeDissolved',
  standingAgencyDesignated: 'membership.StandingAgencyDesignated',
  memberAppointed: 'membership.MemberAppointed',
  memberRoleChanged: 'membership.MemberRoleChanged',
  responsibilitiesAssigned: 'membership.ResponsibilitiesAssigned',
  memberDismissed: 'membership.MemberDismissed',
  longAbsenceNotified: 'membership.LongAbsenceNotified',
  replacementProposed: 'membership.ReplacementProposed',
  longAbsenceEnded: 'membership.LongAbsenceEnded',
  personRegistered: 'membership.PersonRegistered',
  personalDataChanged: 'membership.PersonalDataChanged',
  personErased: 'membership.PersonErased',
  personAccountLinked: 'membership.PersonAccountLinked',
  workingGroupFormed: 'membership.WorkingGroupFormed',
  workingGroupLeaderSet: 'membership.WorkingGroupLeaderSet',
  subGroupFormed: 'membership.SubGroupFormed',
  workingGroupMemberAdded: 'membership.WorkingGroupMemberAdded',
  workingGroupMemberRemoved: 'membership.WorkingGroupMemberRemoved',
} as const;

// ---- the words of the events (RULES.md glossary) ----

export const AGENCY_KINDS = [
  'department', // sở
  'board', // ban
  'sector', // ngành, văn phòng, viện…
  'people-committee', // UBND tỉnh, UBND huyện
  'central-agency-branch', // Công an tỉnh, Cục Thuế, Ngân hàng Nhà nước chi nhánh…
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export const MEMBER_ROLES = ['chair', 'standing-vice-chair', 'vice-chair', 'standing-member', 'member', 'secretary'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/**
 * Why a member is away (Thanh Hóa 2014 Điều 2.4): a work trip or full-time study over the threshold,
 * leave, retirement (nghỉ chế độ) or a change of personnel (thay đổi về nhân sự).
 */
/** The reasons a long-absence notice gives: the regulation's own list (a pack names which have a threshold). */
export const ABSENCE_REASONS = AbsenceReasonSchema.options;
export type AbsenceReason = (typeof ABSENCE_REASONS)[number];

/** Why a seat ended. */
export const END_REASONS = ['dismissed', 'replaced', 'not-carried-over', 'committee-dissolved'] as const;
export type EndReason = (typeof END_REASONS)[number];

/** The personal data a person has; events say which of them changed, never their values. */
export const PERSONAL_DATA_FIELDS = ['fullName', 'email', 'phone'] as const;
export type PersonalDataField = (typeof PERSONAL_DATA_FIELDS)[number];

/** A numbered decision (Quyết định): its number and signing date. */
export const DecisionDataSchema = z.object({ number: z.string().min(1), date: localDate }) satisfies z.ZodType<Decision>;

/** How events name the regulation a committee was established under. */
export const RegulationRefDataSchema = z.object({ packId: z.string().min(1), decisionNumber: z.string().nullable(), effectiveFrom: localDate });
export type RegulationRef = z.infer<typeof RegulationRefDataSchema>;

/** An assigned responsibility: free text and the area it covers (e.g. "an ninh mạng"). */
export const ResponsibilityDataSchema = z.object({ area: z.string(), text: z.string() });
export type Responsibility = z.infer<typeof ResponsibilityDataSchema>;

// ---- agencies: one register per tenant ----

export const AgencyRegisteredDataSchema = z.object({ agencyId: id, code: z.string().min(1), name: z.string().min(1), kind: z.enum(AGENCY_KINDS) });
export const AgencyRenamedDataSchema = z.object({ agencyId: id, name: z.string().min(1), previousName: z.string(), effectiveOn: localDate, decision: DecisionDataSchema });
export const AgencyMergedDataSchema = z.object({ agencyId: id, into: id, effectiveOn: localDate, decision: DecisionDataSchema });

// ---- a committee and its members ----

export const CommitteeEstablishedDataSchema = z.object({
  committeeId: id,
  name: z.string().min(1),
  decision: DecisionDataSchema,
  establishedOn: localDate,
  /** The regulation in force on the establishment date, if any. */
  regulation: RegulationRefDataSchema.nullable(),
  standingAgencyId: id.nullable(),
});
/** Kiện toàn: the members named in `carriedOver` keep their seats, the others end (MemberDismissed follow). */
export const CommitteeReestablishedDataSchema = z.object({ committeeId: id, decision: DecisionDataSchema, effectiveOn: localDate, carriedOver: z.array(id) });
export const CommitteeRenamedDataSchema = z.object({
  committeeId: id,
  name: z.string().min(1),
  previousName: z.string(),
  decision: DecisionDataSchema,
  effectiveOn: localDate,
});
export const CommitteeDissolvedDataSchema = z.object({ committeeId: id, decision: DecisionDataSchema, effectiveOn: localDate });
export const StandingAgencyDesignatedDataSchema = z.object({ committeeId: id, agencyId: id, decision: DecisionDataSchema, effectiveOn: localDate });
export const MemberAppointedDataSchema = z.object({
  committeeId: id,
  memberId: id,
  personId: id,
  role: z.enum(MEMBER_ROLES),
  agencyId: id,
  decision: DecisionDataSchema,
  effectiveOn: localDate,
  /** The member whose seat this one takes (a replacement), if any. */
  replaces: id.nullable(),
});
export const MemberRoleChangedDataSchema = z.object({
  committeeId: id,
  memberId: id,
  role: z.enum(MEMBER_ROLES),
  previousRole: z.enum(MEMBER_ROLES),
  decision: DecisionDataSchema,
  effectiveOn: localDate,
});
export const ResponsibilitiesAssignedDataSchema = z.object({
  committeeId: id,
  memberId: id,
  responsibilities: z.array(ResponsibilityDataSchema),
  effectiveOn: localDate,
  decision: DecisionDataSchema.nullable(),
});
export const MemberDismissedDataSchema = z.object({ committeeId: id, memberId: id, reason: z.enum(END_REASONS), decision: DecisionDataSchema, effectiveOn: localDate });
/** Thanh Hóa 2014 Điều 2.4: the agency notified the chair in writing; the seat is pending replacement from `notifiedOn`. */
export const LongAbsenceNotifiedDataSchema = z.object({
  committeeId: id,
  memberId: id,
  reason: z.enum(ABSENCE_REASONS),
  from: localDate,
  expectedUntil: localDate.nullable(),
  noticeReference: z.string(),
  notifiedOn: localDate,
});
export const ReplacementProposedDataSchema = z.object({ committeeId: id, memberId: id, personId: id, proposedOn: localDate, proposalReference: z.string() });
/** The member came back before a replacement was appointed: the seat is no longer pending. */
export const LongAbsenceEndedDataSchema = z.object({ committeeId: id, memberId: id, endedOn: localDate });

// ---- people (ids only: personal data lives in the personal-data store) ----

export const PersonRegisteredDataSchema = z.object({ personId: id });
/** Which fields changed; never their values. */
export const PersonalDataChangedDataSchema = z.object({ personId: id, fields: z.array(z.enum(PERSONAL_DATA_FIELDS)) });
/** A data subject's request was carried out: the personal data is gone, the history stays. */
export const PersonErasedDataSchema = z.object({ personId: id, requestReference: z.string(), erasedOn: localDate });
/**
 * The login account (identity's user id) the person acts as, so that other contexts know which person the
 * authenticated user is; null: unlinked. An erasure ends the link as well (no event of its own).
 */
export const PersonAccountLinkedDataSchema = z.object({ personId: id, userId: id.nullable() });

// ---- a committee's working group ----

export const WorkingGroupFormedDataSchema = z.object({ committeeId: id, name: z.string().min(1), decision: DecisionDataSchema, formedOn: localDate });
export const WorkingGroupLeaderSetDataSchema = z.object({ committeeId: id, personId: id, decision: DecisionDataSchema, effectiveOn: localDate });
export const SubGroupFormedDataSchema = z.object({ committeeId: id, subGroupId: id, name: z.string().min(1), formedOn: localDate });
export const WorkingGroupMemberAddedDataSchema = z.object({
  committeeId: id,
  personId: id,
  agencyId: id,
  subGroupId: id.nullable(),
  joinedOn: localDate,
  /** The decision of the member's agency head nominating them (Kiên Giang 2008 Điều 9.2), when there is one. */
  nomination: DecisionDataSchema.nullable(),
});
export const WorkingGroupMemberRemovedDataSchema = z.object({ committeeId: id, personId: id, leftOn: localDate, reason: z.string().nullable() });

/** Every membership event's data schema, by type (without the namespace). */
export const MEMBERSHIP_EVENT_DATA = {
  AgencyRegistered: AgencyRegisteredDataSchema,
  AgencyRenamed: AgencyRenamedDataSchema,
  AgencyMerged: AgencyMergedDataSchema,
  CommitteeEstablished: CommitteeEstablishedDataSchema,
  CommitteeReestablished: CommitteeReestablishedDataSchema,
  CommitteeRenamed: CommitteeRenamedDataSchema,
  CommitteeDissolved: CommitteeDissolvedDataSchema,
  StandingAgencyDesignated: StandingAgencyDesignatedDataSchema,
  MemberAppointed: MemberAppointedDataSchema,
  MemberRoleChanged: MemberRoleChangedDataSchema,
  ResponsibilitiesAssigned: ResponsibilitiesAssignedDataSchema,
  MemberDismissed: MemberDismissedDataSchema,
  LongAbsenceNotified: LongAbsenceNotifiedDataSchema,
  ReplacementProposed: ReplacementProposedDataSchema,
  LongAbsenceEnded: LongAbsenceEndedDataSchema,
  PersonRegistered: PersonRegisteredDataSchema,
  PersonalDataChanged: PersonalDataChangedDataSchema,
  PersonErased: PersonErasedDataSchema,
  PersonAccountLinked: PersonAccountLinkedDataSchema,
  WorkingGroupFormed: WorkingGroupFormedDataSchema,
  WorkingGroupLeaderSet: WorkingGroupLeaderSetDataSchema,
  SubGroupFormed: SubGroupFormedDataSchema,
  WorkingGroupMemberAdded: WorkingGroupMemberAddedDataSchema,
  WorkingGroupMemberRemoved: WorkingGroupMemberRemovedDataSchema,
} as const;

export type AgencyRegisteredData = z.infer<typeof AgencyRegisteredDataSchema>;
export type AgencyRenamedData = z.infer<typeof AgencyRenamedDataSchema>;
export type AgencyMergedData = z.infer<typeof AgencyMergedDataSchema>;
export type CommitteeEstablishedData = z.infer<typeof CommitteeEstablishedDataSchema>;
export type CommitteeReestablishedData = z.infer<typeof CommitteeReestablishedDataSchema>;
export type CommitteeRenamedData = z.infer<typeof CommitteeRenamedDataSchema>;
export type CommitteeDissolvedData = z.infer<typeof CommitteeDissolvedDataSchema>;
export type StandingAgencyDesignatedData = z.infer<typeof StandingAgencyDesignatedDataSchema>;
export type MemberAppointedData = z.infer<typeof MemberAppointedDataSchema>;
export type MemberRoleChangedData = z.infer<typeof MemberRoleChangedDataSchema>;
export type ResponsibilitiesAssignedData = z.infer<typeof ResponsibilitiesAssignedDataSchema>;
export type MemberDismissedData = z.infer<typeof MemberDismissedDataSchema>;
export type LongAbsenceNotifiedData = z.infer<typeof LongAbsenceNotifiedDataSchema>;
export type ReplacementProposedData = z.infer<typeof ReplacementProposedDataSchema>;
export type LongAbsenceEndedData = z.infer<typeof LongAbsenceEndedDataSchema>;
export type PersonRegisteredData = z.infer<typeof PersonRegisteredDataSchema>;
export type PersonalDataChangedData = z.infer<typeof PersonalDataChangedDataSchema>;
export type PersonErasedData = z.infer<typeof PersonErasedDataSchema>;
export type PersonAccountLinkedData = z.infer<typeof PersonAccountLinkedDataSchema>;
export type WorkingGroupFormedData = z.infer<typeof WorkingGroupFormedDataSchema>;
export type WorkingGroupLeaderSetData = z.infer<typeof WorkingGroupLeaderSetDataSchema>;
export type SubGroupFormedData = z.infer<typeof SubGroupFormedDataSchema>;
export type WorkingGroupMemberAddedData = z.infer<typeof WorkingGroupMemberAddedDataSchema>;
export type WorkingGroupMemberRemovedData = z.infer<typeof WorkingGroupMemberRemovedDataSchema>;
