// viewRowHandler under defineProjection: a batch's rows are read in one statement, its events folded in memory, and
// each changed row written once at the end; an event at or below a row's version changes nothing (a redelivered
// batch writes nothing); a handler of the same projection that writes as it goes sees the rows the batch changed
// before its event; applied alone (no batch), the handler reads, folds and writes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { loadMigrations, migrate, type SqlQueryable } from '@bcd/event-store';
import type { DomainEvent, RecordedEvent } from '@bcd/kernel';
import { describeOnEveryDatabase, recordedEvent, uniqueTenant } from '../testing/index.js';
import { defineProjection } from './projection.js';
import { viewRowHandler } from './view-row.js';

const TABLE = 'kit_view_rows';
const COUNTS = 'kit_view_row_counts';
const MIGRATIONS_TABLE = 'kit_view_row_schema_migrations';

const migrationsDir = mkdtempSync(join(tmpdir(), 'kit-view-row-'));
writeFileSync(
  join(migrationsDir, '0001_view_rows.sql'),
  `CREATE TABLE ${TABLE} (
  tenant_id  text    NOT NULL,
  thing_id   uuid    NOT NULL,
  label      text    NOT NULL,
  version    integer NOT NULL,
  view       jsonb   NOT NULL,
  PRIMARY KEY (tenant_id, thing_id)
);
-- what a handler that writes as it goes saw of the view rows when its event came
CREATE TABLE ${COUNTS} (tenant_id text NOT NULL, seen text NOT NULL);
`,
);
afterAll(() => rmSync(migrationsDir, { recursive: true, force: true }));

interface ThingView {
  thingId: string;
  labels: string[];
  version: number;
}

type ThingLabelled = DomainEvent<'ThingLabelled', { thingId: string; label: string }>;
type ThingsCounted = DomainEvent<'ThingsCounted', { thingId: string }>;

const thing = viewRowHandler<ThingView>({
  namespace: 'kitview',
  table: TABLE,
  key: { column: 'thing_id', field: 'thingId' },
  fold: (view, event, recorded) => {
    const { thingId, label } = event.data as { thingId: string; label: string };
    return { thingId, labels: [...(view?.labels ?? []), label], version: recorded.streamVersion };
  },
  columns: (view) => ({ label: view.labels.join(' → ') }),
});

const projection = defineProjection<ThingLabelled | ThingsCounted>({
  context: 'kit test',
  projectionId: 'kit-view-row-spec',
  namespace: 'kitview',
  migrations: { dir: migrationsDir, table: MIGRATIONS_TABLE },
  handlers: {
    ThingLabelled: thing,
    async ThingsCounted(tx, _data, recorded) {
      await tx.query(
        `INSERT INTO ${COUNTS} (tenant_id, seen) SELECT $1, coalesce(string_agg(label, ', ' ORDER BY label), '') FROM ${TABLE} WHERE tenant_id = $1`,
        [recorded.tenantId],
      );
    },
  },
});

