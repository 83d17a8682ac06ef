// The RulePack: a regulation (Quy chế hoạt động) as data. It can express every row of
// shared/domain/RULES.md §1–§5. Every rule cites its article; where a regulation says nothing the slot
// is `{ kind: 'none' }`, and where it leaves a rule to the committee the slot is
// `{ kind: 'tenant-decides', citation }`: the tenant configures it (tenant-configuration.ts) before
// anything depending on it is generated. Objects are strict: a misspelt field is an error, not ignored.

import { LocalDate } from '@bcd/calendar';
import { z } from 'zod';

const text = z.string().trim().min(1);
/** A business date `YYYY-MM-DD` (Asia/Ho_Chi_Minh), as the shared schemas (packs, libs/contracts) hold it. */
export const LocalDateSchema = z
  .custom<LocalDate>((value) => LocalDate.is(value), { message: 'must be a date written YYYY-MM-DD' })
  .meta({ type: 'string', format: 'date', example: '2014-10-16' });
const localDate = LocalDateSchema;

/** Where a rule comes from: `Điều 10 khoản 1 điểm c` of decision `1507/QĐ-UBND` signed on a date. */
export const CitationSchema = z.strictObject({
  /** Article, clause, point: `Điều 9 khoản 4`. */
  article: text,
  /** The decision that issued the regulation (or the tenant's own decision for a configured rule). */
  decision: text,
  /** Null when the document leaves the date blank (Bình Định 2021). */
  signedOn: localDate.nullable(),
  /** The regulation's own words, in Vietnamese. */
  quote: text.optional(),
});
export type Citation = z.infer<typeof CitationSchema>;

// Every rule object carries these two fields.
const cited = {
  citation: CitationSchema,
  /** Further articles the rule rests on. */
  seeAlso: z.array(CitationSchema).optional(),
};

/** The regulation leaves the rule to the committee: the tenant must configure it. */
export const TenantDecidesSchema = z.strictObject({
  kind: z.literal('tenant-decides'),
  citation: CitationSchema,
  /** What the regulation does say, e.g. "quarterly, no date fixed". */
  note: text.optional(),
});
export type TenantDecides = z.infer<typeof TenantDecidesSchema>;

/** The regulation has no such rule and nothing is required. */
export const NoneSchema = z.strictObject({
  kind: z.literal('none'),
  note: text.optional(),
});

export const RoleSchema = z.enum([
  'chair', // Trưởng ban
  'standing-vice-chair', // Phó Trưởng ban thường trực
  'vice-chair', // Phó Trưởng ban
  'standing-member', // Ủy viên thường trực
  'secretary', // Thư ký
  'member', // Ủy viên / Thành viên
  'working-group-leader', // Tổ trưởng Tổ giúp việc / Tổ thư ký / Tổ công tác
  'working-group', // Tổ giúp việc as a body
  'standing-agency', // Cơ quan thường trực (Sở TTTT), or "Thường trực Ban Chỉ đạo" seated there
  'presiding-person', // người chủ trì cuộc họp
  'office-chief', // Chánh Văn phòng UBND tỉnh
]);
export type Role = z.infer<typeof RoleSchema>;

/** Bodies outside the committee that receive its reports. */
export const OutsideRecipientSchema = z.enum([
  'provincial-people-committee', // Ủy ban nhân dân tỉnh
  'provincial-party-committee', // Tỉnh ủy
  'national-committee', // Ủy ban Quốc gia về Chính phủ điện tử / về Chuyển đổi số
  'ministry', // Bộ Thông tin và Truyền thông
]);
export type OutsideRecipient = z.infer<typeof OutsideRecipientSchema>;

export const CadenceSchema = z.enum(['monthly', 'quarterly', 'semiannual', 'annual']);
export type Cadence = z.infer<typeof CadenceSchema>;

/** Why a member is away for long (RULES.md §1): the reasons a long-absence notice gives. */
export const AbsenceReasonSchema = z.enum(['work-trip', 'study', 'leave', 'retirement', 'personnel-change']);
export type AbsenceReason = z.infer<typeof AbsenceReasonSchema>;

const PERIODS_PER_YEAR: Record<Cadence, number> = { monthly: 12, quarterly: 4, semiannual: 2, annual: 1 };

// ---------------------------------------------------------------------------------------------- §1

