// Which roles a user holds: granted (only in a tenant that exists and is active, never to a disabled
// account) and revoked (nobody revokes their own administrator role: a lock-out needs a second administrator).
import { NotFound, type Command } from '@bcd/kernel';
import type { PlatformRole, Role, RoleGrant, TenantRole } from '@bcd/auth';
import { refuse, Rules } from '../rules.js';
import type { TenantState } from '../tenant/tenant.js';
import { existing, grantOf, sameGrant, type UserEvent, type UserState } from './user.js';

/** A role to grant: platform-wide, or in a tenant whose state the application read (a merged tenant takes no new role). */
export type GrantSpec = { role: PlatformRole; tenant?: undefined } | { role: TenantRole; tenant: { code: string; state: TenantState } };

export type GrantRole = Command<'GrantRole', { userId: string } & GrantSpec>;
export type RevokeRole = Command<'RevokeRole', { userId: string; role: Role; tenant?: string; actorUserId: string }>;

const ADMIN_ROLES: readonly Role[] = ['platform_admin', 'tenant_admin'];

export function grant(command: GrantRole, state: UserState): UserEvent[] {
  const user = existing(state, command.data.userId);
  if (user.status === 'disabled') throw refuse(Rules.userDisabled, `User ${user.username} is disabled: grant no role to a disabled account.`);
  const granted = checkedGrant(command.data);
  if (holds(user.roles, granted)) return [];
  return [{ type: 'RoleGranted', data: { userId: user.userId, ...granted } }];
}

export function revoke(command: RevokeRole, state: UserState): UserEvent[] {
  const user = existing(state, command.data.userId);
  const { role, tenant, actorUserId } = command.data;
  const revoked: RoleGrant = tenant === undefined ? { role } : { role, tenant };
  if (!holds(user.roles, revoked)) return [];
  if (actorUserId === user.userId && ADMIN_ROLES.includes(role)) {
    throw refuse(Rules.noSelfLockout, `You cannot revoke your own ${role} role: ask another administrator.`);
  }
  return [{ type: 'RoleRevoked', data: { userId: user.userId, ...revoked } }];
}

/** The grant, once its tenant (if any) is known to exist and be active. */
export function checkedGrant(spec: GrantSpec): RoleGrant {
  const { role, tenant } = spec;
  if (tenant === undefined) return { role };
  if (tenant.state.status === 'absent') throw new NotFound('Tenant', tenant.code);
  if (tenant.state.status === 'merged') {
    throw refuse(Rules.tenantMerged, `Tenant ${tenant.code} was merged into ${tenant.state.into}: grant roles there.`);
  }
  return { role, tenant: tenant.code };
}

/** Each grant once. */
export function uniqueGrants(grants: readonly RoleGrant[]): RoleGrant[] {
  return grants.filter((g, i) => grants.findIndex((other) => sameGrant(other, g)) === i).map(grantOf);
}

function holds(roles: readonly RoleGrant[], wanted: RoleGrant): boolean {
  return roles.some((g) => sameGrant(g, wanted));
}
