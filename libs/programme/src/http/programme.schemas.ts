// Requests of the work-programme routes (zod: validation, OpenAPI and types from one source). Messages never echo
// values. Business dates are `…On` (YYYY-MM-DD); a decision is its number and signing date.
import { z } from 'zod';
import { decision, id, localDate, text } from '@bcd/service-host';

const month = z
  .string({ error: 'must be a month written YYYY-MM' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'must be a month written YYYY-MM' })
  .meta({ example: '2019-05', description: 'the month of the programme\'s year the inspection is planned for' });
const task = { description: text(2000), ownerAgencyId: id, dueOn: localDate };
const inspection = { agencyId: id, month, subject: text(2000) };
const optionalText = (max: number) => text(max).nullable().optional();

export const ListProgrammesQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

export const OpenProgrammeBody = z
  .strictObject({
    committeeId: id,
    year: z.int().min(2000).max(2100),
    title: text(500),
    openedOn: localDate,
    issueBy: localDate.nullable().optional().meta({ description: 'the day the tenant wants it issued by; no seed regulation sets one (default: none)' }),
  })
  .transform((b) => ({ ...b, issueBy: b.issueBy ?? null }));
export const PlanTaskBody = z.strictObject({ ...task, plannedOn: localDate });
export const AmendTaskBody = z.strictObject({ ...task, amendedOn: localDate });
export const PlanInspectionBody = z.strictObject({ ...inspection, plannedOn: localDate });
export const AmendInspectionBody = z.strictObject({ ...inspection, amendedOn: localDate });
export const IssueProgrammeBody = z.strictObject({ decision });
export const TaskDoneBody = z.strictObject({ doneOn: localDate, note: optionalText(2000) }).transform((b) => ({ ...b, note: b.note ?? null }));
export const ExtendTaskBody = z.strictObject({ dueOn: localDate, approvedOn: localDate, reason: text(2000) });
export const InspectionDoneBody = z.strictObject({ doneOn: localDate, findings: optionalText(4000) }).transform((b) => ({ ...b, findings: b.findings ?? null }));