const CompositionSchema = z.strictObject({
  chair: z.strictObject({ holder: text.optional(), ...cited }),
  viceChairs: z
    .strictObject({
      /** Null when the regulation does not fix the number. */
      count: z.int().min(0).nullable(),
      /** How many of them are standing (thường trực). */
      standing: z.int().min(0),
      ...cited,
    })
    .refine((v) => v.count === null || v.standing <= v.count, {
      message: 'cannot be more than the number of vice chairs',
      path: ['standing'],
    }),
  standingMembers: z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('fixed'),
      count: z.int().min(1).nullable(),
      /** The agencies whose heads hold the seats (Thanh Hóa 2014: Sở TTTT, Sở KH&ĐT, Sở Tài chính, Sở GD&ĐT). */
      agencies: z.array(text).optional(),
      alsoWorkingGroupLeader: z.boolean(),
      ...cited,
    }),
    NoneSchema,
  ]),
  /**
   * The committee's secretary (Thư ký): Thanh Hóa 2018 Điều 5 gives it to the standing member ("Ủy viên
   * Thường trực kiêm thư ký"); a separate secretary seat exists only where a regulation creates one.
   */
  secretary: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('held-by-standing-member'), ...cited }),
    z.strictObject({ kind: z.literal('separate-seat'), ...cited }),
    NoneSchema,
  ]),
  /**
   * Who "Thường trực Ban Chỉ đạo" (the standing office) is, where a regulation gives it powers without
   * naming a person (Kiên Giang 2008 Điều 2.2, 12): the tenant says which role holds it.
   */
  standingOffice: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('held-by'), role: RoleSchema, ...cited }),
    TenantDecidesSchema,
    NoneSchema,
  ]),
  workingGroup: z.strictObject({
    /** Tổ giúp việc, Tổ thư ký, Tổ công tác… */
    name: text,
    setUpBy: text,
    /** A member from another agency must be nominated by that agency head's decision (KG Điều 9.2). */
    externalMembersNominatedByAgencyHead: z.boolean(),
    /** Organised into sub-groups (nhóm công tác) by the leader. */
    subGroups: z.boolean(),
    /** Members replace unsuitable working-group staff at the leader's request. */
    membersReplaceUnsuitableStaff: z.boolean(),
    ...cited,
  }),
  longAbsence: z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('notify-and-replace'),
      /** Away more than this many months… */
      thresholdMonths: z.int().min(1),
      /**
       * …for these reasons (Thanh Hóa 2014 Điều 2.4: "đi công tác, đi học tập trung trên 6 tháng"); the
       * other reasons (nghỉ chế độ, a change of personnel) have no threshold.
       */
      thresholdReasons: z.array(AbsenceReasonSchema),
      /** The member's agency notifies in writing and proposes a replacement to this role. */
      notifiedTo: RoleSchema,
      ...cited,
    }),
    NoneSchema,
  ]),
});

// ---------------------------------------------------------------------------------------------- §2

export const MeetingWindowSchema = z.discriminatedUnion('kind', [
  /** Any day of the period. */
  z.strictObject({ kind: z.literal('whole-period') }),
  /** Days `fromDay`–`toDay` of the period's last month (Kiên Giang: 20–30 of the quarter's last month). */
  z
    .strictObject({ kind: z.literal('days-of-last-month'), fromDay: z.int().min(1).max(31), toDay: z.int().min(1).max(31) })
    .refine((v) => v.fromDay <= v.toDay, { message: 'must not be before fromDay', path: ['toDay'] }),
]);
export type MeetingWindow = z.infer<typeof MeetingWindowSchema>;

export const PeriodicMeetingSchema = z.strictObject({
  kind: z.literal('periodic'),
  cadence: CadenceSchema,
  window: MeetingWindowSchema,
  /** Who attends, when the regulation says (Thanh Hóa 2014 standing board). */
  attendees: z.array(RoleSchema).optional(),
  ...cited,
});
const MeetingRuleSchema = z.discriminatedUnion('kind', [PeriodicMeetingSchema, TenantDecidesSchema, NoneSchema]);
export type MeetingRule = z.infer<typeof MeetingRuleSchema>;

/**
 * Lead times in working days (conventions.ts): by default neither the day the documents are sent (BLDS
 * 2015 Điều 147.2) nor the meeting day counts; `send-day-counts` counts the sending day as the first.
 */
