// The agencies of a tenant (sở, ban, ngành, UBND huyện, branches of central agencies), one register per
// tenant: stream `membership-agencies-<tenant>`, so an agency code is unique within the province.
// Agencies are renamed and merged over time (RULES.md §8): a rename or merge has an effective date and
// a deciding act, and never rewrites history: a past date shows the name in force then. The rules of
// registering, renaming and merging are in register.ts.
import type { LocalDate } from '@bcd/calendar';
import { NotFound, type DomainEvent } from '@bcd/kernel';
import type { Decision } from '@bcd/regulation';
import type { AgencyKind, AgencyMergedData, AgencyRegisteredData, AgencyRenamedData } from '@bcd/contracts';
import type { AgencyFacts } from '../facts.js';

export { AGENCY_KINDS, type AgencyKind } from '@bcd/contracts';

export type AgencyRegistered = DomainEvent<'AgencyRegistered', AgencyRegisteredData>;
export type AgencyRenamed = DomainEvent<'AgencyRenamed', AgencyRenamedData>;
export type AgencyMerged = DomainEvent<'AgencyMerged', AgencyMergedData>;
export type AgencyEvent = AgencyRegistered | AgencyRenamed | AgencyMerged;

export interface AgencyName {
  name: string;
  /** null: the name it was registered with, in force until the first rename. */
  effectiveOn: LocalDate | null;
  decision: Decision | null;
}

export interface AgencyState {
  agencyId: string;
  code: string;
  kind: AgencyKind;
  /** In effective order; the first is the registered name. */
  names: AgencyName[];
  merged: { into: string; effectiveOn: LocalDate; decision: Decision } | null;
  /** Events about this agency so far: its ETag. */
  revision: number;
}

export interface AgencyRegisterState {
  agencies: Record<string, AgencyState>;
  /** Upper-cased code → agency id. */
  codes: Record<string, string>;
}

export const initialState = (): AgencyRegisterState => ({ agencies: {}, codes: {} });

export function evolve(state: AgencyRegisterState, event: AgencyEvent): AgencyRegisterState {
  switch (event.type) {
    case 'AgencyRegistered': {
      const { agencyId, code, name, kind } = event.data;
      const agency: AgencyState = { agencyId, code, kind, names: [{ name, effectiveOn: null, decision: null }], merged: null, revision: 1 };
      return { agencies: { ...state.agencies, [agencyId]: agency }, codes: { ...state.codes, [code.toUpperCase()]: agencyId } };
    }
    case 'AgencyRenamed': {
      const { name, effectiveOn, decision } = event.data;
      return update(state, event.data.agencyId, (agency) => ({ ...agency, names: sortNames([...agency.names, { name, effectiveOn, decision }]) }));
    }
    case 'AgencyMerged': {
      const { into, effectiveOn, decision } = event.data;
      return update(state, event.data.agencyId, (agency) => ({ ...agency, merged: { into, effectiveOn, decision } }));
    }
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}

/** The name in force on `date` (the registered name before the first rename). */
export function agencyNameOn(agency: Pick<AgencyState, 'names'>, date: LocalDate): string {
  let name = agency.names[0].name;
  for (const entry of agency.names) if (entry.effectiveOn === null || entry.effectiveOn <= date) name = entry.name;
  return name;
}

/** The agency that carries `agencyId`'s work on `date`: itself, or what it was merged into by then (following merges). */
export function successorOn(state: AgencyRegisterState, agencyId: string, date: LocalDate): string {
  let current = agencyId;
  for (let depth = 0; depth < 32; depth++) {
    const merged = state.agencies[current]?.merged;
    if (!merged || merged.effectiveOn > date) return current;
    current = merged.into;
  }
  return current;
}

/** What a committee or working-group decision needs to know about an agency on a date; NotFound if unknown. */
export function agencyFactsOn(state: AgencyRegisterState, agencyId: string, date: LocalDate): AgencyFacts {
  const agency = state.agencies[agencyId];
  if (!agency) throw new NotFound('Agency', agencyId);
  return { agencyId, name: agencyNameOn(agency, date), mergedOn: agency.merged?.effectiveOn ?? null, successorId: successorOn(state, agencyId, date) };
}

function update(state: AgencyRegisterState, agencyId: string, change: (agency: AgencyState) => AgencyState): AgencyRegisterState {
  const agency = state.agencies[agencyId];
  if (!agency) return state;
  return { ...state, agencies: { ...state.agencies, [agencyId]: { ...change(agency), revision: agency.revision + 1 } } };
}

function sortNames(names: AgencyName[]): AgencyName[] {
  return [...names].sort((a, b) => (a.effectiveOn ?? '').localeCompare(b.effectiveOn ?? ''));
}
