// Time travel's projection and reader on PGlite (and PostgreSQL with TEST_DATABASE_URL), snapshots every 4 events:
// whatever the moment and the axis, the state read from the snapshots and the events after them is the state folded
// from every event (domain/tenant-state stateAsOf) — with a back-dated event recorded last, events the projection has
// not processed yet, batches replayed, and another tenant's events in between; and a moment costs at most a
// snapshot's worth of events, not the history.
import { LocalDate } from '@bcd/calendar';
import type { TenantScope } from '@bcd/auth';
import type { PostgresEventStore } from '@bcd/event-store';
import { canonicalJson, type RecordedEvent } from '@bcd/kernel';
import { describeOnEveryDatabase, projectEvents, uniqueTenant } from '@bcd/service-host/testing';
import { asOfDay, asOfInstant, type AsOf, type Axis } from '../domain/tenant-state/tenant-event.js';
import { TENANT_STATE_VERSION } from '../domain/tenant-state/stored-state.js';
import { stateAsOf } from '../domain/tenant-state/tenant-state.js';
import { IDS, thanhHoaHistory } from '../domain/tenant-state/testing.js';
import { tenantView } from '../domain/tenant-state/tenant-view.js';
import { PrismaReads } from '../read-model/prisma-reads.js';
import { timeTravelProjection } from './time-travel.projection.js';
import { TimeTravelReader } from './time-travel.reader.js';

const EVERY = 4;
const projection = timeTravelProjection({ snapshotEvery: EVERY });

