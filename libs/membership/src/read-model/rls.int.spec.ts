// The second wall alone: row-level security on the membership tables, with no application check. Rows
// of two tenants are projected; raw SQL with tenant A's setting (as bcd_reader, the role every read-model
// query runs as) returns no row of tenant B, on PGlite and on PostgreSQL; the queries return nothing of B.
import { LocalDate } from '@bcd/calendar';
import { newId, NotFound } from '@bcd/kernel';
import { loadMigrations, migrate } from '@bcd/event-store';
import { readInScope, setTenantScope, type ScopedSqlClient, type TenantScope } from '@bcd/auth';
import { HOST_MIGRATIONS_DIR, HOST_MIGRATIONS_TABLE } from '@bcd/service-host';
import { describeOnEveryDatabase, recordedEvent, uniqueTenant } from '@bcd/service-host/testing';
import { agenciesOf } from './agencies.query.js';
import { MEMBERSHIP_MIGRATIONS_DIR, MEMBERSHIP_MIGRATIONS_TABLE, membershipProjection } from './membership.projection.js';
import { peopleOf } from './people.query.js';
import { rosterOf } from './roster.query.js';

const TABLES = [
  'membership_agencies',
  'membership_agency_names',
  'membership_committees',
  'membership_committee_facts',
  'membership_members',
  'membership_member_roles',
  'membership_member_history',
  'membership_people',
  'membership_personal_data',
];

describeOnEveryDatabase('row-level security of the membership read model', (db) => {
  const tenantA = uniqueTenant('rls-a');
  const tenantB = uniqueTenant('rls-b');
  const tenants = [tenantA, tenantB];
  const ids = Object.fromEntries(tenants.map((t) => [t, { agency: newId(), committee: newId(), person: newId(), member: newId() }]));
  const event = (tenantId: string, type: string, data: unknown) =>
    recordedEvent(`membership.${type}`, data, { tenantId, occurredAt: '2014-11-03T00:00:00+07:00', recordedAt: '2025-01-01T00:00:00Z', metadata: { actor: { userId: 'test' } } });

  const rows = (scope: TenantScope, sql: string) => readInScope(db.store.executor, scope, (tx) => tx.query<Record<string, unknown>>(sql));
  const read = <T>(scope: TenantScope, work: (tx: ScopedSqlClient) => Promise<T>) => readInScope(db.store.executor, scope, work);
  const scopeA: TenantScope = { platform: false, tenantIds: [tenantA] };

  beforeAll(async () => {
    const { executor } = db.store;
    await migrate(executor, await loadMigrations(MEMBERSHIP_MIGRATIONS_DIR), MEMBERSHIP_MIGRATIONS_TABLE);
    await migrate(executor, await loadMigrations(HOST_MIGRATIONS_DIR), HOST_MIGRATIONS_TABLE);
    const decision = { number: '1/QĐ-UBND', date: '2014-11-03' };
    await executor.transaction((tx) =>
      membershipProjection.apply(
        tx,
        tenants.flatMap((t) => {
          const { agency, committee, person, member } = ids[t];
          return [
            event(t, 'AgencyRegistered', { agencyId: agency, code: 'SYT', name: 'Sở Y tế', kind: 'department' }),
            event(t, 'CommitteeEstablished', { committeeId: committee, name: `BCĐ ${t}`, decision, establishedOn: '2014-11-03', regulation: null, standingAgencyId: agency }),
            event(t, 'PersonRegistered', { personId: person }),
            event(t, 'MemberAppointed', { committeeId: committee, memberId: member, personId: person, role: 'member', agencyId: agency, decision, effectiveOn: '2014-11-03', replaces: null }),
          ];
        }),
      ),
    );
    for (const t of tenants) {
      await executor.transaction(async (tx) => {
        await setTenantScope(tx, { platform: false, tenantIds: [t] });
        await tx.query(`INSERT INTO membership_personal_data (tenant_id, person_id, full_name, updated_at) VALUES ($1, $2, $3, now())`, [t, ids[t].person, `Người của ${t}`]);
      });
    }
  });

  it.each(TABLES)('SELECT * FROM %s with tenant A\'s setting returns rows of A and none of B', async (table) => {
    const seen = await rows(scopeA, `SELECT tenant_id FROM ${table}`);
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen.map((r) => r.tenant_id))).toEqual(new Set([tenantA]));
    expect(await rows(scopeA, `SELECT * FROM ${table} WHERE tenant_id = '${tenantB}'`)).toEqual([]);
  });

  it('gives bcd_reader nothing of the idempotency records (the host kit\'s table; membership\'s own is gone)', async () => {
    await expect(rows(scopeA, 'SELECT * FROM host_idempotency_keys')).rejects.toThrow(/permission denied/);
    const [left] = await db.store.executor.query<{ table: string | null }>(`SELECT to_regclass('membership_idempotency')::text AS table`);
    expect(left.table).toBeNull();
  });

  it('answers a query for tenant B under tenant A\'s scope with nothing, and tenant A\'s with its own rows', async () => {
    const today = LocalDate.parse('2025-01-01');
    await expect(read(scopeA, (tx) => rosterOf(tx, tenantB, ids[tenantB].committee, today))).rejects.toThrow(NotFound);
    expect(await read(scopeA, (tx) => peopleOf(tx, tenantB))).toEqual([]);
    expect(await read(scopeA, (tx) => agenciesOf(tx, tenantB, today))).toEqual([]);
    const roster = await read(scopeA, (tx) => rosterOf(tx, tenantA, ids[tenantA].committee, today));
    expect(roster.members.map((m) => [m.memberId, m.person.fullName, m.agency.name])).toEqual([[ids[tenantA].member, `Người của ${tenantA}`, 'Sở Y tế']]);
  });
});
