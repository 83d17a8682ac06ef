// The roster of a committee on a business date: each member serving then, with the role they held then,
// their agency under its name then (and what it had been merged into by then), their responsibilities
// then, and whether the seat was pending replacement (Thanh Hóa 2014 Điều 2.4).
import { Query } from '@nestjs/cqrs';
import { z } from 'zod';
import type { LocalDate } from '@bcd/calendar';
import type { ScopedSqlClient } from '@bcd/auth';
import type { Decision } from '@bcd/regulation';
import { View, readModelQueryHandler } from '@bcd/service-host';
import { MEMBER_ROLES, type MemberRole, type Responsibility } from '../domain/committee/committee.js';
import { AgencyBook, AgencyRefViewSchema } from './agencies.query.js';
import { committeeOf, CommitteeViewSchema } from './committees.query.js';
import { person, PERSON_COLUMNS, PERSON_JOIN, PersonViewSchema, type PersonRow } from './people.query.js';

export const SeatViewSchema = z.strictObject({
  memberId: View.id,
  person: PersonViewSchema,
  role: z.enum(MEMBER_ROLES),
  agency: AgencyRefViewSchema,
  appointedOn: View.localDate,
  appointedBy: View.decision,
  /** Role held since (the appointment, or the last role change before the date). */
  roleSince: View.localDate,
  responsibilities: z.array(z.strictObject({ area: z.string(), text: z.string() })),
  /** Thanh Hóa 2014 Điều 2.4: a seat whose holder is away long is pending replacement until a replacement is appointed. */
  seat: z.union([z.strictObject({ status: z.literal('serving') }), z.strictObject({ status: z.literal('pending-replacement'), since: View.localDate })]),
  replaces: View.id.nullable(),
  revision: z.int(),
});
export type SeatView = z.infer<typeof SeatViewSchema>;

export const RosterViewSchema = z.strictObject({ asOf: View.localDate, committee: CommitteeViewSchema, members: z.array(SeatViewSchema) });
export type RosterView = z.infer<typeof RosterViewSchema>;

const ROLE_ORDER = new Map<string, number>(MEMBER_ROLES.map((role, i) => [role, i]));

/** The members serving on `asOf`, by role, then agency name; 404 when the tenant has no such committee. */
export async function rosterOf(tx: ScopedSqlClient, tenant: string, committeeId: string, asOf: LocalDate): Promise<RosterView> {
  const book = await AgencyBook.load(tx, tenant);
  const committee = await committeeOf(tx, book, tenant, committeeId, asOf);
  const rows = await tx.query<
    PersonRow & {
      member_id: string;
      agency_id: string;
      appointed_on: string;
      appointed_by: Decision;
      replaces: string | null;
      revision: number;
      role: MemberRole;
      role_from: string;
      responsibilities: Responsibility[] | null;
      pending_since: string | null;
    }
  >(
    `SELECT m.member_id::text AS member_id, m.agency_id::text AS agency_id, m.appointed_on::text AS appointed_on, m.appointed_by,
            m.replaces::text AS replaces, m.revision, r.role, r.valid_from::text AS role_from,
            (SELECT rs.responsibilities FROM membership_member_responsibilities rs
              WHERE rs.tenant_id = m.tenant_id AND rs.member_id = m.member_id AND rs.valid_from <= $3 AND (rs.valid_until IS NULL OR rs.valid_until > $3)
              ORDER BY rs.valid_from DESC LIMIT 1) AS responsibilities,
            (SELECT a.notified_on::text FROM membership_absences a
              WHERE a.tenant_id = m.tenant_id AND a.member_id = m.member_id AND a.notified_on <= $3 AND (a.resolved_on IS NULL OR a.resolved_on > $3)
              ORDER BY a.notified_on DESC LIMIT 1) AS pending_since,
            ${PERSON_COLUMNS('m')}
     FROM membership_members m
     JOIN membership_member_roles r ON r.tenant_id = m.tenant_id AND r.member_id = m.member_id AND r.valid_from <= $3 AND (r.valid_until IS NULL OR r.valid_until > $3)
     ${PERSON_JOIN('m')}
     WHERE m.tenant_id = $1 AND m.committee_id = $2 AND m.appointed_on <= $3 AND (m.ended_on IS NULL OR m.ended_on > $3)`,
    [tenant, committeeId, asOf],
  );
  const members: SeatView[] = rows.map((row) => ({
    memberId: row.member_id,
    person: person(row),
    role: row.role,
    agency: book.ref(row.agency_id, asOf),
    appointedOn: row.appointed_on,
    appointedBy: row.appointed_by,
    roleSince: row.role_from,
    responsibilities: row.responsibilities ?? [],
    seat: row.pending_since === null ? { status: 'serving' } : { status: 'pending-replacement', since: row.pending_since },
    replaces: row.replaces,
    revision: row.revision,
  }));
  members.sort((a, b) => (ROLE_ORDER.get(a.role) ?? 0) - (ROLE_ORDER.get(b.role) ?? 0) || a.agency.name.localeCompare(b.agency.name, 'vi') || a.memberId.localeCompare(b.memberId));
  return { asOf, committee, members };
}

export class RosterQuery extends Query<RosterView> {
  constructor(readonly params: { tenant: string; committeeId: string; asOf: LocalDate }) {
    super();
  }
}

export const RosterHandler = readModelQueryHandler(RosterQuery, (tx, { params }) => rosterOf(tx, params.tenant, params.committeeId, params.asOf));
