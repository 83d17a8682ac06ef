// Reads of the membership read model. Every query runs through readInScope (as `bcd_reader`, under the
// row-level security settings of the caller's scope) and also filters by tenant itself: either wall
// alone keeps tenants apart. Personal data is joined from the personal-data store at read time, so an
// erased person's name is gone from every answer the moment the row is deleted.
import type { LocalDate } from '@bcd/calendar';
import { readInScope, type ScopedSqlClient, type ScopedSqlDatabase, type TenantScope } from '@bcd/auth';
import { MEMBER_ROLES, type MemberRole, type Responsibility } from '../domain/committee.js';
import type { AgencyKind } from '../domain/agencies.js';
import type { Decision, RegulationRef } from '../domain/facts.js';

export interface PersonView {
  personId: string;
  /** null once the person was erased (or when their personal data is missing). */
  fullName: string | null;
  email: string | null;
  phone: string | null;
  erased: boolean;
}

export interface AgencyRefView {
  agencyId: string;
  code: string;
  kind: AgencyKind;
  /** The name in force on the date asked about. */
  name: string;
  /** The agency it had been merged into by that date (its name on that date), if any. */
  mergedInto: { agencyId: string; code: string; name: string; effectiveOn: LocalDate } | null;
}

export interface AgencyView extends AgencyRefView {
  /** Every name, in effective order (effectiveOn null: the registered name, in force until the first rename). */
  names: { name: string; effectiveOn: LocalDate | null; decision: Decision | null }[];
  merge: { into: string; effectiveOn: LocalDate; decision: Decision } | null;
  revision: number;
}

export interface CommitteeView {
  committeeId: string;
  /** The name in force on the date asked about. */
  name: string;
  names: { name: string; effectiveOn: LocalDate; decision: Decision }[];
  establishedOn: LocalDate;
  establishedBy: Decision;
  regulationAtEstablishment: RegulationRef | null;
  reestablishments: { effectiveOn: LocalDate; decision: Decision }[];
  /** The standing agency (Cơ quan thường trực) on the date asked about. */
  standingAgency: AgencyRefView | null;
  standingAgencies: { agencyId: string; effectiveOn: LocalDate; decision: Decision }[];
  dissolved: { effectiveOn: LocalDate; decision: Decision } | null;
  version: number;
}

export interface SeatView {
  memberId: string;
  person: PersonView;
  role: MemberRole;
  agency: AgencyRefView;
  appointedOn: LocalDate;
  appointedBy: Decision;
  /** Role held since (the appointment, or the last role change before the date). */
  roleSince: LocalDate;
  responsibilities: Responsibility[];
  /** Thanh Hóa 2014 Điều 2.4: a seat whose holder is away long is pending replacement until a replacement is appointed. */
  seat: { status: 'serving' } | { status: 'pending-replacement'; since: LocalDate };
  replaces: string | null;
  revision: number;
}

export interface RosterView {
  asOf: LocalDate;
  committee: CommitteeView;
  members: SeatView[];
}

export interface PendingSeatView {
  memberId: string;
  person: PersonView;
  role: MemberRole;
  agency: AgencyRefView;
  /** The date of the written notice: the seat is pending replacement since then. */
  pendingSince: LocalDate;
  daysPending: number;
  reason: string;
  absentFrom: LocalDate;
  expectedUntil: LocalDate | null;
  noticeReference: string;
  proposal: { person: PersonView; proposedOn: LocalDate; proposalReference: string } | null;
}

export interface MemberHistoryEntry {
  type: string;
  effectiveOn: LocalDate;
  detail: Record<string, unknown>;
  actor: { userId: string; role?: string } | null;
  recordedAt: string;
}

