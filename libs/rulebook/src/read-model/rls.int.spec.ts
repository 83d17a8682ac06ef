// The second wall alone: row-level security on the rulebook read model, with no application check.
// Adoptions of two tenants are projected; raw SQL with tenant A's setting (as bcd_reader, the role
// every read-model query runs as) must return no row of tenant B, on PGlite and on PostgreSQL.
import { newId } from '@bcd/kernel';
import { PLATFORM_SCOPE, readInScope, type TenantScope } from '@bcd/auth';
import { kienGiang2008, phuTho2022 } from '@bcd/regulation';
import type { AdoptionFacts } from '@bcd/regulation';
import { adoptionRecords } from './adoptions.query.js';
import { rulebookProjection } from './rulebook.projection.js';
import { describeOnEveryDatabase, projectEvents, recordedEvent, uniqueTenant } from '@bcd/service-host/testing';

describeOnEveryDatabase('row-level security of the rulebook read model', (db) => {
  const tenantA = uniqueTenant('rls-a');
  const tenantB = uniqueTenant('rls-b');
  const adoptionA = newId();
  const adoptionB = newId();
  const event = (tenantId: string, type: string, data: unknown) =>
    recordedEvent(`rulebook.${type}`, data, { tenantId, streamId: `rulebook-regulations-${tenantId}`, metadata: { actor: { userId: 'test' } } });

  const adopted = (adoptionId: string, pack: typeof kienGiang2008): AdoptionFacts => ({
    adoptionId,
    source: { kind: 'built-in', packId: pack.id },
    pack,
    decisionNumber: pack.decision.number,
    signedOn: pack.decision.signedOn,
    effectiveFrom: pack.decision.signedOn!,
    supersedes: null,
  });

  const rows = (scope: TenantScope, sql: string) => readInScope(db.store.executor, scope, (tx) => tx.query<Record<string, unknown>>(sql));
  const scopeA: TenantScope = { platform: false, tenantIds: [tenantA] };

  beforeAll(() =>
    projectEvents(db.store, rulebookProjection, [
      event(tenantA, 'RegulationAdopted', adopted(adoptionA, kienGiang2008)),
      event(tenantB, 'RegulationAdopted', adopted(adoptionB, phuTho2022)),
      event(tenantB, 'TenantDecisionConfigured', {
      adoptionId: adoptionB,
        settings: {
          'reporting.memberReports.due': {
            kind: 'fixed',
            deadlines: [{ cadence: 'quarterly', periods: 'all', due: { month: 'last-month-of-period', day: 20, reading: 'no-later-than', wording: 'chậm nhất ngày 20' } }],
            citation: { article: 'Mục III', decision: '45/KH-BCĐCĐS', signedOn: '2022-07-01' },
          },
        },
      }),
    ]),
  );


  it('SELECT * with tenant A\'s setting returns rows of A and none of B', async () => {
    const seen = await rows(scopeA, 'SELECT tenant_id FROM rulebook_adoptions');
    expect(seen.map((r) => r.tenant_id)).toEqual([tenantA]);
    expect(await rows(scopeA, `SELECT * FROM rulebook_adoptions WHERE tenant_id = '${tenantB}'`)).toEqual([]);
  });

  it('shows nothing at all when no scope was set', async () => {
    const seen = await db.store.executor.transaction(async (tx) => {
      await tx.query('SET LOCAL ROLE bcd_reader');
      return tx.query(`SELECT * FROM rulebook_adoptions WHERE tenant_id IN ('${tenantA}', '${tenantB}')`);
    });
    expect(seen).toEqual([]);
  });

  it('lets the application\'s own query for B, run under A\'s scope, find nothing', async () => {
    const adoptions = (scope: TenantScope, tenant: string) => readInScope(db.store.executor, scope, (tx) => adoptionRecords(tx, tenant));
    expect(await adoptions(scopeA, tenantB)).toEqual([]);
    expect((await adoptions(scopeA, tenantA)).map((a) => a.adoptionId)).toEqual([adoptionA]);
  });

  it('keeps the pack as adopted and the pack with the tenant\'s decisions filled in', async () => {
    const [b] = await readInScope(db.store.executor, { platform: false, tenantIds: [tenantB] }, (tx) => adoptionRecords(tx, tenantB));
    expect(b.pack.reporting.memberReports.due.kind).toBe('tenant-decides');
    expect(b.effectivePack.reporting.memberReports.due.kind).toBe('fixed');
    expect(Object.keys(b.configuration)).toEqual(['reporting.memberReports.due']);
    expect(b).toMatchObject({ decisionNumber: '1344/QĐ-BCĐCĐS', signedOn: '2022-05-18', effectiveFrom: '2022-05-18', supersedes: null });
  });

  it('shows every tenant with platform access, and never lets bcd_reader write', async () => {
    const seen = await rows(PLATFORM_SCOPE, `SELECT tenant_id FROM rulebook_adoptions WHERE tenant_id IN ('${tenantA}', '${tenantB}') ORDER BY tenant_id`);
    expect(seen.map((r) => r.tenant_id)).toEqual([tenantA, tenantB]);
    await expect(rows(PLATFORM_SCOPE, `DELETE FROM rulebook_adoptions WHERE tenant_id = '${tenantB}'`)).rejects.toThrow(/permission denied/);
  });
});
