// A snapshot of the state read back (through JSON, keys in any order, as jsonb keeps them) shows the same tenant.
import { LocalDate } from '@bcd/calendar';
import { asOfDay, inBusinessOrder } from './tenant-event.js';
import { foldTenantState } from './tenant-state.js';
import { restoreTenantState, storeTenantState, type StoredTenantState } from './stored-state.js';
import { thanhHoaHistory } from './testing.js';
import { tenantView } from './tenant-view.js';

/** JSON with every object's keys sorted (PostgreSQL's jsonb does not keep their order). */
const reordered = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(reordered) : value !== null && typeof value === 'object' ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => b.localeCompare(a)).map(([k, v]) => [k, reordered(v)])) : value;

describe('the stored state', () => {
  const events = inBusinessOrder(thanhHoaHistory());

  it('leaves out the packs with the tenant\'s decisions filled in, and makes them again', () => {
    const state = foldTenantState(events);
    const stored = storeTenantState(state);
    expect(stored.adoptions.every((a) => !('effectivePack' in a))).toBe(true);
    const restored = restoreTenantState(JSON.parse(JSON.stringify(reordered(stored))) as StoredTenantState);
    expect(restored.adoptions.map((a) => a.effectivePack.id)).toEqual(['thanh-hoa-2014', 'thanh-hoa-2018']);
    for (const date of ['2016-12-31', '2019-06-30', '2025-12-31']) {
      const asOf = asOfDay(LocalDate.parse(date), 'business');
      expect(tenantView(restored, asOf)).toEqual(tenantView(state, asOf));
    }
  });

  it('folds on from a snapshot to the same state as from the start', () => {
    const half = Math.floor(events.length / 2);
    const snapshot = restoreTenantState(JSON.parse(JSON.stringify(storeTenantState(foldTenantState(events.slice(0, half))))) as StoredTenantState);
    const asOf = asOfDay(LocalDate.parse('2025-12-31'), 'business');
    expect(tenantView(foldTenantState(events.slice(half), snapshot), asOf)).toEqual(tenantView(foldTenantState(events), asOf));
  });
});
