// Reads through Prisma on PGlite and on PostgreSQL (TEST_DATABASE_URL): the row-level-security scope of every read,
// transaction-local; one view of the tables per read; no read without a scope; PGlite shared with the store without deadlock; instants right whatever
// the session's time zone; and the audit trail's search and stream history (filters, free text with LIKE's wildcards
// taken literally, keyset pages over positions beyond 2^53) answered through it.
import { runWithRequestContext, type TenantScope } from '@bcd/auth';
import { PgExecutor, type PostgresEventStore, type ReadModelHost } from '@bcd/event-store';
import { NotFound, type RecordedEvent } from '@bcd/kernel';
import { describeOnEveryDatabase, projectEvents, recordedEvent, uniqueTenant } from '@bcd/service-host/testing';
import { auditProjection } from '../audit/audit.projection.js';
import { SearchAuditHandler, SearchAuditQuery, StreamHistoryHandler, StreamHistoryQuery, type AuditSearch } from '../audit/audit.query.js';
import { AuditCursor } from '../audit/audit.schemas.js';
import { PrismaReads } from './prisma-reads.js';

/** Positions beyond Number.MAX_SAFE_INTEGER, unused by any other spec on a shared PostgreSQL database. */
let position = 2n ** 62n + BigInt(Date.now()) * 1000n;
const stored = (type: string, options: Parameters<typeof recordedEvent>[2]): RecordedEvent => ({ ...recordedEvent(type, {}, options), globalPosition: (position += 1n) });

