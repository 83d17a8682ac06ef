// Time travel's HTTP shapes: the moment asked (a day, Vietnam time, or an instant) on an axis, and the answers — the
// tenant as of that moment, or what changed between two. Bad input is a 400 problem naming the field. Amounts are
// whole đồng as strings of digits.
import { z } from 'zod';
import { LocalDate } from '@bcd/calendar';
import { MEETING_KINDS, MEMBER_ROLES } from '@bcd/contracts';
import { BUCKETS } from '@bcd/regulation';
import { View } from '@bcd/service-host';
import { BUDGET_STAGES } from '../domain/tenant-state/budgets.js';
import { AXES, asOfDay, asOfInstant, type AsOf, type Axis } from '../domain/tenant-state/tenant-event.js';

// ---- requests ----

const MOMENT_MESSAGE = 'must be a date written YYYY-MM-DD (the whole day, Vietnam time) or an instant written ISO 8601 with its offset, e.g. 2019-03-01T08:00:00+07:00';
const INSTANT = z.iso.datetime({ offset: true });

/** A day (up to its last moment, Vietnam time) or an instant. */
export type Moment = { day: LocalDate } | { instant: Date };

function moment(description: string, example: string) {
  return z
    .string({ error: MOMENT_MESSAGE })
    .transform((value, context): Moment => {
      if (LocalDate.is(value)) return { day: value };
      if (INSTANT.safeParse(value).success && LocalDate.is(value.slice(0, 10))) return { instant: new Date(value) };
      context.addIssue({ code: 'custom', message: MOMENT_MESSAGE, input: value });
      return z.NEVER;
    })
    .meta({ description, example });
}

const axis = z
  .enum(AXES, { error: 'must be business (what was true then, as known now) or recorded (what the platform showed then)' })
  .meta({
    description:
      'business: what was true then, as known now (events by their business time, a back-dated decision in its place); recorded: what the platform showed then (events by the time they were recorded)',
    example: 'business',
  });

/** `GET /api/tenants/:tenant/as-of`. */
export const AsOfQuerySchema = z.strictObject({
  at: moment('the moment: a day YYYY-MM-DD (through its end, Vietnam time) or an instant ISO 8601 with its offset', '2016-06-30'),
  axis,
});

/** `GET /api/tenants/:tenant/as-of/diff`: `from` not after `to`. */
export const DiffQuerySchema = z
  .strictObject({
    from: moment('the earlier moment: a day YYYY-MM-DD or an instant ISO 8601 with its offset', '2016-06-30'),
    to: moment('the later moment: a day YYYY-MM-DD or an instant ISO 8601 with its offset', '2019-06-30'),
    axis,
  })
  .superRefine((query, context) => {
    if (momentOf(query.from, query.axis).at.getTime() > momentOf(query.to, query.axis).at.getTime()) context.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from', input: query.to });
  });

/** The moment on an axis, as the folds take it. */
export function momentOf(moment: Moment, on: Axis): AsOf {
  return 'day' in moment ? asOfDay(moment.day, on) : asOfInstant(moment.instant, on);
}

// ---- answers ----

const amount = z.string().meta({ description: 'whole đồng, a string of digits (exact at any size)', example: '120000000' });
const signedAmount = z.string().meta({ description: 'whole đồng, a signed string of digits', example: '-5000000' });
const rate = z.string().meta({ description: 'percent, two decimals cut off', example: '62.50' });
const bucket = z.enum(BUCKETS);
const counts = z.strictObject(Object.fromEntries(BUCKETS.map((b) => [b, z.int()])) as Record<(typeof BUCKETS)[number], z.ZodInt>);
const completionRate = z
  .strictObject({ rate, complement: rate })
  .nullable()
  .meta({ description: 'done ÷ (done + not done and overdue), Báo cáo 1270/BC-TCTTTg, and its complement (they add to 100); null when nothing is done or overdue' });
const decision = z.strictObject({ number: z.string(), date: View.localDate });

