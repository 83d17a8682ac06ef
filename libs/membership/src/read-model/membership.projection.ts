// The projection `membership-read-model`: membership.* events into the read-model tables, one batch and
// its checkpoint per transaction. Dated facts become rows with validity periods (valid_from ≤ date <
// valid_until), so the roster can be read as of any business date. No event holds personal data, and so
// no row written here does either. A member's revision (its ETag) counts the events `revisedMembers` of
// the committee's domain names, as the decider's state does.
import { fileURLToPath } from 'node:url';
import type { RecordedEvent } from '@bcd/kernel';
import type { SqlQueryable } from '@bcd/event-store';
import { defineProjection, type ProjectionHandlers } from '@bcd/service-host';
import type { AgencyEvent } from '../domain/agencies/agencies.js';
import { revisedMembers, type CommitteeEvent } from '../domain/committee/committee.js';
import type { PersonEvent } from '../domain/person/person.js';
import type { WorkingGroupEvent } from '../domain/working-group/working-group.js';

export const MEMBERSHIP_MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));
export const MEMBERSHIP_MIGRATIONS_TABLE = 'membership_schema_migrations';
/** Kept from the first version: existing checkpoints are stored under it. */
export const MEMBERSHIP_PROJECTION_ID = 'membership-read-model';

const json = (value: unknown) => JSON.stringify(value);

const agencyHandlers: ProjectionHandlers<AgencyEvent> = {
  async AgencyRegistered(tx, { agencyId, code, kind, name }, recorded) {
    const t = recorded.tenantId;
    await tx.query(
      `INSERT INTO membership_agencies (tenant_id, agency_id, code, kind, revision, registered_at) VALUES ($1, $2, $3, $4, 1, $5) ON CONFLICT DO NOTHING`,
      [t, agencyId, code, kind, recorded.recordedAt.toISOString()],
    );
    await tx.query(`INSERT INTO membership_agency_names (tenant_id, agency_id, event_id, name) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, [t, agencyId, recorded.eventId, name]);
  },
  async AgencyRenamed(tx, { agencyId, name, effectiveOn, decision }, recorded) {
    const t = recorded.tenantId;
    await tx.query(
      `INSERT INTO membership_agency_names (tenant_id, agency_id, event_id, name, effective_on, decision) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
      [t, agencyId, recorded.eventId, name, effectiveOn, json(decision)],
    );
    await tx.query(`UPDATE membership_agencies SET revision = revision + 1 WHERE tenant_id = $1 AND agency_id = $2`, [t, agencyId]);
  },
  async AgencyMerged(tx, { agencyId, into, effectiveOn, decision }, recorded) {
    await tx.query(
      `UPDATE membership_agencies SET merged_into = $3, merged_on = $4, merge_decision = $5, revision = revision + 1 WHERE tenant_id = $1 AND agency_id = $2`,
      [recorded.tenantId, agencyId, into, effectiveOn, json(decision)],
    );
  },
};

