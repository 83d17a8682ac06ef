import { drillDownKeys, kpisOf, tenantKpis } from './catalogue.js';
import { eventRefs, indexRefs, keysAsked } from './kpi.js';
import { asOfDay, eventsAsOf } from '../tenant-state/tenant-event.js';
import { foldTenantState } from '../tenant-state/tenant-state.js';
import { history, period } from './testing.js';

describe('the catalogue computed as the KPI pages are (state from snapshots, drill-down from stored keys)', () => {
  it.each(['2016', '2019-H1', '2019-Q2', '2019', '2020'])('gives the same KPIs for %s as folding every event', (label) => {
    const events = history();
    const p = period(label);
    const known = eventsAsOf(events, asOfDay(p.end, 'business'));
    const state = foldTenantState(known);
    // what time travel stores with each event, and the keys the page looks up
    const wanted = new Set(drillDownKeys(state, p));
    const found = known.map((e) => ({ eventId: e.eventId, refs: eventRefs(e.data) })).filter((e) => e.refs.some((key) => wanted.has(key)));
    expect(kpisOf({ state, period: p, events: indexRefs(found) })).toEqual(tenantKpis(events, p));
  });

  it('asks for the keys of the facts behind each value, and nothing else', () => {
    const p = period('2019-H1');
    const keys = drillDownKeys(foldTenantState(eventsAsOf(history(), asOfDay(p.end, 'business'))), p);
    expect(keys).toEqual(expect.arrayContaining(['obligationId:o-snv-2019-h1', 'obligationId:o-stc-2019-h1']));
    expect(keys.every((key) => /^[a-zA-Z]+Id:/.test(key))).toBe(true);
    const { index, keys: asked } = keysAsked();
    expect(index.get('itemId:x')).toBeUndefined();
    expect([...asked]).toEqual(['itemId:x']);
  });
});