const RegulationSchema = z.strictObject({
  adoptionId: z.string(),
  packId: z.string().meta({ example: 'thanh-hoa-2014' }),
  title: z.string(),
  decisionNumber: z.string().nullable().meta({ example: '3461/QĐ-BCĐ' }),
  signedOn: View.localDate.nullable(),
  effectiveFrom: View.localDate,
  lastDay: View.localDate.nullable().meta({ description: 'the last day it was in force, as known on this axis; null: still in force' }),
  supersedes: z.string().nullable(),
  article: z.string().meta({ description: 'the article of the decision giving it effect', example: 'Điều 3 (Quyết định)' }),
});

const SeatSchema = z.strictObject({
  committeeId: z.string(),
  committee: z.string().nullable().meta({ description: 'its name on the day' }),
  memberId: z.string(),
  personId: z.string(),
  fullName: z.string().nullable().meta({ description: 'today\'s name from the personal-data store; null: erased, or unknown to this host' }),
  role: z.enum(MEMBER_ROLES),
  agencyId: z.string(),
  agency: z.string().nullable().meta({ description: 'its name on the day' }),
  since: View.localDate.meta({ description: 'first day of this seat span (appointment or last role change)' }),
  decision: decision.nullable(),
});

const issued = z.strictObject({ number: z.string(), signedAt: View.instant }).nullable();
const MeetingSchema = z.strictObject({
  meetingId: z.string(),
  kind: z.enum(MEETING_KINDS),
  period: z.string().nullable(),
  scheduledOn: View.localDate,
  startsAt: View.instant,
  status: z.enum(['scheduled', 'cancelled', 'held']),
  rescheduled: z.int(),
  cancelledReason: z.string().nullable(),
  heldAt: View.instant.nullable(),
  regulation: z.strictObject({ packId: z.string(), decisionNumber: z.string().nullable() }),
  article: z.string(),
  invitees: z.int(),
  documents: z.array(z.strictObject({ documentId: z.string(), title: z.string(), sentAt: View.instant, leadTime: z.string() })),
  absences: z.strictObject({ approved: z.int(), refused: z.int(), undecided: z.int() }),
  delegates: z.int(),
  attendance: z.strictObject({ present: z.int(), 'absent-approved': z.int(), 'absent-unapproved': z.int(), delegate: z.int() }),
  minutes: issued,
  notice: issued,
  conclusions: z.int(),
});

const ActionItemSchema = z.strictObject({
  itemId: z.string(),
  meetingId: z.string(),
  ownerAgencyId: z.string(),
  owner: z.string().nullable(),
  description: z.string(),
  assignedOn: View.localDate,
  dueOn: View.localDate.meta({ description: 'the due date in force on the day (an extension approved by then counts)' }),
  doneOn: View.localDate.nullable(),
  bucket: bucket.nullable().meta({ description: 'null: not assigned yet on the day' }),
});

const ObligationSchema = z.strictObject({
  obligationId: z.string(),
  report: z.enum(['member-report', 'activity-report', 'ad-hoc']),
  reporter: z.strictObject({ kind: z.enum(['agency', 'committee']), agencyId: z.string().optional(), body: z.enum(['standing-agency', 'working-group', 'committee']).optional() }),
  reporterName: z.string().nullable(),
  period: z.string().nullable(),
  from: View.localDate,
  dueDate: View.localDate,
  status: z.enum(['open', 'submitted', 'returned', 'accepted', 'withdrawn']),
  rule: z.strictObject({ packId: z.string(), decisionNumber: z.string().nullable(), article: z.string() }),
  firstSubmittedAt: View.instant.nullable(),
  onTime: z.boolean().nullable(),
  bucket: bucket.nullable().meta({ description: 'null: withdrawn, or not owed yet on the day' }),
});

