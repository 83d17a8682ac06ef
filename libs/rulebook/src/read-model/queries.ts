// Reads of the rulebook read model. Every query runs through readInScope: as `bcd_reader`, under the
// row-level security settings of the caller's scope; and every query also filters by tenant itself
// (the application check), so either wall alone keeps tenants apart.
import type { LocalDate } from '@bcd/calendar';
import { readInScope, type ScopedSqlDatabase, type TenantScope } from '@bcd/auth';
import type { RulePack } from '@bcd/regulation';
import type { AdoptionSource, TenantSettings } from '../domain/regulations.js';
import { jsonValue } from './json-column.js';

/** One adoption as the read model keeps it. */
export interface AdoptionRecord {
  tenant: string;
  adoptionId: string;
  source: AdoptionSource;
  /** The pack as adopted (tenant-decides slots open). */
  pack: RulePack;
  /** The tenant's decisions, by slot path. */
  configuration: TenantSettings;
  /** The pack with the tenant's decisions filled in: what the tenant's facts are judged by. */
  effectivePack: RulePack;
  decisionNumber: string | null;
  signedOn: LocalDate | null;
  effectiveFrom: LocalDate;
  supersedes: string | null;
  adoptedBy: { userId: string; role?: string } | null;
  adoptedAt: string;
  configuredAt: string | null;
}

interface Row {
  tenant_id: string;
  adoption_id: string;
  source: unknown;
  pack: unknown;
  configuration: unknown;
  effective_pack: unknown;
  decision_number: string | null;
  signed_on: string | null;
  effective_from: string;
  supersedes: string | null;
  adopted_by: unknown;
  adopted_at: Date | string;
  configured_at: Date | string | null;
}

const COLUMNS = `tenant_id, adoption_id::text AS adoption_id, source, pack, configuration, effective_pack, decision_number,
  signed_on::text AS signed_on, effective_from::text AS effective_from, supersedes, adopted_by, adopted_at, configured_at`;

export class RulebookQueries {
  constructor(private readonly db: ScopedSqlDatabase) {}

  /** The tenant's adoptions in effective order (ties by signing date), under `scope`. */
  async adoptions(scope: TenantScope, tenant: string): Promise<AdoptionRecord[]> {
    return readInScope(this.db, scope, async (tx) => {
      const rows = await tx.query<Row>(
        `SELECT ${COLUMNS} FROM rulebook_adoptions WHERE tenant_id = $1 ORDER BY effective_from, signed_on NULLS FIRST, global_position`,
        [tenant],
      );
      return rows.map(record);
    });
  }
}

function record(row: Row): AdoptionRecord {
  return {
    tenant: row.tenant_id,
    adoptionId: row.adoption_id,
    source: jsonValue<AdoptionSource>(row.source),
    pack: jsonValue<RulePack>(row.pack),
    configuration: jsonValue<TenantSettings>(row.configuration),
    effectivePack: jsonValue<RulePack>(row.effective_pack),
    decisionNumber: row.decision_number,
    signedOn: row.signed_on as LocalDate | null,
    effectiveFrom: row.effective_from as LocalDate,
    supersedes: row.supersedes,
    adoptedBy: row.adopted_by === null ? null : jsonValue<{ userId: string; role?: string }>(row.adopted_by),
    adoptedAt: new Date(row.adopted_at).toISOString(),
    configuredAt: row.configured_at === null ? null : new Date(row.configured_at).toISOString(),
  };
}
