// The regulations a tenant adopted, as answers: the list in effective order (each with the days it is
// the one in force), one adoption, and the one in force on a date. Read from `rulebook_adoptions` under
// the request's row-level security scope; every query also filters by tenant itself.
import { Query } from '@nestjs/cqrs';
import { z } from 'zod';
import { LocalDate } from '@bcd/calendar';
import { NotFound, sameJson } from '@bcd/kernel';
import type { ScopedSqlClient } from '@bcd/auth';
import { BUILT_IN_PACKS, CitationSchema, regulationInForce, RulePackSchema, spanOf, tenantDecisions, upcastRulePack, type Adoption, type AdoptionSource, type RulePack, type TenantSettings } from '@bcd/regulation';
import { AdoptionSourceSchema } from '@bcd/contracts';
import { readModelQueryHandler, View } from '@bcd/service-host';
import { jsonValue } from './rulebook.projection.js';

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
  /** When and why the pack was last revised (a corrected encoding of the same regulation). */
  revision: { revisedAt: string; reason: string } | null;
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
  revised_at: Date | string | null;
  revision_reason: string | null;
}

const COLUMNS = `tenant_id, adoption_id::text AS adoption_id, source, pack, configuration, effective_pack, decision_number,
  signed_on::text AS signed_on, effective_from::text AS effective_from, supersedes, adopted_by, adopted_at, configured_at, revised_at, revision_reason`;

/** The tenant's adoptions in effective order (ties by signing date, then as recorded). */
export async function adoptionRecords(tx: ScopedSqlClient, tenant: string): Promise<AdoptionRecord[]> {
  const rows = await tx.query<Row>(
    `SELECT ${COLUMNS} FROM rulebook_adoptions WHERE tenant_id = $1 ORDER BY effective_from, signed_on NULLS FIRST, global_position`,
    [tenant],
  );
  return rows.map(record);
}

/** The version of the tenant's regulations stream (0: none yet): their ETag. */
export async function regulationsVersion(tx: ScopedSqlClient, tenant: string): Promise<number> {
  const [row] = await tx.query<{ version: number }>(`SELECT version FROM rulebook_versions WHERE tenant_id = $1`, [tenant]);
  return row ? Number(row.version) : 0;
}

function record(row: Row): AdoptionRecord {
  return {
    tenant: row.tenant_id,
    adoptionId: row.adoption_id,
    source: jsonValue<AdoptionSource>(row.source),
    // Rows written from packs of an older schema version are read in the current one.
    pack: upcastRulePack(jsonValue(row.pack)) as RulePack,
    configuration: jsonValue<TenantSettings>(row.configuration),
    effectivePack: upcastRulePack(jsonValue(row.effective_pack)) as RulePack,
    decisionNumber: row.decision_number,
    signedOn: row.signed_on as LocalDate | null,
    effectiveFrom: row.effective_from as LocalDate,
    supersedes: row.supersedes,
    adoptedBy: row.adopted_by === null ? null : jsonValue<{ userId: string; role?: string }>(row.adopted_by),
    adoptedAt: new Date(row.adopted_at).toISOString(),
    configuredAt: row.configured_at === null ? null : new Date(row.configured_at).toISOString(),
    revision: row.revised_at === null ? null : { revisedAt: new Date(row.revised_at).toISOString(), reason: row.revision_reason ?? '' },
  };
}

/** An adoption as @bcd/regulation's functions take it: the pack with the tenant's decisions filled in. */
export function toAdoption(record: AdoptionRecord): Adoption {
  return {
    pack: record.effectivePack,
    decisionNumber: record.decisionNumber,
    signedOn: record.signedOn,
    effectiveFrom: record.effectiveFrom,
    supersedes: record.supersedes,
  };
}

export const AdoptionViewSchema = z.strictObject({
  adoptionId: View.id,
  source: AdoptionSourceSchema,
  packId: z.string(),
  title: z.string(),
  province: z.string(),
  decisionNumber: z.string().nullable(),
  signedOn: View.localDate.nullable(),
  effectiveFrom: View.localDate,
  supersedes: z.string().nullable(),
  /** The days this regulation is the one in force: until the day before the next adoption takes effect (null: still in force). */
  inForce: z.strictObject({ from: View.localDate, until: View.localDate.nullable() }),
  /** The tenant's decisions on the rules the regulation leaves to the committee, by path. */
  configuration: z.record(z.string(), z.unknown()),
  /** Rules still left to the tenant: nothing depending on them is generated until they are configured. */
  openTenantDecisions: z.array(z.strictObject({ path: z.string(), citation: CitationSchema, note: z.string().optional() })),
  /** The pack the tenant's facts are judged by (the tenant's decisions filled in). */
  pack: RulePackSchema,
  adoptedAt: View.instant,
  adoptedBy: View.actor.nullable(),
  configuredAt: View.instant.nullable(),
  /** When and why the pack was last replaced by a corrected encoding of the same regulation (null: never). */
  revision: z.strictObject({ revisedAt: View.instant, reason: z.string() }).nullable(),
  /**
   * For a built-in pack: whether the adoption holds the built-in pack as it is now. False after the
   * built-in pack was corrected: POST …/regulations/:adoptionId/revision takes the corrections. Null: a custom pack.
   */
  builtInPackCurrent: z.boolean().nullable(),
});
export type AdoptionView = z.infer<typeof AdoptionViewSchema>;