const execution = { appropriated: amount, spent: amount, remaining: signedAmount, rate: rate.nullable() };
const BudgetSchema = z.strictObject({
  budgetId: z.string(),
  fiscalYear: z.int(),
  holderAgencyId: z.string(),
  holder: z.string().nullable(),
  source: z.enum(['standing-agency-budget', 'each-agency-recurrent-budget', 'other-lawful-sources']),
  stage: z.enum(BUDGET_STAGES),
  estimateTotal: amount.nullable(),
  appropriation: decision.nullable(),
  lines: z.array(z.strictObject({ lineId: z.string(), category: z.string(), title: z.string(), ...execution })),
  total: z.strictObject(execution),
  specialExpenditures: z.array(
    z.strictObject({ specialExpenditureId: z.string(), lineId: z.string(), title: z.string(), amount, status: z.string(), approvedAmount: amount.nullable(), spent: amount }),
  ),
});

const computation = z
  .strictObject({
    from: z.enum(['snapshot', 'start']),
    snapshotEvents: z.int().meta({ description: 'events the stored snapshot it started from held' }),
    replayed: z.int().meta({ description: 'events folded on top of it' }),
  })
  .meta({ description: 'how the state was computed: from a stored snapshot and the few events after it' });

export const TenantAsOfSchema = z.strictObject({
  tenant: z.string().meta({ example: 'thanh-hoa' }),
  axis: z.enum(AXES),
  at: View.instant.meta({ description: 'the moment (inclusive)' }),
  date: View.localDate.meta({ description: 'the day statuses are judged on (Vietnam)' }),
  regulation: RegulationSchema.nullable().meta({ description: 'the regulation in force on the day; null: none yet' }),
  roster: z.array(SeatSchema),
  meetings: z.array(MeetingSchema),
  actionItems: z.strictObject({ items: z.array(ActionItemSchema), counts, completionRate }),
  obligations: z.strictObject({ items: z.array(ObligationSchema), counts, completionRate }),
  budgets: z.array(BudgetSchema),
  events: z.strictObject({ folded: z.int(), ignored: z.int() }),
  computation,
});
export type TenantAsOf = z.infer<typeof TenantAsOfSchema>;

const momentAnswered = z.strictObject({ at: View.instant, date: View.localDate });
const change = z.strictObject({ before: signedAmount, after: signedAmount, change: signedAmount });
const statusAndBucket = (status: z.ZodType) => z.strictObject({ status, bucket: bucket.nullable() });

export const TenantDiffSchema = z.strictObject({
  tenant: z.string().meta({ example: 'thanh-hoa' }),
  axis: z.enum(AXES),
  from: momentAnswered,
  to: momentAnswered,
  roster: z.strictObject({
    joined: z.array(SeatSchema),
    left: z.array(SeatSchema),
    roleChanged: z.array(z.strictObject({ before: SeatSchema, after: SeatSchema })),
  }),
  regulation: z.strictObject({ before: RegulationSchema.nullable(), after: RegulationSchema.nullable() }).nullable().meta({ description: 'null: the same regulation on both days' }),
  meetings: z.strictObject({
    added: z.array(MeetingSchema),
    statusChanged: z.array(z.strictObject({ meetingId: z.string(), kind: z.enum(MEETING_KINDS), scheduledOn: View.localDate, before: MeetingSchema.shape.status, after: MeetingSchema.shape.status })),
  }),
  obligations: z.strictObject({
    added: z.array(ObligationSchema),
    changed: z.array(
      z.strictObject({ obligationId: z.string(), period: z.string().nullable(), reporterName: z.string().nullable(), before: statusAndBucket(ObligationSchema.shape.status), after: statusAndBucket(ObligationSchema.shape.status) }),
    ),
  }),
  actionItems: z.strictObject({
    added: z.array(ActionItemSchema),
    changed: z.array(
      z.strictObject({
        itemId: z.string(),
        description: z.string(),
        before: z.strictObject({ dueOn: View.localDate, bucket: bucket.nullable() }),
        after: z.strictObject({ dueOn: View.localDate, bucket: bucket.nullable() }),
      }),
    ),
  }),
  budgets: z.strictObject({
    lines: z.array(z.strictObject({ budgetId: z.string(), fiscalYear: z.int(), lineId: z.string(), title: z.string(), appropriated: change, spent: change })),
  }),
});
export type TenantDiffAnswer = z.infer<typeof TenantDiffSchema>;
