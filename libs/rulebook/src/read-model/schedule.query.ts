// What the tenant's regulations require over a date range: the periodic meetings (with their windows)
// and the report obligations (with their due dates), each from the regulation in force on its key
// date, and what is left out (rules awaiting the tenant's decision, days without a regulation). Due dates
// on days off roll over by the tenant's working calendar (with the platform's overrides).
import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { z } from 'zod';
import { LocalDate, WORKING_CALENDARS, type WorkingCalendars } from '@bcd/calendar';
import { ValidationFailed } from '@bcd/kernel';
import { CadenceSchema, CitationSchema, regulationInForce, scheduleForAdoptions, type AdoptedSchedule } from '@bcd/regulation';
import { ReadModelDatabase, View } from '@bcd/service-host';
import { adoptionRecords, toAdoption, type AdoptionRecord } from './adoptions.query.js';

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
      /** The date the regulation's wording gives. */
      literalDueDate: View.localDate,
      /** The last day the report may arrive: the literal date, or the next working day after a day off (BLDS 2015 Điều 148.5). */
      dueDate: View.localDate,
      /** Why the two differ (or why the roll-over is uncertain); null when they are the same. */
      rolledOver: z.strictObject({ because: z.string(), citation: CitationSchema, holidaysKnown: z.boolean() }).nullable(),
      deadline: z.strictObject({
        reading: z.enum(['before', 'no-later-than']),
        wording: z.string(),
        onDayOff: z.enum(['next-working-day', 'literal']),
      }),
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

@QueryHandler(ScheduleQuery)
export class ScheduleHandler implements IQueryHandler<ScheduleQuery> {
  constructor(
    @Inject(ReadModelDatabase) private readonly db: ReadModelDatabase,
    @Inject(WORKING_CALENDARS) private readonly calendars: WorkingCalendars,
  ) {}

  async execute({ tenant, from, to }: ScheduleQuery): Promise<ScheduleView> {
    if (LocalDate.daysBetween(from, to) > MAX_SCHEDULE_DAYS) {
      throw new ValidationFailed([{ path: 'to', message: `must be at most ${MAX_SCHEDULE_DAYS} days (20 years) after from` }]);
    }
    const calendar = await this.calendars.calendarFor(tenant);
    const records = await this.db.read((tx) => adoptionRecords(tx, tenant));
    return scheduleView(tenant, from, to, records, scheduleForAdoptions(records.map(toAdoption), from, to, calendar));
  }
}

function scheduleView(tenant: string, from: LocalDate, to: LocalDate, records: readonly AdoptionRecord[], schedule: AdoptedSchedule): ScheduleView {
  const adoptions = records.map(toAdoption);
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
    ...[...new Set(schedule.reportObligations.filter((o) => o.rolledOver?.holidaysKnown === false).map((o) => LocalDate.year(o.literalDueDate)))].map(
      (year) => ({ from: LocalDate.of(year, 1, 1), text: `${year}: no holiday data, so due dates were rolled over weekends only; public holidays of ${year} are not known yet.` }),
    ),
  ]
    .sort((a, b) => a.from.localeCompare(b.from)) // stable: a part's notes keep their order
    .map((note) => note.text);
  return { from, to, ...schedule, needsConfiguration, notes };
}
