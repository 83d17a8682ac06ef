// The tables of the KPI pages (migrations/time-travel/0002_kpi_refs_and_cache.sql), read through Prisma: the answers
// kept per tenant and period with the time-travel head they were computed at, and the events naming the ids a
// drill-down looks up. The query keeps an answer in plain SQL (the reader role only reads).
import type { SqlQueryable } from '@bcd/event-store';
import type { Kpi } from '../domain/kpis/kpi.js';
import type { PrismaReader } from '../read-model/prisma-reads.js';
import type { Position } from '../time-travel/time-travel.store.js';

/**
 * The catalogue's version: a kept answer computed by another version is computed again. Raise it whenever a KPI's
 * computation, name, rule or citation changes.
 */
export const CATALOGUE_VERSION = 2;

/** A KPI's value alone: what the ranking reads of a page. */
export type KpiValue = Pick<Kpi, 'id' | 'value'>;

/** A tenant's time-travel head and, when one was kept for the period by this catalogue, its answer and where it was computed. */
export interface KeptAnswer<K = Kpi> {
  tenant: string;
  head: Position | null;
  answer: { position: Position; kpis: K[] } | null;
}

/** The heads and kept answers of `tenants` for the period: the whole pages, or (`values`) their values only. */
export async function keptAnswers(tx: PrismaReader, tenants: readonly string[], period: string): Promise<KeptAnswer[]>;
export async function keptAnswers(tx: PrismaReader, tenants: readonly string[], period: string, part: 'values'): Promise<KeptAnswer<KpiValue>[]>;
export async function keptAnswers(tx: PrismaReader, tenants: readonly string[], period: string, part: 'answer' | 'values' = 'answer'): Promise<KeptAnswer<Kpi | KpiValue>[]> {
  const heads = await tx.timeTravelHead.findMany({ where: { tenantId: { in: [...tenants] } }, select: { tenantId: true, transactionId: true, globalPosition: true } });
  const where = { tenantId: { in: [...tenants] }, period, catalogueVersion: CATALOGUE_VERSION };
  const position = { tenantId: true, transactionId: true, globalPosition: true } as const;
  const answers =
    part === 'answer'
      ? (await tx.kpiAnswer.findMany({ where, select: { ...position, answer: true } })).map((a) => ({ ...a, kpis: a.answer }))
      : (await tx.kpiAnswer.findMany({ where, select: { ...position, kpiValues: true } })).map((a) => ({ ...a, kpis: a.kpiValues }));
  const headOf = new Map(heads.map((h) => [h.tenantId, { transactionId: h.transactionId, globalPosition: h.globalPosition }]));
  const answerOf = new Map(answers.map((a) => [a.tenantId, { position: { transactionId: a.transactionId, globalPosition: a.globalPosition }, kpis: a.kpis as unknown as Kpi[] | KpiValue[] }]));
  return tenants.map((tenant) => ({ tenant, head: headOf.get(tenant) ?? null, answer: answerOf.get(tenant) ?? null }));
}

/** The values of a page, as kept for the ranking. */
export function valuesOf(kpis: readonly Kpi[]): KpiValue[] {
  return kpis.map(({ id, value }) => ({ id, value }));
}

/** Keeps an answer computed at `head`; a newer one kept meanwhile (by a concurrent request) stays. */
export async function keepAnswer(tx: SqlQueryable, tenant: string, period: string, head: Position, kpis: readonly Kpi[]): Promise<void> {
  await tx.query(
    `INSERT INTO kpi_answers (tenant_id, period, catalogue_version, transaction_id, global_position, answer, kpi_values)
     VALUES ($1, $2, $3, $4::bigint, $5::bigint, $6::jsonb, $7::jsonb)
     ON CONFLICT (tenant_id, period) DO UPDATE
       SET catalogue_version = EXCLUDED.catalogue_version, transaction_id = EXCLUDED.transaction_id,
           global_position = EXCLUDED.global_position, answer = EXCLUDED.answer, kpi_values = EXCLUDED.kpi_values
       WHERE kpi_answers.catalogue_version <> EXCLUDED.catalogue_version
          OR (kpi_answers.transaction_id, kpi_answers.global_position) <= (EXCLUDED.transaction_id, EXCLUDED.global_position)`,
    [tenant, period, CATALOGUE_VERSION, head.transactionId.toString(), head.globalPosition.toString(), JSON.stringify(kpis), JSON.stringify(valuesOf(kpis))],
  );
}

/** The tenant's kept events naming any of `keys` with business time up to `at`, in the global order, with their keys. */
export async function eventsNaming(tx: PrismaReader, tenant: string, keys: readonly string[], at: Date): Promise<{ eventId: string; refs: string[] }[]> {
  if (keys.length === 0) return [];
  return tx.timeTravelEvent.findMany({
    where: { tenantId: tenant, refs: { hasSome: [...keys] }, occurredAt: { lte: at } },
    select: { eventId: true, refs: true },
    orderBy: [{ transactionId: 'asc' }, { globalPosition: 'asc' }],
  });
}
