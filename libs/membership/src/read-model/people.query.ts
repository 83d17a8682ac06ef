// People with their personal data, joined at read time from the personal-data store (never copied into
// a read model): an erased person's name is gone from every answer the moment their row is deleted, and
// every view that shows a person (roster, member, seats pending, working group) uses the same join.
import { Query } from '@nestjs/cqrs';
import { z } from 'zod';
import { NotFound } from '@bcd/kernel';
import type { ScopedSqlClient } from '@bcd/auth';
import { View, readModelQueryHandler } from '@bcd/service-host';

export const PersonViewSchema = z.strictObject({
  personId: View.id,
  /** null once the person was erased (or when their personal data is missing). */
  fullName: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  erased: z.boolean(),
});
export type PersonView = z.infer<typeof PersonViewSchema>;

export const PersonDetailViewSchema = z.strictObject({
  ...PersonViewSchema.shape,
  registeredAt: View.instant,
  erasedAt: View.instant.nullable(),
  /** The login account (user id) the person acts as; null: none (and none once erased). */
  userId: View.id.nullable(),
  /** The person stream's version: their ETag. */
  version: z.int(),
});
export type PersonDetailView = z.infer<typeof PersonDetailViewSchema>;

/** The columns `person()` reads, from a row whose `person_id` is in `alias`. */
export interface PersonRow {
  person_id: string;
  full_name: string | null;
  email: string | null;
  phone: string | null;
  erased_at: Date | string | null;
}

export const PERSON_COLUMNS = (alias: string) => `${alias}.person_id::text AS person_id, pd.full_name, pd.email, pd.phone, pp.erased_at`;
export const PERSON_JOIN = (alias: string) =>
  `LEFT JOIN membership_personal_data pd ON pd.tenant_id = ${alias}.tenant_id AND pd.person_id = ${alias}.person_id
   LEFT JOIN membership_people pp ON pp.tenant_id = ${alias}.tenant_id AND pp.person_id = ${alias}.person_id`;

export function person(row: PersonRow): PersonView {
  const erased = row.erased_at !== null;
  return {
    personId: row.person_id,
    fullName: erased ? null : row.full_name,
    email: erased ? null : row.email,
    phone: erased ? null : row.phone,
    erased,
  };
}

/** The tenant's people (or the one named), in the order they were registered. */
export async function peopleOf(tx: ScopedSqlClient, tenant: string, personId?: string): Promise<PersonDetailView[]> {
  const rows = await tx.query<PersonRow & { registered_at: Date | string; version: number; user_id: string | null }>(
    `SELECT pp.registered_at, pp.version, pp.user_id::text AS user_id, ${PERSON_COLUMNS('pp')} FROM membership_people pp
     LEFT JOIN membership_personal_data pd ON pd.tenant_id = pp.tenant_id AND pd.person_id = pp.person_id
     WHERE pp.tenant_id = $1 AND ($2::uuid IS NULL OR pp.person_id = $2::uuid) ORDER BY pp.registered_at, pp.person_id`,
    [tenant, personId ?? null],
  );
  return rows.map((row) => ({
    ...person(row),
    registeredAt: new Date(row.registered_at).toISOString(),
    erasedAt: row.erased_at === null ? null : new Date(row.erased_at).toISOString(),
    userId: row.user_id,
    version: row.version,
  }));
}

export class ListPeopleQuery extends Query<PersonDetailView[]> {
  constructor(readonly params: { tenant: string }) {
    super();
  }
}

/** One person (ETag: their version); 404 when unknown. */
export class GetPersonQuery extends Query<PersonDetailView> {
  constructor(readonly params: { tenant: string; personId: string }) {
    super();
  }
}

export const peopleQueryHandlers = [
  readModelQueryHandler(ListPeopleQuery, (tx, { params }) => peopleOf(tx, params.tenant)),
  readModelQueryHandler(GetPersonQuery, async (tx, { params: { tenant, personId } }) => {
    const [found] = await peopleOf(tx, tenant, personId);
    if (!found) throw new NotFound('Person', personId);
    return found;
  }),
];
