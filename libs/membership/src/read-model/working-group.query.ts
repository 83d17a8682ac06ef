// A committee's working group on a business date: its name and forming decision, the leader then, the
// sub-groups formed by then, the members then with their agency (its name then) and nominating
// decision. ETag: the working group's stream version.
import { Query } from '@nestjs/cqrs';
import { z } from 'zod';
import type { LocalDate } from '@bcd/calendar';
import { NotFound } from '@bcd/kernel';
import type { ScopedSqlClient } from '@bcd/auth';
import type { Decision } from '@bcd/regulation';
import { View, readModelQueryHandler } from '@bcd/service-host';
import { AgencyBook, AgencyRefViewSchema } from './agencies.query.js';
import { person, PERSON_COLUMNS, PERSON_JOIN, PersonViewSchema, type PersonRow } from './people.query.js';

export const WorkingGroupViewSchema = z.strictObject({
  committeeId: View.id,
  asOf: View.localDate,
  name: z.string(),
  formedOn: View.localDate,
  decision: View.decision,
  leader: z.strictObject({ person: PersonViewSchema, since: View.localDate }).nullable(),
  subGroups: z.array(z.strictObject({ subGroupId: View.id, name: z.string(), formedOn: View.localDate })),
  members: z.array(
    z.strictObject({ person: PersonViewSchema, agency: AgencyRefViewSchema, subGroupId: View.id.nullable(), joinedOn: View.localDate, nomination: View.decision.nullable() }),
  ),
  version: z.int(),
});
export type WorkingGroupView = z.infer<typeof WorkingGroupViewSchema>;

/** The committee's working group on `asOf`; 404 when it has none. */
export async function workingGroupOf(tx: ScopedSqlClient, tenant: string, committeeId: string, asOf: LocalDate): Promise<WorkingGroupView> {
  const [group] = await tx.query<{ name: string; formed_on: string; decision: Decision; version: number }>(
    `SELECT name, formed_on::text AS formed_on, decision, version FROM membership_working_groups WHERE tenant_id = $1 AND committee_id = $2`,
    [tenant, committeeId],
  );
  if (!group) throw new NotFound('Working group of committee', committeeId);
  const book = await AgencyBook.load(tx, tenant);
  const [leader] = await tx.query<PersonRow & { valid_from: string }>(
    `SELECT l.valid_from::text AS valid_from, ${PERSON_COLUMNS('l')} FROM membership_working_group_leaders l ${PERSON_JOIN('l')}
     WHERE l.tenant_id = $1 AND l.committee_id = $2 AND l.valid_from <= $3 AND (l.valid_until IS NULL OR l.valid_until > $3)`,
    [tenant, committeeId, asOf],
  );
  const subGroups = await tx.query<{ sub_group_id: string; name: string; formed_on: string }>(
    `SELECT sub_group_id::text AS sub_group_id, name, formed_on::text AS formed_on FROM membership_sub_groups
     WHERE tenant_id = $1 AND committee_id = $2 AND formed_on <= $3 ORDER BY formed_on, name`,
    [tenant, committeeId, asOf],
  );
  const members = await tx.query<PersonRow & { agency_id: string; sub_group_id: string | null; joined_on: string; nomination: Decision | null }>(
    `SELECT w.agency_id::text AS agency_id, w.sub_group_id::text AS sub_group_id, w.joined_on::text AS joined_on, w.nomination, ${PERSON_COLUMNS('w')}
     FROM membership_working_group_members w ${PERSON_JOIN('w')}
     WHERE w.tenant_id = $1 AND w.committee_id = $2 AND w.joined_on <= $3 AND (w.left_on IS NULL OR w.left_on > $3)
     ORDER BY w.joined_on, w.person_id`,
    [tenant, committeeId, asOf],
  );
  return {
    committeeId,
    asOf,
    name: group.name,
    formedOn: group.formed_on,
    decision: group.decision,
    leader: leader ? { person: person(leader), since: leader.valid_from } : null,
    subGroups: subGroups.map((s) => ({ subGroupId: s.sub_group_id, name: s.name, formedOn: s.formed_on })),
    members: members.map((m) => ({ person: person(m), agency: book.ref(m.agency_id, asOf), subGroupId: m.sub_group_id, joinedOn: m.joined_on, nomination: m.nomination })),
    version: group.version,
  };
}

export class WorkingGroupQuery extends Query<WorkingGroupView> {
  constructor(readonly params: { tenant: string; committeeId: string; asOf: LocalDate }) {
    super();
  }
}

export const WorkingGroupHandler = readModelQueryHandler(WorkingGroupQuery, (tx, { params }) => workingGroupOf(tx, params.tenant, params.committeeId, params.asOf));
