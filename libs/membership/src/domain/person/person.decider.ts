// The person aggregate: its commands, `decide` dispatching to the rule family, and its binding (stream
// `membership-person-<tenant>-<personId>`; its events happen when they are recorded).
import { type CommandOf, deciderOf, defineAggregate } from '@bcd/kernel';
import { linkAccount } from './account.js';
import { evolve, initialState } from './person.js';
import { changePersonalData, erasePerson, registerPerson } from './personal-data.js';

export const personDecider = deciderOf({
  initialState,
  evolve,
  decide: { RegisterPerson: registerPerson, ChangePersonalData: changePersonalData, ErasePerson: erasePerson, LinkAccount: linkAccount },
});

export type PersonCommand = CommandOf<typeof personDecider>;

export const personStream = (tenant: string, personId: string): string => `membership-person-${tenant}-${personId}`;

export const personAggregate = defineAggregate({ name: 'person', namespace: 'membership', decider: personDecider,
  streamId: personStream });
