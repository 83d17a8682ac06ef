// The projection `tenancy-read-model`: tenancy.* events into the read-model tables, one batch and
// its checkpoint per transaction (PostgresEventStore.project). Writes run with platform access, so
// the row-level security policies let them through even when the tables' owner is not a superuser.
import type { RecordedEvent } from '@bcd/kernel';
import { PLATFORM_SCOPE, setTenantScope, type ScopedSqlClient } from '@bcd/auth';
import type { TenantEvent } from '../domain/tenant.js';
import type { UserEvent } from '../domain/user.js';
import type { UsernameEvent } from '../domain/username.js';

export const IDENTITY_PROJECTION_ID = 'tenancy-read-model';
export const IDENTITY_EVENT_PREFIX = 'tenancy.';

type Known = TenantEvent | UserEvent | UsernameEvent;

export async function applyIdentityEvents(tx: ScopedSqlClient, events: readonly RecordedEvent[]): Promise<void> {
  await setTenantScope(tx, PLATFORM_SCOPE);
  for (const recorded of events) {
    if (!recorded.type.startsWith(IDENTITY_EVENT_PREFIX)) continue;
    const event = { type: recorded.type.slice(IDENTITY_EVENT_PREFIX.length), data: recorded.data } as Known;
    await applyOne(tx, event, recorded);
  }
}

async function applyOne(tx: ScopedSqlClient, event: Known, recorded: RecordedEvent): Promise<void> {
  const at = recorded.occurredAt.toISOString();
  switch (event.type) {
    case 'TenantCreated':
      await tx.query(
        `INSERT INTO tenancy_tenants (tenant_id, name, status, created_at, updated_at) VALUES ($1, $2, 'active', $3, $3)
         ON CONFLICT (tenant_id) DO NOTHING`,
        [event.data.code, event.data.name, at],
      );
      await log(tx, event.data.code, recorded, { detail: { name: event.data.name } });
      return;
    case 'TenantRenamed':
      await tx.query(`UPDATE tenancy_tenants SET name = $2, updated_at = $3 WHERE tenant_id = $1`, [event.data.code, event.data.name, at]);
      await log(tx, event.data.code, recorded, { detail: { name: event.data.name, previousName: event.data.previousName } });
      return;
    case 'TenantMerged': {
      const { code, into, effectiveAt } = event.data;
      await tx.query(
        `UPDATE tenancy_tenants SET status = 'merged', merged_into = $2, merge_effective_at = $3, updated_at = $3 WHERE tenant_id = $1`,
        [code, into, effectiveAt],
      );
      // In both tenants' logs: the history of the old one is read under the new one.
      for (const tenant of [code, into]) await log(tx, tenant, recorded, { detail: { code, into, effectiveAt } });
      return;
    }
    case 'UsernameReserved':
      return;
    case 'UserCreated':
      await tx.query(
        `INSERT INTO tenancy_users (user_id, username, display_name, created_at, updated_at) VALUES ($1, $2, $3, $4, $4)
         ON CONFLICT (user_id) DO NOTHING`,
        [event.data.userId, event.data.username, event.data.displayName, at],
      );
      return;
    case 'UserDisabled':
      await tx.query(`UPDATE tenancy_users SET disabled = true, updated_at = $2 WHERE user_id = $1`, [event.data.userId, at]);
      await tx.query(`UPDATE tenancy_members SET disabled = true, updated_at = $2 WHERE user_id = $1`, [event.data.userId, at]);
      return;
    case 'PasswordReset':
      await tx.query(`UPDATE tenancy_users SET updated_at = $2 WHERE user_id = $1`, [event.data.userId, at]);
      return;
    case 'RoleGranted': {
      const { userId, role, tenant } = event.data;
      if (tenant === undefined) {
        await tx.query(
          `UPDATE tenancy_users SET platform_roles = array_append(array_remove(platform_roles, $2), $2), updated_at = $3 WHERE user_id = $1`,
          [userId, role, at],
        );
        await log(tx, 'platform', recorded, { userId, role });
        return;
      }
      await tx.query(
        `INSERT INTO tenancy_members (tenant_id, user_id, username, display_name, disabled, roles, updated_at)
         SELECT $1, u.user_id, u.username, u.display_name, u.disabled, ARRAY[$3::text], $4 FROM tenancy_users u WHERE u.user_id = $2
         ON CONFLICT (tenant_id, user_id) DO UPDATE
         SET roles = array_append(array_remove(tenancy_members.roles, $3::text), $3::text), updated_at = $4`,
        [tenant, userId, role, at],
      );
      await log(tx, tenant, recorded, { userId, role });
      return;
    }
    case 'RoleRevoked': {
      const { userId, role, tenant } = event.data;
      if (tenant === undefined) {
        await tx.query(`UPDATE tenancy_users SET platform_roles = array_remove(platform_roles, $2), updated_at = $3 WHERE user_id = $1`, [
          userId,
          role,
          at,
        ]);
        await log(tx, 'platform', recorded, { userId, role });
        return;
      }
      await tx.query(
        `UPDATE tenancy_members SET roles = array_remove(roles, $3::text), updated_at = $4 WHERE tenant_id = $1 AND user_id = $2`,
        [tenant, userId, role, at],
      );
      await tx.query(`DELETE FROM tenancy_members WHERE tenant_id = $1 AND user_id = $2 AND cardinality(roles) = 0`, [tenant, userId]);
      await log(tx, tenant, recorded, { userId, role });
      return;
    }
    default: {
      const _exhaustive: never = event;
      return; // an event type of a later version: nothing to project yet
    }
  }
}

async function log(
  tx: ScopedSqlClient,
  tenantId: string,
  recorded: RecordedEvent,
  facts: { userId?: string; role?: string; detail?: Record<string, unknown> },
): Promise<void> {
  await tx.query(
    `INSERT INTO tenancy_access_log (tenant_id, event_id, global_position, type, user_id, username, role, detail, actor, occurred_at, recorded_at)
     VALUES ($1, $2, $3, $4, $5::uuid, (SELECT username FROM tenancy_users WHERE user_id = $5::uuid), $6, $7::jsonb, $8::jsonb, $9, $10)
     ON CONFLICT (tenant_id, event_id) DO NOTHING`,
    [
      tenantId,
      recorded.eventId,
      recorded.globalPosition.toString(),
      recorded.type,
      facts.userId ?? null,
      facts.role ?? null,
      JSON.stringify(facts.detail ?? {}),
      recorded.metadata.actor === undefined ? null : JSON.stringify(recorded.metadata.actor),
      recorded.occurredAt.toISOString(),
      recorded.recordedAt.toISOString(),
    ],
  );
}
