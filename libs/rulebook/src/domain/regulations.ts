// The regulations a tenant (a province's committee) has adopted, over time. Stream
// `rulebook-regulations-<tenant>` under the tenant itself: each adoption records the whole rule pack as
// adopted (the full JSON, so history never depends on code that may change), the decision that issued
// it, when it takes effect and which earlier regulation it supersedes; the tenant's decisions on the
// rules the regulation leaves to the committee ("tenant decides") follow as their own events.
import { vietnamDateOf } from '@bcd/calendar';
import { NotFound, ValidationFailed, type Command, type Decider, type DomainEvent } from '@bcd/kernel';
import { BUILT_IN_PACKS, configurePack, type Adoption, type RulePack } from '@bcd/regulation';
import type { AdoptionSourceData, RegulationAdoptedData, TenantDecisionConfiguredData } from '@bcd/contracts';
import { sameJson } from './json.js';
import { refuse, Rules } from './rules.js';

/** Where the adopted pack came from: a built-in pack (by id, as it was then) or the tenant's own JSON. */
export type AdoptionSource = AdoptionSourceData;

/** Rules the tenant decides, by the path of the pack's `tenant-decides` slot: `{ 'reporting.memberReports.due': {...} }`. */
export type TenantSettings = Record<string, unknown>;

/**
 * The event data is the contract other contexts read (libs/contracts "rulebook-events"): adoption id,
 * source, the pack as adopted (tenant-decides slots still open), decision number, signing date, first
 * day in force, and the earlier adoption it supersedes.
 */
export type AdoptionFacts = RegulationAdoptedData;

export type RegulationAdopted = DomainEvent<'RegulationAdopted', AdoptionFacts>;
/** `settings` fill (or replace) tenant-decides slots of the adoption's pack, by path. */
export type TenantDecisionConfigured = DomainEvent<'TenantDecisionConfigured', TenantDecisionConfiguredData>;
export type RegulationEvent = RegulationAdopted | TenantDecisionConfigured;

export interface AdoptedRegulation extends AdoptionFacts {
  /** The tenant's decisions so far; a later decision on the same path replaces the earlier one. */
  configuration: TenantSettings;
}

export interface RegulationsState {
  /** In the order they were recorded. */
  adoptions: readonly AdoptedRegulation[];
}

/** The tenant's status, read by the application: a merged tenant is closed. */
export type TenantStatus = 'active' | 'merged';

export type AdoptRegulation = Command<
  'AdoptRegulation',
  AdoptionFacts & { tenantConfiguration?: TenantSettings; tenantStatus: TenantStatus }
>;
export type ConfigureTenantDecisions = Command<
  'ConfigureTenantDecisions',
  { adoptionId: string; settings: TenantSettings; tenantStatus: TenantStatus }
>;
export type RegulationCommand = AdoptRegulation | ConfigureTenantDecisions;

const BUILT_IN_IDS = new Set(BUILT_IN_PACKS.map((p) => p.id));

export const regulationsDecider: Decider<RegulationCommand, RegulationEvent, RegulationsState> = {
  initialState: () => ({ adoptions: [] }),

  decide(command, state) {
    if (command.data.tenantStatus === 'merged') {
      throw refuse(Rules.tenantMerged, 'This tenant was merged into another: it is closed (its history stays readable). Record regulations in the tenant it was merged into.');
    }
    switch (command.type) {
      case 'AdoptRegulation':
        return adopt(command, state);
      case 'ConfigureTenantDecisions':
        return configure(command, state);
      default: {
        const _exhaustive: never = command;
        return _exhaustive;
      }
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'RegulationAdopted':
        return { adoptions: [...state.adoptions, { ...event.data, configuration: {} }] };
      case 'TenantDecisionConfigured':
        return {
          adoptions: state.adoptions.map((a) =>
            a.adoptionId === event.data.adoptionId ? { ...a, configuration: { ...a.configuration, ...event.data.settings } } : a,
          ),
        };
      default: {
        const _exhaustive: never = event;
        return state;
      }
    }
  },
};

