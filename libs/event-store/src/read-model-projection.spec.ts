import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEventStore } from './create-event-store.js';
import type { PostgresEventStore } from './postgres-event-store.js';
import { ReadModelProjection, type ReadModelProjectionOptions } from './read-model-projection.js';

// The framework-free core the contexts' Nest projections wrap: migrate, project, catch up, read-your-writes.
describe('ReadModelProjection on PGlite', () => {
  let dir: string;
  let store: PostgresEventStore;
  const migrations = { dir: '', table: 'rmp_schema_migrations' };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bcd-rmp-'));
    migrations.dir = join(dir, 'migrations');
    await mkdir(migrations.dir);
    await writeFile(join(migrations.dir, '0001_items.sql'), 'CREATE TABLE rmp_items (event_id uuid PRIMARY KEY, n int NOT NULL);\n');
    store = await createEventStore({ dataDir: join(dir, 'data') });
  });
  afterAll(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  const options = (extra: Partial<ReadModelProjectionOptions> = {}): ReadModelProjectionOptions => ({
    projectionId: 'rmp-items',
    typePrefix: 'rmp.',
    migrations,
    async apply(tx, events) {
      for (const e of events) await tx.query('INSERT INTO rmp_items (event_id, n) VALUES ($1, $2)', [e.eventId, (e.data as { n: number }).n]);
    },
    ...extra,
  });
  const items = async () => (await store.executor.query<{ n: number }>('SELECT n FROM rmp_items ORDER BY n')).map((r) => r.n);

  it('migrates, catches up at start, and waitFor gives read-your-writes; a restart migrates nothing again', async () => {
    await store.appendToStream('t1', 's1', [{ type: 'rmp.Item', data: { n: 1 } }, { type: 'other.Item', data: { n: 99 } }]);
    const projection = new ReadModelProjection(store, options());
    expect(projection.executor).toBe(store.executor);
    await projection.start();
    expect(await items()).toEqual([1]); // caught up before start resolved; other prefixes ignored

    const written = await store.appendToStream('t1', 's1', [{ type: 'rmp.Item', data: { n: 2 } }]);
    await projection.waitFor({ transactionId: written.transactionId, globalPosition: written.positions[0] });
    expect(await items()).toEqual([1, 2]);
    await projection.stop();
    await projection.stop(); // idempotent

    const again = new ReadModelProjection(store, options());
    await again.start(); // the migration is recorded: not applied twice (CREATE TABLE would fail)
    await again.stop();
    expect(await store.executor.query(`SELECT id FROM ${migrations.table}`)).toEqual([{ id: '0001_items' }]);
    expect(await items()).toEqual([1, 2]);
  });

  it('waitFor resolves at once without a checkpoint or before start; stop before start is a no-op', async () => {
    const projection = new ReadModelProjection(store, options({ projectionId: 'rmp-idle' }));
    await projection.waitFor(undefined);
    await projection.waitFor({ transactionId: 1n << 40n, globalPosition: 1n << 40n });
    await projection.stop();
  });

  it('waitFor rejects after readYourWritesTimeoutMs when the checkpoint is never reached', async () => {
    const projection = new ReadModelProjection(store, options({ projectionId: 'rmp-timeout', readYourWritesTimeoutMs: 50, apply: async () => undefined }));
    await projection.start();
    try {
      await expect(projection.waitFor({ transactionId: 1n << 40n, globalPosition: 1n << 40n })).rejects.toThrow(/did not reach/);
    } finally {
      await projection.stop();
    }
  });
});
