// ReadModelDatabase on a real store: reads run as `bcd_reader` under row-level security set from the
// request's scope (none outside an authorised request: fail closed), or from an explicit scope
// (readAs); writeFor scopes a transaction to one tenant.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMigrations, migrate } from '@bcd/event-store';
import { PLATFORM_SCOPE, runWithRequestContext, type TenantScope } from '@bcd/auth';
import { describeOnEveryDatabase, uniqueTenant } from '../testing/index.js';
import { ReadModelDatabase } from './read-model-database.js';

const TABLE = 'kit_rmdb_rows';
const MIGRATIONS_TABLE = 'kit_rmdb_schema_migrations';
const migrationsDir = mkdtempSync(join(tmpdir(), 'kit-rmdb-'));
writeFileSync(
  join(migrationsDir, '0001_rows.sql'),
  `DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bcd_reader') THEN CREATE ROLE bcd_reader NOLOGIN; END IF; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE ${TABLE} (tenant_id text NOT NULL, name text NOT NULL);
ALTER TABLE ${TABLE} ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${TABLE} FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON ${TABLE} USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
GRANT SELECT ON ${TABLE} TO bcd_reader;
`,
);

afterAll(() => rmSync(migrationsDir, { recursive: true, force: true }));

describeOnEveryDatabase('ReadModelDatabase', (db) => {
  const a = uniqueTenant('rmdb-a');
  const b = uniqueTenant('rmdb-b');
  let database: ReadModelDatabase;
  const names = (rows: { name: string }[]) => rows.map((r) => r.name).sort();
  const select = `SELECT name FROM ${TABLE} WHERE tenant_id IN ('${a}', '${b}')`;
  const inRequest = <T>(scope: TenantScope | undefined, work: () => Promise<T>) =>
    runWithRequestContext({ correlationId: 'test', ...(scope === undefined ? {} : { scope }) }, work);

  beforeAll(async () => {
    await migrate(db.store.executor, await loadMigrations(migrationsDir), MIGRATIONS_TABLE);
    await db.store.executor.query(`INSERT INTO ${TABLE} (tenant_id, name) VALUES ($1, 'a1'), ($1, 'a2'), ($2, 'b1')`, [a, b]);
    database = new ReadModelDatabase(db.store);
  });

  it('reads under the request\'s scope, as bcd_reader', async () => {
    const rows = await inRequest({ platform: false, tenantIds: [b] }, () =>
      database.read(async (tx) => ({ rows: await tx.query<{ name: string }>(select), role: await tx.query<{ role: string }>('SELECT current_user AS role') })),
    );
    expect(names(rows.rows)).toEqual(['b1']);
    expect(rows.role).toEqual([{ role: 'bcd_reader' }]);
  });

  it('refuses to read outside an authorised request (no scope: fail closed)', async () => {
    await expect(async () => database.read((tx) => tx.query(select))).rejects.toThrow(/No tenant scope/);
    await expect(inRequest(undefined, async () => database.read((tx) => tx.query(select)))).rejects.toThrow(/No tenant scope/);
  });

  it('reads under an explicit scope with readAs', async () => {
    expect(names(await database.readAs({ platform: false, tenantIds: [a] }, (tx) => tx.query<{ name: string }>(select)))).toEqual(['a1', 'a2']);
    expect(names(await database.readAs({ platform: false, tenantIds: [a, b] }, (tx) => tx.query<{ name: string }>(select)))).toEqual(['a1', 'a2', 'b1']);
    expect(names(await database.readAs(PLATFORM_SCOPE, (tx) => tx.query<{ name: string }>(select)))).toEqual(['a1', 'a2', 'b1']);
    expect(await database.readAs({ platform: false, tenantIds: [] }, (tx) => tx.query(select))).toEqual([]);
  });

  it('never lets a read write', async () => {
    await expect(database.readAs(PLATFORM_SCOPE, (tx) => tx.query(`DELETE FROM ${TABLE} WHERE tenant_id = '${a}'`))).rejects.toThrow(/permission denied/);
    expect(await db.store.executor.query(`SELECT name FROM ${TABLE} WHERE tenant_id = $1`, [a])).toHaveLength(2);
  });

  it('scopes a write to one tenant with writeFor', async () => {
    const settings = await database.writeFor(a, (tx) =>
      tx.query<{ tenants: string; platform: string }>(`SELECT current_setting('bcd.tenant_ids', true) AS tenants, current_setting('bcd.platform_access', true) AS platform`),
    );
    expect(settings).toEqual([{ tenants: a, platform: 'off' }]);
    await database.writeFor(a, (tx) => tx.query(`INSERT INTO ${TABLE} (tenant_id, name) VALUES ($1, 'a3')`, [a]));
    expect(names(await database.readAs({ platform: false, tenantIds: [a] }, (tx) => tx.query<{ name: string }>(select)))).toEqual(['a1', 'a2', 'a3']);
  });

  it('refuses a tenant id that could not be one', async () => {
    await expect(database.writeFor("x', 'y", (tx) => tx.query('SELECT 1'))).rejects.toThrow(/Not a tenant id/);
  });
});

describe('ReadModelDatabase without an SQL database', () => {
  it('says so when used', () => {
    const database = new ReadModelDatabase(null);
    expect(() => database.executor).toThrow(/no SQL database/);
  });
});
