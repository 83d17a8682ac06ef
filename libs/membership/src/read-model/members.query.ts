// One member of a committee over time: the person, the agency (its name today, or on the day the seat
// ended), the appointment, roles and responsibilities with their validity periods, long absences and
// their resolution, and the history of every event about the member. ETag: the member's own revision.
import { Query } from '@nestjs/cqrs';
import { z } from 'zod';
import type { LocalDate } from '@bcd/calendar';
import { NotFound } from '@bcd/kernel';
import type { ScopedSqlClient } from '@bcd/auth';
import type { Decision } from '@bcd/regulation';
import { View, readModelQueryHandler } from '@bcd/service-host';
import { MEMBER_ROLES, type MemberRole, type Responsibility } from '../domain/committee/committee.js';
import { AgencyBook, AgencyRefViewSchema } from './agencies.query.js';
import { person, PERSON_COLUMNS, PERSON_JOIN, PersonViewSchema, type PersonRow } from './people.query.js';

const period = { from: View.localDate, until: View.localDate.nullable() };

export const MemberHistoryEntrySchema = z.strictObject({
  type: z.string(),
  effectiveOn: View.localDate,
  detail: z.record(z.string(), z.unknown()),
  actor: View.actor.nullable(),
  recordedAt: View.instant,
});
export type MemberHistoryEntry = z.infer<typeof MemberHistoryEntrySchema>;

export const MemberViewSchema = z.strictObject({
  memberId: View.id,
  committeeId: View.id,
  person: PersonViewSchema,
  agency: AgencyRefViewSchema,
  appointedOn: View.localDate,
  appointedBy: View.decision,
  replaces: View.id.nullable(),
  ended: z.strictObject({ effectiveOn: View.localDate, reason: z.string(), decision: View.decision }).nullable(),
  roles: z.array(z.strictObject({ role: z.enum(MEMBER_ROLES), ...period, decision: View.decision })),
  responsibilities: z.array(
    z.strictObject({ responsibilities: z.array(z.strictObject({ area: z.string(), text: z.string() })), ...period, decision: View.decision.nullable() }),
  ),
  absences: z.array(
    z.strictObject({
      reason: z.string(),
      absentFrom: View.localDate,
      expectedUntil: View.localDate.nullable(),
      noticeReference: z.string(),
      notifiedOn: View.localDate,
      proposal: z.strictObject({ personId: View.id, proposedOn: View.localDate, proposalReference: z.string() }).nullable(),
      resolved: z.strictObject({ on: View.localDate, resolution: z.string(), replacementMemberId: View.id.nullable() }).nullable(),
    }),
  ),
  history: z.array(MemberHistoryEntrySchema),
  revision: z.int(),
});
export type MemberView = z.infer<typeof MemberViewSchema>;

interface AbsenceRow {
  reason: string;
  absent_from: string;
  expected_until: string | null;
  notice_reference: string;
  notified_on: string;
  proposed_person_id: string | null;
  proposed_on: string | null;
  proposal_reference: string | null;
  resolved_on: string | null;
  resolution: string | null;
  replacement_member_id: string | null;
}

