// Time travel's reads in the global order (regression): the kept events' bigints are read as text, and an ORDER BY
// on those names sorted the text — position 10 before position 9 — so a business-order page could skip or repeat
// events that share a business time. Twelve events at one instant, kept in positions that cross a power of ten.
import { describeOnEveryDatabase, projectEvents, uniqueTenant } from '@bcd/service-host/testing';
import { allEventsRecorded, eventsInBusinessOrder } from './time-travel.store.js';
import { timeTravelProjection } from './time-travel.projection.js';

describeOnEveryDatabase('time travel keeps the global order', (db) => {
  it('reads events of one business time in their global order, whole and page by page', async () => {
    const tenant = uniqueTenant('tto');
    const occurredAt = new Date('2020-01-01T08:00:00+07:00');
    for (let i = 0; i < 12; i++) {
      await db.store.appendToStream(tenant, `tto-${tenant}-${i}`, [{ type: 'membership.AgencyRegistered', data: { agencyId: `0195a000-0000-7000-8000-${String(i).padStart(12, '0')}`, code: `A${i}`, name: `Sở ${i}`, kind: 'department' }, occurredAt }], { expectedVersion: 'no_stream' });
    }
    const stored = (await db.store.readAll({ tenantId: tenant, maxCount: 100 })).events;
    await projectEvents(db.store, timeTravelProjection({ snapshotEvery: 5 }), stored);
    const expected = stored.map((e) => e.globalPosition);

    const whole = await db.store.executor.transaction((tx) => allEventsRecorded(tx, tenant));
    expect(whole.map((e) => e.globalPosition)).toEqual(expected);

    const paged: bigint[] = [];
    await db.store.executor.transaction(async (tx) => {
      let after = null;
      for (;;) {
        const page = await eventsInBusinessOrder(tx, tenant, after, 5);
        if (page.length === 0) break;
        paged.push(...page.map((e) => e.globalPosition));
        after = page[page.length - 1];
      }
    });
    expect(paged).toEqual(expected);
    // the positions do cross a power of ten somewhere in a shared database; in any case they are compared as numbers
    expect([...expected].sort((a, b) => (a < b ? -1 : 1))).toEqual(expected);
  });
});
