// The second wall alone: row-level security on the read-model tables, with no application check.
// Rows of two tenants are projected; raw SQL with tenant A's setting (as bcd_reader, the role every
// read-model query runs as) must return no row of tenant B, on PGlite and on PostgreSQL.
import { newId, type RecordedEvent } from '@bcd/kernel';
import { createEventStore, loadMigrations, migrate, type PostgresEventStore } from '@bcd/event-store';
import { PLATFORM_SCOPE, readInScope, type TenantScope } from '@bcd/auth';
import { IDENTITY_MIGRATIONS_DIR, IDENTITY_MIGRATIONS_TABLE } from '../application/identity-projection.js';
import { applyIdentityEvents } from './projection.js';
import { IdentityQueries, resolveTenant } from './queries.js';

const targets: [string, () => Promise<PostgresEventStore>][] = [['PGlite', () => createEventStore({ dataDir: 'memory://' })]];
if (process.env.TEST_DATABASE_URL) {
  const url = process.env.TEST_DATABASE_URL;
  targets.push(['PostgreSQL', () => createEventStore({ databaseUrl: url, dataDir: 'unused', poolSize: 3 })]);
} else {
  console.warn('SKIPPED: PostgreSQL row-level security test — set TEST_DATABASE_URL to run it');
}

const READ_MODEL_TABLES = ['tenancy_tenants', 'tenancy_members', 'tenancy_access_log', 'tenancy_users'];

describe.each(targets)('row-level security of the identity read model on %s', (_name, open) => {
  let store: PostgresEventStore;
  const run = newId().replace(/-/g, '').slice(-10);
  const tenantA = `rls-a-${run}`;
  const tenantB = `rls-b-${run}`;
  const userA = newId();
  const userB = newId();
  let position = 0n;

  const event = (type: string, data: unknown): RecordedEvent => {
    position += 1n;
    return {
      eventId: newId(),
      type: `tenancy.${type}`,
      schemaVersion: 1,
      tenantId: 'platform',
      streamId: 'test',
      streamVersion: 1,
      globalPosition: position,
      transactionId: 1n,
      occurredAt: new Date('2025-01-01T00:00:00Z'),
      recordedAt: new Date('2025-01-01T00:00:00Z'),
      data,
      metadata: { actor: { userId: 'test' } },
    };
  };

  const rows = (scope: TenantScope, sql: string) => readInScope(store.executor, scope, (tx) => tx.query<Record<string, unknown>>(sql));
  const scopeA: TenantScope = { platform: false, tenantIds: [tenantA] };

  beforeAll(async () => {
    store = await open();
    await migrate(store.executor, await loadMigrations(IDENTITY_MIGRATIONS_DIR), IDENTITY_MIGRATIONS_TABLE);
    await store.executor.transaction((tx) =>
      applyIdentityEvents(tx, [
        event('TenantCreated', { code: tenantA, name: 'Tỉnh A' }),
        event('TenantCreated', { code: tenantB, name: 'Tỉnh B' }),
        event('UserCreated', { userId: userA, username: `user-a-${run}`, displayName: 'A' }),
        event('UserCreated', { userId: userB, username: `user-b-${run}`, displayName: 'B' }),
        event('RoleGranted', { userId: userA, role: 'secretariat', tenant: tenantA }),
        event('RoleGranted', { userId: userB, role: 'tenant_admin', tenant: tenantB }),
        event('RoleGranted', { userId: userB, role: 'viewer', tenant: tenantA }),
      ]),
    );
  });

  afterAll(() => store.close());

  it.each(['tenancy_tenants', 'tenancy_members', 'tenancy_access_log'])(
    'SELECT * FROM %s with tenant A\'s setting returns rows of A and none of B',
    async (table) => {
      const seen = await rows(scopeA, `SELECT tenant_id FROM ${table}`);
      expect(seen.length).toBeGreaterThan(0);
      expect(new Set(seen.map((r) => r.tenant_id))).toEqual(new Set([tenantA]));
      // even when the query asks for B by name
      expect(await rows(scopeA, `SELECT * FROM ${table} WHERE tenant_id = '${tenantB}'`)).toEqual([]);
    },
  );

  it('hides platform-level rows (users) from a tenant scope', async () => {
    expect(await rows(scopeA, `SELECT * FROM tenancy_users`)).toEqual([]);
  });

  it('shows nothing at all when no scope was set', async () => {
    for (const table of READ_MODEL_TABLES) {
      const seen = await store.executor.transaction(async (tx) => {
        await tx.query('SET LOCAL ROLE bcd_reader');
        return tx.query(`SELECT * FROM ${table}`);
      });
      expect([table, seen]).toEqual([table, []]);
    }
  });

  it('lets the application\'s own query for B, run under A\'s scope, find nothing', async () => {
    const queries = new IdentityQueries(store.executor);
    expect(await queries.listMembers(scopeA, tenantB)).toEqual([]);
    expect((await queries.listMembers(scopeA, tenantA)).map((m) => m.userId).sort()).toEqual([userA, userB].sort());
    expect(await queries.accessLog(scopeA, [tenantB])).toEqual([]);
    expect(await queries.getTenant(scopeA, tenantB)).toBeUndefined();
  });

  it('shows every tenant with platform access', async () => {
    const seen = await rows(PLATFORM_SCOPE, `SELECT tenant_id FROM tenancy_tenants WHERE tenant_id IN ('${tenantA}', '${tenantB}')`);
    expect(seen.map((r) => r.tenant_id).sort()).toEqual([tenantA, tenantB]);
  });

  it('never lets bcd_reader read password hashes, nor write', async () => {
    await expect(rows(PLATFORM_SCOPE, 'SELECT * FROM tenancy_credentials')).rejects.toThrow(/permission denied/);
    await expect(rows(PLATFORM_SCOPE, `DELETE FROM tenancy_members WHERE tenant_id = '${tenantB}'`)).rejects.toThrow(/permission denied/);
  });
});

describe('resolveTenant', () => {
  const rows = [
    { tenant_id: 'an-giang', status: 'active' as const, merged_into: null },
    { tenant_id: 'kien-giang', status: 'merged' as const, merged_into: 'an-giang' },
    { tenant_id: 'old-district', status: 'merged' as const, merged_into: 'kien-giang' },
  ];

  it('gives an active tenant everything merged into it, transitively', () => {
    expect(resolveTenant(rows, 'an-giang')).toEqual({ tenantId: 'an-giang', status: 'active', predecessors: ['kien-giang', 'old-district'] });
  });

  it('gives a merged tenant its active successor', () => {
    expect(resolveTenant(rows, 'old-district')).toEqual({ tenantId: 'old-district', status: 'merged', successor: 'an-giang', predecessors: [] });
    expect(resolveTenant(rows, 'nowhere')).toBeUndefined();
  });
});
