import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newId } from '@bcd/kernel';
import { createEventStore } from './create-event-store.js';
import type { PostgresEventStore } from './postgres-event-store.js';

// Projections into tables of the same database: batch and checkpoint commit together.
const targets: [string, () => Promise<{ store: PostgresEventStore; cleanup: () => Promise<void> }>][] = [
  [
    'PGlite',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'bcd-proj-'));
      const store = await createEventStore({ dataDir: dir });
      return { store, cleanup: () => rm(dir, { recursive: true, force: true }) };
    },
  ],
];
if (process.env.TEST_DATABASE_URL) {
  const url = process.env.TEST_DATABASE_URL;
  targets.push(['PostgreSQL', async () => ({ store: await createEventStore({ databaseUrl: url, dataDir: 'unused' }), cleanup: async () => undefined })]);
} else {
  console.warn('SKIPPED: PostgreSQL projection test — set TEST_DATABASE_URL to run it');
}

describe.each(targets)('transactional projection on %s', (_name, open) => {
  let store: PostgresEventStore;
  let cleanup: () => Promise<void>;
  const table = `proj_${newId().replace(/-/g, '').slice(-12)}`;

  beforeAll(async () => {
    ({ store, cleanup } = await open());
    await store.executor.query(`CREATE TABLE ${table} (event_id uuid PRIMARY KEY, n int NOT NULL)`);
  });
  afterAll(async () => {
    await store.executor.query(`DROP TABLE IF EXISTS ${table}`);
    await store.close();
    await cleanup();
  });

  it('applies each batch and stores the checkpoint in one transaction: a failed batch leaves neither', async () => {
    const t = `t-${newId().slice(-12)}`;
    await store.appendToStream(t, `s-${t}`, [0, 1, 2].map((n) => ({ type: 'p.N', data: { n } })));
    let failOnce = true;
    const errors: unknown[] = [];
    const projection = store.project({
      projectionId: `proj-${t}`,
      tenantId: t,
      pollIntervalMs: 20,
      onError: (e) => errors.push(e),
      async apply(tx, events) {
        for (const e of events) await tx.query(`INSERT INTO ${table} (event_id, n) VALUES ($1, $2)`, [e.eventId, (e.data as { n: number }).n]);
        // Fails after writing rows: the rows must roll back with the checkpoint.
        if (failOnce) {
          failOnce = false;
          throw new Error('read model down');
        }
      },
    });
    const result = await store.appendToStream(t, `s-${t}`, [{ type: 'p.N', data: { n: 3 } }]);
    await projection.reached({ transactionId: result.transactionId, globalPosition: result.positions[0] });
    await projection.stop();
    expect(errors).toHaveLength(1);
    const rows = await store.executor.query<{ n: number }>(`SELECT n FROM ${table} ORDER BY n`);
    expect(rows.map((r) => r.n)).toEqual([0, 1, 2, 3]);
    expect(await store.readCheckpoint(`proj-${t}`)).toEqual(projection.checkpoint());

    // Restarted, it resumes after its checkpoint: nothing applied twice (the primary key would refuse it).
    const fourth = await store.appendToStream(t, `s-${t}`, [{ type: 'p.N', data: { n: 4 } }]);
    const again = store.project({
      projectionId: `proj-${t}`,
      tenantId: t,
      async apply(tx, events) {
        for (const e of events) await tx.query(`INSERT INTO ${table} (event_id, n) VALUES ($1, $2)`, [e.eventId, (e.data as { n: number }).n]);
      },
    });
    // Waits for the append itself: "caught up" only covers what gap-safe reads see, and another test file's
    // transaction open on the same database can hold that back for a moment.
    await again.reached({ transactionId: fourth.transactionId, globalPosition: fourth.positions[0] });
    await again.stop();
    expect((await store.executor.query<{ n: number }>(`SELECT n FROM ${table} ORDER BY n`)).map((r) => r.n)).toEqual([0, 1, 2, 3, 4]);
  });
});

describe.each(targets)('the same projection run twice at once on %s', (_name, open) => {
  it('applies every event exactly once (the second runner skips what the checkpoint already covers)', async () => {
    const { store, cleanup } = await open();
    const table = `proj2_${newId().replace(/-/g, '').slice(-12)}`;
    await store.executor.query(`CREATE TABLE ${table} (event_id uuid PRIMARY KEY, n int NOT NULL)`);
    try {
      const t = `t-${newId().slice(-12)}`;
      for (let i = 0; i < 20; i++) await store.appendToStream(t, `s-${t}`, [{ type: 'p.N', data: { n: i } }]);
      const runner = () =>
        store.project({
          projectionId: `twice-${t}`,
          tenantId: t,
          batchSize: 3,
          // The primary key turns a double application into an error, which would stall the runner.
          async apply(tx, events) {
            for (const e of events) await tx.query(`INSERT INTO ${table} (event_id, n) VALUES ($1, $2)`, [e.eventId, (e.data as { n: number }).n]);
          },
        });
      const a = runner();
      const b = runner();
      await Promise.all([a.caughtUp(), b.caughtUp()]);
      await Promise.all([a.caughtUp(), b.caughtUp()]);
      await Promise.all([a.stop(), b.stop()]);
      const rows = await store.executor.query<{ n: number }>(`SELECT n FROM ${table} ORDER BY n`);
      expect(rows.map((r) => r.n)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    } finally {
      await store.executor.query(`DROP TABLE IF EXISTS ${table}`);
      await store.close();
      await cleanup();
    }
  });
});
