// The committees of a tenant as of a business date: the name in force then and every name, the
// establishment (and the regulation in force then), the re-establishments (kiện toàn), the standing
// agency then and every designation, the dissolution. ETag of one committee: its stream's version.
import { Query } from '@nestjs/cqrs';
import { z } from 'zod';
import type { LocalDate } from '@bcd/calendar';
import { NotFound } from '@bcd/kernel';
import type { ScopedSqlClient } from '@bcd/auth';
import type { Decision } from '@bcd/regulation';
import type { RegulationRef } from '@bcd/contracts';
import { View, readModelQueryHandler } from '@bcd/service-host';
import { AgencyBook, AgencyRefViewSchema } from './agencies.query.js';

const dated = { effectiveOn: View.localDate, decision: View.decision };

export const CommitteeViewSchema = z.strictObject({
  committeeId: View.id,
  /** The name in force on the date asked about. */
  name: z.string(),
  names: z.array(z.strictObject({ name: z.string(), ...dated })),
  establishedOn: View.localDate,
  establishedBy: View.decision,
  regulationAtEstablishment: z.strictObject({ packId: z.string(), decisionNumber: z.string().nullable(), effectiveFrom: View.localDate }).nullable(),
  reestablishments: z.array(z.strictObject(dated)),
  /** The standing agency (Cơ quan thường trực) on the date asked about. */
  standingAgency: AgencyRefViewSchema.nullable(),
  standingAgencies: z.array(z.strictObject({ agencyId: View.id, ...dated })),
  dissolved: z.strictObject(dated).nullable(),
  version: z.int(),
});
export type CommitteeView = z.infer<typeof CommitteeViewSchema>;

/** The tenant's committees (or the one named) as of `asOf`, in the order they were established. */
export async function committeesOf(tx: ScopedSqlClient, book: AgencyBook, tenant: string, asOf: LocalDate, committeeId?: string): Promise<CommitteeView[]> {
  const committees = await tx.query<{
    committee_id: string;
    established_on: string;
    established_by: Decision;
    regulation: RegulationRef | null;
    dissolved_on: string | null;
    dissolved_by: Decision | null;
    version: number;
  }>(
    `SELECT committee_id::text AS committee_id, established_on::text AS established_on, established_by, regulation,
            dissolved_on::text AS dissolved_on, dissolved_by, version
     FROM membership_committees WHERE tenant_id = $1 AND ($2::uuid IS NULL OR committee_id = $2::uuid) ORDER BY established_on, committee_id`,
    [tenant, committeeId ?? null],
  );
  if (committees.length === 0) return [];
  const facts = await tx.query<{ committee_id: string; kind: string; value: string | null; effective_on: string; decision: Decision }>(
    `SELECT committee_id::text AS committee_id, kind, value, effective_on::text AS effective_on, decision FROM membership_committee_facts
     WHERE tenant_id = $1 AND ($2::uuid IS NULL OR committee_id = $2::uuid) ORDER BY effective_on`,
    [tenant, committeeId ?? null],
  );
  return committees.map((c) => {
    const own = facts.filter((f) => f.committee_id === c.committee_id);
    const names = own.filter((f) => f.kind === 'name').map((f) => ({ name: f.value ?? '', effectiveOn: f.effective_on, decision: f.decision }));
    const standing = own.filter((f) => f.kind === 'standing-agency').map((f) => ({ agencyId: f.value ?? '', effectiveOn: f.effective_on, decision: f.decision }));
    const standingNow = [...standing].reverse().find((s) => s.effectiveOn <= asOf);
    return {
      committeeId: c.committee_id,
      name: ([...names].reverse().find((n) => n.effectiveOn <= asOf) ?? names[0]).name,
      names,
      establishedOn: c.established_on,
      establishedBy: c.established_by,
      regulationAtEstablishment: c.regulation,
      reestablishments: own.filter((f) => f.kind === 'reestablished').map((f) => ({ effectiveOn: f.effective_on, decision: f.decision })),
      standingAgency: standingNow ? book.ref(standingNow.agencyId, asOf) : null,
      standingAgencies: standing,
      dissolved: c.dissolved_on === null || c.dissolved_by === null ? null : { effectiveOn: c.dissolved_on, decision: c.dissolved_by },
      version: c.version,
    };
  });
}

/** One committee as of `asOf`; 404 when the tenant has no such committee. */
export async function committeeOf(tx: ScopedSqlClient, book: AgencyBook, tenant: string, committeeId: string, asOf: LocalDate): Promise<CommitteeView> {
  const [committee] = await committeesOf(tx, book, tenant, asOf, committeeId);
  if (!committee) throw new NotFound('Committee', committeeId);
  return committee;
}

export class ListCommitteesQuery extends Query<CommitteeView[]> {
  constructor(readonly params: { tenant: string; asOf: LocalDate }) {
    super();
  }
}

export class GetCommitteeQuery extends Query<CommitteeView> {
  constructor(readonly params: { tenant: string; committeeId: string; asOf: LocalDate }) {
    super();
  }
}

export const committeeQueryHandlers = [
  readModelQueryHandler(ListCommitteesQuery, async (tx, { params: { tenant, asOf } }) => committeesOf(tx, await AgencyBook.load(tx, tenant), tenant, asOf)),
  readModelQueryHandler(GetCommitteeQuery, async (tx, { params: { tenant, committeeId, asOf } }) => committeeOf(tx, await AgencyBook.load(tx, tenant), tenant, committeeId, asOf)),
];
