import type { LocalDate } from '@bcd/calendar';
import { DeciderSpecification, NotFound } from '@bcd/kernel';
import { canonicalPercent, evolveKpiTargets, kpiTargetsDecider, type KpiTargetEvent, type SetKpiTarget } from './targets.js';

const now = new Date('2026-12-01T02:00:00Z');
const set = (kpiId: string, target: string | null, effectiveFrom = '2026-01-01'): SetKpiTarget => ({ type: 'SetKpiTarget', data: { kpiId, target, effectiveFrom: effectiveFrom as LocalDate }, metadata: { now } });
const wasSet = (kpiId: string, target: string | null, effectiveFrom = '2026-01-01'): KpiTargetEvent => ({ type: 'KpiTargetSet', data: { kpiId, target, effectiveFrom: effectiveFrom as LocalDate } });

describe('KPI targets', () => {
  const spec = DeciderSpecification.for(kpiTargetsDecider);

  it('sets a target for a KPI of the catalogue from a day, in one spelling', () => {
    spec.given([]).when(set('kpi-04', '95.50')).then([wasSet('kpi-04', '95.5')]);
    spec.given([]).when(set('kpi-07-special', '100.00', '2025-07-01')).then([wasSet('kpi-07-special', '100', '2025-07-01')]);
  });

  it('changes nothing when the same target from the same day is set again (a retried request)', () => {
    spec.given([wasSet('kpi-04', '95')]).when(set('kpi-04', '95.0')).thenNothingHappened();
    spec.given([wasSet('kpi-04', null)]).when(set('kpi-04', null)).thenNothingHappened();
  });

  it('records a new target from another day, and a withdrawal', () => {
    spec.given([wasSet('kpi-04', '95')]).when(set('kpi-04', '90', '2027-01-01')).then([wasSet('kpi-04', '90', '2027-01-01')]);
    spec.given([wasSet('kpi-04', '95')]).when(set('kpi-04', null)).then([wasSet('kpi-04', null)]);
  });

  it('refuses a KPI the catalogue does not have', () => {
    spec.given([]).when(set('kpi-99', '95')).thenThrows(NotFound, (e) => e.id === 'kpi-99');
  });

  it('keeps, per KPI, the target of the latest setting folded (the tenant state folds them in business order)', () => {
    let targets = evolveKpiTargets({}, wasSet('kpi-01', '90').data);
    targets = evolveKpiTargets(targets, wasSet('kpi-04', '95').data);
    expect(targets).toEqual({ 'kpi-01': '90', 'kpi-04': '95' });
    expect(evolveKpiTargets(targets, wasSet('kpi-01', null).data)).toEqual({ 'kpi-04': '95' });
    expect(evolveKpiTargets(targets, wasSet('kpi-42', '1').data)).toBe(targets);
  });

  it('spells a rate one way', () => {
    expect(['95', '95.0', '95.50', '07.5', '100.00', '0'].map(canonicalPercent)).toEqual(['95', '95', '95.5', '7.5', '100', '0']);
  });
});
