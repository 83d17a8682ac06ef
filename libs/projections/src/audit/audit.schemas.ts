// The audit trail's HTTP shapes: the search query (filters, time range on either axis, free text, keyset cursor) and
// the page it answers. Bad input is a 400 problem naming the field.
import { z } from 'zod';
import { LocalDate, vietnamInstant } from '@bcd/calendar';
import { text, View } from '@bcd/service-host';

/** At most this many events per page; the default page is smaller. */
export const MAX_LIMIT = 200;
export const DEFAULT_LIMIT = 50;

/**
 * The opaque cursor of a page: the global position of its last event (`p:<position>`, base64url). A page after it
 * holds the events beyond that position in the order asked for; events recorded meanwhile never shift a page.
 */
export const AuditCursor = {
  of(position: string): string {
    return Buffer.from(`p:${position}`, 'utf8').toString('base64url');
  },
  /** The position a cursor names, or null when it is none of ours. */
  positionOf(cursor: string): string | null {
    const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
    const match = /^p:(0|[1-9]\d{0,18})$/.exec(decoded);
    return match && AuditCursor.of(match[1]) === cursor ? match[1] : null;
  },
};

const cursor = z
  .string({ error: 'must be the cursor of a previous page (its `next`)' })
  .transform((value, context) => {
    const position = AuditCursor.positionOf(value);
    if (position === null) {
      context.addIssue({ code: 'custom', message: 'must be the cursor of a previous page (its `next`)', input: value });
      return z.NEVER;
    }
    return position;
  })
  .meta({ description: 'the `next` cursor of the previous page (opaque)' });

const INSTANT = z.iso.datetime({ offset: true });
const BOUND_MESSAGE = 'must be a date written YYYY-MM-DD or an instant written ISO 8601 with its offset, e.g. 2019-09-20T08:00:00+07:00';

/**
 * A bound of the time range: a day (Vietnam time) or an instant. `from` is inclusive (a day: from its first moment);
 * `to` is inclusive too (a day: through its last moment). Both become instants, `to` exclusive.
 */
function bound(which: 'from' | 'to') {
  return z
    .string({ error: BOUND_MESSAGE })
    .transform((value, context) => {
      if (LocalDate.is(value)) return which === 'from' ? vietnamInstant(value) : vietnamInstant(LocalDate.addDays(value, 1));
      if (INSTANT.safeParse(value).success && LocalDate.is(value.slice(0, 10))) {
        const instant = new Date(value);
        return which === 'from' ? instant : new Date(instant.getTime() + 1);
      }
      context.addIssue({ code: 'custom', message: BOUND_MESSAGE, input: value });
      return z.NEVER;
    })
    .meta({
      description:
        which === 'from'
          ? 'events at or after this day (Vietnam time) or instant, on the chosen axis'
          : 'events up to the end of this day (Vietnam time), or up to this instant inclusive, on the chosen axis',
      example: which === 'from' ? '2018-01-01' : '2018-12-31',
    });
}

/** An event type as stored (`membership.MemberAppointed`) or a context's namespace (`budget`: all of its types). */
const TYPE = /^[A-Za-z][A-Za-z0-9-]*(\.[A-Za-z][A-Za-z0-9]*)?$/;

/** At most this many event ids in one `events` filter (a KPI's drill-down asks for its facts a page at a time). */
export const MAX_EVENT_IDS = 200;
const UUID = z.uuid();
const EVENTS_MESSAGE = `must be up to ${MAX_EVENT_IDS} event ids (UUIDs) separated by commas`;