const committeeHandlers: ProjectionHandlers<CommitteeEvent> = {
  async CommitteeEstablished(tx, { committeeId, name, decision, establishedOn, regulation, standingAgencyId }, recorded) {
    await tx.query(
      `INSERT INTO membership_committees (tenant_id, committee_id, established_on, established_by, regulation, version) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
      [recorded.tenantId, committeeId, establishedOn, json(decision), regulation === null ? null : json(regulation), recorded.streamVersion],
    );
    await committeeFact(tx, recorded, committeeId, 'name', name, establishedOn, decision);
    if (standingAgencyId !== null) await committeeFact(tx, recorded, committeeId, 'standing-agency', standingAgencyId, establishedOn, decision);
  },
  async CommitteeReestablished(tx, { committeeId, decision, effectiveOn, carriedOver }, recorded) {
    await committeeVersion(tx, recorded, committeeId);
    await committeeFact(tx, recorded, committeeId, 'reestablished', null, effectiveOn, decision);
    for (const memberId of carriedOver) await history(tx, recorded, memberId, effectiveOn, { decision, carriedOver: true });
  },
  async CommitteeRenamed(tx, { committeeId, name, decision, effectiveOn }, recorded) {
    await committeeVersion(tx, recorded, committeeId);
    await committeeFact(tx, recorded, committeeId, 'name', name, effectiveOn, decision);
  },
  async CommitteeDissolved(tx, { committeeId, decision, effectiveOn }, recorded) {
    await committeeVersion(tx, recorded, committeeId);
    await tx.query(`UPDATE membership_committees SET dissolved_on = $3, dissolved_by = $4 WHERE tenant_id = $1 AND committee_id = $2`, [
      recorded.tenantId,
      committeeId,
      effectiveOn,
      json(decision),
    ]);
  },
  async StandingAgencyDesignated(tx, { committeeId, agencyId, decision, effectiveOn }, recorded) {
    await committeeVersion(tx, recorded, committeeId);
    await committeeFact(tx, recorded, committeeId, 'standing-agency', agencyId, effectiveOn, decision);
  },
  async MemberAppointed(tx, { committeeId, memberId, personId, role, agencyId, decision, effectiveOn, replaces }, recorded) {
    const t = recorded.tenantId;
    await committeeVersion(tx, recorded, committeeId);
    await tx.query(
      `INSERT INTO membership_members (tenant_id, committee_id, member_id, person_id, agency_id, appointed_on, appointed_by, replaces, revision)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0) ON CONFLICT DO NOTHING`,
      [t, committeeId, memberId, personId, agencyId, effectiveOn, json(decision), replaces],
    );
    await roleFrom(tx, recorded, memberId, role, effectiveOn, decision);
    if (replaces !== null) {
      await tx.query(
        `UPDATE membership_absences SET replacement_member_id = $3 WHERE tenant_id = $1 AND member_id = $2 AND resolution = 'replaced' AND replacement_member_id IS NULL`,
        [t, replaces, memberId],
      );
    }
    await history(tx, recorded, memberId, effectiveOn, { personId, role, agencyId, decision, replaces });
  },
  async MemberRoleChanged(tx, { committeeId, memberId, role, previousRole, decision, effectiveOn }, recorded) {
    await committeeVersion(tx, recorded, committeeId);
    await endPeriod(tx, recorded, 'membership_member_roles', memberId, effectiveOn);
    await roleFrom(tx, recorded, memberId, role, effectiveOn, decision);
    await history(tx, recorded, memberId, effectiveOn, { role, previousRole, decision });
  },
  async ResponsibilitiesAssigned(tx, { committeeId, memberId, responsibilities, effectiveOn, decision }, recorded) {
    await committeeVersion(tx, recorded, committeeId);
    await endPeriod(tx, recorded, 'membership_member_responsibilities', memberId, effectiveOn);
    await tx.query(
      `INSERT INTO membership_member_responsibilities (tenant_id, member_id, event_id, responsibilities, valid_from, decision) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
      [recorded.tenantId, memberId, recorded.eventId, json(responsibilities), effectiveOn, decision === null ? null : json(decision)],
    );
    await history(tx, recorded, memberId, effectiveOn, { responsibilities, decision });
  },
  async MemberDismissed(tx, { committeeId, memberId, reason, decision, effectiveOn }, recorded) {
    const t = recorded.tenantId;
    await committeeVersion(tx, recorded, committeeId);
    await tx.query(`UPDATE membership_members SET ended_on = $3, end_reason = $4, ended_by = $5 WHERE tenant_id = $1 AND member_id = $2`, [
      t,
      memberId,
      effectiveOn,
      reason,
      json(decision),
    ]);
    await endPeriod(tx, recorded, 'membership_member_roles', memberId, effectiveOn);
    await endPeriod(tx, recorded, 'membership_member_responsibilities', memberId, effectiveOn);
    await tx.query(`UPDATE membership_absences SET resolved_on = $3, resolution = $4 WHERE tenant_id = $1 AND member_id = $2 AND resolved_on IS NULL`, [
      t,
      memberId,
      effectiveOn,
      reason === 'replaced' ? 'replaced' : 'seat-ended',
    ]);
    await history(tx, recorded, memberId, effectiveOn, { reason, decision });
  },
  async LongAbsenceNotified(tx, { committeeId, memberId, reason, from, expectedUntil, noticeReference, notifiedOn }, recorded) {
    await committeeVersion(tx, recorded, committeeId);
    await tx.query(
      `INSERT INTO membership_absences (tenant_id, committee_id, member_id, event_id, reason, absent_from, expected_until, notice_reference, notified_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING`,
      [recorded.tenantId, committeeId, memberId, recorded.eventId, reason, from, expectedUntil, noticeReference, notifiedOn],
    );
    await history(tx, recorded, memberId, notifiedOn, { reason, from, expectedUntil, noticeReference });
  },
  async ReplacementProposed(tx, { committeeId, memberId, personId, proposedOn, proposalReference }, recorded) {
    await committeeVersion(tx, recorded, committeeId);
    await tx.query(
      `UPDATE membership_absences SET proposed_person_id = $3, proposed_on = $4, proposal_reference = $5 WHERE tenant_id = $1 AND member_id = $2 AND resolved_on IS NULL`,
      [recorded.tenantId, memberId, personId, proposedOn, proposalReference],
    );
    await history(tx, recorded, memberId, proposedOn, { personId, proposalReference });
  },
  async LongAbsenceEnded(tx, { committeeId, memberId, endedOn }, recorded) {
    await committeeVersion(tx, recorded, committeeId);
    await tx.query(`UPDATE membership_absences SET resolved_on = $3, resolution = 'returned' WHERE tenant_id = $1 AND member_id = $2 AND resolved_on IS NULL`, [
      recorded.tenantId,
      memberId,
      endedOn,
    ]);
    await history(tx, recorded, memberId, endedOn, {});
  },
};

