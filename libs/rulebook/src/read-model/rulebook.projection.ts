// The projection `rulebook-read-model`: rulebook.* events into `rulebook_adoptions` (one row per adoption,
// the pack as adopted or last revised, the tenant's decisions and the effective pack) and `rulebook_versions` (the
// stream's version: the ETag), one batch and its checkpoint per transaction.
import { fileURLToPath } from 'node:url';
import type { RecordedEvent } from '@bcd/kernel';
import type { SqlQueryable } from '@bcd/event-store';
import { upcastRulePack, withSettings, type AdoptedRegulation, type RulePack, type TenantSettings } from '@bcd/regulation';
import { defineProjection } from '@bcd/service-host';
import type { RegulationEvent } from '../domain/regulations/regulations.js';

export const RULEBOOK_MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));
export const RULEBOOK_MIGRATIONS_TABLE = 'rulebook_schema_migrations';
export const RULEBOOK_PROJECTION_ID = 'rulebook-read-model';

export const rulebookProjection = defineProjection<RegulationEvent>({
  context: 'rulebook',
  projectionId: RULEBOOK_PROJECTION_ID,
  namespace: 'rulebook',
  migrations: { dir: RULEBOOK_MIGRATIONS_DIR, table: RULEBOOK_MIGRATIONS_TABLE },
  handlers: {
    async RegulationAdopted(tx, a, recorded) {
      await tx.query(
        `INSERT INTO rulebook_adoptions (tenant_id, adoption_id, source, pack_id, pack, effective_pack, decision_number, signed_on,
                                         effective_from, supersedes, adopted_by, adopted_at, global_position)
         VALUES ($1, $2, $3::jsonb, $4, $5::jsonb, $5::jsonb, $6, $7::date, $8::date, $9, $10::jsonb, $11, $12)
         ON CONFLICT (tenant_id, adoption_id) DO NOTHING`,
        [
          recorded.tenantId,
          a.adoptionId,
          JSON.stringify(a.source),
          a.pack.id,
          JSON.stringify(a.pack),
          a.decisionNumber,
          a.signedOn,
          a.effectiveFrom,
          a.supersedes,
          recorded.metadata.actor === undefined ? null : JSON.stringify(recorded.metadata.actor),
          recorded.recordedAt.toISOString(),
          recorded.globalPosition.toString(),
        ],
      );
      await version(tx, recorded);
    },
    async TenantDecisionConfigured(tx, { adoptionId, settings }, recorded) {
      const [row] = await tx.query<{ pack: unknown; configuration: unknown }>(
        `SELECT pack, configuration FROM rulebook_adoptions WHERE tenant_id = $1 AND adoption_id = $2 FOR UPDATE`,
        [recorded.tenantId, adoptionId],
      );
      // The decider configures adoptions of the same stream only, and checked these settings.
      if (row) {
        const pack = upcastRulePack(jsonValue(row.pack)) as RulePack;
        const adoption = { pack, configuration: jsonValue<TenantSettings>(row.configuration) } as AdoptedRegulation;
        const { configuration, effectivePack } = withSettings(adoption, settings);
        await tx.query(
          `UPDATE rulebook_adoptions SET configuration = $3::jsonb, effective_pack = $4::jsonb, configured_at = $5
           WHERE tenant_id = $1 AND adoption_id = $2`,
          [recorded.tenantId, adoptionId, JSON.stringify(configuration), JSON.stringify(effectivePack), recorded.recordedAt.toISOString()],
        );
      }
      await version(tx, recorded);
    },
    async AdoptedPackRevised(tx, { adoptionId, pack, reason }, recorded) {
      const [row] = await tx.query<{ configuration: unknown }>(
        `SELECT configuration FROM rulebook_adoptions WHERE tenant_id = $1 AND adoption_id = $2 FOR UPDATE`,
        [recorded.tenantId, adoptionId],
      );
      // The decider checked that the tenant's decisions fit the revised pack.
      if (row) {
        const revised = upcastRulePack(pack) as RulePack;
        const { effectivePack } = withSettings({ pack: revised, configuration: {} } as unknown as AdoptedRegulation, jsonValue<TenantSettings>(row.configuration));
        await tx.query(
          `UPDATE rulebook_adoptions SET pack_id = $3, pack = $4::jsonb, effective_pack = $5::jsonb, revised_at = $6, revision_reason = $7
           WHERE tenant_id = $1 AND adoption_id = $2`,
          [recorded.tenantId, adoptionId, revised.id, JSON.stringify(revised), JSON.stringify(effectivePack), recorded.recordedAt.toISOString(), reason],
        );
      }
      await version(tx, recorded);
    },
  },
});

async function version(tx: SqlQueryable, recorded: RecordedEvent): Promise<void> {
  await tx.query(
    `INSERT INTO rulebook_versions (tenant_id, version) VALUES ($1, $2)
     ON CONFLICT (tenant_id) DO UPDATE SET version = greatest(rulebook_versions.version, excluded.version)`,
    [recorded.tenantId, recorded.streamVersion],
  );
}

/** A json/jsonb column's value: drivers return it parsed, or as text for json built in a query. */
export function jsonValue<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}
