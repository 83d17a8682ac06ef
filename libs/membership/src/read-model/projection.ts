// The projection `membership-read-model`: membership.* events into the read-model tables, one batch and
// its checkpoint per transaction (PostgresEventStore.project). Dated facts become rows with validity
// periods (valid_from ≤ date < valid_until), so the roster can be read as of any business date.
// No event holds personal data, and so no row written here does either.
import type { RecordedEvent } from '@bcd/kernel';
import { PLATFORM_SCOPE, setTenantScope, type ScopedSqlClient } from '@bcd/auth';
import type { AgencyEvent } from '../domain/agencies.js';
import type { CommitteeEvent } from '../domain/committee.js';
import type { PersonEvent } from '../domain/person.js';
import type { WorkingGroupEvent } from '../domain/working-group.js';

export const MEMBERSHIP_PROJECTION_ID = 'membership-read-model';
export const MEMBERSHIP_EVENT_PREFIX = 'membership.';

type Known = AgencyEvent | CommitteeEvent | PersonEvent | WorkingGroupEvent;

export async function applyMembershipEvents(tx: ScopedSqlClient, events: readonly RecordedEvent[]): Promise<void> {
  await setTenantScope(tx, PLATFORM_SCOPE);
  for (const recorded of events) {
    if (!recorded.type.startsWith(MEMBERSHIP_EVENT_PREFIX)) continue;
    const event = { type: recorded.type.slice(MEMBERSHIP_EVENT_PREFIX.length), data: recorded.data } as Known;
    await applyOne(tx, event, recorded);
  }
}

const json = (value: unknown) => JSON.stringify(value);

