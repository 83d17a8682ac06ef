// Usernames are unique: stream `tenancy-username-<username>` is appended once (expected version
// `no_stream`), so the event store's unique key settles a race between two creations.
import type { Command, Decider } from '@bcd/kernel';
import { refuse, Rules } from './rules.js';

export type UsernameReserved = { type: 'UsernameReserved'; data: { username: string; userId: string } };
export type UsernameEvent = UsernameReserved;
export type ReserveUsername = Command<'ReserveUsername', { username: string; userId: string }>;
export type UsernameState = { reservedFor?: string };

export const usernameDecider: Decider<ReserveUsername, UsernameEvent, UsernameState> = {
  initialState: () => ({}),
  decide(command, state) {
    const { username, userId } = command.data;
    if (state.reservedFor === userId) return [];
    if (state.reservedFor !== undefined) throw refuse(Rules.usernameUnique, `The username "${username}" is already taken.`);
    return [{ type: 'UsernameReserved', data: { username, userId } }];
  },
  evolve: (_state, event) => ({ reservedFor: event.data.userId }),
};

/** Lowercase letters, digits and `.`, `_`, `-`, `@` inside; 3 to 64 characters; stored lowercase. */
export const USERNAME = /^[a-z0-9][a-z0-9._@-]{1,62}[a-z0-9]$/;

export function normalizeUsername(value: string): string {
  return value.trim().toLowerCase();
}
