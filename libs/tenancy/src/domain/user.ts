// A user of the platform and the roles they hold. Stream `tenancy-user-<userId>` under the platform
// pseudo-tenant. The password hash is not here: see libs/tenancy/README.md "Passwords".
import { NotFound, type Command, type Decider } from '@bcd/kernel';
import type { PlatformRole, Role, RoleGrant, TenantRole } from '@bcd/auth';
import { refuse, Rules } from './rules.js';
import type { TenantState } from './tenant.js';

export type UserCreated = { type: 'UserCreated'; data: { userId: string; username: string; displayName: string } };
export type UserDisabled = { type: 'UserDisabled'; data: { userId: string } };
/** The password was replaced (by an administrator). The hash itself is never in an event. */
export type PasswordReset = { type: 'PasswordReset'; data: { userId: string } };
/** `tenant` absent: a platform role. */
export type RoleGranted = { type: 'RoleGranted'; data: { userId: string; role: Role; tenant?: string } };
export type RoleRevoked = { type: 'RoleRevoked'; data: { userId: string; role: Role; tenant?: string } };
export type UserEvent = UserCreated | UserDisabled | PasswordReset | RoleGranted | RoleRevoked;

export type UserState =
  | { status: 'absent' }
  | { status: 'active' | 'disabled'; userId: string; username: string; displayName: string; roles: RoleGrant[] };

/** Who asks: the rules against locking oneself out need it. */
interface ByActor {
  actorUserId: string;
}

/** A role to grant: platform-wide, or in a tenant whose state the application read (a merged tenant takes no new role). */
export type GrantSpec = { role: PlatformRole; tenant?: undefined } | { role: TenantRole; tenant: { code: string; state: TenantState } };

export type CreateUser = Command<'CreateUser', { userId: string; username: string; displayName: string; roles: GrantSpec[] }>;
export type DisableUser = Command<'DisableUser', { userId: string } & ByActor>;
export type ResetPassword = Command<'ResetPassword', { userId: string }>;
export type GrantRole = Command<'GrantRole', { userId: string } & GrantSpec>;
export type RevokeRole = Command<'RevokeRole', { userId: string; role: Role; tenant?: string } & ByActor>;
export type UserCommand = CreateUser | DisableUser | ResetPassword | GrantRole | RevokeRole;

const ADMIN_ROLES: readonly Role[] = ['platform_admin', 'tenant_admin'];

export const userDecider: Decider<UserCommand, UserEvent, UserState> = {
  initialState: () => ({ status: 'absent' }),

  decide(command, state) {
    switch (command.type) {
      case 'CreateUser': {
        const { userId, username, displayName, roles } = command.data;
        if (state.status !== 'absent') {
          // Same id again (a retried request): nothing new. Another user under this id cannot happen (UUIDv7).
          return [];
        }
        return [
          { type: 'UserCreated', data: { userId, username, displayName } },
          ...uniqueGrants(roles.map(checkedGrant)).map((grant): RoleGranted => ({ type: 'RoleGranted', data: { userId, ...grant } })),
        ];
      }
      case 'DisableUser': {
        const user = existing(state, command.data.userId);
        if (command.data.actorUserId === user.userId) throw refuse(Rules.noSelfLockout, 'You cannot disable your own account.');
        if (user.status === 'disabled') return [];
        return [{ type: 'UserDisabled', data: { userId: user.userId } }];
      }
      case 'ResetPassword': {
        const user = existing(state, command.data.userId);
        return [{ type: 'PasswordReset', data: { userId: user.userId } }];
      }
      case 'GrantRole': {
        const user = existing(state, command.data.userId);
        if (user.status === 'disabled') throw refuse(Rules.userDisabled, `User ${user.username} is disabled: grant no role to a disabled account.`);
        const grant = checkedGrant(command.data);
        if (holds(user.roles, grant)) return [];
        return [{ type: 'RoleGranted', data: { userId: user.userId, ...grant } }];
      }
      case 'RevokeRole': {
        const user = existing(state, command.data.userId);
        const { role, tenant, actorUserId } = command.data;
        const grant: RoleGrant = tenant === undefined ? { role } : { role, tenant };
        if (!holds(user.roles, grant)) return [];
        if (actorUserId === user.userId && ADMIN_ROLES.includes(role)) {
          throw refuse(Rules.noSelfLockout, `You cannot revoke your own ${role} role: ask another administrator.`);
        }
        return [{ type: 'RoleRevoked', data: { userId: user.userId, ...grant } }];
      }
      default: {
        const _exhaustive: never = command;
        return _exhaustive;
      }
    }
  },

  evolve(state, event) {
    if (event.type === 'UserCreated') {
      return { status: 'active', userId: event.data.userId, username: event.data.username, displayName: event.data.displayName, roles: [] };
    }
    if (state.status === 'absent') return state;
    switch (event.type) {
      case 'UserDisabled':
        return { ...state, status: 'disabled' };
      case 'PasswordReset':
        return state;
      case 'RoleGranted':
        return { ...state, roles: [...state.roles, grantOf(event.data)] };
      case 'RoleRevoked': {
        const revoked = grantOf(event.data);
        return { ...state, roles: state.roles.filter((g) => !sameGrant(g, revoked)) };
      }
      default: {
        const _exhaustive: never = event;
        return state;
      }
    }
  },
};

function existing(state: UserState, userId: string): Exclude<UserState, { status: 'absent' }> {
  if (state.status === 'absent') throw new NotFound('User', userId);
  return state;
}

/** The grant, once its tenant (if any) is known to exist and be active. */
function checkedGrant(spec: GrantSpec): RoleGrant {
  const { role, tenant } = spec;
  if (tenant === undefined) return { role };
  if (tenant.state.status === 'absent') throw new NotFound('Tenant', tenant.code);
  if (tenant.state.status === 'merged') {
    throw refuse(Rules.tenantMerged, `Tenant ${tenant.code} was merged into ${tenant.state.into}: grant roles there.`);
  }
  return { role, tenant: tenant.code };
}

function grantOf(data: { role: Role; tenant?: string }): RoleGrant {
  return data.tenant === undefined ? { role: data.role } : { role: data.role, tenant: data.tenant };
}

export function sameGrant(a: RoleGrant, b: RoleGrant): boolean {
  return a.role === b.role && a.tenant === b.tenant;
}

function holds(roles: readonly RoleGrant[], grant: RoleGrant): boolean {
  return roles.some((g) => sameGrant(g, grant));
}

function uniqueGrants(grants: readonly RoleGrant[]): RoleGrant[] {
  return grants.filter((grant, i) => grants.findIndex((g) => sameGrant(g, grant)) === i).map(grantOf);
}
