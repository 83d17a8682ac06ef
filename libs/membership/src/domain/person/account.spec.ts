import { LocalDate } from '@bcd/calendar';
import { DeciderSpecification, NotFound } from '@bcd/kernel';
import { Rules } from '../rules.js';
import { personDecider } from './person.decider.js';
import type { PersonEvent } from './person.js';

const now = new Date('2025-07-01T03:00:00.000Z');
const spec = DeciderSpecification.for(personDecider);
const personId = '01950000-0000-7000-8000-0000000000e1';
const userId = '01950000-0000-7000-8000-0000000000f1';
const otherUser = '01950000-0000-7000-8000-0000000000f2';
const registered: PersonEvent = { type: 'PersonRegistered', data: { personId } };
const linked = (to: string | null): PersonEvent => ({ type: 'PersonAccountLinked', data: { personId, userId: to } });
const erased: PersonEvent = { type: 'PersonErased', data: { personId, requestReference: 'YC-2025-01', erasedOn: LocalDate.parse('2025-07-01') } };
const link = (to: string | null) => ({ type: 'LinkAccount' as const, data: { personId, userId: to }, metadata: { now } });

describe('linking a person to a login account', () => {
  it('links a registered person to a user, relinks them to another, and unlinks them', () => {
    spec.given([registered]).when(link(userId)).then([linked(userId)]);
    spec.given([registered, linked(userId)]).when(link(otherUser)).then([linked(otherUser)]);
    spec.given([registered, linked(userId)]).when(link(null)).then([linked(null)]);
  });

  it('records nothing when the link is already so', () => {
    spec.given([registered, linked(userId)]).when(link(userId)).thenNothingHappened();
    spec.given([registered]).when(link(null)).thenNothingHappened();
    spec.given([registered, linked(userId), linked(null)]).when(link(null)).thenNothingHappened();
  });

  it('knows no unknown person (404)', () => {
    spec.given([]).when(link(userId)).thenThrows(NotFound);
  });

  it('links an erased person to nothing again: their erasure ended the link', () => {
    spec.given([registered, linked(userId), erased]).when(link(userId)).thenThrowsRule(Rules.personErased);
    spec.given([registered, erased]).when(link(null)).thenThrowsRule(Rules.personErased);
  });
});
