// The zod pieces every context's HTTP layer shares: parsing a body, a query or a path parameter into a
// 400 problem with field paths (messages never echo values), the common field types of requests, and
// the shapes answers are documented with. One source: the same schema validates the request,
// documents it in OpenAPI and types the handler.
import { z } from 'zod';
import { LocalDate, vietnamDateOf } from '@bcd/calendar';
import { isUuid, NotFound, ValidationFailed, type Clock } from '@bcd/kernel';
import { unstorableText } from './request-edge.js';
import { effectiveOnOrSigning, fieldErrors, type Decision } from '@bcd/regulation';

/** The value as the schema reads it, or ValidationFailed (400) naming every bad field. */
export function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  throw new ValidationFailed(fieldErrors(result.error.issues));
}

/** The JSON schema of a request (`input`) or an answer (`output`), for the OpenAPI document. */
export function openApiSchema(schema: z.ZodType, io: 'input' | 'output' = 'input'): Record<string, unknown> {
  return z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'openapi-3.0' }) as Record<string, unknown>;
}

// ---- requests ----

/** A business date, `YYYY-MM-DD` (Asia/Ho_Chi_Minh). */
export const localDate = z
  .string({ error: 'must be a date written YYYY-MM-DD' })
  .refine((value) => LocalDate.is(value), { error: 'must be a date written YYYY-MM-DD' })
  .transform((value) => value as LocalDate)
  .meta({ format: 'date', example: '2014-11-03' });

/** An instant, ISO 8601 with its offset (`2019-09-20T08:00:00+07:00` or `…Z`): a Date. */
export const instant = z
  .iso.datetime({ offset: true, error: 'must be an instant written ISO 8601 with its offset, e.g. 2019-09-20T08:00:00+07:00' })
  .transform((value) => new Date(value))
  .meta({ format: 'date-time', example: '2019-09-20T08:00:00+07:00' });

/**
 * Text PostgreSQL can store (no NUL, no lone surrogate: 400 naming the field), in Unicode NFC:
 * Vietnamese arrives composed or decomposed, and `Nguyễn` must be one name whichever way it came.
 */
export const storableText = () =>
  z
    .string({ error: 'must be a text' })
    .superRefine((value, context) => {
      const problem = unstorableText(value);
      if (problem) context.addIssue({ code: 'custom', message: problem, input: value });
    })
    .overwrite((value) => (unstorableText(value) ? value : value.normalize('NFC')));

/** Free text (storable, NFC), trimmed, not empty, at most `max` characters. */
export const text = (max: number) =>
  storableText()
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` });

/** An id (UUID), lowercased. */
export const id = z
  .string({ error: 'must be an id' })
  .refine(isUuid, { error: 'must be an id (UUID)' })
  .transform((value) => value.toLowerCase())
  .meta({ format: 'uuid' });

/** A numbered decision (Quyết định): its number and signing date. */
export const decision = z.strictObject({ number: text(100).meta({ example: '1832/QĐ-UBND' }), date: localDate }) satisfies z.ZodType<Decision>;

/** `effectiveOn` defaults to the decision's date: a decision takes effect on signing unless it names a date. */
export function effective<T extends { decision: Decision; effectiveOn?: LocalDate | null }>(body: T): T & { effectiveOn: LocalDate } {
  return { ...body, effectiveOn: effectiveOnOrSigning(body.decision, body.effectiveOn) };
}

/** `?asOf=YYYY-MM-DD`: a business date (default: today in Vietnam). */
export const AsOfQuery = z.object({ asOf: localDate.optional().meta({ description: 'a business date, YYYY-MM-DD (default: today in Vietnam)' }) });

/** The `?asOf=` of a query string, or today in Vietnam by the host's clock. */
export function asOf(query: unknown, clock: Clock): LocalDate {
  return parse(AsOfQuery, query).asOf ?? vietnamDateOf(clock.now());
}

/** An id from the path: anything but a UUID names nothing (404, as for an unknown id). */
export function idParam(value: string, resource: string): string {
  if (!isUuid(value)) throw new NotFound(resource, value);
  return value.toLowerCase();
}

// ---- answers (documented with these; checked against them in tests) ----

export const View = {
  /** A business date, `YYYY-MM-DD`. */
  localDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).meta({ format: 'date', example: '2014-11-03' }),
  /** An instant, ISO 8601 in UTC. */
  instant: z.string().meta({ format: 'date-time', example: '2025-01-02T03:04:05.000Z' }),
  /** An id (UUID). */
  id: z.string().meta({ format: 'uuid', example: '0190f1a2-3b4c-7d5e-8f60-718293a4b5c6' }),
  decision: z.strictObject({ number: z.string(), date: z.string().meta({ format: 'date' }) }),
  /** Who recorded a fact: user id and the role they acted in. */
  actor: z.strictObject({ userId: z.string(), role: z.string().optional() }),
};
