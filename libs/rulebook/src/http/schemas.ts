// Request bodies and query strings (zod), and the one place their errors become ValidationFailed
// (400 problem with field paths). Messages never echo values.
import { z } from 'zod';
import { LocalDate, type DayOffKind } from '@bcd/calendar';
import { isUuid, NotFound, ValidationFailed } from '@bcd/kernel';
import { BUILT_IN_PACKS, fieldErrors } from '@bcd/regulation';

export function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  throw new ValidationFailed(fieldErrors(result.error.issues));
}

const localDate = z
  .string({ error: 'must be a date written YYYY-MM-DD' })
  .refine((value) => LocalDate.is(value), { error: 'must be a date written YYYY-MM-DD' })
  .transform((value) => value as LocalDate);

const text = z.string({ error: 'must be a text' });

/** `to` on or after `from` (checked only when both are dates: a bad date is reported once, at its own path). */
const notBefore = (q: { from: string; to: string }) => !LocalDate.is(q.from) || !LocalDate.is(q.to) || q.to >= q.from;

// ---- calendar ----

export const WorkingDaysParams = z
  .object({ from: localDate, to: localDate })
  .refine(notBefore, { error: 'must not be before from', path: ['to'] });

export const AddWorkingDaysParams = z.object({
  date: localDate,
  days: z
    .string({ error: 'must be a whole number of working days (negative: before the date)' })
    .regex(/^[+-]?\d{1,4}$/, { error: 'must be a whole number of working days between -9999 and 9999 (negative: before the date)' })
    .transform(Number),
});

export const HolidaysParams = z.object({
  year: z.string({ error: 'must be a year, e.g. 2025' }).regex(/^\d{4}$/, { error: 'must be a year, e.g. 2025' }).transform(Number),
});

const DAY_OFF_KINDS = ['holiday', 'compensatory-day-off', 'swapped-day-off'] as const satisfies readonly DayOffKind[];

/** Why, and on whose authority: every override names the announcement it follows. */
const justification = { reason: text, decisionRef: text };

export const AddHolidayBody = z.strictObject({ date: text, kind: z.enum(DAY_OFF_KINDS).optional(), name: text, ...justification });
export const RemoveHolidayBody = z.object(justification);
export const AddWorkingDayBody = z.strictObject({ date: text, name: text.optional(), ...justification });

// ---- regulations ----

export const BUILT_IN_PACK_IDS = BUILT_IN_PACKS.map((p) => p.id) as [string, ...string[]];

const decisionText = z.string({ error: 'must be a text or null' }).trim().min(1, { error: 'must not be empty (null when the document leaves it blank)' });

export const AdoptBody = z
  .strictObject({
    builtInPackId: z.enum(BUILT_IN_PACK_IDS, { error: `must be one of ${BUILT_IN_PACK_IDS.join(', ')}` }).optional(),
    /** A custom pack's JSON: checked against the RulePack schema. */
    pack: z.unknown().optional(),
    decisionNumber: decisionText.nullable().optional(),
    signedOn: localDate.nullable().optional(),
    effectiveFrom: localDate.optional(),
    supersedes: decisionText.nullable().optional(),
    tenantConfiguration: z.record(z.string(), z.unknown(), { error: 'must be an object: rule path → rule' }).optional(),
  })
  .superRefine((body, ctx) => {
    if ((body.builtInPackId === undefined) === (body.pack === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['builtInPackId'], message: 'give either builtInPackId (a built-in pack) or pack (a custom pack), not both' });
    }
  });

export const ConfigureBody = z.strictObject({
  settings: z.record(z.string(), z.unknown(), { error: 'must be an object: rule path → rule' }),
});

export const InForceParams = z.object({ date: localDate.optional() });
export const ScheduleParams = z
  .object({ from: localDate, to: localDate })
  .refine(notBefore, { error: 'must not be before from', path: ['to'] });

/** An adoption id from the path: anything but a UUID names no adoption. */
export function adoptionIdParam(value: string): string {
  if (!isUuid(value)) throw new NotFound('Regulation adoption', value);
  return value.toLowerCase();
}

/** A date from the path (DELETE /api/calendar/holidays/:date). */
export function dateParam(value: string): LocalDate {
  return LocalDate.parse(value, 'date');
}