export interface MemberView {
  memberId: string;
  committeeId: string;
  person: PersonView;
  agency: AgencyRefView;
  appointedOn: LocalDate;
  appointedBy: Decision;
  replaces: string | null;
  ended: { effectiveOn: LocalDate; reason: string; decision: Decision } | null;
  roles: { role: MemberRole; from: LocalDate; until: LocalDate | null; decision: Decision }[];
  responsibilities: { responsibilities: Responsibility[]; from: LocalDate; until: LocalDate | null; decision: Decision | null }[];
  absences: {
    reason: string;
    absentFrom: LocalDate;
    expectedUntil: LocalDate | null;
    noticeReference: string;
    notifiedOn: LocalDate;
    proposal: { personId: string; proposedOn: LocalDate; proposalReference: string } | null;
    resolved: { on: LocalDate; resolution: string; replacementMemberId: string | null } | null;
  }[];
  history: MemberHistoryEntry[];
  revision: number;
}

export interface WorkingGroupView {
  committeeId: string;
  asOf: LocalDate;
  name: string;
  formedOn: LocalDate;
  decision: Decision;
  leader: { person: PersonView; since: LocalDate } | null;
  subGroups: { subGroupId: string; name: string; formedOn: LocalDate }[];
  members: { person: PersonView; agency: AgencyRefView; subGroupId: string | null; joinedOn: LocalDate; nomination: Decision | null }[];
  version: number;
}

export interface PersonDetailView extends PersonView {
  registeredAt: string;
  erasedAt: string | null;
  version: number;
}

// ---- rows ----

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
interface PersonRow {
  person_id: string;
  full_name: string | null;
  email: string | null;
  phone: string | null;
  erased_at: Date | string | null;
}

const PERSON_COLUMNS = (alias: string) =>
  `${alias}.person_id::text AS person_id, pd.full_name, pd.email, pd.phone, pp.erased_at`;
const PERSON_JOIN = (alias: string) =>
  `LEFT JOIN membership_personal_data pd ON pd.tenant_id = ${alias}.tenant_id AND pd.person_id = ${alias}.person_id
   LEFT JOIN membership_people pp ON pp.tenant_id = ${alias}.tenant_id AND pp.person_id = ${alias}.person_id`;

