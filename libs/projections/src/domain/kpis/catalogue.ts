// The KPI catalogue (RULES.md §6): each KPI in its own file, computed here from the tenant's
// events — folded as of the period's last day on the business axis (what was true then, as known now), indexed for
// the drill-down. Pure.
import { asOfDay, eventsAsOf } from '../tenant-state/tenant-event.js';
import { foldTenantState, type TenantState } from '../tenant-state/tenant-state.js';
import { indexEvents, keysAsked, type IdentifiedEvent, type Kpi, type KpiInput, type KpiPeriod } from './kpi.js';
import { KPI_01, kpi01RequiredMeetings } from './kpi-01-required-meetings.js';
import { KPI_02, kpi02DocumentLeadTime } from './kpi-02-document-lead-time.js';
import { KPI_03, kpi03Attendance } from './kpi-03-attendance.js';
import { KPI_04, kpi04Reports } from './kpi-04-reports.js';
import { KPI_05, kpi05ActionItems } from './kpi-05-action-items.js';
import { KPI_06, kpi06ActivityReports } from './kpi-06-activity-reports.js';
import { KPI_07_BUDGET, KPI_07_SPECIAL, kpi07Budget, kpi07Special } from './kpi-07-budget.js';
import { KPI_08, kpi08SeatsPending } from './kpi-08-seats-pending.js';
import { KPI_09, kpi09WorkingGroupMeetings } from './kpi-09-working-group-meetings.js';
import { KPI_10_ISSUED, KPI_10_TASKS, kpi10Issued, kpi10Tasks } from './kpi-10-work-programme.js';

export const CATALOGUE: readonly ((input: KpiInput) => Kpi)[] = [
  kpi01RequiredMeetings,
  kpi02DocumentLeadTime,
  kpi03Attendance,
  kpi04Reports,
  kpi05ActionItems,
  kpi06ActivityReports,
  kpi07Budget,
  kpi07Special,
  (input) => kpi08SeatsPending(input),
  kpi09WorkingGroupMeetings,
  kpi10Issued,
  kpi10Tasks,
];

/** Each KPI's id, name, rule and citation, in the catalogue's order. */
export const DEFINITIONS: readonly { id: Kpi['id']; name: string; rule: string; citation: string }[] = [
  KPI_01, KPI_02, KPI_03, KPI_04, KPI_05, KPI_06, KPI_07_BUDGET, KPI_07_SPECIAL, KPI_08, KPI_09, KPI_10_ISSUED, KPI_10_TASKS,
];

/** The headline KPIs a ranking across tenants compares. */
export const HEADLINE: readonly Kpi['id'][] = ['kpi-01', 'kpi-04', 'kpi-05'];

/** The tenant's KPIs for the period, from its events (in the store's order). */
export function tenantKpis(events: readonly IdentifiedEvent[], period: KpiPeriod): Kpi[] {
  const known = eventsAsOf(events, asOfDay(period.end, 'business'));
  return kpisOf({ state: foldTenantState(known), period, events: indexEvents(known) });
}

/** The KPIs from the tenant's state as of the period's last day (business axis) and the index of its events up to then. */
export function kpisOf(input: KpiInput): Kpi[] {
  // each value is judged against the target the province set, in force on the period's last day (targets.ts)
  return CATALOGUE.map((kpi) => kpi(input)).map((kpi) => ({ ...kpi, target: input.state.kpiTargets[kpi.id] ?? kpi.target }));
}

/** The index keys (`itemId:…`) the KPIs of this state and period look up for their drill-down: what a store must find. */
export function drillDownKeys(state: TenantState, period: KpiPeriod): string[] {
  const { index, keys } = keysAsked();
  kpisOf({ state, period, events: index });
  return [...keys];
}

export interface Ranked {
  tenant: string;
  rank: number;
  /** The mean of the headline rates that have a value (hundredths cut off); null: none has. */
  score: string | null;
  headline: { id: Kpi['id']; value: string | null }[];
}

/** Tenants ranked by the mean of their headline rates (highest first; no rate last; ties by tenant id, same rank). */
export function rank(tenants: readonly { tenant: string; kpis: readonly Pick<Kpi, 'id' | 'value'>[] }[]): Ranked[] {
  const scored = tenants.map(({ tenant, kpis }) => {
    const headline = HEADLINE.map((id) => ({ id, value: kpis.find((k) => k.id === id)?.value ?? null }));
    const hundredths = headline.flatMap((h) => (h.value === null ? [] : [Math.round(Number(h.value) * 100)]));
    const score = hundredths.length === 0 ? null : Math.floor(hundredths.reduce((a, b) => a + b, 0) / hundredths.length);
    return { tenant, headline, score };
  });
  scored.sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.tenant.localeCompare(b.tenant));
  return scored.map((s, i) => {
    const first = scored.findIndex((o) => o.score === s.score);
    return { tenant: s.tenant, rank: (first < 0 ? i : first) + 1, headline: s.headline, score: s.score === null ? null : `${Math.floor(s.score / 100)}.${String(s.score % 100).padStart(2, '0')}` };
  });
}
