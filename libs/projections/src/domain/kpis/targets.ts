// The targets a province sets for its KPIs (README "KPIs", Targets). No seed regulation sets one: what they ask is
// every meeting held and every report on time, so without a target a rate is judged against 100 %. A province may set
// a lower one (e.g. 95 % of reports by the deadline) from a day on, and withdraw it; a period is judged against the
// target in force on its last day (the event's business time is `effectiveFrom`). One stream per tenant. Pure.
import { vietnamInstant, type LocalDate } from '@bcd/calendar';
import type { KpiTargetSetData } from '@bcd/contracts';
import { defineAggregate, deciderOf, NotFound, type Command, type DomainEvent } from '@bcd/kernel';
import { KPI_IDS, type KpiId } from './kpi.js';

export type KpiTargetEvent = DomainEvent<'KpiTargetSet', KpiTargetSetData>;

/** Each KPI's settings, in the order recorded: the latest one per `effectiveFrom` stands. */
export interface KpiTargetsState {
  settings: Partial<Record<KpiId, { effectiveFrom: LocalDate; target: string | null }[]>>;
}

export type SetKpiTarget = Command<'SetKpiTarget', KpiTargetSetData>;

/** Whether a KPI id names one of the catalogue. */
export const isKpiId = (id: string): id is KpiId => (KPI_IDS as readonly string[]).includes(id);

function setKpiTarget({ data }: SetKpiTarget, state: KpiTargetsState): KpiTargetEvent[] {
  if (!isKpiId(data.kpiId)) throw new NotFound('KPI', data.kpiId);
  const target = data.target === null ? null : canonicalPercent(data.target);
  const same = state.settings[data.kpiId]?.findLast((s) => s.effectiveFrom === data.effectiveFrom);
  // the same target from the same day again (a retried request): nothing changes
  if (same !== undefined && same.target === target) return [];
  return [{ type: 'KpiTargetSet', data: { kpiId: data.kpiId, target, effectiveFrom: data.effectiveFrom } }];
}

/** `"95.50"` → `"95.5"`, `"100.00"` → `"100"`: one spelling per rate, so that setting 95 then 95.0 changes nothing. */
export function canonicalPercent(percent: string): string {
  const [whole, fraction = ''] = percent.split('.');
  const kept = fraction.replace(/0+$/, '');
  return kept === '' ? String(Number(whole)) : `${Number(whole)}.${kept}`;
}

export const kpiTargetsDecider = deciderOf({
  initialState: (): KpiTargetsState => ({ settings: {} }),
  evolve: (state: KpiTargetsState, event: KpiTargetEvent): KpiTargetsState => {
    const kpiId = event.data.kpiId as KpiId;
    return { settings: { ...state.settings, [kpiId]: [...(state.settings[kpiId] ?? []), { effectiveFrom: event.data.effectiveFrom, target: event.data.target }] } };
  },
  decide: { SetKpiTarget: setKpiTarget },
});

export const kpiTargetsStream = (tenant: string): string => `kpi-targets-${tenant}`;

export const kpiTargetsAggregate = defineAggregate({
  name: 'KPI targets',
  namespace: 'kpis',
  decider: kpiTargetsDecider,
  streamId: (tenant: string) => kpiTargetsStream(tenant),
  occurredAt: (command: SetKpiTarget) => vietnamInstant(command.data.effectiveFrom),
});

/** The tenant-state part: the target in force per KPI, folded in business order (the latest `effectiveFrom` wins). */
export type KpiTargetsInForce = Partial<Record<KpiId, string>>;

export function evolveKpiTargets(targets: KpiTargetsInForce, data: KpiTargetSetData): KpiTargetsInForce {
  if (!isKpiId(data.kpiId)) return targets;
  const next = { ...targets };
  if (data.target === null) delete next[data.kpiId];
  else next[data.kpiId] = data.target;
  return next;
}