/** The agencies of a tenant with their names, for resolving names as of a date in memory (a province has dozens). */
class AgencyBook {
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
          : { agencyId: mergedInto, code: this.rows.get(mergedInto)?.code ?? '', name: this.nameOn(mergedInto, date), effectiveOn: row.merged_on as LocalDate },
    };
  }

  view(agencyId: string, date: LocalDate): AgencyView {
    const row = this.rows.get(agencyId);
    if (!row) throw new Error(`Agency ${agencyId} is not in the read model`);
    return {
      ...this.ref(agencyId, date),
      names: (this.names.get(agencyId) ?? []).map((n) => ({ name: n.name, effectiveOn: n.effective_on as LocalDate | null, decision: n.decision })),
      merge:
        row.merged_into === null || row.merged_on === null || row.merge_decision === null
          ? null
          : { into: row.merged_into, effectiveOn: row.merged_on as LocalDate, decision: row.merge_decision },
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

function person(row: PersonRow): PersonView {
  const erased = row.erased_at !== null;
  return {
    personId: row.person_id,
    fullName: erased ? null : row.full_name,
    email: erased ? null : row.email,
    phone: erased ? null : row.phone,
    erased,
  };
}

const ROLE_ORDER = new Map<string, number>(MEMBER_ROLES.map((role, i) => [role, i]));

export class MembershipQueries {
  constructor(private readonly db: ScopedSqlDatabase) {}

  async agencies(scope: TenantScope, tenant: string, asOf: LocalDate): Promise<AgencyView[]> {
    return readInScope(this.db, scope, async (tx) => {
      const book = await AgencyBook.load(tx, tenant);
      return book
        .all()
        .map((row) => book.view(row.agency_id, asOf))
        .sort((a, b) => a.code.localeCompare(b.code));
    });
  }

  async agency(scope: TenantScope, tenant: string, agencyId: string, asOf: LocalDate): Promise<AgencyView | undefined> {
    return (await this.agencies(scope, tenant, asOf)).find((a) => a.agencyId === agencyId);
  }

  async committees(scope: TenantScope, tenant: string, asOf: LocalDate): Promise<CommitteeView[]> {
    return readInScope(this.db, scope, async (tx) => {
      const book = await AgencyBook.load(tx, tenant);
      return this.loadCommittees(tx, book, tenant, asOf);
    });
  }

  async committee(scope: TenantScope, tenant: string, committeeId: string, asOf: LocalDate): Promise<CommitteeView | undefined> {
    return readInScope(this.db, scope, async (tx) => {
      const book = await AgencyBook.load(tx, tenant);
      return (await this.loadCommittees(tx, book, tenant, asOf, committeeId))[0];
    });
  }

  /** The members serving on `asOf`, with their role, agency name and responsibilities as of that date. */
  async roster(scope: TenantScope, tenant: string, committeeId: string, asOf: LocalDate): Promise<RosterView | undefined> {
    return readInScope(this.db, scope, async (tx) => {
      const book = await AgencyBook.load(tx, tenant);
      const [committee] = await this.loadCommittees(tx, book, tenant, asOf, committeeId);
      if (!committee) return undefined;
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
        appointedOn: row.appointed_on as LocalDate,
        appointedBy: row.appointed_by,
        roleSince: row.role_from as LocalDate,
        responsibilities: row.responsibilities ?? [],
        seat: row.pending_since === null ? { status: 'serving' } : { status: 'pending-replacement', since: row.pending_since as LocalDate },
        replaces: row.replaces,
        revision: row.revision,
      }));
      members.sort((a, b) => ((ROLE_ORDER.get(a.role) ?? 0) - (ROLE_ORDER.get(b.role) ?? 0)) || a.agency.name.localeCompare(b.agency.name, 'vi') || a.memberId.localeCompare(b.memberId));
      return { asOf, committee, members };
    });
  }

  async member(scope: TenantScope, tenant: string, committeeId: string, memberId: string, today: LocalDate): Promise<MemberView | undefined> {
    return readInScope(this.db, scope, async (tx) => {
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
      if (!row) return undefined;
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
      const absences = await tx.query<{
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
      }>(
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
        agency: book.ref(row.agency_id, row.ended_on === null ? today : (row.ended_on as LocalDate)),
        appointedOn: row.appointed_on as LocalDate,
        appointedBy: row.appointed_by,
        replaces: row.replaces,
        ended: row.ended_on === null || row.ended_by === null ? null : { effectiveOn: row.ended_on as LocalDate, reason: row.end_reason ?? '', decision: row.ended_by },
        roles: roles.map((r) => ({ role: r.role, from: r.valid_from as LocalDate, until: r.valid_until as LocalDate | null, decision: r.decision })),
        responsibilities: responsibilities.map((r) => ({
          responsibilities: r.responsibilities,
          from: r.valid_from as LocalDate,
          until: r.valid_until as LocalDate | null,
          decision: r.decision,
        })),
        absences: absences.map((a) => ({
          reason: a.reason,
          absentFrom: a.absent_from as LocalDate,
          expectedUntil: a.expected_until as LocalDate | null,
          noticeReference: a.notice_reference,
          notifiedOn: a.notified_on as LocalDate,
          proposal:
            a.proposed_person_id === null
              ? null
              : { personId: a.proposed_person_id, proposedOn: a.proposed_on as LocalDate, proposalReference: a.proposal_reference ?? '' },
          resolved: a.resolved_on === null ? null : { on: a.resolved_on as LocalDate, resolution: a.resolution ?? '', replacementMemberId: a.replacement_member_id },
        })),
        history: history.map((h) => ({
          type: h.type,
          effectiveOn: h.effective_on as LocalDate,
          detail: h.detail,
          actor: h.actor,
          recordedAt: new Date(h.recorded_at).toISOString(),
        })),
        revision: row.revision,
      };
    });
  }

  /** Seats pending replacement on `asOf` (a long absence notified, no replacement appointed yet), and since when. */
  async seatsPendingReplacement(scope: TenantScope, tenant: string, committeeId: string, asOf: LocalDate): Promise<PendingSeatView[]> {
    return readInScope(this.db, scope, async (tx) => {
      const book = await AgencyBook.load(tx, tenant);
      const rows = await tx.query<
        PersonRow & {
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
        }
      >(
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
        pendingSince: row.notified_on as LocalDate,
        daysPending: Math.round((Date.parse(asOf) - Date.parse(row.notified_on)) / 86_400_000),
        reason: row.reason,
        absentFrom: row.absent_from as LocalDate,
        expectedUntil: row.expected_until as LocalDate | null,
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
                proposedOn: row.proposed_on as LocalDate,
                proposalReference: row.proposal_reference ?? '',
              },
      }));
    });
  }

  async workingGroup(scope: TenantScope, tenant: string, committeeId: string, asOf: LocalDate): Promise<WorkingGroupView | undefined> {
    return readInScope(this.db, scope, async (tx) => {
      const [group] = await tx.query<{ name: string; formed_on: string; decision: Decision; version: number }>(
        `SELECT name, formed_on::text AS formed_on, decision, version FROM membership_working_groups WHERE tenant_id = $1 AND committee_id = $2`,
        [tenant, committeeId],
      );
      if (!group) return undefined;
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
        formedOn: group.formed_on as LocalDate,
        decision: group.decision,
        leader: leader ? { person: person(leader), since: leader.valid_from as LocalDate } : null,
        subGroups: subGroups.map((s) => ({ subGroupId: s.sub_group_id, name: s.name, formedOn: s.formed_on as LocalDate })),
        members: members.map((m) => ({
          person: person(m),
          agency: book.ref(m.agency_id, asOf),
          subGroupId: m.sub_group_id,
          joinedOn: m.joined_on as LocalDate,
          nomination: m.nomination,
        })),
        version: group.version,
      };
    });
  }

  async people(scope: TenantScope, tenant: string, personId?: string): Promise<PersonDetailView[]> {
    return readInScope(this.db, scope, async (tx) => {
      const rows = await tx.query<PersonRow & { registered_at: Date | string; version: number }>(
        `SELECT pp.registered_at, pp.version, ${PERSON_COLUMNS('pp')} FROM membership_people pp
         LEFT JOIN membership_personal_data pd ON pd.tenant_id = pp.tenant_id AND pd.person_id = pp.person_id
         WHERE pp.tenant_id = $1 AND ($2::uuid IS NULL OR pp.person_id = $2::uuid) ORDER BY pp.registered_at, pp.person_id`,
        [tenant, personId ?? null],
      );
      return rows.map((row) => ({
        ...person(row),
        registeredAt: new Date(row.registered_at).toISOString(),
        erasedAt: row.erased_at === null ? null : new Date(row.erased_at).toISOString(),
        version: row.version,
      }));
    });
  }

  private async loadCommittees(tx: ScopedSqlClient, book: AgencyBook, tenant: string, asOf: LocalDate, committeeId?: string): Promise<CommitteeView[]> {
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
      const names = own.filter((f) => f.kind === 'name').map((f) => ({ name: f.value ?? '', effectiveOn: f.effective_on as LocalDate, decision: f.decision }));
      const standing = own
        .filter((f) => f.kind === 'standing-agency')
        .map((f) => ({ agencyId: f.value ?? '', effectiveOn: f.effective_on as LocalDate, decision: f.decision }));
      const standingNow = [...standing].reverse().find((s) => s.effectiveOn <= asOf);
      return {
        committeeId: c.committee_id,
        name: ([...names].reverse().find((n) => n.effectiveOn <= asOf) ?? names[0]).name,
        names,
        establishedOn: c.established_on as LocalDate,
        establishedBy: c.established_by,
        regulationAtEstablishment: c.regulation,
        reestablishments: own.filter((f) => f.kind === 'reestablished').map((f) => ({ effectiveOn: f.effective_on as LocalDate, decision: f.decision })),
        standingAgency: standingNow ? book.ref(standingNow.agencyId, asOf) : null,
        standingAgencies: standing,
        dissolved: c.dissolved_on === null || c.dissolved_by === null ? null : { effectiveOn: c.dissolved_on as LocalDate, decision: c.dissolved_by },
        version: c.version,
      };
    });
  }
}
