// Which login account (identity's user id) a person acts as, so that other contexts know which person the
// authenticated user is (meetings: a member asks for an absence for themselves only; the chair approves
// as the authenticated user). Linked and unlinked (null) by the tenant's access admins; nothing happens
// when the link is already so; an erased person is linked to nothing again (MEMBERSHIP-person-erased):
// their erasure ended the link.
import type { Command } from '@bcd/kernel';
import { refuse, Rules } from '../rules.js';
import { existing, type PersonEvent, type PersonState } from './person.js';

export type LinkAccount = Command<'LinkAccount', { personId: string; userId: string | null }>;

export function linkAccount(command: LinkAccount, state: PersonState): PersonEvent[] {
  const person = existing(state, command.data.personId);
  if (person.status === 'erased') {
    throw refuse(Rules.personErased, `Person ${person.personId} was erased at their request: they are linked to no login account any more.`);
  }
  const { userId } = command.data;
  if (person.userId === userId) return [];
  return [{ type: 'PersonAccountLinked', data: { personId: person.personId, userId } }];
}
