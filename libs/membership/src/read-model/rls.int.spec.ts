// The second wall alone: row-level security on the membership tables, with no application check. Rows
// of two tenants are projected; raw SQL with tenant A's setting (as bcd_reader, the role every read-model
// query runs as) returns no row of tenant B, on PGlite and on PostgreSQL; the queries return nothing of B.
import { LocalDate } from '@bcd/calendar';
import { newId, type RecordedEvent } from '@bcd/kernel';
import { createEventStore, loadMigrations, migrate, type PostgresEventStore } from '@bcd/event-store';
import { readInScope, setTenantScope, type TenantScope } from '@bcd/auth';
import { MEMBERSHIP_MIGRATIONS_DIR, MEMBERSHIP_MIGRATIONS_TABLE } from '../application/membership-projection.js';
import { applyMembershipEvents } from './projection.js';
import { MembershipQueries } from './queries.js';

const targets: [string, () => Promise<PostgresEventStore>][] = [['PGlite', () => createEventStore({ dataDir: 'memory://' })]];
if (process.env.TEST_DATABASE_URL) {
  const url = process.env.TEST_DATABASE_URL;
  targets.push(['PostgreSQL', () => createEventStore({ databaseUrl: url, dataDir: 'unused', poolSize: 3 })]);
} else {
  console.warn('SKIPPED: PostgreSQL row-level security test of membership — set TEST_DATABASE_URL to run it');
}

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

describe.each(targets)('row-level security of the membership read model on %s', (_name, open) => {
  let store: PostgresEventStore;
  const run = newId().replace(/-/g, '').slice(-10);
  const tenants = [`rls-a-${run}`, `rls-b-${run}`];
  const [tenantA, tenantB] = tenants;
  const ids = Object.fromEntries(tenants.map((t) => [t, { agency: newId(), committee: newId(), person: newId(), member: newId() }]));
  let position = 0n;

  const event = (tenantId: string, type: string, data: unknown): RecordedEvent => {
    position += 1n;
    return {
      eventId: newId(),
      type: `membership.${type}`,
      schemaVersion: 1,
      tenantId,
      streamId: `test-${tenantId}`,
      streamVersion: Number(position),
      globalPosition: position,
      transactionId: 1n,
      occurredAt: new Date('2014-11-03T00:00:00+07:00'),
      recordedAt: new Date('2025-01-01T00:00:00Z'),
      data,
      metadata: { actor: { userId: 'test' } },
    };
  };

  const rows = (scope: TenantScope, sql: string) => readInScope(store.executor, scope, (tx) => tx.query<Record<string, unknown>>(sql));
  const scopeA: TenantScope = { platform: false, tenantIds: [tenantA] };

  beforeAll(async () => {
    store = await open();
    await migrate(store.executor, await loadMigrations(MEMBERSHIP_MIGRATIONS_DIR), MEMBERSHIP_MIGRATIONS_TABLE);
    const decision = { number: '1/QĐ-UBND', date: '2014-11-03' };
    await store.executor.transaction((tx) =>
      applyMembershipEvents(
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
      await store.executor.transaction(async (tx) => {
        await setTenantScope(tx, { platform: false, tenantIds: [t] });
        await tx.query(`INSERT INTO membership_personal_data (tenant_id, person_id, full_name, updated_at) VALUES ($1, $2, $3, now())`, [t, ids[t].person, `Người của ${t}`]);
      });
    }
  });

  afterAll(async () => {
    for (const table of [...TABLES, 'membership_idempotency']) await store.executor.query(`DELETE FROM ${table} WHERE tenant_id = ANY($1::text[])`, [tenants]);
    await store.close();
  });

  it.each(TABLES)('SELECT * FROM %s with tenant A\'s setting returns rows of A and none of B', async (table) => {
    const seen = await rows(scopeA, `SELECT tenant_id FROM ${table}`);
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen.map((r) => r.tenant_id))).toEqual(new Set([tenantA]));
    expect(await rows(scopeA, `SELECT * FROM ${table} WHERE tenant_id = '${tenantB}'`)).toEqual([]);
  });

  it('gives bcd_reader nothing of the idempotency records', async () => {
    await expect(rows(scopeA, 'SELECT * FROM membership_idempotency')).rejects.toThrow(/permission denied/);
  });

  it('answers a query for tenant B under tenant A\'s scope with nothing, and tenant A\'s with its own rows', async () => {
    const queries = new MembershipQueries(store.executor);
    const today = LocalDate.parse('2025-01-01');
    expect(await queries.roster(scopeA, tenantB, ids[tenantB].committee, today)).toBeUndefined();
    expect(await queries.people(scopeA, tenantB)).toEqual([]);
    expect(await queries.agencies(scopeA, tenantB, today)).toEqual([]);
    const roster = await queries.roster(scopeA, tenantA, ids[tenantA].committee, today);
    expect(roster?.members.map((m) => [m.memberId, m.person.fullName, m.agency.name])).toEqual([[ids[tenantA].member, `Người của ${tenantA}`, 'Sở Y tế']]);
  });
});
