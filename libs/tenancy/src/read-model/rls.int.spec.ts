// The second wall alone: row-level security on the read-model tables, with no application check.
// Rows of two tenants are projected; raw SQL with tenant A's setting (as bcd_reader, the role every
// read-model query runs as) must return no row of tenant B, on PGlite and on PostgreSQL.
import { newId } from '@bcd/kernel';
import { PLATFORM_SCOPE, readInScope, runWithRequestContext, type TenantScope } from '@bcd/auth';
import { ReadModelDatabase } from '@bcd/service-host';
import { describeOnEveryDatabase, projectEvents, recordedEvent, uniqueTenant } from '@bcd/service-host/testing';
import { AccessLogHandler, AccessLogQuery } from './access-log.query.js';
import { ListMembersHandler, ListMembersQuery } from './members.query.js';
import { tenancyProjection } from './tenancy.projection.js';
import { GetTenantHandler, GetTenantQuery } from './tenants.query.js';

const READ_MODEL_TABLES = ['tenancy_tenants', 'tenancy_members', 'tenancy_access_log', 'tenancy_users'];

describeOnEveryDatabase('row-level security of the identity read model', (db) => {
  const run = newId().replace(/-/g, '').slice(-10);
  const tenantA = uniqueTenant('rls-a');
  const tenantB = uniqueTenant('rls-b');
  const userA = newId();
  const userB = newId();
  const event = (type: string, data: unknown) => recordedEvent(`tenancy.${type}`, data, { tenantId: 'platform', metadata: { actor: { userId: 'test' } } });

  const rows = (scope: TenantScope, sql: string) => readInScope(db.store.executor, scope, (tx) => tx.query<Record<string, unknown>>(sql));
  const scopeA: TenantScope = { platform: false, tenantIds: [tenantA] };

  beforeAll(() =>
    projectEvents(db.store, tenancyProjection, [
      event('TenantCreated', { code: tenantA, name: 'Tỉnh A' }),
      event('TenantCreated', { code: tenantB, name: 'Tỉnh B' }),
      event('UserCreated', { userId: userA, username: `user-a-${run}`, displayName: 'A' }),
      event('UserCreated', { userId: userB, username: `user-b-${run}`, displayName: 'B' }),
      event('RoleGranted', { userId: userA, role: 'secretariat', tenant: tenantA }),
      event('RoleGranted', { userId: userB, role: 'tenant_admin', tenant: tenantB }),
      event('RoleGranted', { userId: userB, role: 'viewer', tenant: tenantA }),
    ]),
  );

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
      const seen = await db.store.executor.transaction(async (tx) => {
        await tx.query('SET LOCAL ROLE bcd_reader');
        return tx.query(`SELECT * FROM ${table}`);
      });
      expect([table, seen]).toEqual([table, []]);
    }
  });

  it('lets the application\'s own query for B, run under A\'s scope, find nothing', async () => {
    const database = new ReadModelDatabase(db.store);
    const asA = <T>(work: () => Promise<T>) => runWithRequestContext({ correlationId: 'rls-test', scope: scopeA }, work);
    expect(await asA(() => new ListMembersHandler(database).execute(new ListMembersQuery(tenantB)))).toEqual([]);
    expect((await asA(() => new ListMembersHandler(database).execute(new ListMembersQuery(tenantA)))).map((m) => m.userId).sort()).toEqual([userA, userB].sort());
    const log = await asA(() => new AccessLogHandler(database).execute(new AccessLogQuery()));
    expect(log.length).toBeGreaterThan(0);
    expect(log.every((entry) => entry.tenant === tenantA)).toBe(true);
    await expect(asA(() => new GetTenantHandler(database).execute(new GetTenantQuery(tenantB)))).rejects.toThrow(/not found/);
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
