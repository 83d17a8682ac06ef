// Seats pending replacement on a business date (Thanh Hóa 2014 Điều 2.4): a long absence notified and
// neither a replacement appointed nor the member back by then; since when, why, and the replacement the
// agency proposed by then (with their personal data, joined at read time).
import { Query } from '@nestjs/cqrs';
import { z } from 'zod';
import { LocalDate } from '@bcd/calendar';
import type { ScopedSqlClient } from '@bcd/auth';
import { View, readModelQueryHandler } from '@bcd/service-host';
import { MEMBER_ROLES, type MemberRole } from '../domain/committee/committee.js';
import { AgencyBook, AgencyRefViewSchema } from './agencies.query.js';
import { committeeOf } from './committees.query.js';
import { person, PERSON_COLUMNS, PERSON_JOIN, PersonViewSchema, type PersonRow } from './people.query.js';

export const PendingSeatViewSchema = z.strictObject({
  memberId: View.id,
  person: PersonViewSchema,
  role: z.enum(MEMBER_ROLES),
  agency: AgencyRefViewSchema,
  /** The date of the written notice: the seat is pending replacement since then. */
  pendingSince: View.localDate,
  daysPending: z.int(),
  reason: z.string(),
  absentFrom: View.localDate,
  expectedUntil: View.localDate.nullable(),
  noticeReference: z.string(),
  proposal: z.strictObject({ person: PersonViewSchema, proposedOn: View.localDate, proposalReference: z.string() }).nullable(),
});
export type PendingSeatView = z.infer<typeof PendingSeatViewSchema>;

type PendingRow = PersonRow & {
  member_id: string;
  agency_id: string;
  role: MemberRole;
  reason: string;
  absent_from: string;
  expected_until: string | null;
  notice_reference: string;
  notified_on: string;
  proposed_on: string | null;
  proposal_reference: string | null;
  proposed_person_id: string | null;
  proposed_full_name: string | null;
  proposed_email: string | null;
  proposed_phone: string | null;
  proposed_erased_at: Date | string | null;
};

/** The committee's seats pending replacement on `asOf`, oldest notice first; 404 when the tenant has no such committee. */
export async function seatsPendingOf(tx: ScopedSqlClient, tenant: string, committeeId: string, asOf: LocalDate): Promise<PendingSeatView[]> {
  const book = await AgencyBook.load(tx, tenant);
  await committeeOf(tx, book, tenant, committeeId, asOf);
  const rows = await tx.query<PendingRow>(
    `SELECT a.member_id::text AS member_id, m.agency_id::text AS agency_id, r.role, a.reason, a.absent_from::text AS absent_from,
            a.expected_until::text AS expected_until, a.notice_reference, a.notified_on::text AS notified_on,
            CASE WHEN a.proposed_on <= $3 THEN a.proposed_on::text END AS proposed_on,
            CASE WHEN a.proposed_on <= $3 THEN a.proposal_reference END AS proposal_reference,
            CASE WHEN a.proposed_on <= $3 THEN a.proposed_person_id::text END AS proposed_person_id,
            qd.full_name AS proposed_full_name, qd.email AS proposed_email, qd.phone AS proposed_phone, qp.erased_at AS proposed_erased_at,
            ${PERSON_COLUMNS('m')}
     FROM membership_absences a
     JOIN membership_members m ON m.tenant_id = a.tenant_id AND m.member_id = a.member_id
     JOIN membership_member_roles r ON r.tenant_id = m.tenant_id AND r.member_id = m.member_id AND r.valid_from <= $3 AND (r.valid_until IS NULL OR r.valid_until > $3)
     ${PERSON_JOIN('m')}
     LEFT JOIN membership_personal_data qd ON qd.tenant_id = a.tenant_id AND qd.person_id = a.proposed_person_id
     LEFT JOIN membership_people qp ON qp.tenant_id = a.tenant_id AND qp.person_id = a.proposed_person_id
     WHERE a.tenant_id = $1 AND a.committee_id = $2 AND a.notified_on <= $3 AND (a.resolved_on IS NULL OR a.resolved_on > $3)
     ORDER BY a.notified_on, a.member_id`,
    [tenant, committeeId, asOf],
  );
  return rows.map((row) => ({
    memberId: row.member_id,
    person: person(row),
    role: row.role,
    agency: book.ref(row.agency_id, asOf),
    pendingSince: row.notified_on,
    daysPending: LocalDate.daysBetween(row.notified_on as LocalDate, asOf),
    reason: row.reason,
    absentFrom: row.absent_from,
    expectedUntil: row.expected_until,
    noticeReference: row.notice_reference,
    proposal:
      row.proposed_person_id === null
        ? null
        : {
            person: person({
              person_id: row.proposed_person_id,
              full_name: row.proposed_full_name,
              email: row.proposed_email,
              phone: row.proposed_phone,
              erased_at: row.proposed_erased_at,
            }),
            proposedOn: row.proposed_on ?? '',
            proposalReference: row.proposal_reference ?? '',
          },
  }));
}

export class SeatsPendingReplacementQuery extends Query<PendingSeatView[]> {
  constructor(readonly params: { tenant: string; committeeId: string; asOf: LocalDate }) {
    super();
  }
}

export const SeatsPendingReplacementHandler = readModelQueryHandler(SeatsPendingReplacementQuery, (tx, { params }) =>
  seatsPendingOf(tx, params.tenant, params.committeeId, params.asOf),
);