export const WorkingDayCountingSchema = z.enum(['exclude-send-day-and-meeting-day', 'send-day-counts']);
export type WorkingDayCounting = z.infer<typeof WorkingDayCountingSchema>;

const LeadTimeScopeSchema = z.enum(['periodic-meetings', 'all-meetings']);
export const DocumentLeadTimeSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('working-days'),
    days: z.int().min(1),
    appliesTo: LeadTimeScopeSchema,
    channel: z.enum(['any', 'electronic']),
    /** How the days are counted (conventions.ts); a province may choose the other reading. */
    counting: WorkingDayCountingSchema.default('exclude-send-day-and-meeting-day'),
    ...cited,
  }),
  z.strictObject({
    kind: z.literal('hours'),
    hours: z.int().min(1),
    appliesTo: LeadTimeScopeSchema,
    channel: z.enum(['any', 'electronic']),
    /** Clock hours from sending to the meeting's start, weekends included (BLDS 2015 Điều 147.1). */
    counting: z.literal('clock-hours').default('clock-hours'),
    ...cited,
  }),
  TenantDecidesSchema,
  NoneSchema,
]);
export type DocumentLeadTime = z.infer<typeof DocumentLeadTimeSchema>;

const MeetingsSchema = z.strictObject({
  plenary: MeetingRuleSchema,
  /** Meeting of the standing board (Thường trực Ban Chỉ đạo). */
  standingBoard: MeetingRuleSchema,
  workingGroup: MeetingRuleSchema,
  extraordinary: z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('allowed'),
      /** Who may convene one. */
      convenedBy: z.array(RoleSchema),
      /** On whose proposal one may be convened. */
      onProposalOf: z.array(RoleSchema),
      ...cited,
    }),
    NoneSchema,
  ]),
  /** Meetings extended to heads of agencies, experts, scientists. */
  extended: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('allowed'), decidedBy: RoleSchema, invitees: text, ...cited }),
    NoneSchema,
  ]),
  documentLeadTime: DocumentLeadTimeSchema,
  absence: z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('report-and-approval'),
      /**
       * Whose consent an absence needs, each with the article that says so. Where two articles name
       * different people (Phú Thọ 2022 Điều 9.2: the chair; Điều 6.5: the presiding person), either
       * consent is accepted and the meeting records the article it was given under.
       */
      approvers: z
        .array(z.strictObject({ by: z.enum(['chair', 'presiding-person']), ...cited }))
        .min(1),
      /** Sending someone in the member's place: never, only with that consent, or freely. */
      substitute: z.enum(['not-allowed', 'with-approval', 'allowed']),
      /** A member who delegates must give a written opinion (ý kiến bằng văn bản). */
      delegateMustSubmitWrittenOpinion: z.boolean(),
      /** The authorised person reports on the member's assigned work (Phú Thọ Điều 9.2). */
      delegateReportsOnAssignedWork: z.boolean(),
      /** Where the articles differ, what the platform does. */
      note: text.optional(),
      ...cited,
    }),
    NoneSchema,
  ]),
  /** When no meeting can be held, the chair may ask for written opinions instead. */
  writtenConsultation: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('when-meeting-not-possible'), requestedBy: RoleSchema, ...cited }),
    NoneSchema,
  ]),
});

// ---------------------------------------------------------------------------------------------- §3

export const DayOffRuleSchema = z.enum(['next-working-day', 'literal']);
export type DayOffRule = z.infer<typeof DayOffRuleSchema>;

/**
 * When a report is due. `reading` says how the wording is read (RULES.md §7):
 * - `before`: "trước ngày 25/6" is read literally: the report must arrive by the end of 24 June;
 * - `no-later-than`: "chậm nhất ngày 15" means by the end of the 15th.
 * A day past the month's end (31 in a 30-day month) means the month's last day.
 */
export const DueRuleSchema = z.strictObject({
  /** A calendar month of the period's year, or the last month of the period (quarterly reports). */
  month: z.union([z.literal('last-month-of-period'), z.int().min(1).max(12)]),
  day: z.int().min(1).max(31),
  reading: z.enum(['before', 'no-later-than']),
  /** The regulation's words, e.g. "trước ngày 25 tháng 6". */
  wording: text,
  /**
   * A due date on a weekend or public holiday: rolled to the next working day (BLDS 2015 Điều 148.5,
   * the default) or kept as written (a province's choice).
   */
  onDayOff: DayOffRuleSchema.default('next-working-day'),
});
export type DueRule = z.infer<typeof DueRuleSchema>;

