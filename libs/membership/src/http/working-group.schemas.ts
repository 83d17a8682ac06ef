// Requests of the working-group routes (zod: validation, OpenAPI and types from one source). Messages never echo values.
import { z } from 'zod';
import { effectiveOnOrSigning } from '@bcd/regulation';
import { decision, effective, id, localDate, text } from '@bcd/service-host';

export const FormWorkingGroupBody = z
  .strictObject({ name: text(200).nullable().optional(), decision, formedOn: localDate.optional() })
  .transform((body) => ({ name: body.name ?? null, decision: body.decision, formedOn: effectiveOnOrSigning(body.decision, body.formedOn) }));
export const WorkingGroupLeaderBody = z.strictObject({ personId: id, decision, effectiveOn: localDate.optional() }).transform(effective);
export const SubGroupBody = z.strictObject({ name: text(200), formedOn: localDate });
export const AddWorkingGroupMemberBody = z
  .strictObject({ personId: id, agencyId: id, subGroupId: id.nullable().optional(), joinedOn: localDate, nomination: decision.nullable().optional() })
  .transform((body) => ({ ...body, subGroupId: body.subGroupId ?? null, nomination: body.nomination ?? null }));
export const RemoveWorkingGroupMemberBody = z
  .strictObject({ leftOn: localDate, reason: text(500).nullable().optional() })
  .transform((body) => ({ ...body, reason: body.reason ?? null }));
