// The regulation part of a tenant's state: the tenant's adoptions, folded with @bcd/regulation's own fold
// (evolveAdoptions) from the rulebook's published events (their schemas in libs/contracts rulebook-events.ts),
// and the regulation in force on a date (regulationInForce through regulationSpanOn). Pure.
import type { LocalDate } from '@bcd/calendar';
import { AdoptedPackRevisedDataSchema, RegulationAdoptedDataSchema, TenantDecisionConfiguredDataSchema } from '@bcd/contracts';
import { evolveAdoptions, inEffectiveOrder, regulationSpanOn, withSettings, type AdoptedRegulation, type RulePack } from '@bcd/regulation';
import type { z } from 'zod';

/** The rulebook events the state reads (type without namespace) → the schema of their data. */
export const RULEBOOK_DATA = {
  RegulationAdopted: RegulationAdoptedDataSchema,
  TenantDecisionConfigured: TenantDecisionConfiguredDataSchema,
  AdoptedPackRevised: AdoptedPackRevisedDataSchema,
} as const;

/** The adoptions after one rulebook event (data accepted by its contract), in the order they were folded. */
export function evolveRegulation(adoptions: readonly AdoptedRegulation[], type: string, data: unknown): AdoptedRegulation[] {
  switch (type) {
    case 'RegulationAdopted':
      return evolveAdoptions(adoptions, { type, data: data as z.infer<typeof RegulationAdoptedDataSchema> });
    case 'TenantDecisionConfigured':
      return evolveAdoptions(adoptions, { type, data: data as z.infer<typeof TenantDecisionConfiguredDataSchema> });
    case 'AdoptedPackRevised':
      return evolveAdoptions(adoptions, { type, data: data as z.infer<typeof AdoptedPackRevisedDataSchema> });
    default:
      return [...adoptions];
  }
}

/** How a regulation in force is named: its pack, its decision, the article giving it effect, and its span. */
export interface RegulationOn {
  adoptionId: string;
  packId: string;
  title: string;
  decisionNumber: string | null;
  signedOn: LocalDate | null;
  effectiveFrom: LocalDate;
  /** The last day it was in force (the day before the next one took effect); null: still in force. */
  lastDay: LocalDate | null;
  /** The decision number (or pack id) of the adoption it replaced, as the tenant recorded it. */
  supersedes: string | null;
  /** The article of the decision that gives the regulation effect, e.g. `Điều 2 (Quyết định)`. */
  article: string;
}

/** The regulation in force on `date` among the adoptions (none yet: null, never a default). */
export function regulationOn(adoptions: readonly AdoptedRegulation[], date: LocalDate): RegulationOn | null {
  const span = regulationSpanOn(inEffectiveOrder(adoptions), date);
  if (!span) return null;
  const { adoption } = span;
  return {
    adoptionId: adoption.adoptionId,
    packId: adoption.pack.id,
    title: adoption.pack.title,
    decisionNumber: adoption.decisionNumber,
    signedOn: adoption.signedOn,
    effectiveFrom: adoption.effectiveFrom,
    lastDay: span.lastDay,
    supersedes: adoption.supersedes,
    article: adoption.pack.decision.citation.article,
  };
}

/** An adoption as a snapshot keeps it: the pack with the tenant's decisions filled in is derived, not stored. */
export type StoredAdoption = Omit<AdoptedRegulation, 'effectivePack'>;

export function storedAdoption({ effectivePack: _derived, ...adoption }: AdoptedRegulation): StoredAdoption {
  return adoption;
}

/** An adoption read back from a snapshot: the effective pack made again from the pack and the tenant's decisions. */
export function restoredAdoption(stored: StoredAdoption): AdoptedRegulation {
  return withSettings({ ...stored, configuration: {}, effectivePack: stored.pack as RulePack }, stored.configuration);
}