describeOnEveryDatabase('viewRowHandler', (db) => {
  /** The statements a batch ran, in order (their first words). */
  let statements: string[] = [];
  const apply = (events: readonly RecordedEvent[], alone = false) =>
    db.store.executor.transaction(async (tx) => {
      const counting: SqlQueryable = {
        query: (sql, params, options) => {
          statements.push(sql.trim().split(/\s+/).slice(0, 2).join(' '));
          return tx.query(sql, params, options);
        },
      };
      if (!alone) return projection.apply(counting, events);
      for (const event of events) await thing(counting, event.data, event);
    }, { prelude: projection.prelude });
  const rows = (tenantId: string) =>
    db.store.executor.query<{ label: string; version: number }>(`SELECT label, version FROM ${TABLE} WHERE tenant_id = $1 ORDER BY label`, [tenantId]);
  const labelled = (tenantId: string, thingId: string, label: string, streamVersion: number) =>
    recordedEvent('kitview.ThingLabelled', { thingId, label }, { tenantId, streamId: `kitview-${thingId}`, streamVersion });

  beforeAll(async () => {
    await migrate(db.store.executor, await loadMigrations(migrationsDir), MIGRATIONS_TABLE);
  });
  beforeEach(() => {
    statements = [];
  });

  it('reads the batch\'s rows in one statement and writes each changed row once', async () => {
    const tenantId = uniqueTenant('view');
    const [a, b] = [randomUUID(), randomUUID()];
    await apply([labelled(tenantId, a, 'a1', 1), labelled(tenantId, b, 'b1', 1), labelled(tenantId, a, 'a2', 2), labelled(tenantId, a, 'a3', 3)]);
    expect(await rows(tenantId)).toEqual([
      { label: 'a1 → a2 → a3', version: 3 },
      { label: 'b1', version: 1 },
    ]);
    expect(statements.filter((s) => s.startsWith('INSERT'))).toHaveLength(2);
    expect(statements.filter((s) => s === 'SELECT w.tenant_id,')).toHaveLength(1);

    // the next batch starts from the rows as stored
    statements = [];
    await apply([labelled(tenantId, b, 'b2', 2)]);
    expect(await rows(tenantId)).toEqual([
      { label: 'a1 → a2 → a3', version: 3 },
      { label: 'b1 → b2', version: 2 },
    ]);
    expect(statements.filter((s) => s.startsWith('INSERT'))).toHaveLength(1);
  });

  it('writes nothing for a redelivered batch (every event at or below its row\'s version)', async () => {
    const tenantId = uniqueTenant('view');
    const a = randomUUID();
    const batch = [labelled(tenantId, a, 'a1', 1), labelled(tenantId, a, 'a2', 2)];
    await apply(batch);
    statements = [];
    await apply(batch);
    expect(statements.filter((s) => s.startsWith('INSERT'))).toEqual([]);
    expect(await rows(tenantId)).toEqual([{ label: 'a1 → a2', version: 2 }]);
  });

  it('lets a handler that writes as it goes see the rows changed before its event', async () => {
    const tenantId = uniqueTenant('view');
    const [a, b] = [randomUUID(), randomUUID()];
    await apply([
      labelled(tenantId, a, 'a1', 1),
      recordedEvent('kitview.ThingsCounted', { thingId: a }, { tenantId }),
      labelled(tenantId, b, 'b1', 1),
      labelled(tenantId, a, 'a2', 2),
    ]);
    expect(await db.store.executor.query(`SELECT seen FROM ${COUNTS} WHERE tenant_id = $1`, [tenantId])).toEqual([{ seen: 'a1' }]);
    expect(await rows(tenantId)).toEqual([
      { label: 'a1 → a2', version: 2 },
      { label: 'b1', version: 1 },
    ]);
  });

  it('reads, folds and writes when applied alone, outside a batch', async () => {
    const tenantId = uniqueTenant('view');
    const a = randomUUID();
    await apply([labelled(tenantId, a, 'a1', 1), labelled(tenantId, a, 'a2', 2), labelled(tenantId, a, 'a2', 2)], true);
    expect(await rows(tenantId)).toEqual([{ label: 'a1 → a2', version: 2 }]);
    expect(statements.filter((s) => s.startsWith('INSERT'))).toHaveLength(2);
  });

  it('leaves nothing of a batch that failed', async () => {
    const tenantId = uniqueTenant('view');
    const a = randomUUID();
    await expect(apply([labelled(tenantId, a, 'a1', 1), labelled(tenantId, 'not-a-uuid', 'x', 1)])).rejects.toThrow();
    expect(await rows(tenantId)).toEqual([]);
    await apply([labelled(tenantId, a, 'a1', 1)]);
    expect(await rows(tenantId)).toEqual([{ label: 'a1', version: 1 }]);
  });
});