/** The member, its agency named as of `today` (or the day its seat ended); 404 when unknown in that committee. */
export async function memberOf(tx: ScopedSqlClient, tenant: string, committeeId: string, memberId: string, today: LocalDate): Promise<MemberView> {
  const [row] = await tx.query<
    PersonRow & {
      agency_id: string;
      appointed_on: string;
      appointed_by: Decision;
      replaces: string | null;
      ended_on: string | null;
      end_reason: string | null;
      ended_by: Decision | null;
      revision: number;
    }
  >(
    `SELECT m.agency_id::text AS agency_id, m.appointed_on::text AS appointed_on, m.appointed_by, m.replaces::text AS replaces,
            m.ended_on::text AS ended_on, m.end_reason, m.ended_by, m.revision, ${PERSON_COLUMNS('m')}
     FROM membership_members m ${PERSON_JOIN('m')}
     WHERE m.tenant_id = $1 AND m.committee_id = $2 AND m.member_id = $3`,
    [tenant, committeeId, memberId],
  );
  if (!row) throw new NotFound('Member', memberId);
  const book = await AgencyBook.load(tx, tenant);
  const roles = await tx.query<{ role: MemberRole; valid_from: string; valid_until: string | null; decision: Decision }>(
    `SELECT role, valid_from::text AS valid_from, valid_until::text AS valid_until, decision FROM membership_member_roles
     WHERE tenant_id = $1 AND member_id = $2 ORDER BY valid_from`,
    [tenant, memberId],
  );
  const responsibilities = await tx.query<{ responsibilities: Responsibility[]; valid_from: string; valid_until: string | null; decision: Decision | null }>(
    `SELECT responsibilities, valid_from::text AS valid_from, valid_until::text AS valid_until, decision FROM membership_member_responsibilities
     WHERE tenant_id = $1 AND member_id = $2 ORDER BY valid_from`,
    [tenant, memberId],
  );
  const absences = await tx.query<AbsenceRow>(
    `SELECT reason, absent_from::text AS absent_from, expected_until::text AS expected_until, notice_reference, notified_on::text AS notified_on,
            proposed_person_id::text AS proposed_person_id, proposed_on::text AS proposed_on, proposal_reference,
            resolved_on::text AS resolved_on, resolution, replacement_member_id::text AS replacement_member_id
     FROM membership_absences WHERE tenant_id = $1 AND member_id = $2 ORDER BY notified_on`,
    [tenant, memberId],
  );
  const history = await tx.query<{ type: string; effective_on: string; detail: Record<string, unknown>; actor: MemberHistoryEntry['actor']; recorded_at: Date | string }>(
    `SELECT type, effective_on::text AS effective_on, detail, actor, recorded_at FROM membership_member_history
     WHERE tenant_id = $1 AND member_id = $2 ORDER BY global_position`,
    [tenant, memberId],
  );
  return {
    memberId,
    committeeId,
    person: person(row),
    agency: book.ref(row.agency_id, (row.ended_on as LocalDate | null) ?? today),
    appointedOn: row.appointed_on,
    appointedBy: row.appointed_by,
    replaces: row.replaces,
    ended: row.ended_on === null || row.ended_by === null ? null : { effectiveOn: row.ended_on, reason: row.end_reason ?? '', decision: row.ended_by },
    roles: roles.map((r) => ({ role: r.role, from: r.valid_from, until: r.valid_until, decision: r.decision })),
    responsibilities: responsibilities.map((r) => ({ responsibilities: r.responsibilities, from: r.valid_from, until: r.valid_until, decision: r.decision })),
    absences: absences.map((a) => ({
      reason: a.reason,
      absentFrom: a.absent_from,
      expectedUntil: a.expected_until,
      noticeReference: a.notice_reference,
      notifiedOn: a.notified_on,
      proposal: a.proposed_person_id === null ? null : { personId: a.proposed_person_id, proposedOn: a.proposed_on ?? '', proposalReference: a.proposal_reference ?? '' },
      resolved: a.resolved_on === null ? null : { on: a.resolved_on, resolution: a.resolution ?? '', replacementMemberId: a.replacement_member_id },
    })),
    history: history.map((h) => ({ type: h.type, effectiveOn: h.effective_on, detail: h.detail, actor: h.actor, recordedAt: new Date(h.recorded_at).toISOString() })),
    revision: row.revision,
  };
}

export class MemberQuery extends Query<MemberView> {
  /** `today` (in Vietnam): the agency of a serving member is named as it is today. */
  constructor(readonly params: { tenant: string; committeeId: string; memberId: string; today: LocalDate }) {
    super();
  }
}

export const MemberHandler = readModelQueryHandler(MemberQuery, (tx, { params }) => memberOf(tx, params.tenant, params.committeeId, params.memberId, params.today));
