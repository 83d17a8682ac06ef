// The data of the rulebook context's events, as other contexts and services read them from the shared
// store (stream `rulebook-regulations-<tenant>`, stored under the tenant itself). libs/rulebook declares
// its event types from these schemas, so producer and consumers cannot drift apart.
import { LocalDateSchema, RulePackSchema, upcastRulePack, type AdoptionFacts, type AdoptionSource, type PackRevision, type TenantSettings } from '@bcd/regulation';
import { z } from 'zod';

const localDate = LocalDateSchema;

/** Namespaced types as stored. */
export const RULEBOOK_EVENT_TYPES = {
  regulationAdopted: 'rulebook.RegulationAdopted',
  tenantDecisionConfigured: 'rulebook.TenantDecisionConfigured',
  adoptedPackRevised: 'rulebook.AdoptedPackRevised',
} as const;

/** Where the adopted pack came from: a built-in pack (by id, as it was then) or the tenant's own JSON. */
export const AdoptionSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('built-in'), packId: z.string().min(1) }),
  z.object({ kind: z.literal('custom') }),
]) satisfies z.ZodType<AdoptionSource>;
export type AdoptionSourceData = z.infer<typeof AdoptionSourceSchema>;

/** `rulebook.RegulationAdopted`: a tenant adopted a regulation; the whole pack as adopted (tenant-decides slots still open). */
export const RegulationAdoptedDataSchema = z.object({
  /** UUIDv7 given by the application. */
  adoptionId: z.string().min(1),
  source: AdoptionSourceSchema,
  /** The pack as adopted, its tenant-decides slots still open; recorded in an older schema version, read in the current one. */
  pack: z.preprocess(upcastRulePack, RulePackSchema),
  /** The decision issuing the regulation, e.g. `4095/QĐ-BCĐ`; null when the document leaves it blank. */
  decisionNumber: z.string().nullable(),
  signedOn: localDate.nullable(),
  /** The first day the regulation is in force. */
  effectiveFrom: localDate,
  /** Decision number (or pack id) of the earlier adoption this one replaces. */
  supersedes: z.string().nullable(),
}) satisfies z.ZodType<AdoptionFacts>;
export type RegulationAdoptedData = z.infer<typeof RegulationAdoptedDataSchema>;

/**
 * `rulebook.TenantDecisionConfigured`: `settings` fill (or replace) tenant-decides slots of the
 * adoption's pack, by path (`{ 'reporting.memberReports.due': {...} }`).
 */
export const TenantDecisionConfiguredDataSchema = z.object({
  adoptionId: z.string().min(1),
  settings: z.record(z.string(), z.unknown()) satisfies z.ZodType<TenantSettings>,
});
export type TenantDecisionConfiguredData = z.infer<typeof TenantDecisionConfiguredDataSchema>;

/**
 * `rulebook.AdoptedPackRevised`: the adoption's pack replaced by a corrected encoding of the same
 * regulation (the built-in pack as corrected since, or the tenant's corrected custom pack); the decision,
 * its dates and the tenant's decisions stay.
 */
export const AdoptedPackRevisedDataSchema = z.object({
  adoptionId: z.string().min(1),
  pack: z.preprocess(upcastRulePack, RulePackSchema),
  /** Why, in the tenant's words (e.g. "corrections of issue 10 to the built-in pack"). */
  reason: z.string().min(1),
}) satisfies z.ZodType<PackRevision>;
export type AdoptedPackRevisedData = z.infer<typeof AdoptedPackRevisedDataSchema>;