export const ReportDeadlineSchema = z
  .strictObject({
    cadence: CadenceSchema,
    /** Which periods of the year carry this deadline (1-based), or all of them. */
    periods: z.union([z.literal('all'), z.array(z.int().min(1).max(12)).min(1)]),
    due: DueRuleSchema,
  })
  .superRefine((v, ctx) => {
    if (v.periods === 'all') return;
    v.periods.forEach((p, i) => {
      if (p > PERIODS_PER_YEAR[v.cadence]) {
        ctx.addIssue({ code: 'custom', path: ['periods', i], message: `a ${v.cadence} cadence has ${PERIODS_PER_YEAR[v.cadence]} period(s) a year` });
      }
    });
  });
export type ReportDeadline = z.infer<typeof ReportDeadlineSchema>;

/** The due dates of a report: fixed by the regulation, for the tenant to set, or none (ad hoc only). */
export const ReportDueSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('fixed'), deadlines: z.array(ReportDeadlineSchema).min(1), ...cited }),
  TenantDecidesSchema,
  NoneSchema,
]);
export type ReportDue = z.infer<typeof ReportDueSchema>;

/** Who owes periodic reports: members, the agencies running programmes, or every agency (sở, ban, ngành, địa phương). */
export const ReporterSchema = z.enum(['members', 'agencies-running-programmes', 'agencies']);

const ActivityReportSchema = z.strictObject({
  /** Who writes the report on the committee's activity. */
  author: z.enum(['standing-agency', 'working-group', 'committee']),
  recipients: z.array(z.union([RoleSchema, OutsideRecipientSchema])).min(1),
  /** The periods the regulation names (empty when it names none). */
  cadences: z.array(CadenceSchema),
  adHoc: z.boolean(),
  /** Circulated to the members for comment before going to the chair (Thanh Hóa Điều 11.3 / 10.3). */
  commentRound: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('members-comment-before-chair'), ...cited }),
    NoneSchema,
  ]),
  due: ReportDueSchema,
  ...cited,
});

const ReportingSchema = z.strictObject({
  memberReports: z.strictObject({
    reporter: ReporterSchema,
    /** Where reports are sent (the standing agency), or for the tenant to say where the regulation names no one. */
    recipient: z.union([RoleSchema, TenantDecidesSchema]),
    due: ReportDueSchema,
    ...cited,
  }),
  adHocReports: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('on-request'), requestedBy: z.array(RoleSchema).min(1), ...cited }),
    NoneSchema,
  ]),
  /** Members report problems as they arise, unasked ("kịp thời báo cáo … những vấn đề phát sinh"). */
  issueReports: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('as-they-arise'), reporter: z.literal('members'), recipients: z.array(RoleSchema).min(1), ...cited }),
    NoneSchema,
  ]),
  activityReports: z.array(ActivityReportSchema),
  channels: z.array(
    z.strictObject({
      channel: z.enum([
        'official-email-encouraged',
        'official-email-to-member-and-agency',
        'paper-and-electronic',
        'online-reporting-planned',
      ]),
      ...cited,
    }),
  ),
});

// ---------------------------------------------------------------------------------------------- §4

const BudgetActorSchema = z.enum([
  'standing-agency',
  'finance-department', // Sở Tài chính
  'provincial-people-committee', // UBND tỉnh
  'chair',
  'competent-authority', // cấp có thẩm quyền
  'each-agency',
]);

