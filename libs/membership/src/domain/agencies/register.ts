// Registering, renaming and merging agencies: codes unique in the province, one name per effective
// date, nothing new for an agency after its merge, no merge into itself or into an agency merged by
// then. An agency-level If-Match names the agency's own revision.
import type { LocalDate } from '@bcd/calendar';
import { ConcurrencyConflict, NotFound, type Command } from '@bcd/kernel';
import type { Decision } from '@bcd/regulation';
import { checkDecision } from '../facts.js';
import { refuse, Rules } from '../rules.js';
import { agencyNameOn, type AgencyEvent, type AgencyKind, type AgencyRegisterState, type AgencyState } from './agencies.js';

/** The If-Match of a request, as the agency's revision it names (undefined: no precondition). */
interface Precondition {
  expectedRevision?: number;
}

export type RegisterAgency = Command<'RegisterAgency', { agencyId: string; code: string; name: string; kind: AgencyKind }>;
export type RenameAgency = Command<'RenameAgency', { agencyId: string; name: string; effectiveOn: LocalDate; decision: Decision } & Precondition>;
export type MergeAgency = Command<'MergeAgency', { agencyId: string; into: string; effectiveOn: LocalDate; decision: Decision } & Precondition>;

export function registerAgency(command: RegisterAgency, state: AgencyRegisterState): AgencyEvent[] {
  const { agencyId, code, name, kind } = command.data;
  const holder = state.codes[code.toUpperCase()];
  if (holder === agencyId) return []; // the same registration again (a retried request)
  if (holder !== undefined) throw refuse(Rules.agencyCodeUnique, `The agency code ${code} is already taken in this province.`);
  return [{ type: 'AgencyRegistered', data: { agencyId, code, name, kind } }];
}

export function renameAgency(command: RenameAgency, state: AgencyRegisterState): AgencyEvent[] {
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

export function mergeAgency(command: MergeAgency, state: AgencyRegisterState): AgencyEvent[] {
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

function existing(state: AgencyRegisterState, agencyId: string, expectedRevision: number | undefined): AgencyState {
  const agency = state.agencies[agencyId];
  if (!agency) throw new NotFound('Agency', agencyId);
  if (expectedRevision !== undefined && expectedRevision !== agency.revision) {
    throw new ConcurrencyConflict(`agency ${agencyId}`, String(expectedRevision), agency.revision);
  }
  return agency;
}