function adopt(command: AdoptRegulation, state: RegulationsState): RegulationEvent[] {
  const { tenantConfiguration, tenantStatus: _status, ...facts } = command.data;
  const { pack, source, decisionNumber, signedOn, effectiveFrom, supersedes } = facts;

  if (source.kind === 'custom' && BUILT_IN_IDS.has(pack.id)) {
    throw refuse(Rules.customPackIdReserved, `"${pack.id}" is the id of a built-in pack: give the custom pack an id of its own.`);
  }
  const today = vietnamDateOf(command.metadata.now);
  if (signedOn !== null && signedOn > today) {
    throw refuse(Rules.signedNotInFuture, `The decision is signed on ${signedOn}, after today (${today}): record it once it has been signed.`);
  }
  if (signedOn !== null && effectiveFrom < signedOn) {
    throw refuse(Rules.effectiveNotBeforeSigning, `A regulation cannot take effect (${effectiveFrom}) before its decision was signed (${signedOn}).`);
  }

  // The same adoption again (a retried request): nothing new, apart from configuration it brings.
  const same = state.adoptions.find(
    (a) =>
      a.decisionNumber === decisionNumber &&
      a.signedOn === signedOn &&
      a.effectiveFrom === effectiveFrom &&
      a.supersedes === supersedes &&
      sameJson(a.source, source) &&
      sameJson(a.pack, pack),
  );
  if (same) return tenantConfiguration === undefined ? [] : configured(same, tenantConfiguration, 'tenantConfiguration');

  if (decisionNumber !== null) {
    const taken = state.adoptions.find((a) => a.decisionNumber === decisionNumber);
    if (taken) {
      throw refuse(Rules.decisionNumberUnique, `Decision ${decisionNumber} is already adopted (effective ${taken.effectiveFrom}, pack ${taken.pack.id}).`);
    }
  }
  const sameDay = state.adoptions.find((a) => a.effectiveFrom === effectiveFrom);
  if (sameDay) {
    throw refuse(
      Rules.effectiveDateUnique,
      `${sameDay.decisionNumber ?? sameDay.pack.id} already takes effect on ${effectiveFrom}: two regulations cannot both start on the same day.`,
    );
  }
  if (supersedes !== null) {
    const earlier = state.adoptions.find((a) => (a.decisionNumber === supersedes || a.pack.id === supersedes) && a.effectiveFrom < effectiveFrom);
    if (!earlier) {
      const known = state.adoptions.map((a) => `${a.decisionNumber ?? a.pack.id} (effective ${a.effectiveFrom})`).join(', ') || 'none';
      throw refuse(
        Rules.supersedesEarlierAdoption,
        `"${supersedes}" names no regulation of this tenant that took effect before ${effectiveFrom}. Adopted so far: ${known}.`,
      );
    }
  }

  const adopted: RegulationAdopted = { type: 'RegulationAdopted', data: facts };
  if (tenantConfiguration === undefined) return [adopted];
  return [adopted, ...configured({ ...facts, configuration: {} }, tenantConfiguration, 'tenantConfiguration')];
}

function configure(command: ConfigureTenantDecisions, state: RegulationsState): RegulationEvent[] {
  const adoption = state.adoptions.find((a) => a.adoptionId === command.data.adoptionId);
  if (!adoption) throw new NotFound('Regulation adoption', command.data.adoptionId);
  return configured(adoption, command.data.settings, 'settings');
}

/** Checks the settings against the adoption's pack and says what changes (nothing when all of it is already so). */
function configured(adoption: AdoptedRegulation, settings: TenantSettings, field: string): TenantDecisionConfigured[] {
  if (Object.keys(settings).length === 0) {
    throw new ValidationFailed([{ path: field, message: 'must name at least one rule the tenant decides' }]);
  }
  try {
    configurePack(adoption.pack, { ...adoption.configuration, ...settings });
  } catch (error) {
    if (!(error instanceof ValidationFailed)) throw error;
    throw new ValidationFailed(error.errors.map((e) => ({ path: `${field}.${e.path}`, message: e.message })));
  }
  const changed = Object.keys(settings).some((path) => !sameJson(adoption.configuration[path], settings[path]));
  if (!changed) return [];
  return [{ type: 'TenantDecisionConfigured', data: { adoptionId: adoption.adoptionId, settings } }];
}

/** The pack with the tenant's decisions filled in (the pack as adopted when there are none). */
export function effectivePack(adoption: Pick<AdoptedRegulation, 'pack' | 'configuration'>): RulePack {
  return Object.keys(adoption.configuration).length === 0 ? adoption.pack : configurePack(adoption.pack, adoption.configuration);
}

/** An adoption as @bcd/regulation's functions (regulationInForce, scheduleForAdoptions) take it. */
export function asAdoption(adoption: AdoptedRegulation): Adoption {
  return {
    pack: effectivePack(adoption),
    decisionNumber: adoption.decisionNumber,
    signedOn: adoption.signedOn,
    effectiveFrom: adoption.effectiveFrom,
    supersedes: adoption.supersedes,
  };
}

/** Adoptions in effective order (ties by signing date), as the port and the schedule list them. */
export function inEffectiveOrder<T extends Pick<AdoptionFacts, 'effectiveFrom' | 'signedOn'>>(adoptions: readonly T[]): T[] {
  return [...adoptions].sort(
    (a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || (a.signedOn ?? '').localeCompare(b.signedOn ?? ''),
  );
}
