// A tenant's adoptions of regulations, folded from the rulebook's published events
// (`rulebook.RegulationAdopted`, `rulebook.TenantDecisionConfigured`; their schemas are in
// libs/contracts). One fold, used by the rulebook's decider and read model and by every host that
// serves the RegulationsInForce port from the event log.
import { LocalDate } from '@bcd/calendar';
import type { RulePack } from './rule-pack.schema.js';
import { type Adoption, regulationInForce } from './regulation-in-force.js';
import { configurePack } from './tenant-configuration.js';
import { upcastRulePack } from './upcast-rule-pack.js';

/** Where the adopted pack came from: a built-in pack (by id, as it was then) or the tenant's own JSON. */
export type AdoptionSource = { kind: 'built-in'; packId: string } | { kind: 'custom' };

/** What `RegulationAdopted` records: the whole pack as adopted (tenant-decides slots still open). */
export interface AdoptionFacts {
  adoptionId: string;
  source: AdoptionSource;
  pack: RulePack;
  /** The decision issuing the regulation, e.g. `4095/QĐ-BCĐ`; null when the document leaves it blank. */
  decisionNumber: string | null;
  signedOn: LocalDate | null;
  /** The first day the regulation is in force. */
  effectiveFrom: LocalDate;
  /** Decision number (or pack id) of the earlier adoption this one replaces. */
  supersedes: string | null;
}

/** The tenant's decisions on rules the regulation leaves to the committee, by the slot's path. */
export type TenantSettings = Record<string, unknown>;

/**
 * What `AdoptedPackRevised` records: the adoption's pack replaced by a corrected encoding of the same
 * regulation (the current built-in pack, or the tenant's corrected custom pack). The decision, its dates
 * and the tenant's decisions stay; `reason` says why.
 */
export interface PackRevision {
  adoptionId: string;
  pack: RulePack;
  reason: string;
}

export type AdoptionEvent =
  | { type: 'RegulationAdopted'; data: AdoptionFacts }
  | { type: 'TenantDecisionConfigured'; data: { adoptionId: string; settings: TenantSettings } }
  | { type: 'AdoptedPackRevised'; data: PackRevision };

export interface AdoptedRegulation extends AdoptionFacts {
  /** The tenant's decisions so far; a later decision on the same path replaces the earlier one. */
  configuration: TenantSettings;
  /** The pack with the tenant's decisions filled in: what the tenant's facts are judged by. */
  effectivePack: RulePack;
}

/** The adoptions after one event, in the order they were recorded. */
export function evolveAdoptions(adoptions: readonly AdoptedRegulation[], event: AdoptionEvent): AdoptedRegulation[] {
  switch (event.type) {
    case 'RegulationAdopted': {
      if (adoptions.some((a) => a.adoptionId === event.data.adoptionId)) return [...adoptions];
      // A pack recorded in an older schema version is read in the current one (nothing stored changes).
      const pack = upcastRulePack(event.data.pack) as RulePack;
      return [...adoptions, { ...event.data, pack, configuration: {}, effectivePack: pack }];
    }
    case 'TenantDecisionConfigured':
      return adoptions.map((a) => (a.adoptionId === event.data.adoptionId ? withSettings(a, event.data.settings) : a));
    case 'AdoptedPackRevised': {
      const { adoptionId, pack } = event.data;
      // The decider checked that the tenant's decisions still fit the revised pack.
      return adoptions.map((a) => (a.adoptionId === adoptionId ? withSettings({ ...a, pack: upcastRulePack(pack) as RulePack, configuration: {} }, a.configuration) : a));
    }
    default: {
      const _exhaustive: never = event;
      return [...adoptions];
    }
  }
}

/** The adoption with more of the tenant's decisions (the decider checked them when it accepted them). */
export function withSettings(adoption: AdoptedRegulation, settings: TenantSettings): AdoptedRegulation {
  const configuration = { ...adoption.configuration, ...settings };
  return { ...adoption, configuration, effectivePack: configurePack(adoption.pack, configuration) };
}

/** An adoption as regulationInForce and the schedules take it: the pack the tenant's facts are judged by. */
export function asAdoption(adoption: AdoptedRegulation): Adoption {
  return {
    pack: adoption.effectivePack,
    decisionNumber: adoption.decisionNumber,
    signedOn: adoption.signedOn,
    effectiveFrom: adoption.effectiveFrom,
    supersedes: adoption.supersedes,
  };
}

/** Adoptions in effective order (ties by signing date, then as recorded): how every answer lists them. */
export function inEffectiveOrder<T extends Pick<AdoptionFacts, 'effectiveFrom' | 'signedOn'>>(adoptions: readonly T[]): T[] {
  return [...adoptions].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || (a.signedOn ?? '').localeCompare(b.signedOn ?? ''));
}

/** The days one regulation is the one in force: from its effective date until the next one takes effect. */
export interface RegulationSpan<A extends Adoption = Adoption> {
  adoption: A;
  from: LocalDate;
  /** The first day it is no longer in force (the next adoption's effective date); null: still in force. */
  until: LocalDate | null;
  /** The last day it is in force; null: still in force. */
  lastDay: LocalDate | null;
}

/** The regulation in force on `date` and its span; undefined when none is (never a default). */
export function regulationSpanOn<A extends Adoption>(adoptions: readonly A[], date: LocalDate): RegulationSpan<A> | undefined {
  const adoption = regulationInForce(adoptions, date) as A | undefined;
  return adoption && spanOf(adoptions, adoption);
}

/** The span of one of `adoptions`. */
export function spanOf<A extends Adoption>(adoptions: readonly A[], adoption: A): RegulationSpan<A> {
  const until = adoptions.map((a) => a.effectiveFrom).filter((from) => from > adoption.effectiveFrom).sort()[0] ?? null;
  return { adoption, from: adoption.effectiveFrom, until, lastDay: until === null ? null : LocalDate.addDays(until, -1) };
}

/** How events name the regulation in force over a span: its pack, its decision, the day it took effect. */
export function spanRef(span: RegulationSpan): { packId: string; decisionNumber: string | null; effectiveFrom: LocalDate } {
  return { packId: span.adoption.pack.id, decisionNumber: span.adoption.decisionNumber, effectiveFrom: span.from };
}
