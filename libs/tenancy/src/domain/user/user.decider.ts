// The user aggregate: its commands, `decide` dispatching to the account and role rules, and its binding
// (stream `tenancy-user-<userId>` under the platform pseudo-tenant, events stored as `tenancy.<Type>`).
import { type CommandOf, deciderOf, defineAggregate } from '@bcd/kernel';
import { create, disable, resetPassword } from './accounts.js';
import { grant, revoke } from './roles.js';
import { evolve, initialState } from './user.js';

export const userDecider = deciderOf({ initialState, evolve, decide: { CreateUser: create, DisableUser: disable, ResetPassword: resetPassword, GrantRole: grant, RevokeRole: revoke } });

export type UserCommand = CommandOf<typeof userDecider>;

export const userStream = (userId: string): string => `tenancy-user-${userId}`;

export const userAggregate = defineAggregate({ name: 'user', namespace: 'tenancy', decider: userDecider,
  streamId: (_platform, userId) => userStream(userId) });
