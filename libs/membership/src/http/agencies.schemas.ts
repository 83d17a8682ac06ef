// Requests of the agency routes (zod: validation, OpenAPI and types from one source). Messages never echo values.
import { z } from 'zod';
import { decision, id, localDate, text } from '@bcd/service-host';
import { AGENCY_KINDS } from '../domain/agencies/agencies.js';

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
