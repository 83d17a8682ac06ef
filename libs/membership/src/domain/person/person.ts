// A person who sits on a committee or its working group. Stream `membership-person-<tenant>-<id>`.
// No event of this context ever holds a name, an e-mail or a phone number: they live in the personal-data
// store, referenced by the person id, and erasing a person deletes them there (README "Personal data").
// The events say only that a person exists, that their data changed (which fields), that they were
// erased, and which login account (identity's user id) they act as; the rules are in personal-data.ts and
// account.ts.
import { NotFound, type DomainEvent } from '@bcd/kernel';
import type { PersonAccountLinkedData, PersonalDataChangedData, PersonErasedData, PersonRegisteredData } from '@bcd/contracts';
import type { PersonFacts } from '../facts.js';

export { PERSONAL_DATA_FIELDS, type PersonalDataField } from '@bcd/contracts';

export type PersonRegistered = DomainEvent<'PersonRegistered', PersonRegisteredData>;
/** Which fields changed; never their values. */
export type PersonalDataChanged = DomainEvent<'PersonalDataChanged', PersonalDataChangedData>;
/** A data subject's request was carried out: the personal data is gone, the history stays. */
export type PersonErased = DomainEvent<'PersonErased', PersonErasedData>;
/** The login account the person acts as (null: unlinked). */
export type PersonAccountLinked = DomainEvent<'PersonAccountLinked', PersonAccountLinkedData>;
export type PersonEvent = PersonRegistered | PersonalDataChanged | PersonErased | PersonAccountLinked;

/** `userId`: the login account the person acts as; none once unlinked or erased. */
export type PersonState = { status: 'absent' } | { status: 'registered' | 'erased'; personId: string; version: number; userId: string | null };

export const initialState = (): PersonState => ({ status: 'absent' });

export function evolve(state: PersonState, event: PersonEvent): PersonState {
  switch (event.type) {
    case 'PersonRegistered':
      return { status: 'registered', personId: event.data.personId, version: 1, userId: null };
    case 'PersonalDataChanged':
      return state.status === 'absent' ? state : { ...state, version: state.version + 1 };
    case 'PersonErased':
      // the erasure ends the link to a login account as well
      return state.status === 'absent' ? state : { ...state, status: 'erased', version: state.version + 1, userId: null };
    case 'PersonAccountLinked':
      return state.status === 'absent' ? state : { ...state, version: state.version + 1, userId: event.data.userId };
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}

/** The person, or 404. */
export function existing(state: PersonState, personId: string): Exclude<PersonState, { status: 'absent' }> {
  if (state.status === 'absent') throw new NotFound('Person', personId);
  return state;
}

/** What other commands (appointments, proposals, the working group) need to know of a person: 404 when unknown. */
export function personFacts(state: PersonState, personId: string): PersonFacts {
  return { personId, status: existing(state, personId).status };
}