const personHandlers: ProjectionHandlers<PersonEvent> = {
  async PersonRegistered(tx, { personId }, recorded) {
    await tx.query(`INSERT INTO membership_people (tenant_id, person_id, registered_at, version) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, [
      recorded.tenantId,
      personId,
      recorded.recordedAt.toISOString(),
      recorded.streamVersion,
    ]);
  },
  async PersonalDataChanged(tx, { personId }, recorded) {
    await tx.query(`UPDATE membership_people SET version = $3 WHERE tenant_id = $1 AND person_id = $2`, [recorded.tenantId, personId, recorded.streamVersion]);
  },
  async PersonErased(tx, { personId, requestReference }, recorded) {
    // the erasure ends the link to a login account too
    await tx.query(`UPDATE membership_people SET erased_at = $3, erasure_reference = $4, version = $5, user_id = NULL WHERE tenant_id = $1 AND person_id = $2`, [
      recorded.tenantId,
      personId,
      recorded.recordedAt.toISOString(),
      requestReference,
      recorded.streamVersion,
    ]);
  },
  async PersonAccountLinked(tx, { personId, userId }, recorded) {
    await tx.query(`UPDATE membership_people SET user_id = $3, version = $4 WHERE tenant_id = $1 AND person_id = $2`, [recorded.tenantId, personId, userId, recorded.streamVersion]);
  },
};

const workingGroupHandlers: ProjectionHandlers<WorkingGroupEvent> = {
  async WorkingGroupFormed(tx, { committeeId, name, decision, formedOn }, recorded) {
    await tx.query(
      `INSERT INTO membership_working_groups (tenant_id, committee_id, name, formed_on, decision, version) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
      [recorded.tenantId, committeeId, name, formedOn, json(decision), recorded.streamVersion],
    );
  },
  async WorkingGroupLeaderSet(tx, { committeeId, personId, decision, effectiveOn }, recorded) {
    const t = recorded.tenantId;
    await workingGroupVersion(tx, recorded, committeeId);
    await tx.query(`UPDATE membership_working_group_leaders SET valid_until = $3 WHERE tenant_id = $1 AND committee_id = $2 AND valid_until IS NULL`, [t, committeeId, effectiveOn]);
    await tx.query(
      `INSERT INTO membership_working_group_leaders (tenant_id, committee_id, event_id, person_id, valid_from, decision) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
      [t, committeeId, recorded.eventId, personId, effectiveOn, json(decision)],
    );
  },
  async SubGroupFormed(tx, { committeeId, subGroupId, name, formedOn }, recorded) {
    await workingGroupVersion(tx, recorded, committeeId);
    await tx.query(`INSERT INTO membership_sub_groups (tenant_id, committee_id, sub_group_id, name, formed_on) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`, [
      recorded.tenantId,
      committeeId,
      subGroupId,
      name,
      formedOn,
    ]);
  },
  async WorkingGroupMemberAdded(tx, { committeeId, personId, agencyId, subGroupId, joinedOn, nomination }, recorded) {
    await workingGroupVersion(tx, recorded, committeeId);
    await tx.query(
      `INSERT INTO membership_working_group_members (tenant_id, committee_id, event_id, person_id, agency_id, sub_group_id, joined_on, nomination)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
      [recorded.tenantId, committeeId, recorded.eventId, personId, agencyId, subGroupId, joinedOn, nomination === null ? null : json(nomination)],
    );
  },
  async WorkingGroupMemberRemoved(tx, { committeeId, personId, leftOn, reason }, recorded) {
    const t = recorded.tenantId;
    await workingGroupVersion(tx, recorded, committeeId);
    await tx.query(
      `UPDATE membership_working_group_members SET left_on = $4, leave_reason = $5 WHERE tenant_id = $1 AND committee_id = $2 AND person_id = $3 AND left_on IS NULL`,
      [t, committeeId, personId, leftOn, reason],
    );
    await tx.query(
      `UPDATE membership_working_group_leaders SET valid_until = $4 WHERE tenant_id = $1 AND committee_id = $2 AND person_id = $3 AND valid_until IS NULL`,
      [t, committeeId, personId, leftOn],
    );
  },
};

