// A person who sits on a committee or its working group. Stream `membership-person-<tenant>-<id>`.
// No event of this context ever holds a name, an e-mail or a phone number: they live in the personal-data
// store, referenced by the person id, and erasing a person deletes them there (README "Personal data").
// The events say only that a person exists, that their data changed (which fields), and that they were erased.
import type { LocalDate } from '@bcd/calendar';
import { NotFound, type Command, type Decider } from '@bcd/kernel';
import { refuse, Rules } from './rules.js';

export const PERSONAL_DATA_FIELDS = ['fullName', 'email', 'phone'] as const;
export type PersonalDataField = (typeof PERSONAL_DATA_FIELDS)[number];

export type PersonRegistered = { type: 'PersonRegistered'; data: { personId: string } };
/** Which fields changed; never their values. */
export type PersonalDataChanged = { type: 'PersonalDataChanged'; data: { personId: string; fields: PersonalDataField[] } };
/** A data subject's request was carried out: the personal data is gone, the history stays. */
export type PersonErased = { type: 'PersonErased'; data: { personId: string; requestReference: string; erasedOn: LocalDate } };
export type PersonEvent = PersonRegistered | PersonalDataChanged | PersonErased;

export type PersonState = { status: 'absent' } | { status: 'registered' | 'erased'; personId: string; version: number };

export type RegisterPerson = Command<'RegisterPerson', { personId: string }>;
export type ChangePersonalData = Command<'ChangePersonalData', { personId: string; fields: PersonalDataField[] }>;
export type ErasePerson = Command<'ErasePerson', { personId: string; requestReference: string; erasedOn: LocalDate }>;
export type PersonCommand = RegisterPerson | ChangePersonalData | ErasePerson;

export const personDecider: Decider<PersonCommand, PersonEvent, PersonState> = {
  initialState: () => ({ status: 'absent' }),

  decide(command, state) {
    switch (command.type) {
      case 'RegisterPerson':
        if (state.status !== 'absent') return []; // the same id again: a retried request
        return [{ type: 'PersonRegistered', data: { personId: command.data.personId } }];
      case 'ChangePersonalData': {
        const person = existing(state, command.data.personId);
        if (person.status === 'erased') {
          throw refuse(Rules.personErased, `Person ${person.personId} was erased at their request: no personal data is kept for them any more.`);
        }
        const fields = PERSONAL_DATA_FIELDS.filter((field) => command.data.fields.includes(field));
        if (fields.length === 0) return [];
        return [{ type: 'PersonalDataChanged', data: { personId: person.personId, fields } }];
      }
      case 'ErasePerson': {
        const person = existing(state, command.data.personId);
        if (person.status === 'erased') return []; // erased already: the application still makes sure the data is gone
        const { requestReference, erasedOn } = command.data;
        return [{ type: 'PersonErased', data: { personId: person.personId, requestReference, erasedOn } }];
      }
      default: {
        const _exhaustive: never = command;
        return _exhaustive;
      }
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'PersonRegistered':
        return { status: 'registered', personId: event.data.personId, version: 1 };
      case 'PersonalDataChanged':
        return state.status === 'absent' ? state : { ...state, version: state.version + 1 };
      case 'PersonErased':
        return state.status === 'absent' ? state : { ...state, status: 'erased', version: state.version + 1 };
      default: {
        const _exhaustive: never = event;
        return state;
      }
    }
  },
};

function existing(state: PersonState, personId: string): Exclude<PersonState, { status: 'absent' }> {
  if (state.status === 'absent') throw new NotFound('Person', personId);
  return state;
}
