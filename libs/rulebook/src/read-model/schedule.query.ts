// What the tenant's regulations require over a date range: the periodic meetings (with their windows)
// and the report obligations (with their due dates), each from the regulation in force on its key
// date, and what is left out (rules awaiting the tenant's decision, days without a regulation).
import { Query } from '@nestjs/cqrs';
import { z } from 'zod';
import { LocalDate } from '@bcd/calendar';
import { ValidationFailed } from '@bcd/kernel';
import { CadenceSchema, CitationSchema, regulationInForce, scheduleForAdoptions } from '@bcd/regulation';
import { readModelQueryHandler, View } from '@bcd/service-host';
import { adoptionRecords, toAdoption } from './adoptions.query.js';

/** Longest range a schedule is computed for (20 years). */
export const MAX_SCHEDULE_DAYS = 7305;

const RegulationRefSchema = z.strictObject({ packId: z.string(), decisionNumber: z.string().nullable() });

export const ScheduleViewSchema = z.strictObject({
  from: View.localDate,
  to: View.localDate,
  meetings: z.array(
    z.strictObject({
      regulation: RegulationRefSchema,
      kind: z.enum(['plenary', 'standing-board', 'working-group']),
      cadence: CadenceSchema,
      period: z.string().meta({ example: '2019-Q3' }),
      windowStart: View.localDate,
      windowEnd: View.localDate,
      citation: CitationSchema,
    }),
  ),
  reportObligations: z.array(
    z.strictObject({
      regulation: RegulationRefSchema,
      report: z.enum(['member-report', 'activity-report']),
      reporter: z.string(),
      cadence: CadenceSchema,
      period: z.string(),
      periodStart: View.localDate,
      periodEnd: View.localDate,
      /** The last day the report may arrive. */
      dueDate: View.localDate,
      deadline: z.strictObject({ reading: z.enum(['before', 'no-later-than']), wording: z.string() }),
      citation: CitationSchema,
    }),
  ),
  needsConfiguration: z.array(
    z.strictObject({
      regulation: RegulationRefSchema,
      path: z.string(),
      citation: CitationSchema,
      note: z.string().optional(),
      from: View.localDate,
      to: View.localDate,
      adoptionId: View.id,
    }),
  ),
  withoutRegulation: z.array(z.strictObject({ from: View.localDate, to: View.localDate })),
  /** What the answer leaves out, in words: rules awaiting the tenant's decision, days without a regulation. */
  notes: z.array(z.string()),
});
export type ScheduleView = z.infer<typeof ScheduleViewSchema>;

export class ScheduleQuery extends Query<ScheduleView> {
  constructor(
    readonly tenant: string,
    readonly from: LocalDate,
    readonly to: LocalDate,
  ) {
    super();
  }
}

export const ScheduleHandler = readModelQueryHandler(ScheduleQuery, async (tx, { tenant, from, to }): Promise<ScheduleView> => {
  if (LocalDate.daysBetween(from, to) > MAX_SCHEDULE_DAYS) {
    throw new ValidationFailed([{ path: 'to', message: `must be at most ${MAX_SCHEDULE_DAYS} days (20 years) after from` }]);
  }
  const records = await adoptionRecords(tx, tenant);
  const adoptions = records.map(toAdoption);
  const schedule = scheduleForAdoptions(adoptions, from, to);
  const needsConfiguration = schedule.needsConfiguration.map((need) => {
    // Each part of the range follows the regulation in force on its first day.
    const inForce = regulationInForce(adoptions, need.from);
    if (inForce === undefined) throw new Error(`A schedule part from ${need.from} needs configuration but has no regulation in force`);
    return { ...need, adoptionId: records[adoptions.indexOf(inForce)].adoptionId };
  });
  const notes = [
    ...needsConfiguration.map((need) => ({
      from: need.from,
      text:
        `${need.from}..${need.to}: nothing is generated from "${need.path}" of ${need.regulation.decisionNumber ?? need.regulation.packId} ` +
        `(${need.citation.article}): the regulation leaves it to the committee and the tenant has not configured it yet ` +
        `(POST /api/tenants/${tenant}/regulations/${need.adoptionId}/configuration).`,
    })),
    ...schedule.withoutRegulation.map((gap) => ({ from: gap.from, text: `${gap.from}..${gap.to}: no regulation of tenant ${tenant} is in force, so nothing is required.` })),
  ]
    .sort((a, b) => a.from.localeCompare(b.from)) // stable: a part's notes keep their order
    .map((note) => note.text);
  return { from, to, ...schedule, needsConfiguration, notes };
});
