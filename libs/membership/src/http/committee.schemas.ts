// Requests of the committee and member routes (zod: validation, OpenAPI and types from one source).
// A decision takes effect on signing unless the body names a date: `effective` / `effectiveOnOrSigning`
// of the kit. Messages never echo values.
import { z } from 'zod';
import { effectiveOnOrSigning } from '@bcd/regulation';
import { decision, effective, id, localDate, text } from '@bcd/service-host';
import { ABSENCE_REASONS, MEMBER_ROLES } from '../domain/committee/committee.js';

// ---- the committee ----

export const EstablishCommitteeBody = z
  .strictObject({ name: text(300), decision, establishedOn: localDate.optional(), standingAgencyId: id.nullable().optional() })
  .transform((body) => ({ ...body, establishedOn: effectiveOnOrSigning(body.decision, body.establishedOn), standingAgencyId: body.standingAgencyId ?? null }));
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

// ---- its members ----

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