const filters = {
  events: z
    .string({ error: EVENTS_MESSAGE })
    .transform((value, context) => {
      const ids = value.split(',').map((id) => id.trim().toLowerCase());
      if (ids.length > MAX_EVENT_IDS || ids.some((id) => !UUID.safeParse(id).success)) {
        context.addIssue({ code: 'custom', message: EVENTS_MESSAGE, input: value });
        return z.NEVER;
      }
      return [...new Set(ids)];
    })
    .optional()
    .meta({ description: `only these events: up to ${MAX_EVENT_IDS} event ids separated by commas (a KPI value's drill-down)`, example: '0190c5a2-7b1e-7cc0-9d2a-3f4e5a6b7c8d' }),
  actor: text(200).optional().meta({ description: 'the user id of who recorded the events (metadata actor)' }),
  type: z
    .string()
    .regex(TYPE, { error: 'must be an event type as stored (membership.MemberAppointed) or a namespace (budget)' })
    .optional()
    .meta({ description: 'an event type as stored (`membership.MemberAppointed`), or a namespace (`budget`) for all of its types', example: 'membership.MemberAppointed' }),
  stream: text(300).optional().meta({ description: 'a stream id: only its events' }),
  axis: z
    .enum(['business', 'recorded'], { error: 'must be business (when it happened) or recorded (when the system recorded it)' })
    .default('recorded')
    .meta({ description: 'the time `from` and `to` apply to: business (occurredAt, may be back-dated) or recorded (recordedAt); default recorded' }),
  from: bound('from').optional(),
  to: bound('to').optional(),
  q: text(200)
    .optional()
    .meta({ description: 'free text, Vietnamese with or without diacritics ("pho truong ban" finds "Phó Trưởng ban"): every word must appear in the sentence (names excluded), the type or a decision number' }),
  order: z.enum(['newest', 'oldest'], { error: 'must be newest or oldest' }).default('newest').meta({ description: 'newest first (default) or oldest first, by global position' }),
  limit: z.coerce
    .number({ error: `must be a whole number from 1 to ${MAX_LIMIT}` })
    .int({ error: `must be a whole number from 1 to ${MAX_LIMIT}` })
    .min(1, { error: `must be a whole number from 1 to ${MAX_LIMIT}` })
    .max(MAX_LIMIT, { error: `must be a whole number from 1 to ${MAX_LIMIT}` })
    .default(DEFAULT_LIMIT)
    .meta({ description: `events per page (default ${DEFAULT_LIMIT}, at most ${MAX_LIMIT})` }),
  after: cursor.optional(),
};

function rangeInOrder(query: { from?: Date; to?: Date }, context: z.RefinementCtx): void {
  if (query.from && query.to && query.from.getTime() >= query.to.getTime()) context.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from', input: query.to });
}

/** `GET /api/tenants/:tenant/audit/events`: unknown parameters are refused (a misspelt filter must not widen the search). */
export const AuditSearchQuerySchema = z.strictObject(filters).superRefine(rangeInOrder);
export type AuditSearchQuery = z.output<typeof AuditSearchQuerySchema>;

/** `GET /api/audit/events` (platform roles): every tenant, or one (`platform`: platform-level events). */
export const PlatformAuditSearchQuerySchema = z
  .strictObject({
    ...filters,
    tenant: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/, { error: 'must be a tenant code' })
      .optional()
      .meta({ description: 'a tenant code (`platform`: the platform-level events); default every tenant' }),
  })
  .superRefine(rangeInOrder);
export type PlatformAuditSearchQuery = z.output<typeof PlatformAuditSearchQuerySchema>;

/** `GET /api/tenants/:tenant/audit/streams/:streamId`: a stream's history, oldest first. */
export const StreamHistoryQuerySchema = z.strictObject({ limit: filters.limit, after: filters.after });
export type StreamHistoryQuery = z.output<typeof StreamHistoryQuerySchema>;

export const AuditEntrySchema = z.strictObject({
  /** The global position (a decimal string: a bigint). */
  position: z.string().meta({ example: '4711' }),
  eventId: View.id,
  tenant: z.string().meta({ example: 'thanh-hoa' }),
  type: z.string().meta({ example: 'membership.MemberAppointed' }),
  streamId: z.string(),
  streamVersion: z.int(),
  /** Business time: when it happened (may be back-dated). */
  occurredAt: View.instant,
  /** When the system recorded it. */
  recordedAt: View.instant,
  actor: View.actor.nullable(),
  correlationId: z.string().nullable(),
  causationId: z.string().nullable(),
  /** The event in Vietnamese, with the names of today (an erased person shows as erased). */
  sentence: z.string().meta({ example: 'Ông/Bà Trần Đức Thắng được bổ nhiệm làm Phó Trưởng ban thường trực theo Quyết định số 4094/QĐ-UBND ngày 19/10/2018, đại diện Sở Thông tin và Truyền thông.' }),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditPageSchema = z.strictObject({
  items: z.array(AuditEntrySchema),
  /** The cursor of the next page (`after`); null: this is the last. */
  next: z.string().nullable(),
});
export type AuditPage = z.infer<typeof AuditPageSchema>;