async function applyOne(tx: ScopedSqlClient, event: Known, recorded: RecordedEvent): Promise<void> {
  const t = recorded.tenantId;
  const at = recorded.recordedAt.toISOString();
  switch (event.type) {
    // ---- agencies ----
    case 'AgencyRegistered': {
      const { agencyId, code, kind, name } = event.data;
      await tx.query(
        `INSERT INTO membership_agencies (tenant_id, agency_id, code, kind, revision, registered_at) VALUES ($1, $2, $3, $4, 1, $5)
         ON CONFLICT DO NOTHING`,
        [t, agencyId, code, kind, at],
      );
      await tx.query(`INSERT INTO membership_agency_names (tenant_id, agency_id, event_id, name) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, [
        t,
        agencyId,
        recorded.eventId,
        name,
      ]);
      return;
    }
    case 'AgencyRenamed': {
      const { agencyId, name, effectiveOn, decision } = event.data;
      await tx.query(
        `INSERT INTO membership_agency_names (tenant_id, agency_id, event_id, name, effective_on, decision) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT DO NOTHING`,
        [t, agencyId, recorded.eventId, name, effectiveOn, json(decision)],
      );
      await tx.query(`UPDATE membership_agencies SET revision = revision + 1 WHERE tenant_id = $1 AND agency_id = $2`, [t, agencyId]);
      return;
    }
    case 'AgencyMerged': {
      const { agencyId, into, effectiveOn, decision } = event.data;
      await tx.query(
        `UPDATE membership_agencies SET merged_into = $3, merged_on = $4, merge_decision = $5, revision = revision + 1 WHERE tenant_id = $1 AND agency_id = $2`,
        [t, agencyId, into, effectiveOn, json(decision)],
      );
      return;
    }

    // ---- committee ----
    case 'CommitteeEstablished': {
      const { committeeId, name, decision, establishedOn, regulation, standingAgencyId } = event.data;
      await tx.query(
        `INSERT INTO membership_committees (tenant_id, committee_id, established_on, established_by, regulation, version)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
        [t, committeeId, establishedOn, json(decision), regulation === null ? null : json(regulation), recorded.streamVersion],
      );
      await committeeFact(tx, recorded, committeeId, 'name', name, establishedOn, decision);
      if (standingAgencyId !== null) await committeeFact(tx, recorded, committeeId, 'standing-agency', standingAgencyId, establishedOn, decision);
      return;
    }
    case 'CommitteeReestablished': {
      const { committeeId, decision, effectiveOn, carriedOver } = event.data;
      await committeeVersion(tx, recorded, committeeId);
      await committeeFact(tx, recorded, committeeId, 'reestablished', null, effectiveOn, decision);
      for (const memberId of carriedOver) await history(tx, recorded, memberId, effectiveOn, { decision, carriedOver: true }, false);
      return;
    }
    case 'CommitteeRenamed': {
      const { committeeId, name, decision, effectiveOn } = event.data;
      await committeeVersion(tx, recorded, committeeId);
      await committeeFact(tx, recorded, committeeId, 'name', name, effectiveOn, decision);
      return;
    }
    case 'CommitteeDissolved': {
      const { committeeId, decision, effectiveOn } = event.data;
      await committeeVersion(tx, recorded, committeeId);
      await tx.query(`UPDATE membership_committees SET dissolved_on = $3, dissolved_by = $4 WHERE tenant_id = $1 AND committee_id = $2`, [
        t,
        committeeId,
        effectiveOn,
        json(decision),
      ]);
      return;
    }
    case 'StandingAgencyDesignated': {
      const { committeeId, agencyId, decision, effectiveOn } = event.data;
      await committeeVersion(tx, recorded, committeeId);
      await committeeFact(tx, recorded, committeeId, 'standing-agency', agencyId, effectiveOn, decision);
      return;
    }
    case 'MemberAppointed': {
      const { committeeId, memberId, personId, role, agencyId, decision, effectiveOn, replaces } = event.data;
      await committeeVersion(tx, recorded, committeeId);
      await tx.query(
        `INSERT INTO membership_members (tenant_id, committee_id, member_id, person_id, agency_id, appointed_on, appointed_by, replaces, revision)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1) ON CONFLICT DO NOTHING`,
        [t, committeeId, memberId, personId, agencyId, effectiveOn, json(decision), replaces],
      );
      await tx.query(
        `INSERT INTO membership_member_roles (tenant_id, member_id, event_id, role, valid_from, decision) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
        [t, memberId, recorded.eventId, role, effectiveOn, json(decision)],
      );
      if (replaces !== null) {
        await tx.query(
          `UPDATE membership_absences SET replacement_member_id = $3 WHERE tenant_id = $1 AND member_id = $2 AND resolution = 'replaced' AND replacement_member_id IS NULL`,
          [t, replaces, memberId],
        );
      }
      await history(tx, recorded, memberId, effectiveOn, { personId, role, agencyId, decision, replaces }, false);
      return;
    }
    case 'MemberRoleChanged': {
      const { committeeId, memberId, role, previousRole, decision, effectiveOn } = event.data;
      await committeeVersion(tx, recorded, committeeId);
      await tx.query(`UPDATE membership_member_roles SET valid_until = $3 WHERE tenant_id = $1 AND member_id = $2 AND valid_until IS NULL`, [t, memberId, effectiveOn]);
      await tx.query(
        `INSERT INTO membership_member_roles (tenant_id, member_id, event_id, role, valid_from, decision) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
        [t, memberId, recorded.eventId, role, effectiveOn, json(decision)],
      );
      await history(tx, recorded, memberId, effectiveOn, { role, previousRole, decision });
      return;
    }
    case 'ResponsibilitiesAssigned': {
      const { committeeId, memberId, responsibilities, effectiveOn, decision } = event.data;
      await committeeVersion(tx, recorded, committeeId);
      await tx.query(`UPDATE membership_member_responsibilities SET valid_until = $3 WHERE tenant_id = $1 AND member_id = $2 AND valid_until IS NULL`, [
        t,
        memberId,
        effectiveOn,
      ]);
      await tx.query(
        `INSERT INTO membership_member_responsibilities (tenant_id, member_id, event_id, responsibilities, valid_from, decision)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
        [t, memberId, recorded.eventId, json(responsibilities), effectiveOn, decision === null ? null : json(decision)],
      );
      await history(tx, recorded, memberId, effectiveOn, { responsibilities, decision });
      return;
    }
    case 'MemberDismissed': {
      const { committeeId, memberId, reason, decision, effectiveOn } = event.data;
      await committeeVersion(tx, recorded, committeeId);
      await tx.query(`UPDATE membership_members SET ended_on = $3, end_reason = $4, ended_by = $5 WHERE tenant_id = $1 AND member_id = $2`, [
        t,
        memberId,
        effectiveOn,
        reason,
        json(decision),
      ]);
      for (const table of ['membership_member_roles', 'membership_member_responsibilities']) {
        await tx.query(`UPDATE ${table} SET valid_until = $3 WHERE tenant_id = $1 AND member_id = $2 AND valid_until IS NULL`, [t, memberId, effectiveOn]);
      }
      await tx.query(
        `UPDATE membership_absences SET resolved_on = $3, resolution = $4 WHERE tenant_id = $1 AND member_id = $2 AND resolved_on IS NULL`,
        [t, memberId, effectiveOn, reason === 'replaced' ? 'replaced' : 'seat-ended'],
      );
      await history(tx, recorded, memberId, effectiveOn, { reason, decision });
      return;
    }
    case 'LongAbsenceNotified': {
      const { committeeId, memberId, reason, from, expectedUntil, noticeReference, notifiedOn } = event.data;
      await committeeVersion(tx, recorded, committeeId);
      await tx.query(
        `INSERT INTO membership_absences (tenant_id, committee_id, member_id, event_id, reason, absent_from, expected_until, notice_reference, notified_on)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING`,
        [t, committeeId, memberId, recorded.eventId, reason, from, expectedUntil, noticeReference, notifiedOn],
      );
      await history(tx, recorded, memberId, notifiedOn, { reason, from, expectedUntil, noticeReference });
      return;
    }
    case 'ReplacementProposed': {
      const { committeeId, memberId, personId, proposedOn, proposalReference } = event.data;
      await committeeVersion(tx, recorded, committeeId);
      await tx.query(
        `UPDATE membership_absences SET proposed_person_id = $3, proposed_on = $4, proposal_reference = $5
         WHERE tenant_id = $1 AND member_id = $2 AND resolved_on IS NULL`,
        [t, memberId, personId, proposedOn, proposalReference],
      );
      await history(tx, recorded, memberId, proposedOn, { personId, proposalReference });
      return;
    }
    case 'LongAbsenceEnded': {
      const { committeeId, memberId, endedOn } = event.data;
      await committeeVersion(tx, recorded, committeeId);
      await tx.query(
        `UPDATE membership_absences SET resolved_on = $3, resolution = 'returned' WHERE tenant_id = $1 AND member_id = $2 AND resolved_on IS NULL`,
        [t, memberId, endedOn],
      );
      await history(tx, recorded, memberId, endedOn, {});
      return;
    }

    // ---- people ----
    case 'PersonRegistered':
      await tx.query(`INSERT INTO membership_people (tenant_id, person_id, registered_at, version) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, [
        t,
        event.data.personId,
        at,
        recorded.streamVersion,
      ]);
      return;
    case 'PersonalDataChanged':
      await tx.query(`UPDATE membership_people SET version = $3 WHERE tenant_id = $1 AND person_id = $2`, [t, event.data.personId, recorded.streamVersion]);
      return;
    case 'PersonErased':
      await tx.query(`UPDATE membership_people SET erased_at = $3, erasure_reference = $4, version = $5 WHERE tenant_id = $1 AND person_id = $2`, [
        t,
        event.data.personId,
        at,
        event.data.requestReference,
        recorded.streamVersion,
      ]);
      return;

    // ---- working group ----
    case 'WorkingGroupFormed': {
      const { committeeId, name, decision, formedOn } = event.data;
      await tx.query(
        `INSERT INTO membership_working_groups (tenant_id, committee_id, name, formed_on, decision, version) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
        [t, committeeId, name, formedOn, json(decision), recorded.streamVersion],
      );
      return;
    }
    case 'WorkingGroupLeaderSet': {
      const { committeeId, personId, decision, effectiveOn } = event.data;
      await workingGroupVersion(tx, recorded, committeeId);
      await tx.query(`UPDATE membership_working_group_leaders SET valid_until = $3 WHERE tenant_id = $1 AND committee_id = $2 AND valid_until IS NULL`, [
        t,
        committeeId,
        effectiveOn,
      ]);
      await tx.query(
        `INSERT INTO membership_working_group_leaders (tenant_id, committee_id, event_id, person_id, valid_from, decision) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT DO NOTHING`,
        [t, committeeId, recorded.eventId, personId, effectiveOn, json(decision)],
      );
      return;
    }
    case 'SubGroupFormed': {
      const { committeeId, subGroupId, name, formedOn } = event.data;
      await workingGroupVersion(tx, recorded, committeeId);
      await tx.query(
        `INSERT INTO membership_sub_groups (tenant_id, committee_id, sub_group_id, name, formed_on) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
        [t, committeeId, subGroupId, name, formedOn],
      );
      return;
    }
    case 'WorkingGroupMemberAdded': {
      const { committeeId, personId, agencyId, subGroupId, joinedOn, nomination } = event.data;
      await workingGroupVersion(tx, recorded, committeeId);
      await tx.query(
        `INSERT INTO membership_working_group_members (tenant_id, committee_id, event_id, person_id, agency_id, sub_group_id, joined_on, nomination)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
        [t, committeeId, recorded.eventId, personId, agencyId, subGroupId, joinedOn, nomination === null ? null : json(nomination)],
      );
      return;
    }
    case 'WorkingGroupMemberRemoved': {
      const { committeeId, personId, leftOn, reason } = event.data;
      await workingGroupVersion(tx, recorded, committeeId);
      await tx.query(
        `UPDATE membership_working_group_members SET left_on = $4, leave_reason = $5 WHERE tenant_id = $1 AND committee_id = $2 AND person_id = $3 AND left_on IS NULL`,
        [t, committeeId, personId, leftOn, reason],
      );
      await tx.query(
        `UPDATE membership_working_group_leaders SET valid_until = $4 WHERE tenant_id = $1 AND committee_id = $2 AND person_id = $3 AND valid_until IS NULL`,
        [t, committeeId, personId, leftOn],
      );
      return;
    }
    default: {
      const _exhaustive: never = event;
      return;
    }
  }
}

async function committeeFact(
  tx: ScopedSqlClient,
  recorded: RecordedEvent,
  committeeId: string,
  kind: 'name' | 'standing-agency' | 'reestablished',
  value: string | null,
  effectiveOn: string,
  decision: unknown,
): Promise<void> {
  await tx.query(
    `INSERT INTO membership_committee_facts (tenant_id, committee_id, event_id, kind, value, effective_on, decision) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT DO NOTHING`,
    [recorded.tenantId, committeeId, recorded.eventId, kind, value, effectiveOn, json(decision)],
  );
}

async function committeeVersion(tx: ScopedSqlClient, recorded: RecordedEvent, committeeId: string): Promise<void> {
  await tx.query(`UPDATE membership_committees SET version = $3 WHERE tenant_id = $1 AND committee_id = $2`, [recorded.tenantId, committeeId, recorded.streamVersion]);
}

async function workingGroupVersion(tx: ScopedSqlClient, recorded: RecordedEvent, committeeId: string): Promise<void> {
  await tx.query(`UPDATE membership_working_groups SET version = $3 WHERE tenant_id = $1 AND committee_id = $2`, [recorded.tenantId, committeeId, recorded.streamVersion]);
}

/** One row of a member's history; `revise`: the event counts in the member's revision (its ETag), as in the decider. */
async function history(tx: ScopedSqlClient, recorded: RecordedEvent, memberId: string, effectiveOn: string, detail: object, revise = true): Promise<void> {
  const type = recorded.type.slice(MEMBERSHIP_EVENT_PREFIX.length);
  await tx.query(
    `INSERT INTO membership_member_history (tenant_id, member_id, event_id, global_position, type, effective_on, detail, actor, recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING`,
    [
      recorded.tenantId,
      memberId,
      recorded.eventId,
      recorded.globalPosition.toString(),
      type,
      effectiveOn,
      json(detail),
      recorded.metadata.actor === undefined ? null : json(recorded.metadata.actor),
      recorded.recordedAt.toISOString(),
    ],
  );
  if (revise) {
    await tx.query(`UPDATE membership_members SET revision = revision + 1 WHERE tenant_id = $1 AND member_id = $2`, [recorded.tenantId, memberId]);
  }
}