export const InForceViewSchema = z.strictObject({ date: View.localDate, regulation: AdoptionViewSchema });
export type InForceView = z.infer<typeof InForceViewSchema>;

export function adoptionViews(records: readonly AdoptionRecord[]): AdoptionView[] {
  const adoptions = records.map(toAdoption);
  return records.map((r, i) => {
    const span = spanOf(adoptions, adoptions[i]);
    return {
      adoptionId: r.adoptionId,
      source: r.source,
      packId: r.pack.id,
      title: r.pack.title,
      province: r.pack.province,
      decisionNumber: r.decisionNumber,
      signedOn: r.signedOn,
      effectiveFrom: r.effectiveFrom,
      supersedes: r.supersedes,
      inForce: { from: span.from, until: span.lastDay },
      configuration: r.configuration,
      openTenantDecisions: tenantDecisions(r.effectivePack),
      pack: r.effectivePack,
      adoptedAt: r.adoptedAt,
      adoptedBy: r.adoptedBy,
      configuredAt: r.configuredAt,
      revision: r.revision,
      builtInPackCurrent: r.source.kind === 'built-in' ? isCurrentBuiltIn(r.source.packId, r.pack) : null,
    };
  });
}

// By canonical JSON: the read model's jsonb keeps neither key order nor object identity.
function isCurrentBuiltIn(packId: string, pack: RulePack): boolean {
  const current = BUILT_IN_PACKS.find((p) => p.id === packId);
  return current !== undefined && sameJson(current, pack);
}

/** The tenant's adoptions in effective order, and the version of its regulations (the ETag). */
export class ListRegulationsQuery extends Query<{ adoptions: AdoptionView[]; version: number }> {
  constructor(readonly tenant: string) {
    super();
  }
}

export const ListRegulationsHandler = readModelQueryHandler(ListRegulationsQuery, async (tx, { tenant }) => ({
  adoptions: adoptionViews(await adoptionRecords(tx, tenant)),
  version: await regulationsVersion(tx, tenant),
}));

export class GetAdoptionQuery extends Query<{ adoption: AdoptionView; version: number }> {
  constructor(
    readonly tenant: string,
    readonly adoptionId: string,
  ) {
    super();
  }
}

export const GetAdoptionHandler = readModelQueryHandler(GetAdoptionQuery, async (tx, { tenant, adoptionId }) => {
  const adoption = adoptionViews(await adoptionRecords(tx, tenant)).find((v) => v.adoptionId === adoptionId);
  if (!adoption) throw new NotFound('Regulation adoption', adoptionId);
  return { adoption, version: await regulationsVersion(tx, tenant) };
});

export class RegulationInForceQuery extends Query<InForceView> {
  constructor(
    readonly tenant: string,
    readonly date: LocalDate,
  ) {
    super();
  }
}

export const RegulationInForceHandler = readModelQueryHandler(RegulationInForceQuery, async (tx, { tenant, date }) => {
  const records = await adoptionRecords(tx, tenant);
  const adoptions = records.map(toAdoption);
  const all = adoptionViews(records);
  // The same function the RegulationsInForce port and the schedule use.
  const inForce = regulationInForce(adoptions, date);
  const found = inForce === undefined ? undefined : all[adoptions.indexOf(inForce)];
  if (!found) {
    const why =
      all.length === 0
        ? `tenant ${tenant} has adopted no regulation (POST /api/tenants/${tenant}/regulations)`
        : `the first regulation tenant ${tenant} adopted, ${all[0].decisionNumber ?? all[0].packId}, takes effect on ${all[0].effectiveFrom}`;
    throw new NotFound('Regulation in force', date, `No regulation is in force for tenant ${tenant} on ${date}: ${why}.`);
  }
  return { date, regulation: found };
});

export const adoptionQueryHandlers = [ListRegulationsHandler, GetAdoptionHandler, RegulationInForceHandler];
