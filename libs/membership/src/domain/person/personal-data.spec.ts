import { LocalDate } from '@bcd/calendar';
import { DeciderSpecification, NotFound } from '@bcd/kernel';
import { Rules } from '../rules.js';
import { personDecider } from './person.decider.js';
import type { PersonEvent } from './person.js';

const now = new Date('2025-07-01T03:00:00.000Z');
const spec = DeciderSpecification.for(personDecider);
const personId = '01950000-0000-7000-8000-0000000000e1';
const registered: PersonEvent = { type: 'PersonRegistered', data: { personId } };
const erased: PersonEvent = { type: 'PersonErased', data: { personId, requestReference: 'YC-2025-01', erasedOn: LocalDate.parse('2025-07-01') } };

describe('person decider (no personal data in any event)', () => {
  it('registers a person by id only, once', () => {
    spec.given([]).when({ type: 'RegisterPerson', data: { personId }, metadata: { now } }).then([registered]);
    spec.given([registered]).when({ type: 'RegisterPerson', data: { personId }, metadata: { now } }).thenNothingHappened();
  });

  it('records which fields of the personal data changed, never their values', () => {
    spec
      .given([registered])
      .when({ type: 'ChangePersonalData', data: { personId, fields: ['phone', 'email'] }, metadata: { now } })
      .then([{ type: 'PersonalDataChanged', data: { personId, fields: ['email', 'phone'] } }]);
    spec.given([registered]).when({ type: 'ChangePersonalData', data: { personId, fields: [] }, metadata: { now } }).thenNothingHappened();
  });

  it('erases a person once; an erased person gets no personal data again', () => {
    const erase = { type: 'ErasePerson' as const, data: { personId, requestReference: 'YC-2025-01', erasedOn: LocalDate.parse('2025-07-01') }, metadata: { now } };
    spec.given([registered]).when(erase).then([erased]);
    spec.given([registered, erased]).when(erase).thenNothingHappened();
    spec.given([registered, erased]).when({ type: 'ChangePersonalData', data: { personId, fields: ['fullName'] }, metadata: { now } }).thenThrowsRule(Rules.personErased);
    spec.given([]).when(erase).thenThrows(NotFound);
  });
});
