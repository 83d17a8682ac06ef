// Usernames are unique: stream `tenancy-username-<username>` is appended once (expected version
// `no_stream`), so the event store's unique key settles a race between two creations.
import { defineAggregate, type Command, type Decider, type DomainEvent } from '@bcd/kernel';
import type { UsernameReservedData } from '@bcd/contracts';
import { refuse, Rules } from '../rules.js';

export type UsernameReserved = DomainEvent<'UsernameReserved', UsernameReservedData>;
export type UsernameEvent = UsernameReserved;
export type ReserveUsername = Command<'ReserveUsername', { username: string; userId: string }>;
export type UsernameState = { reservedFor?: string };

/** Lowercase letters, digits and `.`, `_`, `-`, `@` inside; 3 to 64 characters; stored lowercase. */
export const USERNAME = /^[a-z0-9][a-z0-9._@-]{1,62}[a-z0-9]$/;

export function normalizeUsername(value: string): string {
  return value.trim().toLowerCase();
}

export function reserve(command: ReserveUsername, state: UsernameState): UsernameEvent[] {
  const { username, userId } = command.data;
  if (state.reservedFor === userId) return [];
  if (state.reservedFor !== undefined) throw refuse(Rules.usernameUnique, `The username "${username}" is already taken.`);
  return [{ type: 'UsernameReserved', data: { username, userId } }];
}

export const usernameDecider: Decider<ReserveUsername, UsernameEvent, UsernameState> = {
  initialState: () => ({}),
  decide: (command, state) => reserve(command, state),
  evolve: (_state, event) => ({ reservedFor: event.data.userId }),
};

export const usernameStream = (username: string): string => `tenancy-username-${username}`;

export const usernameAggregate = defineAggregate({
  name: 'username',
  namespace: 'tenancy',
  decider: usernameDecider,
  streamId: (_platform, username) => usernameStream(username),
});
