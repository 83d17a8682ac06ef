// The KPIs' HTTP shapes: the period asked (a year, a half-year or a quarter), a tenant's KPIs for it, and the ranking
// of every active tenant by its headline rates. Bad input is a 400 problem naming the field.
import { z } from 'zod';
import { KpiTargetSchema } from '@bcd/contracts';
import { localDate, View } from '@bcd/service-host';
import { KPI_IDS, parsePeriod, PERIOD_MESSAGE, type KpiPeriod } from '../domain/kpis/kpi.js';

const period = z
  .string({ error: PERIOD_MESSAGE })
  .transform((value, context): KpiPeriod => {
    const parsed = parsePeriod(value);
    if (parsed) return parsed;
    context.addIssue({ code: 'custom', message: PERIOD_MESSAGE, input: value });
    return z.NEVER;
  })
  .meta({ description: 'the period: a year (2019), a half-year (2019-H1) or a quarter (2019-Q3); facts are judged as of its last day, on the business axis', example: '2019' });

/** `GET /api/tenants/:tenant/kpis`, `GET /api/kpis/ranking`. */
export const KpisQuerySchema = z.strictObject({ period });

const percent = z.string().nullable().meta({ description: 'percent, two decimals cut off; null when the denominator is 0', example: '98.62' });

export const KpiSchema = z.strictObject({
  id: z.enum(KPI_IDS),
  name: z.string(),
  rule: z.string(),
  citation: z.string(),
  value: percent,
  numerator: z.string(),
  denominator: z.string(),
  target: percent,
  breakdown: z.array(z.strictObject({ label: z.string(), value: z.string() })),
  drillDown: z.array(z.string()).meta({ description: 'the ids of the events behind the value' }),
});

const periodView = z.strictObject({ label: z.string(), start: View.localDate, end: View.localDate });

export const TenantKpisSchema = z.strictObject({ tenant: z.string(), period: periodView, kpis: z.array(KpiSchema) });
export type TenantKpisAnswer = z.infer<typeof TenantKpisSchema>;

export const KpiRankingSchema = z.strictObject({
  period: periodView,
  ranking: z.array(
    z.strictObject({
      tenant: z.string(),
      rank: z.number().int(),
      score: percent,
      headline: z.array(z.strictObject({ id: z.enum(KPI_IDS), value: percent })),
    }),
  ),
});
export type KpiRankingAnswer = z.infer<typeof KpiRankingSchema>;

/** `PUT /api/tenants/:tenant/kpis/:kpiId/target`. */
export const SetKpiTargetBody = z.strictObject({
  target: KpiTargetSchema.nullable()
    .meta({ description: 'the target rate in percent, 0 to 100 with at most two decimals ("95", "97.5"); null withdraws the target (the rate is judged against 100 % again)', example: '95' }),
  effectiveFrom: localDate.meta({ description: 'the first day the target applies: a period is judged against the target in force on its last day', example: '2026-01-01' }),
});

export const KpiTargetSettingsSchema = z.strictObject({
  kpiId: z.string(),
  settings: z.array(z.strictObject({ effectiveFrom: View.localDate, target: z.string().nullable() })).meta({ description: 'every setting of this KPI, in the order recorded' }),
});