const BudgetSchema = z.strictObject({
  funding: z.strictObject({
    sources: z.array(z.enum(['standing-agency-budget', 'each-agency-recurrent-budget', 'other-lawful-sources'])).min(1),
    ...cited,
  }),
  estimate: z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('flow'),
      steps: z
        .array(
          z.strictObject({
            actor: BudgetActorSchema,
            action: z.enum(['drafts', 'includes-in-own-estimate', 'appraises', 'reviews', 'approves']),
          }),
        )
        .min(1),
      /** Approved within the ceiling of this budget (Kiên Giang: Sở TTTT's operating budget). */
      withinCeilingOf: z.enum(['standing-agency-budget']).optional(),
      ...cited,
    }),
    NoneSchema,
  ]),
  /** Who decides each expenditure (Kiên Giang 2008 Điều 12: "quyết định các khoản chi"). */
  expenditureDecision: z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('by'), actor: BudgetActorSchema, ...cited }), NoneSchema]),
  /** Spending with no norm (chi đặc thù, Thanh Hóa 2018 Điều 11.2): who proposes, with whom, who decides. */
  specialExpenditure: z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('flow'),
      proposer: BudgetActorSchema,
      coordinatesWith: BudgetActorSchema,
      decidedBy: BudgetActorSchema,
      ...cited,
    }),
    NoneSchema,
  ]),
  /**
   * Funding for unplanned tasks the provincial People's Committee assigns (Phú Thọ 2022 Điều 11.3,
   * "nhiệm vụ được giao việc đột xuất"): proposed to the competent authority, whose decision funds it.
   */
  unplannedTasks: z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('flow'),
      assignedBy: BudgetActorSchema,
      proposer: BudgetActorSchema,
      coordinatesWith: BudgetActorSchema,
      decidedBy: BudgetActorSchema,
      ...cited,
    }),
    NoneSchema,
  ]),
  settlement: z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('by'),
      actor: BudgetActorSchema,
      with: BudgetActorSchema.optional(),
      annual: z.boolean(),
      ...cited,
    }),
    z.strictObject({ kind: z.literal('per-current-rules'), ...cited }),
  ]),
  categories: z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('list'),
      categories: z.array(z.strictObject({ id: z.string().regex(/^[a-z][a-z0-9-]*$/), label: text })).min(1),
      ...cited,
    }),
    /** Spending follows these legal documents (Kiên Giang 2008 Điều 12 names three and "other rules"). */
    z.strictObject({ kind: z.literal('per-legal-documents'), documents: z.array(text).min(1), ...cited }),
    NoneSchema,
  ]),
});

// ---------------------------------------------------------------------------------------------- §5

export const SealSchema = z.enum([
  'provincial-people-committee', // con dấu của UBND tỉnh
  'standing-agency', // con dấu của Sở TTTT (the standing agency)
  'own-agency', // con dấu của cơ quan mình
]);

const DocumentsSchema = z.strictObject({
  /** Who signs the committee's notices and minutes (thông báo, biên bản). */
  noticeSigner: z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('role'),
      role: RoleSchema,
      /** Only the holder of the role who heads this agency signs (Thanh Hóa 2014 Điều 5.1đ: the Giám đốc Sở TTTT). */
      agency: text.optional(),
      /** Signs only when the chair assigns or authorises it (Phú Thọ Điều 5.4). */
      onlyWhenAssigned: z.boolean(),
      ...cited,
    }),
    TenantDecidesSchema,
    NoneSchema,
  ]),
  /** Who signs the committee's reports to bodies outside it (Phú Thọ 2022 Điều 10.5). */
  reportSigner: z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('roles'),
      signers: z.array(z.strictObject({ role: RoleSchema, onlyWhenAuthorised: z.boolean() })).min(1),
      addressees: z.array(OutsideRecipientSchema).min(1),
      ...cited,
    }),
    NoneSchema,
  ]),
  /** Which seal a document bears, by signer. */
  seals: z.array(z.strictObject({ signer: RoleSchema, seal: SealSchema, note: text.optional(), ...cited })),
});

// --------------------------------------------------------------------------------------------- pack

export const RulePackSchema = z.strictObject({
  /** `kien-giang-2008`: lowercase, hyphenated. */
  id: z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'must be a lowercase slug, e.g. kien-giang-2008'),
  /** 2 since the corrections of issue 10; packs of version 1 are upcast on read (upcast-rule-pack.ts). */
  schemaVersion: z.literal(2),
  title: text,
  province: text,
  committee: text,
  decision: z.strictObject({
    /** Null when the number is left blank (Bình Định 2021). */
    number: text.nullable(),
    signedOn: localDate.nullable(),
    signedBy: text,
    /** "Quyết định này có hiệu lực kể từ ngày ký": in force from the signing date. */
    effectiveOnSigning: z.boolean(),
    ...cited,
  }),
  /** The regulations this one replaces, as the decision states them. */
  replaces: z.array(z.strictObject({ number: text, signedOn: localDate.nullable(), note: text.optional() })),
  composition: CompositionSchema,
  meetings: MeetingsSchema,
  reporting: ReportingSchema,
  budget: BudgetSchema,
  documents: DocumentsSchema,
});
export type RulePack = z.infer<typeof RulePackSchema>;
