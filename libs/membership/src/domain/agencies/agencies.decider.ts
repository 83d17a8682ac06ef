// The agency register aggregate: its commands, `decide` dispatching to the rule family, and its binding
// (one stream per tenant, `membership-agencies-<tenant>`; a rename or merge happens at the start of its
// effective date in Vietnam, a registration when it is recorded).
import { vietnamInstant } from '@bcd/calendar';
import { type CommandOf, deciderOf, defineAggregate } from '@bcd/kernel';
import { evolve, initialState } from './agencies.js';
import { mergeAgency, registerAgency, renameAgency } from './register.js';

export const agencyRegisterDecider = deciderOf({ initialState, evolve, decide: { RegisterAgency: registerAgency, RenameAgency: renameAgency, MergeAgency: mergeAgency } });

export type AgencyCommand = CommandOf<typeof agencyRegisterDecider>;

/** One register per tenant: the instance id is the tenant. */
export const agenciesStream = (tenant: string): string => `membership-agencies-${tenant}`;

export const agencyRegisterAggregate = defineAggregate({ name: 'agency register', namespace: 'membership', decider: agencyRegisterDecider,
  streamId: agenciesStream, occurredAt: (command) => (command.type === 'RegisterAgency' ? command.metadata.now : vietnamInstant(command.data.effectiveOn)) });