describeOnEveryDatabase('time travel', (db) => {
  const tenant = uniqueTenant('tt');
  const other = uniqueTenant('tt');
  const history = thanhHoaHistory();
  /** The late appointment (recorded last, business time 2019-03-01) is held back until a test records it. */
  const late = history[history.length - 1];
  let stored: RecordedEvent[] = [];

  let reads: PrismaReads;
  const readerOf = (scope: TenantScope) => new TimeTravelReader((work) => reads.read(scope, work), db.store);
  const reader = () => readerOf({ platform: false, tenantIds: [tenant] });
  let streams = 0;
  /** One stream per event (the folds read the events, not their streams). */
  const append = async (store: PostgresEventStore, tenantId: string, events: readonly { type: string; data: unknown; occurredAt: Date }[]) => {
    for (const event of events) {
      await store.appendToStream(tenantId, `tt-${tenantId}-${(streams += 1)}`, [{ type: event.type, data: event.data, occurredAt: event.occurredAt }], { expectedVersion: 'no_stream' });
    }
  };
  const allOf = async (tenantId: string) => (await db.store.readAll({ tenantId, maxCount: 10_000 })).events;
  /** Projects what the store holds after `after`, in batches of `size` (another tenant's events between). */
  const project = async (events: readonly RecordedEvent[], size: number) => {
    for (let start = 0; start < events.length; start += size) await projectEvents(db.store, projection, events.slice(start, start + size));
  };
  const expected = (asOf: AsOf) => tenantView(stateAsOf(stored, asOf), asOf);
  const actual = async (asOf: AsOf) => tenantView((await reader().stateAsOf(tenant, asOf)).state, asOf);
  /** The moments around every event on the axis: just before it, at it. */
  const momentsOf = (axis: Axis): AsOf[] => {
    const times = [...new Set(stored.map((e) => (axis === 'business' ? e.occurredAt : e.recordedAt).getTime()))].sort((a, b) => a - b);
    return times.flatMap((t) => [asOfInstant(new Date(t - 1), axis), asOfInstant(new Date(t), axis)]);
  };
  const checkEveryMoment = async (axis: Axis) => {
    const wrong: string[] = [];
    // compared as canonical JSON: jsonb keeps no key order
    for (const asOf of momentsOf(axis)) if (canonicalJson(await actual(asOf)) !== canonicalJson(expected(asOf))) wrong.push(asOf.at.toISOString());
    expect(wrong).toEqual([]);
  };

  afterAll(async () => {
    await reads.onModuleDestroy();
  });
  beforeAll(async () => {
    reads = new PrismaReads(db.store);
    await append(db.store, tenant, history.slice(0, 20));
    await append(db.store, other, history.slice(0, 6));
    await append(db.store, tenant, history.slice(20, -1));
    stored = await allOf(tenant);
    await project([...stored.slice(0, 20), ...(await allOf(other)), ...stored.slice(20)].sort((a, b) => (a.transactionId === b.transactionId ? Number(a.globalPosition - b.globalPosition) : Number(a.transactionId - b.transactionId))), 7);
  });

  it('keeps the tenant\'s events, its head, and a snapshot every 4 events on each axis', async () => {
    const count = async (table: string, tenantId = tenant) => Number((await db.store.executor.query<{ n: string }>(`SELECT count(*) AS n FROM ${table} WHERE tenant_id = $1`, [tenantId]))[0].n);
    expect(await count('time_travel_events')).toBe(stored.length);
    expect(await count('time_travel_recorded_snapshots')).toBe(Math.floor(stored.length / EVERY));
    expect(await count('time_travel_business_snapshots')).toBe(Math.floor(stored.length / EVERY));
    expect(await count('time_travel_heads')).toBe(1);
    expect(await count('time_travel_events', other)).toBe(6);
  });

  it('keeps the drill-down\'s index of event keys without a pending list (every search would scan it: migration 0004)', async () => {
    const [index] = await db.store.executor.query<{ options: string[] | null }>(`SELECT reloptions AS options FROM pg_class WHERE relname = 'time_travel_events_refs_idx'`);
    expect(index.options).toEqual(['fastupdate=off']);
  });

  it('answers every moment on the recorded axis as the fold of every event recorded by then', async () => {
    await checkEveryMoment('recorded');
  });

  it('answers every moment on the business axis as the fold of every event that happened by then, in business order', async () => {
    await checkEveryMoment('business');
    for (const date of ['2014-10-15', '2016-06-30', '2017-03-01', '2019-03-01', '2019-07-01', '2020-12-31']) {
      const asOf = asOfDay(LocalDate.parse(date), 'business');
      expect(await actual(asOf)).toEqual(expected(asOf));
    }
  });

  it('folds at most a snapshot\'s worth of events for a moment, on either axis', async () => {
    const now = asOfInstant(new Date(Date.now() + 60_000), 'business');
    for (const asOf of [...momentsOf('business'), ...momentsOf('recorded'), now, { ...now, axis: 'recorded' as const }]) {
      const { computation } = await reader().stateAsOf(tenant, asOf);
      expect(computation.replayed).toBeLessThan(EVERY);
    }
    expect((await reader().stateAsOf(tenant, now)).computation).toMatchObject({ from: 'snapshot', snapshotEvents: Math.floor(stored.length / EVERY) * EVERY });
  });

  it('reads the events the projection has not processed yet from the store, on both axes', async () => {
    await append(db.store, tenant, [late]);
    stored = await allOf(tenant);
    const lastRecorded = stored[stored.length - 1].recordedAt;
    for (const asOf of [asOfDay(LocalDate.parse('2019-03-01'), 'business'), asOfDay(LocalDate.parse('2019-02-28'), 'business'), asOfInstant(lastRecorded, 'recorded'), asOfInstant(new Date(lastRecorded.getTime() - 1), 'recorded')]) {
      expect(await actual(asOf)).toEqual(expected(asOf));
    }
    expect((await actual(asOfDay(LocalDate.parse('2019-03-01'), 'business'))).roster.map((s) => s.memberId)).toContain(IDS.members.SYT);
  });

  it('after a back-dated event, replaces the business snapshots it falls inside and answers every moment again', async () => {
    const before = await db.store.executor.query<{ occurred_at: Date }>(`SELECT occurred_at FROM time_travel_business_snapshots WHERE tenant_id = $1 ORDER BY occurred_at`, [tenant]);
    await project(stored.slice(-1), 1);
    const after = await db.store.executor.query<{ occurred_at: Date; events: number }>(`SELECT occurred_at, events FROM time_travel_business_snapshots WHERE tenant_id = $1 ORDER BY occurred_at, transaction_id, global_position`, [tenant]);
    // snapshots ending before 2019-03-01 are kept as they were, the others were made again
    const cut = new Date('2019-03-01T00:00:00+07:00').getTime();
    expect(after.filter((s) => new Date(s.occurred_at).getTime() <= cut)).toEqual(before.filter((s) => new Date(s.occurred_at).getTime() <= cut).map((s) => expect.objectContaining(s)));
    expect(after.map((s) => s.events)).toEqual(Array.from({ length: Math.floor(stored.length / EVERY) }, (_, i) => (i + 1) * EVERY));
    await checkEveryMoment('business');
    await checkEveryMoment('recorded');
  });

  it('makes the head again from the last recorded snapshot when it is not in memory (another process, a restart)', async () => {
    const event = { type: 'membership.AgencyRegistered', data: { agencyId: '0195a000-0000-7000-8000-00000000abcd', code: 'SXD', name: 'Sở Xây dựng', kind: 'department' }, occurredAt: new Date('2020-02-03T00:00:00+07:00') };
    await append(db.store, tenant, [event]);
    stored = await allOf(tenant);
    await projectEvents(db.store, timeTravelProjection({ snapshotEvery: EVERY }), stored.slice(-1));
    await checkEveryMoment('recorded');
    await checkEveryMoment('business');
  });

  it('folds a tenant again from its kept events when its head was made by another version of the folds', async () => {
    await db.store.executor.query(`UPDATE time_travel_heads SET state_version = 0, state = '{}'::jsonb WHERE tenant_id = $1`, [tenant]);
    await db.store.executor.query(`UPDATE time_travel_recorded_snapshots SET state_version = 0, state = '{}'::jsonb WHERE tenant_id = $1`, [tenant]);
    await db.store.executor.query(`UPDATE time_travel_business_snapshots SET state_version = 0, state = '{}'::jsonb WHERE tenant_id = $1`, [tenant]);
    // what another version made is never read: the moments are still right (folded from the start)
    await checkEveryMoment('recorded');
    const renamed = { agencyId: IDS.agencies.SYT, name: 'Sở Y tế tỉnh Thanh Hóa', previousName: 'Sở Y tế', effectiveOn: '2025-06-01', decision: { number: '1/QĐ-UBND', date: '2025-05-20' } };
    await append(db.store, tenant, [{ type: 'membership.AgencyRenamed', data: renamed, occurredAt: new Date('2025-06-01T00:00:00+07:00') }]);
    stored = await allOf(tenant);
    await project(stored.slice(-1), 1);
    const versions = async (table: string) => (await db.store.executor.query<{ state_version: number }>(`SELECT state_version FROM ${table} WHERE tenant_id = $1`, [tenant])).map((r) => Number(r.state_version));
    expect(await versions('time_travel_heads')).toEqual([TENANT_STATE_VERSION]);
    expect(await versions('time_travel_recorded_snapshots')).toEqual(Array.from({ length: Math.floor(stored.length / EVERY) }, () => TENANT_STATE_VERSION));
    expect(await versions('time_travel_business_snapshots')).toEqual(Array.from({ length: Math.floor(stored.length / EVERY) }, () => TENANT_STATE_VERSION));
    await checkEveryMoment('recorded');
    await checkEveryMoment('business');
    expect((await actual(asOfDay(LocalDate.parse('2025-06-01'), 'business'))).roster.find((s) => s.memberId === IDS.members.SYT)?.agency).toBe('Sở Y tế tỉnh Thanh Hóa');
  });

  it('changes nothing when a batch is delivered again', async () => {
    const snapshotRows = async () => db.store.executor.query(`SELECT * FROM time_travel_business_snapshots WHERE tenant_id = $1 ORDER BY occurred_at, transaction_id, global_position`, [tenant]);
    const heads = async () => db.store.executor.query(`SELECT events, transaction_id, global_position, snapshot_events FROM time_travel_heads WHERE tenant_id = $1`, [tenant]);
    const [rows, head] = [await snapshotRows(), await heads()];
    await project(stored, 5);
    expect(await snapshotRows()).toEqual(rows);
    expect(await heads()).toEqual(head);
  });

  it('shows a tenant\'s reader nothing of another tenant', async () => {
    const scope = { platform: false, tenantIds: [other] };
    const foreign = readerOf(scope);
    const asOf = asOfInstant(new Date(Date.now() + 60_000), 'business');
    // the rows of `tenant` are invisible under the other tenant's scope: only the store's events would remain
    const seen = await reads.read(scope, async (tx) => [
      await tx.timeTravelEvent.count({ where: { tenantId: tenant } }),
      await tx.timeTravelHead.count({ where: { tenantId: tenant } }),
      await tx.timeTravelRecordedSnapshot.count({ where: { tenantId: tenant } }),
      await tx.timeTravelBusinessSnapshot.count({ where: { tenantId: tenant } }),
    ]);
    expect(seen).toEqual([0, 0, 0, 0]);
    expect((await foreign.stateAsOf(tenant, asOf)).computation).toMatchObject({ from: 'start', snapshotEvents: 0 });
    expect((await foreign.stateAsOf(other, asOf)).state.folded).toBe(6);
  });
});
