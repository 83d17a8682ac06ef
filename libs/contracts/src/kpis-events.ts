// The data of the KPI context's own events: the targets a province sets for its compliance KPIs (RULES.md §6 gives
// the rates; no seed regulation sets a target, so without one a rate is judged against 100 %). One stream per tenant
// (`kpi-targets-<tenant>`, stored as `kpis.<Type>`); the event's business time is the day the target applies from, so
// a period is judged against the target in force on its last day. No event holds a name.
import { LocalDateSchema } from '@bcd/regulation';
import { z } from 'zod';

/** A KPI id of the catalogue (`kpi-01`, `kpi-07-special`); which ids exist is the catalogue's to say. */
export const KpiIdSchema = z.string().regex(/^kpi-\d{2}(-[a-z]+)?$/);

/** A target rate in percent, 0 to 100 with at most two decimals, as a decimal string (`"95"`, `"97.5"`). */
export const KpiTargetSchema = z.string().regex(/^(100(\.0{1,2})?|\d{1,2}(\.\d{1,2})?)$/);

export const KPIS_EVENT_TYPES = {
  kpiTargetSet: 'kpis.KpiTargetSet',
} as const;

export const KPIS_EVENT_DATA = {
  /** `target` null: the target is withdrawn from `effectiveFrom` (the rate is judged against 100 % again). */
  KpiTargetSet: z.object({ kpiId: KpiIdSchema, target: KpiTargetSchema.nullable(), effectiveFrom: LocalDateSchema }),
} as const;

export type KpiTargetSetData = z.infer<typeof KPIS_EVENT_DATA.KpiTargetSet>;
