// The KPI catalogue (RULES.md §6): each KPI in its own file, computed here from the tenant's
// events — folded as of the period's last day on the business axis (what was true then, as known now), indexed for
// the drill-down. Pure.
import { asOfDay, eventsAsOf } from '../tenant-state/tenant-event.js';
import { foldTenantState, type TenantState } from '../tenant-state/tenant-state.js';
import { indexEvents, keysAsked, type IdentifiedEvent, type Kpi, type KpiInput, type KpiPeriod } from './kpi.js';
import { kpi01RequiredMeetings } from './kpi-01-required-meetings.js';
import { kpi02DocumentLeadTime } from './kpi-02-document-lead-time.js';
import { kpi03Attendance } from './kpi-03-attendance.js';
import { kpi04Reports } from './kpi-04-reports.js';
import { kpi05ActionItems } from './kpi-05-action-items.js';
import { kpi06ActivityReports } from './kpi-06-activity-reports.js';
import { kpi07Budget, kpi07Special } from './kpi-07-budget.js';
import { kpi08SeatsPending } from './kpi-08-seats-pending.js';
import { kpi09WorkingGroupMeetings } from './kpi-09-working-group-meetings.js';
import { kpi10Issued, kpi10Tasks } from './kpi-10-work-programme.js';

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

/** The headline KPIs a ranking across tenants compares. */
export const HEADLINE: readonly Kpi['id'][] = ['kpi-01', 'kpi-04', 'kpi-05'];

/** The tenant's KPIs for the period, from its events (in the store's order). */
export function tenantKpis(events: readonly IdentifiedEvent[], period: KpiPeriod): Kpi[] {
  const known = eventsAsOf(events, asOfDay(period.end, 'business'));
  return kpisOf({ state: foldTenantState(known), period, events: indexEvents(known) });
}

/** The KPIs from the tenant's state as of the period's last day (business axis) and the index of its events up to then. */
export function kpisOf(input: KpiInput): Kpi[] {
  return CATALOGUE.map((kpi) => kpi(input));
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
export function rank(tenants: readonly { tenant: string; kpis: readonly Kpi[] }[]): Ranked[] {
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
