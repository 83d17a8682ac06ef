import { isTenantRole, type RoleGrant } from '@bcd/auth';
import type { ActiveUser } from '../application/users.js';
import type { MemberView } from '../read-model/queries.js';

export interface UserSummary {
  userId: string;
  username: string;
  displayName: string;
  status: 'active' | 'disabled';
  roles: RoleGrant[];
}

export function userSummary(user: ActiveUser): UserSummary {
  return { userId: user.userId, username: user.username, displayName: user.displayName, status: user.status, roles: user.roles };
}

/** The user as a member of one tenant. */
export function memberSummary(user: ActiveUser, tenant: string): MemberView {
  return {
    userId: user.userId,
    username: user.username,
    displayName: user.displayName,
    disabled: user.status === 'disabled',
    roles: user.roles.filter((grant) => grant.tenant === tenant).map((grant) => grant.role).filter(isTenantRole),
  };
}
