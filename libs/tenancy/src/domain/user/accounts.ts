// A user account: created with its first roles, disabled (nobody disables themselves), its password
// reset by an administrator (the hash lives outside the events).
import type { Command } from '@bcd/kernel';
import { refuse, Rules } from '../rules.js';
import { checkedGrant, uniqueGrants, type GrantSpec } from './roles.js';
import { existing, type RoleGranted, type UserEvent, type UserState } from './user.js';

export type CreateUser = Command<'CreateUser', { userId: string; username: string; displayName: string; roles: GrantSpec[] }>;
export type DisableUser = Command<'DisableUser', { userId: string; actorUserId: string }>;
export type ResetPassword = Command<'ResetPassword', { userId: string }>;

export function create(command: CreateUser, state: UserState): UserEvent[] {
  const { userId, username, displayName, roles } = command.data;
  // Same id again (a retried request): nothing new. Another user under this id cannot happen (UUIDv7).
  if (state.status !== 'absent') return [];
  return [
    { type: 'UserCreated', data: { userId, username, displayName } },
    ...uniqueGrants(roles.map(checkedGrant)).map((granted): RoleGranted => ({ type: 'RoleGranted', data: { userId, ...granted } })),
  ];
}

export function disable(command: DisableUser, state: UserState): UserEvent[] {
  const user = existing(state, command.data.userId);
  if (command.data.actorUserId === user.userId) throw refuse(Rules.noSelfLockout, 'You cannot disable your own account.');
  if (user.status === 'disabled') return [];
  return [{ type: 'UserDisabled', data: { userId: user.userId } }];
}

export function resetPassword(command: ResetPassword, state: UserState): UserEvent[] {
  const user = existing(state, command.data.userId);
  return [{ type: 'PasswordReset', data: { userId: user.userId } }];
}
