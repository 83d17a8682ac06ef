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

/** A tenant's time-travel head and, when one was kept for the period by this catalogue, its answer and where it was computed. */
export interface KeptAnswer {
  tenant: string;
  head: Position | null;
  answer: { position: Position; kpis: Kpi[] } | null;
}

/** The heads and kept answers of `tenants` for the period. */
export async function keptAnswers(tx: PrismaReader, tenants: readonly string[], period: string): Promise<KeptAnswer[]> {
  const heads = await tx.timeTravelHead.findMany({ where: { tenantId: { in: [...tenants] } }, select: { tenantId: true, transactionId: true, globalPosition: true } });
  const answers = await tx.kpiAnswer.findMany({
    where: { tenantId: { in: [...tenants] }, period, catalogueVersion: CATALOGUE_VERSION },
    select: { tenantId: true, transactionId: true, globalPosition: true, answer: true },
  });
  const headOf = new Map(heads.map((h) => [h.tenantId, { transactionId: h.transactionId, globalPosition: h.globalPosition }]));
  const answerOf = new Map(answers.map((a) => [a.tenantId, { position: { transactionId: a.transactionId, globalPosition: a.globalPosition }, kpis: a.answer as unknown as Kpi[] }]));
  return tenants.map((tenant) => ({ tenant, head: headOf.get(tenant) ?? null, answer: answerOf.get(tenant) ?? null }));
}

/** Keeps an answer computed at `head`; a newer one kept meanwhile (by a concurrent request) stays. */
export async function keepAnswer(tx: SqlQueryable, tenant: string, period: string, head: Position, kpis: readonly Kpi[]): Promise<void> {
  await tx.query(
    `INSERT INTO kpi_answers (tenant_id, period, catalogue_version, transaction_id, global_position, answer)
     VALUES ($1, $2, $3, $4::bigint, $5::bigint, $6::jsonb)
     ON CONFLICT (tenant_id, period) DO UPDATE
       SET catalogue_version = EXCLUDED.catalogue_version, transaction_id = EXCLUDED.transaction_id,
           global_position = EXCLUDED.global_position, answer = EXCLUDED.answer
       WHERE kpi_answers.catalogue_version <> EXCLUDED.catalogue_version
          OR (kpi_answers.transaction_id, kpi_answers.global_position) <= (EXCLUDED.transaction_id, EXCLUDED.global_position)`,
    [tenant, period, CATALOGUE_VERSION, head.transactionId.toString(), head.globalPosition.toString(), JSON.stringify(kpis)],
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
