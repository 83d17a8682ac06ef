// Which roles a user holds: granted (only in a tenant that exists and is active, never to a disabled
// account) and revoked (nobody revokes their own administrator role: a lock-out needs a second administrator).
import { NotFound, type Command } from '@bcd/kernel';
import type { PlatformRole, Role, RoleGrant, TenantRole } from '@bcd/auth';
import { refuse, Rules } from '../rules.js';
import type { TenantState } from '../tenant/tenant.js';
import { existing, grantOf, isKnownIn, sameGrant, type ExistingUser, type UserEvent, type UserState } from './user.js';

/** A role to grant: platform-wide, or in a tenant whose state the application read (a merged tenant takes no new role). */
export type GrantSpec = { role: PlatformRole; tenant?: undefined } | { role: TenantRole; tenant: { code: string; state: TenantState } };

/**
 * `byAdminOf`: the tenant whose admin acts (absent: a platform role, or the platform itself). A tenant's
 * admin acts only on users known in the tenant (`knownIn`); anyone else is 404, exactly as an id that
 * names no user, so that ids seen elsewhere (an access log, a token) reveal no account.
 */
type ActingAdmin = { byAdminOf?: string };
export type GrantRole = Command<'GrantRole', { userId: string } & GrantSpec & ActingAdmin>;
export type RevokeRole = Command<'RevokeRole', { userId: string; role: Role; tenant?: string; actorUserId: string } & ActingAdmin>;

const ADMIN_ROLES: readonly Role[] = ['platform_admin', 'tenant_admin'];

export function grant(command: GrantRole, state: UserState): UserEvent[] {
  const user = visible(state, command.data);
  if (user.status === 'disabled') throw refuse(Rules.userDisabled, `User ${user.username} is disabled: grant no role to a disabled account.`);
  const granted = checkedGrant(command.data);
  if (holds(user.roles, granted)) return [];
  return [{ type: 'RoleGranted', data: { userId: user.userId, ...granted } }];
}

export function revoke(command: RevokeRole, state: UserState): UserEvent[] {
  const user = visible(state, command.data);
  const { role, tenant, actorUserId } = command.data;
  const revoked: RoleGrant = tenant === undefined ? { role } : { role, tenant };
  if (!holds(user.roles, revoked)) return [];
  if (actorUserId === user.userId && ADMIN_ROLES.includes(role)) {
    throw refuse(Rules.noSelfLockout, `You cannot revoke your own ${role} role: ask another administrator.`);
  }
  return [{ type: 'RoleRevoked', data: { userId: user.userId, ...revoked } }];
}

/** The user, if the acting admin may know them. */
function visible(state: UserState, { userId, byAdminOf }: { userId: string } & ActingAdmin): ExistingUser {
  if (byAdminOf !== undefined && !isKnownIn(state, byAdminOf)) throw new NotFound('User', userId);
  return existing(state, userId);
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
