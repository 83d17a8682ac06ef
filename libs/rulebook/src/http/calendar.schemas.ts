// Requests of the calendar routes (zod: validation, OpenAPI and types from one source). Messages never echo values.
import { z } from 'zod';
import { LocalDate, type DayOffKind } from '@bcd/calendar';
import { localDate } from '@bcd/service-host';

const text = z.string({ error: 'must be a text' });

/** `to` on or after `from` (checked only when both are dates: a bad date is reported once, at its own path). */
export const notBefore = (q: { from: string; to: string }) => !LocalDate.is(q.from) || !LocalDate.is(q.to) || q.to >= q.from;

export const WorkingDaysParams = z
  .object({ from: localDate.meta({ example: '2024-02-01' }), to: localDate.meta({ example: '2024-02-29' }) })
  .refine(notBefore, { error: 'must not be before from', path: ['to'] });

export const AddWorkingDaysParams = z.object({
  date: localDate.meta({ example: '2025-01-24' }),
  days: z
    .string({ error: 'must be a whole number of working days (negative: before the date)' })
    .regex(/^[+-]?\d{1,4}$/, { error: 'must be a whole number of working days between -9999 and 9999 (negative: before the date)' })
    .transform(Number)
    .meta({ example: '3', description: 'negative: working days before the date' }),
});

export const HolidaysParams = z.object({
  year: z
    .string({ error: 'must be a year, e.g. 2025' })
    .regex(/^\d{4}$/, { error: 'must be a year, e.g. 2025' })
    .transform(Number)
    .meta({ example: '2025' }),
});

const DAY_OFF_KINDS = ['holiday', 'compensatory-day-off', 'swapped-day-off'] as const satisfies readonly DayOffKind[];

/** Why, and on whose authority: every override names the announcement it follows. */
const justification = {
  reason: text.meta({ example: 'Thủ tướng đồng ý phương án nghỉ Tết' }),
  decisionRef: text.meta({ example: 'Công văn 1234/VPCP-KGVX' }),
};

export const AddHolidayBody = z.strictObject({ date: text.meta({ format: 'date', example: '2027-02-11' }), kind: z.enum(DAY_OFF_KINDS).optional(), name: text, ...justification });
export const RemoveHolidayBody = z.object(justification);
export const RemoveHolidayQuery = z.object({ reason: text.optional(), decisionRef: text.optional() });
export const AddWorkingDayBody = z.strictObject({ date: text.meta({ format: 'date', example: '2027-02-20' }), name: text.optional(), ...justification });
