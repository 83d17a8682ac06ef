// The regulations aggregate: its commands, `decide` dispatching to the rule family, and its binding
// (stream `rulebook-regulations-<tenant>`, events stored as `rulebook.<Type>`).
import { vietnamInstant } from '@bcd/calendar';
import { deciderOf, defineAggregate, type CommandOf } from '@bcd/kernel';
import { adopt, configure, revise } from './adoption.js';
import { evolve, initialState } from './regulations.js';

export const regulationsDecider = deciderOf({ initialState, evolve, decide: { AdoptRegulation: adopt, ConfigureTenantDecisions: configure, RevisePack: revise } });

export type RegulationCommand = CommandOf<typeof regulationsDecider>;

export const regulationsStream = (tenant: string): string => `rulebook-regulations-${tenant}`;

export const regulationsAggregate = defineAggregate({ name: 'regulations', namespace: 'rulebook', decider: regulationsDecider,
  streamId: regulationsStream, occurredAt: businessTime });

/**
 * Business time of an adoption: the start of the signing day in Vietnam (the regulation exists from
 * then; time travel to a date after it shows it adopted), or of the effective date when the signing
 * date is blank; never later than the recording. Of a configuration: when it is recorded.
 */
function businessTime(command: RegulationCommand): Date {
  const { now } = command.metadata;
  if (command.type !== 'AdoptRegulation') return now;
  const at = vietnamInstant(command.data.signedOn ?? command.data.effectiveFrom);
  return at.getTime() > now.getTime() ? now : at;
}
