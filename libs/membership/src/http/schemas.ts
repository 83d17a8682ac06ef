// Request bodies and query strings (zod: one source for validation and the OpenAPI document), and the
// one place their errors become ValidationFailed (400 problem with field paths). Messages never echo values.
import { z } from 'zod';
import { LocalDate } from '@bcd/calendar';
import { isUuid, NotFound, ValidationFailed } from '@bcd/kernel';
import { AGENCY_KINDS } from '../domain/agencies.js';
import { ABSENCE_REASONS, MEMBER_ROLES } from '../domain/committee.js';

export function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  throw new ValidationFailed(result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })));
}

/** The JSON schema of a body, for the OpenAPI document. */
export function openApiSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'openapi-3.0' }) as Record<string, unknown>;
}

const localDate = z
  .string({ error: 'must be a date written YYYY-MM-DD' })
  .refine((value) => LocalDate.is(value), { error: 'must be a date written YYYY-MM-DD' })
  .transform((value) => value as LocalDate)
  .meta({ example: '2014-11-03' });
const text = (max: number) =>
  z
    .string({ error: 'must be a text' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` });
const id = z.string({ error: 'must be an id' }).refine(isUuid, { error: 'must be an id (UUID)' }).transform((value) => value.toLowerCase());

/** A numbered decision (Quyết định): its number and signing date. */
const decision = z.strictObject({ number: text(100).meta({ example: '1832/QĐ-UBND' }), date: localDate });

/** `effectiveOn` defaults to the decision's date ("có hiệu lực kể từ ngày ký"). */
const effective = <T extends { decision: { date: LocalDate }; effectiveOn?: LocalDate }>(body: T) => ({ ...body, effectiveOn: body.effectiveOn ?? body.decision.date });

// ---- agencies ----

export const RegisterAgencyBody = z.strictObject({
  code: z
    .string({ error: 'must be a text' })
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/, { error: 'must be 1 to 32 letters, digits and . _ - (e.g. STTTT)' })
    .meta({ example: 'STTTT' }),
  name: text(200).meta({ example: 'Sở Thông tin và Truyền thông' }),
  kind: z.enum(AGENCY_KINDS, { error: `must be one of ${AGENCY_KINDS.join(', ')}` }),
});
export const RenameAgencyBody = z.strictObject({ name: text(200), effectiveOn: localDate, decision });
export const MergeAgencyBody = z.strictObject({ into: id, effectiveOn: localDate, decision });

// ---- people ----

export const PersonBody = z.strictObject({
  fullName: text(200),
  email: z.email({ error: 'must be an e-mail address' }).max(254).nullable().optional(),
  phone: z
    .string({ error: 'must be a phone number' })
    .regex(/^\+?[0-9 .()-]{6,24}$/, { error: 'must be a phone number: digits, spaces, + . ( ) -' })
    .nullable()
    .optional(),
});
export const ErasePersonBody = z.strictObject({ requestReference: text(100).meta({ example: 'YC-2025-017' }) });

// ---- committee ----

export const EstablishCommitteeBody = z
  .strictObject({ name: text(300), decision, establishedOn: localDate.optional(), standingAgencyId: id.nullable().optional() })
  .transform((body) => ({ ...body, establishedOn: body.establishedOn ?? body.decision.date, standingAgencyId: body.standingAgencyId ?? null }));
export const ReestablishCommitteeBody = z
  .strictObject({
    decision,
    effectiveOn: localDate.optional(),
    name: text(300).nullable().optional(),
    carriedOver: z.array(id).max(200).default([]),
    replaced: z.array(z.strictObject({ memberId: id, personId: id })).max(200).default([]),
  })
  .transform((body) => ({ ...effective(body), name: body.name ?? null }));
export const RenameCommitteeBody = z.strictObject({ name: text(300), decision, effectiveOn: localDate.optional() }).transform(effective);
export const DissolveCommitteeBody = z.strictObject({ decision, effectiveOn: localDate.optional() }).transform(effective);
export const StandingAgencyBody = z.strictObject({ agencyId: id, decision, effectiveOn: localDate.optional() }).transform(effective);

// ---- members ----

const role = z.enum(MEMBER_ROLES, { error: `must be one of ${MEMBER_ROLES.join(', ')}` });
export const AppointMemberBody = z.strictObject({ personId: id, role, agencyId: id, decision, effectiveOn: localDate.optional() }).transform(effective);
export const ChangeRoleBody = z.strictObject({ role, decision, effectiveOn: localDate.optional() }).transform(effective);
export const ResponsibilitiesBody = z
  .strictObject({
    responsibilities: z.array(z.strictObject({ area: text(100).meta({ example: 'an ninh mạng' }), text: text(2000) })).max(50),
    effectiveOn: localDate,
    decision: decision.nullable().optional(),
  })
  .transform((body) => ({ ...body, decision: body.decision ?? null }));
export const DismissMemberBody = z.strictObject({ decision, effectiveOn: localDate.optional() }).transform(effective);
export const LongAbsenceBody = z
  .strictObject({
    reason: z.enum(ABSENCE_REASONS, { error: `must be one of ${ABSENCE_REASONS.join(', ')}` }),
    from: localDate,
    expectedUntil: localDate.nullable().optional(),
    noticeReference: text(100).meta({ example: '125/SYT-TCCB' }),
    notifiedOn: localDate,
  })
  .transform((body) => ({ ...body, expectedUntil: body.expectedUntil ?? null }));
export const ReplacementProposalBody = z.strictObject({ personId: id, proposedOn: localDate, proposalReference: text(100) });
export const AppointReplacementBody = z.strictObject({ decision, effectiveOn: localDate.optional() }).transform(effective);
export const EndLongAbsenceBody = z.strictObject({ endedOn: localDate });

// ---- working group ----

export const FormWorkingGroupBody = z
  .strictObject({ name: text(200).nullable().optional(), decision, formedOn: localDate.optional() })
  .transform((body) => ({ name: body.name ?? null, decision: body.decision, formedOn: body.formedOn ?? body.decision.date }));
export const WorkingGroupLeaderBody = z.strictObject({ personId: id, decision, effectiveOn: localDate.optional() }).transform(effective);
export const SubGroupBody = z.strictObject({ name: text(200), formedOn: localDate });
export const AddWorkingGroupMemberBody = z
  .strictObject({ personId: id, agencyId: id, subGroupId: id.nullable().optional(), joinedOn: localDate, nomination: decision.nullable().optional() })
  .transform((body) => ({ ...body, subGroupId: body.subGroupId ?? null, nomination: body.nomination ?? null }));
export const RemoveWorkingGroupMemberBody = z
  .strictObject({ leftOn: localDate, reason: text(500).nullable().optional() })
  .transform((body) => ({ ...body, reason: body.reason ?? null }));

// ---- queries and path parameters ----

export const AsOfQuery = z.object({ asOf: localDate.optional() });

/** An id from the path: anything but a UUID names nothing (404). */
export function idParam(value: string, resource: string): string {
  if (!isUuid(value)) throw new NotFound(resource, value);
  return value.toLowerCase();
}
