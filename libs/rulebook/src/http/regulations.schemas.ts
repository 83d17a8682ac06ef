// Requests of the regulation routes (zod: validation, OpenAPI and types from one source). Messages never echo values.
import { z } from 'zod';
import { BUILT_IN_PACKS } from '@bcd/regulation';
import { localDate, text } from '@bcd/service-host';
import { notBefore } from './calendar.schemas.js';

export const BUILT_IN_PACK_IDS = BUILT_IN_PACKS.map((p) => p.id) as [string, ...string[]];

const decisionText = z.string({ error: 'must be a text or null' }).trim().min(1, { error: 'must not be empty (null when the document leaves it blank)' });

export const AdoptBody = z
  .strictObject({
    builtInPackId: z.enum(BUILT_IN_PACK_IDS, { error: `must be one of ${BUILT_IN_PACK_IDS.join(', ')}` }).optional(),
    /** A custom pack's JSON: checked against the RulePack schema. */
    pack: z.unknown().optional().meta({ description: 'A custom pack (RulePack JSON); give either this or builtInPackId.' }),
    decisionNumber: decisionText.nullable().optional().meta({ example: '3461/QĐ-BCĐ' }),
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

export const ReviseBody = z.strictObject({
  reason: text(500).meta({ example: 'Gói quy tắc có sẵn đã được đính chính (issue 10): người ký thông báo, thời hạn rơi vào ngày nghỉ' }),
  /** A custom adoption's corrected pack; absent for a built-in adoption (it takes the built-in pack as it is now). */
  pack: z.unknown().optional().meta({ description: 'A custom adoption\'s corrected pack (RulePack JSON, same id); leave out for a built-in pack.' }),
});

export const ConfigureBody = z.strictObject({
  settings: z.record(z.string(), z.unknown(), { error: 'must be an object: rule path → rule' }),
});

export const InForceParams = z.object({ date: localDate.optional().meta({ example: '2018-10-19', description: 'default: today in Vietnam' }) });
export const ScheduleParams = z
  .object({ from: localDate.meta({ example: '2018-01-01' }), to: localDate.meta({ example: '2018-12-31' }) })
  .refine(notBefore, { error: 'must not be before from', path: ['to'] });