describeOnEveryDatabase('reads through Prisma', (db) => {
  describe('the reader', () => {
    let reads: PrismaReads;
    beforeAll(() => {
      reads = new PrismaReads(db.store);
    });
    afterAll(async () => {
      await reads.onModuleDestroy();
    });

    const [a, b] = [uniqueTenant('prisma-a'), uniqueTenant('prisma-b')];
    let events: RecordedEvent[];
    beforeAll(async () => {
      events = [stored('test.Seen', { tenantId: a }), stored('test.Seen', { tenantId: a }), stored('test.Seen', { tenantId: b })];
      await projectEvents(db.store, auditProjection, events);
    });
    const tenantsSeen = (scope: TenantScope) =>
      reads.read(scope, async (tx) => (await tx.auditEvent.findMany({ where: { eventId: { in: events.map((e) => e.eventId) } }, orderBy: { globalPosition: 'asc' } })).map((row) => row.tenantId));

    it('shows each read the rows of its scope only: a tenant, two, the platform, or none', async () => {
      expect(await tenantsSeen({ platform: false, tenantIds: [a] })).toEqual([a, a]);
      expect(await tenantsSeen({ platform: false, tenantIds: [b] })).toEqual([b]);
      expect(await tenantsSeen({ platform: false, tenantIds: [a, b] })).toEqual([a, a, b]);
      expect(await tenantsSeen({ platform: true })).toEqual([a, a, b]);
      expect(await tenantsSeen({ platform: false, tenantIds: [] })).toEqual([]);
    });

    it('reads nothing without a scope: outside a request it refuses, and a bad tenant id never reaches the database', async () => {
      await expect(reads.readInRequest((tx) => tx.auditEvent.count())).rejects.toThrow(/No tenant scope/);
      await expect(runWithRequestContext({ correlationId: 'c' }, () => reads.readInRequest((tx) => tx.auditEvent.count()))).rejects.toThrow(/No tenant scope/);
      await expect(reads.read({ platform: false, tenantIds: ["a', 'on"] }, (tx) => tx.auditEvent.count())).rejects.toThrow(/Not a tenant id/);
      expect(await runWithRequestContext({ correlationId: 'c', scope: { platform: false, tenantIds: [b] } }, () => reads.readInRequest((tx) => tx.auditSeat.count({ where: { tenantId: a } })))).toBe(0);
    });

    it('sets its scope, role and time zone for its own transaction only', async () => {
      const session = `SELECT current_user AS "user", coalesce(current_setting('bcd.tenant_ids', true), '') AS tenants,
                              coalesce(current_setting('bcd.platform_access', true), '') AS platform, current_setting('TimeZone') AS zone`;
      const [before] = await db.store.executor.query(session);
      await tenantsSeen({ platform: true });
      await tenantsSeen({ platform: false, tenantIds: [a] });
      // On PGlite this is the very connection Prisma used.
      expect((await db.store.executor.query(session))[0]).toEqual(before);
      expect(before).toMatchObject({ tenants: '', platform: '' });
    });

    it('rolls back a read that throws, and the next read and the store carry on', async () => {
      await expect(reads.read({ platform: true }, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
      await expect(reads.read({ platform: true }, (tx) => tx.auditEvent.findFirstOrThrow({ where: { eventId: '00000000-0000-7000-8000-000000000000' } }))).rejects.toThrow();
      expect(await tenantsSeen({ platform: false, tenantIds: [b] })).toEqual([b]);
      expect(await db.store.executor.query<{ one: number }>('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    });

    it('interleaves with the store on the same database without a deadlock', async () => {
      const work = Array.from({ length: 25 }, (_, i) => [
        tenantsSeen({ platform: false, tenantIds: [a] }),
        db.store.executor.transaction(async (tx) => tx.query<{ n: number }>('SELECT $1::int AS n', [i])),
        db.store.executor.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events WHERE tenant_id = $1', [b]),
        projectEvents(db.store, auditProjection, [events[i % 3]]), // a replay: the same rows again, in the store's own transaction
      ]).flat();
      const results = await Promise.race([Promise.all(work), new Promise((_, reject) => setTimeout(() => reject(new Error('deadlock: 20 s')), 20_000).unref())]);
      expect((results as unknown[]).filter((_, i) => i % 4 === 0)).toEqual(Array.from({ length: 25 }, () => [a, a]));
    });

    it('sees one state of the tables throughout a read, whatever a projection commits meanwhile', async () => {
      const tenant = uniqueTenant('prisma-view');
      const scope = { platform: false, tenantIds: [tenant] };
      await projectEvents(db.store, auditProjection, [stored('test.Seen', { tenantId: tenant })]);
      let commit: Promise<void> | undefined;
      const counts = await reads.read(scope, async (tx) => {
        const first = await tx.auditEvent.count();
        commit = projectEvents(db.store, auditProjection, [stored('test.Seen', { tenantId: tenant })]);
        // PostgreSQL commits it now; PGlite makes it wait for the lock this read holds.
        await Promise.race([commit, new Promise((resolve) => setTimeout(resolve, 500).unref())]);
        return [first, await tx.auditEvent.count()];
      });
      await commit;
      expect(counts).toEqual([1, 1]);
      expect(await reads.read(scope, (tx) => tx.auditEvent.count())).toBe(2);
    });

    it('reads and filters instants right when the session is not in UTC', async () => {
      const tenant = uniqueTenant('prisma-tz');
      const event = stored('test.Late', { tenantId: tenant, occurredAt: '2008-06-23T00:30:00.123Z', recordedAt: '2026-03-01T16:59:59.999Z' });
      await projectEvents(db.store, auditProjection, [event]);
      const zoned = await zonedReader(db.name, db.store);
      try {
        const found = await zoned.reads.read({ platform: false, tenantIds: [tenant] }, (tx) =>
          tx.auditEvent.findMany({ where: { occurredAt: { gte: new Date('2008-06-23T00:30:00.123Z'), lt: new Date('2008-06-23T00:30:00.124Z') } } }),
        );
        expect(found.map((row) => [row.occurredAt.toISOString(), row.recordedAt.toISOString()])).toEqual([['2008-06-23T00:30:00.123Z', '2026-03-01T16:59:59.999Z']]);
      } finally {
        await zoned.close();
      }
    });
  });

  describe("the audit trail's queries", () => {
    let reads: PrismaReads;
    beforeAll(() => {
      reads = new PrismaReads(db.store);
    });
    afterAll(async () => {
      await reads.onModuleDestroy();
    });

    const tenant = uniqueTenant('prisma-audit');
    const other = uniqueTenant('prisma-other');
    const metadata = (userId: string) => ({ actor: { userId, role: 'secretariat' } });
    let events: RecordedEvent[];
    beforeAll(async () => {
      events = [
        stored('nsa.Drafted', { tenantId: tenant, streamId: 'budget-1', streamVersion: 1, occurredAt: '2008-06-23T00:00:00Z', recordedAt: '2026-01-05T00:00:00Z', metadata: metadata('u-1') }),
        stored('test.a_c', { tenantId: tenant, streamId: 'wild', streamVersion: 1, occurredAt: '2026-01-01T00:00:00Z', metadata: metadata('u-2') }),
        stored('test.abc', { tenantId: tenant, streamId: 'wild', streamVersion: 2, occurredAt: '2026-01-02T00:00:00Z', metadata: metadata('u-2') }),
        stored('test.Rate100%', { tenantId: tenant, streamId: 'wild', streamVersion: 3, occurredAt: '2026-01-03T00:00:00Z', metadata: metadata('u-1') }),
        stored('test.back\\slash', { tenantId: tenant, streamId: 'wild', streamVersion: 4, occurredAt: '2026-01-04T00:00:00Z', metadata: metadata('u-1') }),
        stored('nsax.Other', { tenantId: tenant, streamId: 'budget-1', streamVersion: 2, occurredAt: '2026-01-05T00:00:00Z', metadata: metadata('u-1') }),
        stored('nsa.Drafted', { tenantId: other, streamId: 'budget-1', streamVersion: 1, occurredAt: '2026-01-05T00:00:00Z', metadata: metadata('u-1') }),
      ];
      await projectEvents(db.store, auditProjection, events);
    });

    const scope: TenantScope = { platform: false, tenantIds: [tenant] };
    const search = (params: Partial<AuditSearch>, tenants: readonly string[] = [tenant]) =>
      runWithRequestContext({ correlationId: 'c', scope }, () => new SearchAuditHandler(reads).execute(new SearchAuditQuery({ tenants, axis: 'recorded', order: 'oldest', limit: 100, ...params })));
    const types = async (params: Partial<AuditSearch>, tenants?: readonly string[]) => (await search(params, tenants)).items.map((item) => item.type);

    it('answers with the API\'s entries: positions as decimal strings beyond 2^53, instants in ISO, actors', async () => {
      const page = await search({ limit: 1 });
      expect(page.items).toEqual([
        {
          position: events[0].globalPosition.toString(),
          eventId: events[0].eventId,
          tenant,
          type: 'nsa.Drafted',
          streamId: 'budget-1',
          streamVersion: 1,
          occurredAt: '2008-06-23T00:00:00.000Z',
          recordedAt: '2026-01-05T00:00:00.000Z',
          actor: { userId: 'u-1', role: 'secretariat' },
          correlationId: null,
          causationId: null,
          sentence: expect.any(String),
        },
      ]);
      expect(BigInt(page.items[0].position)).toBeGreaterThan(BigInt(Number.MAX_SAFE_INTEGER));
      expect(page.next).not.toBeNull();
    });

    it('filters by type (exact or namespace), actor, stream and either time axis, within its tenants only', async () => {
      expect(await types({ type: 'nsa' })).toEqual(['nsa.Drafted']);
      expect(await types({ type: 'test.abc' })).toEqual(['test.abc']);
      expect(await types({ actor: 'u-2' })).toEqual(['test.a_c', 'test.abc']);
      expect(await types({ stream: 'budget-1' })).toEqual(['nsa.Drafted', 'nsax.Other']);
      expect(await types({ axis: 'business', from: new Date('2008-01-01T00:00:00Z'), to: new Date('2009-01-01T00:00:00Z') })).toEqual(['nsa.Drafted']);
      expect(await types({ axis: 'business', from: new Date('2026-01-02T00:00:00Z'), to: new Date('2026-01-04T00:00:00Z') })).toEqual(['test.abc', 'test.Rate100%']);
      expect(await types({ axis: 'recorded', from: new Date('2026-01-05T00:00:00Z'), to: new Date('2026-01-05T00:00:00.001Z') })).toEqual(['nsa.Drafted', 'nsax.Other']);
      // The row-level security holds even when the query names a tenant outside the scope.
      expect(await types({}, [tenant, other])).toHaveLength(6);
    });

    it('searches free text literally: LIKE\'s % and _ and \\ match themselves only', async () => {
      expect(await types({ q: 'A_C' })).toEqual(['test.a_c']);
      expect(await types({ q: '100%' })).toEqual(['test.Rate100%']);
      expect(await types({ q: '%' })).toEqual(['test.Rate100%']);
      expect(await types({ q: '_' })).toEqual(['test.a_c']);
      expect(await types({ q: 'k\\s' })).toEqual(['test.back\\slash']);
      expect(await types({ q: 'test ghi' })).toHaveLength(4);
      expect(await types({ q: 'test nsa' })).toEqual([]);
    });

    it('pages by keyset in either order, no entry twice or missing', async () => {
      for (const order of ['oldest', 'newest'] as const) {
        const seen: string[] = [];
        let after: string | undefined;
        do {
          const page = await search({ order, limit: 2, after });
          seen.push(...page.items.map((item) => item.position));
          after = page.next === null ? undefined : (AuditCursor.positionOf(page.next) ?? 'not ours');
        } while (after !== undefined);
        const expected = events.slice(0, 6).map((e) => e.globalPosition.toString());
        expect(seen).toEqual(order === 'oldest' ? expected : expected.reverse());
      }
    });

    it("gives a stream's history oldest first, and 404 for a stream it does not hold", async () => {
      const history = (streamId: string, after?: string) =>
        runWithRequestContext({ correlationId: 'c', scope }, () => new StreamHistoryHandler(reads).execute(new StreamHistoryQuery({ tenants: [tenant], streamId, limit: 3, after })));
      const first = await history('wild');
      expect(first.items.map((item) => item.streamVersion)).toEqual([1, 2, 3]);
      const second = await history('wild', AuditCursor.positionOf(first.next ?? '') ?? undefined);
      expect(second.items.map((item) => item.streamVersion)).toEqual([4]);
      expect(second.next).toBeNull();
      await expect(history('nothing-here')).rejects.toBeInstanceOf(NotFound);
    });
  });
});

/** A reader whose sessions are in Asia/Ho_Chi_Minh (UTC+7): PGlite's one session, or a PostgreSQL pool of its own. */
async function zonedReader(database: string, store: PostgresEventStore): Promise<{ reads: PrismaReads; close(): Promise<void> }> {
  if (database === 'PGlite') {
    await store.executor.query(`SET TimeZone = 'Asia/Ho_Chi_Minh'`);
    const reads = new PrismaReads(store);
    return {
      reads,
      close: async () => {
        await reads.onModuleDestroy();
        await store.executor.query('RESET TimeZone');
      },
    };
  }
  const url = new URL(process.env.TEST_DATABASE_URL ?? '');
  url.searchParams.set('options', '-c TimeZone=Asia/Ho_Chi_Minh');
  const executor = new PgExecutor({ connectionString: url.toString(), max: 1 });
  const [{ zone }] = await executor.query<{ zone: string }>(`SELECT current_setting('TimeZone') AS zone`);
  expect(zone).toBe('Asia/Ho_Chi_Minh');
  const reads = new PrismaReads({ executor } as unknown as ReadModelHost);
  return {
    reads,
    close: async () => {
      await reads.onModuleDestroy();
      await executor.close();
    },
  };
}
