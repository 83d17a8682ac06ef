// The agencies of a tenant as of a business date: the name in force then, the name history, the merge.
// The AgencyBook resolves names and merges in memory (a province has dozens of agencies) for every view
// that shows an agency (roster, committees, working group). Every query runs under the request's
// row-level security scope and also filters by tenant itself.
import { Query } from '@nestjs/cqrs';
import { z } from 'zod';
import type { LocalDate } from '@bcd/calendar';
import { NotFound } from '@bcd/kernel';
import type { ScopedSqlClient } from '@bcd/auth';
import type { Decision } from '@bcd/regulation';
import { View, readModelQueryHandler } from '@bcd/service-host';
import { AGENCY_KINDS, type AgencyKind } from '../domain/agencies/agencies.js';

/** An agency as a view names it on a date. */
export const AgencyRefViewSchema = z.strictObject({
  agencyId: View.id,
  code: z.string(),
  kind: z.enum(AGENCY_KINDS),
  /** The name in force on the date asked about. */
  name: z.string(),
  /** The agency it had been merged into by that date (its name on that date), if any. */
  mergedInto: z.strictObject({ agencyId: View.id, code: z.string(), name: z.string(), effectiveOn: View.localDate }).nullable(),
});
export type AgencyRefView = z.infer<typeof AgencyRefViewSchema>;

export const AgencyViewSchema = z.strictObject({
  ...AgencyRefViewSchema.shape,
  /** Every name, in effective order (effectiveOn null: the registered name, in force until the first rename). */
  names: z.array(z.strictObject({ name: z.string(), effectiveOn: View.localDate.nullable(), decision: View.decision.nullable() })),
  merge: z.strictObject({ into: View.id, effectiveOn: View.localDate, decision: View.decision }).nullable(),
  revision: z.int(),
});
export type AgencyView = z.infer<typeof AgencyViewSchema>;

interface AgencyRow {
  agency_id: string;
  code: string;
  kind: AgencyKind;
  merged_into: string | null;
  merged_on: string | null;
  merge_decision: Decision | null;
  revision: number;
}
interface NameRow {
  agency_id: string;
  name: string;
  effective_on: string | null;
  decision: Decision | null;
}

/** The agencies of a tenant with their names, for resolving names as of a date in memory. */
export class AgencyBook {
  private readonly names = new Map<string, NameRow[]>();
  private readonly rows = new Map<string, AgencyRow>();

  constructor(rows: AgencyRow[], names: NameRow[]) {
    for (const row of rows) this.rows.set(row.agency_id, row);
    for (const name of names) this.names.set(name.agency_id, [...(this.names.get(name.agency_id) ?? []), name]);
    for (const list of this.names.values()) list.sort((a, b) => (a.effective_on ?? '').localeCompare(b.effective_on ?? ''));
  }

  static async load(tx: ScopedSqlClient, tenant: string): Promise<AgencyBook> {
    const rows = await tx.query<AgencyRow>(
      `SELECT agency_id::text AS agency_id, code, kind, merged_into::text AS merged_into, merged_on::text AS merged_on, merge_decision, revision
       FROM membership_agencies WHERE tenant_id = $1`,
      [tenant],
    );
    const names = await tx.query<NameRow>(
      `SELECT agency_id::text AS agency_id, name, effective_on::text AS effective_on, decision FROM membership_agency_names WHERE tenant_id = $1`,
      [tenant],
    );
    return new AgencyBook(rows, names);
  }

  all(): AgencyRow[] {
    return [...this.rows.values()];
  }

  nameOn(agencyId: string, date: LocalDate): string {
    const names = this.names.get(agencyId) ?? [];
    let name = names[0]?.name ?? '';
    for (const entry of names) if (entry.effective_on === null || entry.effective_on <= date) name = entry.name;
    return name;
  }

  ref(agencyId: string, date: LocalDate): AgencyRefView {
    const row = this.rows.get(agencyId);
    const mergedInto = this.successor(agencyId, date);
    return {
      agencyId,
      code: row?.code ?? '',
      kind: row?.kind ?? 'department',
      name: this.nameOn(agencyId, date),
      mergedInto:
        mergedInto === agencyId || !row?.merged_on
          ? null
          : { agencyId: mergedInto, code: this.rows.get(mergedInto)?.code ?? '', name: this.nameOn(mergedInto, date), effectiveOn: row.merged_on },
    };
  }

  view(agencyId: string, date: LocalDate): AgencyView {
    const row = this.rows.get(agencyId);
    if (!row) throw new Error(`Agency ${agencyId} is not in the read model`);
    return {
      ...this.ref(agencyId, date),
      names: (this.names.get(agencyId) ?? []).map((n) => ({ name: n.name, effectiveOn: n.effective_on, decision: n.decision })),
      merge:
        row.merged_into === null || row.merged_on === null || row.merge_decision === null
          ? null
          : { into: row.merged_into, effectiveOn: row.merged_on, decision: row.merge_decision },
      revision: row.revision,
    };
  }

  /** What the agency is part of on `date`, following merges. */
  successor(agencyId: string, date: LocalDate): string {
    let current = agencyId;
    for (let depth = 0; depth < 32; depth++) {
      const row = this.rows.get(current);
      if (!row || row.merged_into === null || row.merged_on === null || row.merged_on > date) return current;
      current = row.merged_into;
    }
    return current;
  }
}

/** The tenant's agencies as of `asOf`, by code. */
export async function agenciesOf(tx: ScopedSqlClient, tenant: string, asOf: LocalDate): Promise<AgencyView[]> {
  const book = await AgencyBook.load(tx, tenant);
  return book
    .all()
    .map((row) => book.view(row.agency_id, asOf))
    .sort((a, b) => a.code.localeCompare(b.code));
}

export class ListAgenciesQuery extends Query<AgencyView[]> {
  constructor(readonly params: { tenant: string; asOf: LocalDate }) {
    super();
  }
}

/** One agency as of `asOf` (ETag: its revision); 404 when unknown. */
export class GetAgencyQuery extends Query<AgencyView> {
  constructor(readonly params: { tenant: string; agencyId: string; asOf: LocalDate }) {
    super();
  }
}

export const agencyQueryHandlers = [
  readModelQueryHandler(ListAgenciesQuery, (tx, { params }) => agenciesOf(tx, params.tenant, params.asOf)),
  readModelQueryHandler(GetAgencyQuery, async (tx, { params: { tenant, agencyId, asOf } }) => {
    const agency = (await agenciesOf(tx, tenant, asOf)).find((a) => a.agencyId === agencyId);
    if (!agency) throw new NotFound('Agency', agencyId);
    return agency;
  }),
];
