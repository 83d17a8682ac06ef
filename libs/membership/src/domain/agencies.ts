// The agencies of a tenant (sở, ban, ngành, UBND huyện, branches of central agencies), one register
// per tenant: stream `membership-agencies-<tenant>`, so an agency code is unique within the province.
// Agencies are renamed and merged over time (RULES.md §8): a rename or merge has an effective date and
// a deciding act, and never rewrites history: a past date shows the name in force then.
import type { LocalDate } from '@bcd/calendar';
import { ConcurrencyConflict, NotFound, type Command, type Decider } from '@bcd/kernel';
import { checkDecision, type AgencyFacts, type Decision } from './facts.js';
import { refuse, Rules } from './rules.js';

export const AGENCY_KINDS = [
  'department', // sở
  'board', // ban
  'sector', // ngành, văn phòng, viện…
  'people-committee', // UBND tỉnh, UBND huyện
  'central-agency-branch', // Công an tỉnh, Cục Thuế, Ngân hàng Nhà nước chi nhánh…
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export type AgencyRegistered = { type: 'AgencyRegistered'; data: { agencyId: string; code: string; name: string; kind: AgencyKind } };
export type AgencyRenamed = {
  type: 'AgencyRenamed';
  data: { agencyId: string; name: string; previousName: string; effectiveOn: LocalDate; decision: Decision };
};
export type AgencyMerged = { type: 'AgencyMerged'; data: { agencyId: string; into: string; effectiveOn: LocalDate; decision: Decision } };
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

/** The If-Match of a request, as the agency's revision it names (undefined: no precondition). */
interface Precondition {
  expectedRevision?: number;
}

export type RegisterAgency = Command<'RegisterAgency', { agencyId: string; code: string; name: string; kind: AgencyKind }>;
export type RenameAgency = Command<'RenameAgency', { agencyId: string; name: string; effectiveOn: LocalDate; decision: Decision } & Precondition>;
export type MergeAgency = Command<'MergeAgency', { agencyId: string; into: string; effectiveOn: LocalDate; decision: Decision } & Precondition>;
export type AgencyCommand = RegisterAgency | RenameAgency | MergeAgency;

export const agencyRegisterDecider: Decider<AgencyCommand, AgencyEvent, AgencyRegisterState> = {
  initialState: () => ({ agencies: {}, codes: {} }),

  decide(command, state) {
    switch (command.type) {
      case 'RegisterAgency': {
        const { agencyId, code, name, kind } = command.data;
        const holder = state.codes[code.toUpperCase()];
        if (holder === agencyId) return []; // the same registration again (a retried request)
        if (holder !== undefined) throw refuse(Rules.agencyCodeUnique, `The agency code ${code} is already taken in this province.`);
        return [{ type: 'AgencyRegistered', data: { agencyId, code, name, kind } }];
      }
      case 'RenameAgency': {
        const { name, effectiveOn, decision } = command.data;
        const agency = existing(state, command.data.agencyId, command.data.expectedRevision);
        checkDecision(decision, command.metadata.now);
        if (agency.merged && agency.merged.effectiveOn <= effectiveOn) {
          throw refuse(Rules.agencyMerged, `Agency ${agency.code} was merged on ${agency.merged.effectiveOn}: it takes no new name after that.`);
        }
        if (agency.names.some((n) => n.effectiveOn === effectiveOn)) {
          throw refuse(Rules.agencyNameDate, `Agency ${agency.code} already has a name taking effect on ${effectiveOn}.`);
        }
        const previousName = agencyNameOn(agency, effectiveOn);
        if (previousName === name) return [];
        return [{ type: 'AgencyRenamed', data: { agencyId: agency.agencyId, name, previousName, effectiveOn, decision } }];
      }
      case 'MergeAgency': {
        const { into, effectiveOn, decision } = command.data;
        const agency = existing(state, command.data.agencyId, command.data.expectedRevision);
        checkDecision(decision, command.metadata.now);
        if (agency.merged) {
          if (agency.merged.into === into && agency.merged.effectiveOn === effectiveOn) return [];
          throw refuse(Rules.agencyMerged, `Agency ${agency.code} was already merged on ${agency.merged.effectiveOn}.`);
        }
        if (into === agency.agencyId) throw refuse(Rules.agencyMergeIntoItself, 'An agency cannot be merged into itself.');
        const target = state.agencies[into];
        if (!target) throw new NotFound('Agency', into);
        if (target.merged && target.merged.effectiveOn <= effectiveOn) {
          throw refuse(Rules.agencyMergeTargetActive, `Agency ${target.code} was itself merged on ${target.merged.effectiveOn}: merge into its successor.`);
        }
        const lastRename = agency.names[agency.names.length - 1].effectiveOn;
        if (lastRename !== null && lastRename > effectiveOn) {
          throw refuse(Rules.dateOrder, `Agency ${agency.code} has a name taking effect on ${lastRename}, after the merge date.`);
        }
        return [{ type: 'AgencyMerged', data: { agencyId: agency.agencyId, into, effectiveOn, decision } }];
      }
      default: {
        const _exhaustive: never = command;
        return _exhaustive;
      }
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'AgencyRegistered': {
        const { agencyId, code, name, kind } = event.data;
        const agency: AgencyState = { agencyId, code, kind, names: [{ name, effectiveOn: null, decision: null }], merged: null, revision: 1 };
        return { agencies: { ...state.agencies, [agencyId]: agency }, codes: { ...state.codes, [code.toUpperCase()]: agencyId } };
      }
      case 'AgencyRenamed': {
        const { name, effectiveOn, decision } = event.data;
        return update(state, event.data.agencyId, (agency) => ({
          ...agency,
          names: sortNames([...agency.names, { name, effectiveOn, decision }]),
        }));
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
  },
};

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

function existing(state: AgencyRegisterState, agencyId: string, expectedRevision: number | undefined): AgencyState {
  const agency = state.agencies[agencyId];
  if (!agency) throw new NotFound('Agency', agencyId);
  if (expectedRevision !== undefined && expectedRevision !== agency.revision) {
    throw new ConcurrencyConflict(`agency ${agencyId}`, String(expectedRevision), agency.revision);
  }
  return agency;
}

function update(state: AgencyRegisterState, agencyId: string, change: (agency: AgencyState) => AgencyState): AgencyRegisterState {
  const agency = state.agencies[agencyId];
  if (!agency) return state;
  return { ...state, agencies: { ...state.agencies, [agencyId]: { ...change(agency), revision: agency.revision + 1 } } };
}

function sortNames(names: AgencyName[]): AgencyName[] {
  return [...names].sort((a, b) => (a.effectiveOn ?? '').localeCompare(b.effectiveOn ?? ''));
}
