// Requests of the budget routes (zod: validation, OpenAPI and types from one source). Messages never echo values.
// Business dates are `…On` (YYYY-MM-DD). Amounts are whole đồng, best sent as a string of digits (exact at any
// size); a JSON number is taken only while it is exact (up to 9007199254740991). Whether an amount is a positive
// whole number of đồng is the domain's rule (422 `BUDGET-amount`), not a shape check.
import { z } from 'zod';
import { FUNDING_SOURCES } from '@bcd/contracts';
import { decision, id, localDate, text } from '@bcd/service-host';

export const amount = z
  .union([z.string().max(40), z.number()], { error: 'must be an amount of đồng: a string of digits (or a number up to 9007199254740991)' })
  .meta({ description: 'whole đồng, as a string of digits (exact at any size) or a JSON number up to 2^53 − 1', example: '150000000' });

/** An amount or null (a union of three, so that the OpenAPI 3.0 document states a type beside `nullable`). */
const nullableAmount = z
  .union([z.string().max(40), z.number(), z.null()], { error: 'must be an amount of đồng (a string of digits) or null' })
  .meta({ description: 'whole đồng as a string of digits, or null', example: '150000000' });

const lineId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { error: 'must be a line id: lowercase letters, digits and -' }).meta({ example: 'hanh-chinh' });
const line = z.strictObject({ lineId, category: text(100).optional(), title: text(500).optional(), amount });
const lines = z.array(line).min(1).max(200);

export const ListBudgetsQuerySchema = z.object({ fiscalYear: z.coerce.number().int().min(2000).max(2100).optional() });
export const ExecutionQuerySchema = z.object({ asOf: localDate.optional().meta({ description: 'execution as of this day (default: everything recorded)' }) });

export const OpenBudgetBody = z.strictObject({
  fiscalYear: z.int().min(2000).max(2100),
  holderAgencyId: id,
  source: z.enum(FUNDING_SOURCES, { error: `must be one of ${FUNDING_SOURCES.join(', ')}` }),
  openedOn: localDate,
});
export const DraftEstimateBody = z.strictObject({ draftedOn: localDate, lines });
export const SubmitEstimateBody = z.strictObject({ submittedOn: localDate });
export const ReviewEstimateBody = z.strictObject({ reviewedOn: localDate, note: text(2000).nullable().optional() }).transform((b) => ({ ...b, note: b.note ?? null }));
export const AppraiseEstimateBody = z
  .strictObject({
    appraisedOn: localDate,
    lines: z.array(z.strictObject({ lineId, amount, comment: text(2000).nullable().optional() })).min(1).max(200),
    comments: text(4000).nullable().optional(),
  })
  .transform((b) => ({ ...b, lines: b.lines.map((l) => ({ ...l, comment: l.comment ?? null })), comments: b.comments ?? null }));
export const AppropriateBody = z
  .strictObject({ decision, lines, ceiling: nullableAmount.optional() })
  .transform((b) => ({ ...b, ceiling: b.ceiling ?? null }));
export const ReallocateBody = z.strictObject({ decision, fromLineId: lineId, toLineId: lineId, amount });
export const ExpenditureBody = z
  .strictObject({
    lineId,
    amount,
    spentOn: localDate,
    voucher: text(200),
    payee: text(500),
    description: text(2000),
    specialExpenditureId: id.nullable().optional(),
  })
  .transform((b) => ({ ...b, specialExpenditureId: b.specialExpenditureId ?? null }));
export const ProposeSpecialBody = z.strictObject({ lineId, title: text(500), amount, reason: text(4000), proposedOn: localDate });
export const CoordinateSpecialBody = z
  .strictObject({ coordinatedOn: localDate, agrees: z.boolean(), agreedAmount: nullableAmount.optional(), opinion: text(4000) })
  .transform((b) => ({ ...b, agreedAmount: b.agreedAmount ?? null }));
export const DecideSpecialBody = z
  .strictObject({ decidedOn: localDate, approved: z.boolean(), approvedAmount: nullableAmount.optional(), note: text(2000).nullable().optional() })
  .transform((b) => ({ ...b, approvedAmount: b.approvedAmount ?? null, note: b.note ?? null }));
export const AssignTaskBody = z.strictObject({ description: text(2000), assignment: decision, assignedOn: localDate });
export const ProposeTaskFundingBody = z.strictObject({ amount, proposedOn: localDate });
export const DecideTaskFundingBody = z
  .strictObject({ decision, funded: z.boolean(), amount: nullableAmount.optional() })
  .transform((b) => ({ ...b, amount: b.amount ?? null }));
export const SubmitSettlementBody = z.strictObject({ submittedOn: localDate });
export const ApproveSettlementBody = z.strictObject({ approvedOn: localDate, decision });
export const CorrectionBody = z.strictObject({ decision, lineId, amount: amount.meta({ description: 'signed whole đồng: positive adds to what was spent, negative takes away' }), reason: text(2000) });
