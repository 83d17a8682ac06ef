// Adopting a regulation, recording the tenant's decisions on what it leaves to the committee, and
// revising an adoption's pack when its encoding is corrected: how a tenant's adoptions must fit together
// (RULEBOOK-* rules, platform policy).
import { vietnamDateOf } from '@bcd/calendar';
import { NotFound, sameJson, ValidationFailed, type Command } from '@bcd/kernel';
import { BUILT_IN_PACKS, builtInPack, configurePack, type AdoptedRegulation, type AdoptionFacts, type RulePack, type TenantSettings } from '@bcd/regulation';
import { refuse, Rules } from '../rules.js';
import type { AdoptedPackRevised, RegulationEvent, RegulationsState, TenantDecisionConfigured } from './regulations.js';

export type AdoptRegulation = Command<'AdoptRegulation', AdoptionFacts & { tenantConfiguration?: TenantSettings }>;
export type ConfigureTenantDecisions = Command<'ConfigureTenantDecisions', { adoptionId: string; settings: TenantSettings }>;
/** A built-in adoption takes the current built-in pack of its id (`pack` absent); a custom one the pack given. */
export type RevisePack = Command<'RevisePack', { adoptionId: string; reason: string; pack?: RulePack }>;

const BUILT_IN_IDS = new Set(BUILT_IN_PACKS.map((p) => p.id));

export function adopt(command: AdoptRegulation, state: RegulationsState): RegulationEvent[] {
  const { tenantConfiguration, ...facts } = command.data;
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
  const adopted: RegulationEvent = { type: 'RegulationAdopted', data: facts };
  if (tenantConfiguration === undefined) return [adopted];
  return [adopted, ...configured({ ...facts, configuration: {}, effectivePack: pack }, tenantConfiguration, 'tenantConfiguration')];
}

export function configure(command: ConfigureTenantDecisions, state: RegulationsState): RegulationEvent[] {
  const adoption = state.adoptions.find((a) => a.adoptionId === command.data.adoptionId);
  if (!adoption) throw new NotFound('Regulation adoption', command.data.adoptionId);
  return configured(adoption, command.data.settings, 'settings');
}

/**
 * Replaces the adoption's pack by a corrected encoding of the same regulation (the built-in packs were
 * corrected in schema version 2, issue 10): nothing when it is already that pack. The decision, its dates
 * and the tenant's decisions stay; each decision must still fit the revised pack.
 */
export function revise(command: RevisePack, state: RegulationsState): AdoptedPackRevised[] {
  const { adoptionId, reason, pack: given } = command.data;
  const adoption = state.adoptions.find((a) => a.adoptionId === adoptionId);
  if (!adoption) throw new NotFound('Regulation adoption', adoptionId);
  let pack: RulePack;
  if (adoption.source.kind === 'built-in') {
    if (given !== undefined) {
      throw refuse(Rules.revisionSameRegulation, `Adoption ${adoptionId} is of the built-in pack ${adoption.source.packId}: it is revised to that pack as it is now, not to a pack given in the request.`);
    }
    pack = builtInPack(adoption.source.packId);
  } else {
    if (given === undefined) throw new ValidationFailed([{ path: 'pack', message: 'is required: a custom adoption is revised to the corrected pack given here' }]);
    if (given.id !== adoption.pack.id) {
      throw refuse(Rules.revisionSameRegulation, `Adoption ${adoptionId} is of pack ${adoption.pack.id}: a revision corrects the same regulation, not pack ${given.id}.`);
    }
    pack = given;
  }
  if (sameJson(adoption.pack, pack)) return [];
  try {
    configurePack(pack, adoption.configuration);
  } catch (error) {
    if (!(error instanceof ValidationFailed)) throw error;
    const paths = error.errors.map((e) => `${e.path} (${e.message})`).join('; ');
    throw refuse(Rules.revisionKeepsTenantDecisions, `The tenant's decisions on adoption ${adoptionId} do not fit the revised pack: ${paths}. Change them first.`);
  }
  return [{ type: 'AdoptedPackRevised', data: { adoptionId, pack: structuredClone(pack) as RulePack, reason } }];
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
