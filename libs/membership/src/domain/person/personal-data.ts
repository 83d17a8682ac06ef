// A person's record: registered once by id, which of their personal data changed, erased once at their
// request; an erased person gets no personal data again (MEMBERSHIP-person-erased).
import type { LocalDate } from '@bcd/calendar';
import type { Command } from '@bcd/kernel';
import { refuse, Rules } from '../rules.js';
import { existing, PERSONAL_DATA_FIELDS, type PersonalDataField, type PersonEvent, type PersonState } from './person.js';

export type RegisterPerson = Command<'RegisterPerson', { personId: string }>;
export type ChangePersonalData = Command<'ChangePersonalData', { personId: string; fields: PersonalDataField[] }>;
export type ErasePerson = Command<'ErasePerson', { personId: string; requestReference: string; erasedOn: LocalDate }>;

export function registerPerson(command: RegisterPerson, state: PersonState): PersonEvent[] {
  if (state.status !== 'absent') return []; // the same id again: a retried request
  return [{ type: 'PersonRegistered', data: { personId: command.data.personId } }];
}

export function changePersonalData(command: ChangePersonalData, state: PersonState): PersonEvent[] {
  const person = existing(state, command.data.personId);
  if (person.status === 'erased') {
    throw refuse(Rules.personErased, `Person ${person.personId} was erased at their request: no personal data is kept for them any more.`);
  }
  const fields = PERSONAL_DATA_FIELDS.filter((field) => command.data.fields.includes(field));
  if (fields.length === 0) return [];
  return [{ type: 'PersonalDataChanged', data: { personId: person.personId, fields } }];
}

export function erasePerson(command: ErasePerson, state: PersonState): PersonEvent[] {
  const person = existing(state, command.data.personId);
  if (person.status === 'erased') return []; // erased already: the application still makes sure the data is gone
  const { requestReference, erasedOn } = command.data;
  return [{ type: 'PersonErased', data: { personId: person.personId, requestReference, erasedOn } }];
}
