// The projection `tenancy-read-model`: tenancy.* events into the identity read model (tenants, users,
// members per tenant, the access log), one batch and its checkpoint per transaction.
import { fileURLToPath } from 'node:url';
import type { RecordedEvent } from '@bcd/kernel';
import type { SqlQueryable } from '@bcd/event-store';
import { defineProjection } from '@bcd/service-host';
import type { TenantEvent } from '../domain/tenant/tenant.js';
import type { UserEvent } from '../domain/user/user.js';
import type { UsernameEvent } from '../domain/username/username.js';

export const IDENTITY_MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));
export const IDENTITY_MIGRATIONS_TABLE = 'tenancy_schema_migrations';
export const IDENTITY_PROJECTION_ID = 'tenancy-read-model';

export const tenancyProjection = defineProjection<TenantEvent | UserEvent | UsernameEvent>({
  context: 'identity',
  projectionId: IDENTITY_PROJECTION_ID,
  namespace: 'tenancy',
  migrations: { dir: IDENTITY_MIGRATIONS_DIR, table: IDENTITY_MIGRATIONS_TABLE },
  // Written by commands, not derived from events: kept through a rebuild.
  keep: ['tenancy_credentials'],
  handlers: {
    async TenantCreated(tx, { code, name }, recorded) {
      await tx.query(
        `INSERT INTO tenancy_tenants (tenant_id, name, status, created_at, updated_at, version) VALUES ($1, $2, 'active', $3, $3, $4)
         ON CONFLICT (tenant_id) DO NOTHING`,
        [code, name, at(recorded), recorded.streamVersion],
      );
      await log(tx, code, recorded, { detail: { name } });
    },
    async TenantRenamed(tx, { code, name, previousName }, recorded) {
      await tx.query(`UPDATE tenancy_tenants SET name = $2, updated_at = $3, version = $4 WHERE tenant_id = $1`, [code, name, at(recorded), recorded.streamVersion]);
      await log(tx, code, recorded, { detail: { name, previousName } });
    },
    async TenantMerged(tx, { code, into, effectiveAt }, recorded) {
      await tx.query(
        `UPDATE tenancy_tenants SET status = 'merged', merged_into = $2, merge_effective_at = $3, updated_at = $3, version = $4 WHERE tenant_id = $1`,
        [code, into, effectiveAt, recorded.streamVersion],
      );
      // In both tenants' logs: the history of the old one is read under the new one.
      for (const tenant of [code, into]) await log(tx, tenant, recorded, { detail: { code, into, effectiveAt } });
    },
    UsernameReserved: null,
    async UserCreated(tx, { userId, username, displayName }, recorded) {
      await tx.query(
        `INSERT INTO tenancy_users (user_id, username, display_name, created_at, updated_at, version) VALUES ($1, $2, $3, $4, $4, $5)
         ON CONFLICT (user_id) DO NOTHING`,
        [userId, username, displayName, at(recorded), recorded.streamVersion],
      );
    },
    async UserDisabled(tx, { userId }, recorded) {
      await tx.query(`UPDATE tenancy_users SET disabled = true, updated_at = $2, version = $3 WHERE user_id = $1`, [userId, at(recorded), recorded.streamVersion]);
      await tx.query(`UPDATE tenancy_members SET disabled = true, updated_at = $2 WHERE user_id = $1`, [userId, at(recorded)]);
    },
    async PasswordReset(tx, { userId }, recorded) {
      await tx.query(`UPDATE tenancy_users SET updated_at = $2, version = $3 WHERE user_id = $1`, [userId, at(recorded), recorded.streamVersion]);
    },
    async RoleGranted(tx, { userId, role, tenant }, recorded) {
      await userVersion(tx, userId, recorded);
      if (tenant === undefined) {
        await tx.query(
          `UPDATE tenancy_users SET platform_roles = array_append(array_remove(platform_roles, $2), $2), updated_at = $3 WHERE user_id = $1`,
          [userId, role, at(recorded)],
        );
        await log(tx, 'platform', recorded, { userId, role });
        return;
      }
      await tx.query(
        `INSERT INTO tenancy_members (tenant_id, user_id, username, display_name, disabled, roles, updated_at)
         SELECT $1, u.user_id, u.username, u.display_name, u.disabled, ARRAY[$3::text], $4 FROM tenancy_users u WHERE u.user_id = $2
         ON CONFLICT (tenant_id, user_id) DO UPDATE
         SET roles = array_append(array_remove(tenancy_members.roles, $3::text), $3::text), updated_at = $4`,
        [tenant, userId, role, at(recorded)],
      );
      await log(tx, tenant, recorded, { userId, role });
    },
    async RoleRevoked(tx, { userId, role, tenant }, recorded) {
      await userVersion(tx, userId, recorded);
      if (tenant === undefined) {
        await tx.query(`UPDATE tenancy_users SET platform_roles = array_remove(platform_roles, $2), updated_at = $3 WHERE user_id = $1`, [userId, role, at(recorded)]);
        await log(tx, 'platform', recorded, { userId, role });
        return;
      }
      await tx.query(`UPDATE tenancy_members SET roles = array_remove(roles, $3::text), updated_at = $4 WHERE tenant_id = $1 AND user_id = $2`, [
        tenant,
        userId,
        role,
        at(recorded),
      ]);
      await tx.query(`DELETE FROM tenancy_members WHERE tenant_id = $1 AND user_id = $2 AND cardinality(roles) = 0`, [tenant, userId]);
      await log(tx, tenant, recorded, { userId, role });
    },
  },
});

const at = (recorded: RecordedEvent) => recorded.occurredAt.toISOString();

async function userVersion(tx: SqlQueryable, userId: string, recorded: RecordedEvent): Promise<void> {
  await tx.query(`UPDATE tenancy_users SET version = $2 WHERE user_id = $1`, [userId, recorded.streamVersion]);
}

async function log(
  tx: SqlQueryable,
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
