// The regulations a tenant (a province's committee) has adopted, over time. Stream
// `rulebook-regulations-<tenant>` under the tenant itself: each adoption records the whole rule pack as
// adopted (the full JSON, so history never depends on code that may change), the decision that issued
// it, when it takes effect and which earlier regulation it supersedes; the tenant's decisions on the
// rules the regulation leaves to the committee ("tenant decides") follow as their own events.
// The event data is the contract other contexts read (libs/contracts "rulebook-events"); the state is
// the one fold of libs/regulation that every reader of these events uses.
import type { DomainEvent } from '@bcd/kernel';
import { evolveAdoptions, type AdoptedRegulation } from '@bcd/regulation';
import type { AdoptedPackRevisedData, RegulationAdoptedData, TenantDecisionConfiguredData } from '@bcd/contracts';

export type RegulationAdopted = DomainEvent<'RegulationAdopted', RegulationAdoptedData>;
/** `settings` fill (or replace) tenant-decides slots of the adoption's pack, by path. */
export type TenantDecisionConfigured = DomainEvent<'TenantDecisionConfigured', TenantDecisionConfiguredData>;
/** The adoption's pack replaced by a corrected encoding of the same regulation; decision and tenant decisions stay. */
export type AdoptedPackRevised = DomainEvent<'AdoptedPackRevised', AdoptedPackRevisedData>;
export type RegulationEvent = RegulationAdopted | TenantDecisionConfigured | AdoptedPackRevised;

export interface RegulationsState {
  /** In the order they were recorded, each with the tenant's decisions and the effective pack. */
  adoptions: readonly AdoptedRegulation[];
}

export const initialState = (): RegulationsState => ({ adoptions: [] });

export function evolve(state: RegulationsState, event: RegulationEvent): RegulationsState {
  return { adoptions: evolveAdoptions(state.adoptions, event) };
}
