// A user of the platform and the roles they hold. Stream `tenancy-user-<userId>` under the platform
// pseudo-tenant. The password hash is not here: see libs/tenancy/README.md "Passwords". Event data:
// libs/contracts.
import { NotFound, type EventsOf } from '@bcd/kernel';
import type { RoleGrant } from '@bcd/auth';
import type { TenancyEventData } from '@bcd/contracts';

export type UserEvent = EventsOf<Pick<TenancyEventData, 'UserCreated' | 'UserDisabled' | 'PasswordReset' | 'RoleGranted' | 'RoleRevoked'>>;
export type RoleGranted = Extract<UserEvent, { type: 'RoleGranted' }>;

export type UserState =
  | { status: 'absent' }
  | {
      status: 'active' | 'disabled';
      userId: string;
      username: string;
      displayName: string;
      roles: RoleGrant[];
      /**
       * The tenants the user has held a role in, now or before (created there, or granted one since):
       * the tenants whose admins know the user. No other tenant's admin may find them (404).
       */
      knownIn: string[];
    };

export type ExistingUser = Exclude<UserState, { status: 'absent' }>;

export const initialState = (): UserState => ({ status: 'absent' });

export function evolve(state: UserState, event: UserEvent): UserState {
  if (event.type === 'UserCreated') {
    return { status: 'active', userId: event.data.userId, username: event.data.username, displayName: event.data.displayName, roles: [], knownIn: [] };
  }
  if (state.status === 'absent') return state;
  switch (event.type) {
    case 'UserDisabled':
      return { ...state, status: 'disabled' };
    case 'PasswordReset':
      return state;
    case 'RoleGranted': {
      const { tenant } = event.data;
      const knownIn = tenant === undefined || state.knownIn.includes(tenant) ? state.knownIn : [...state.knownIn, tenant];
      return { ...state, roles: [...state.roles, grantOf(event.data)], knownIn };
    }
    case 'RoleRevoked': {
      const revoked = grantOf(event.data);
      return { ...state, roles: state.roles.filter((g) => !sameGrant(g, revoked)) };
    }
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}

export function grantOf(data: Pick<RoleGrant, 'role' | 'tenant'>): RoleGrant {
  return data.tenant === undefined ? { role: data.role } : { role: data.role, tenant: data.tenant };
}

export function sameGrant(a: RoleGrant, b: RoleGrant): boolean {
  return a.role === b.role && a.tenant === b.tenant;
}

/** True when the admins of `tenant` know the user (see `knownIn`). */
export function isKnownIn(state: UserState, tenant: string): boolean {
  return state.status !== 'absent' && state.knownIn.includes(tenant);
}

export function existing(state: UserState, userId: string): ExistingUser {
  if (state.status === 'absent') throw new NotFound('User', userId);
  return state;
}