export const membershipProjection = defineProjection<AgencyEvent | CommitteeEvent | PersonEvent | WorkingGroupEvent>({
  context: 'membership',
  projectionId: MEMBERSHIP_PROJECTION_ID,
  namespace: 'membership',
  migrations: { dir: MEMBERSHIP_MIGRATIONS_DIR, table: MEMBERSHIP_MIGRATIONS_TABLE },
  // Written by commands, not derived from events: kept through a rebuild.
  keep: ['membership_personal_data', 'membership_idempotency'],
  handlers: { ...agencyHandlers, ...revising(committeeHandlers), ...personHandlers, ...workingGroupHandlers },
});

/** Every committee handler, then one more revision for each member `revisedMembers` names. */
function revising(handlers: ProjectionHandlers<CommitteeEvent>): ProjectionHandlers<CommitteeEvent> {
  const revised = Object.entries(handlers).map(([type, handler]) => [
    type,
    async (tx: SqlQueryable, data: unknown, recorded: RecordedEvent) => {
      await (handler as ((tx: SqlQueryable, data: unknown, recorded: RecordedEvent) => Promise<void>) | null)?.(tx, data, recorded);
      for (const memberId of revisedMembers({ type, data } as CommitteeEvent)) {
        await tx.query(`UPDATE membership_members SET revision = revision + 1 WHERE tenant_id = $1 AND member_id = $2`, [recorded.tenantId, memberId]);
      }
    },
  ]);
  return Object.fromEntries(revised) as ProjectionHandlers<CommitteeEvent>;
}

async function committeeFact(
  tx: SqlQueryable,
  recorded: RecordedEvent,
  committeeId: string,
  kind: 'name' | 'standing-agency' | 'reestablished',
  value: string | null,
  effectiveOn: string,
  decision: unknown,
): Promise<void> {
  await tx.query(
    `INSERT INTO membership_committee_facts (tenant_id, committee_id, event_id, kind, value, effective_on, decision) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
    [recorded.tenantId, committeeId, recorded.eventId, kind, value, effectiveOn, json(decision)],
  );
}

async function committeeVersion(tx: SqlQueryable, recorded: RecordedEvent, committeeId: string): Promise<void> {
  await tx.query(`UPDATE membership_committees SET version = $3 WHERE tenant_id = $1 AND committee_id = $2`, [recorded.tenantId, committeeId, recorded.streamVersion]);
}

async function workingGroupVersion(tx: SqlQueryable, recorded: RecordedEvent, committeeId: string): Promise<void> {
  await tx.query(`UPDATE membership_working_groups SET version = $3 WHERE tenant_id = $1 AND committee_id = $2`, [recorded.tenantId, committeeId, recorded.streamVersion]);
}

async function roleFrom(tx: SqlQueryable, recorded: RecordedEvent, memberId: string, role: string, effectiveOn: string, decision: unknown): Promise<void> {
  await tx.query(
    `INSERT INTO membership_member_roles (tenant_id, member_id, event_id, role, valid_from, decision) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
    [recorded.tenantId, memberId, recorded.eventId, role, effectiveOn, json(decision)],
  );
}

/** Ends a member's open period (a role, responsibilities) on `date`. */
async function endPeriod(
  tx: SqlQueryable,
  recorded: RecordedEvent,
  table: 'membership_member_roles' | 'membership_member_responsibilities',
  memberId: string,
  date: string,
): Promise<void> {
  await tx.query(`UPDATE ${table} SET valid_until = $3 WHERE tenant_id = $1 AND member_id = $2 AND valid_until IS NULL`, [recorded.tenantId, memberId, date]);
}

/** One row of a member's history (no personal data, ids only). */
async function history(tx: SqlQueryable, recorded: RecordedEvent, memberId: string, effectiveOn: string, detail: object): Promise<void> {
  await tx.query(
    `INSERT INTO membership_member_history (tenant_id, member_id, event_id, global_position, type, effective_on, detail, actor, recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING`,
    [
      recorded.tenantId,
      memberId,
      recorded.eventId,
      recorded.globalPosition.toString(),
      recorded.type.slice('membership.'.length),
      effectiveOn,
      json(detail),
      recorded.metadata.actor === undefined ? null : json(recorded.metadata.actor),
      recorded.recordedAt.toISOString(),
    ],
  );
}
