// Regulation commands: adopt a pack (built-in or custom), record the tenant's decisions on the rules a
// regulation leaves to the committee. Thin: resolve and validate the input, read what the decider
// needs (the tenant's status), decide and append (kernel handleCommand), wait for the read model.
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { vietnamInstant, type LocalDate } from '@bcd/calendar';
import { CLOCK, newId, NotFound, ValidationFailed, type Clock, type StreamStore, handleCommand } from '@bcd/kernel';
import { ACCESS_DIRECTORY, type AccessDirectory } from '@bcd/auth';
import { adoptionOf, builtInPack, parseRulePack, type Adoption, type RulePack } from '@bcd/regulation';
import { regulationsDecider, type AdoptionSource, type TenantSettings, type TenantStatus } from '../domain/regulations.js';
import { RulebookProjection } from './rulebook-projection.js';
import { regulationCodec, streamIds } from './streams.js';
import { RULEBOOK_EVENT_STORE } from './tokens.js';

export interface AdoptionInput {
  /** A built-in pack by id, or a custom pack's JSON (checked with parseRulePack). */
  source: { kind: 'built-in'; packId: string } | { kind: 'custom'; pack: unknown };
  /** Defaults: the pack's own decision (number, signing date); effective from the signing date when the decision says so. */
  decisionNumber?: string | null;
  signedOn?: LocalDate | null;
  effectiveFrom?: LocalDate;
  supersedes?: string | null;
  tenantConfiguration?: TenantSettings;
}

export class AdoptRegulationCommand {
  constructor(
    readonly tenant: string,
    readonly input: AdoptionInput,
  ) {}
}

export class ConfigureTenantDecisionsCommand {
  constructor(
    readonly tenant: string,
    readonly adoptionId: string,
    readonly settings: TenantSettings,
  ) {}
}

/** The id of the adoption the command created (or, for a retried request, had created before). */
export interface AdoptionRef {
  adoptionId: string;
}

async function tenantStatus(directory: AccessDirectory, tenant: string): Promise<TenantStatus> {
  const found = await directory.findTenant(tenant);
  if (!found) throw new NotFound('Tenant', tenant);
  return found.status;
}

@CommandHandler(AdoptRegulationCommand)
export class AdoptRegulationHandler implements ICommandHandler<AdoptRegulationCommand, AdoptionRef> {
  constructor(
    @Inject(RULEBOOK_EVENT_STORE) private readonly store: StreamStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ACCESS_DIRECTORY) private readonly directory: AccessDirectory,
    private readonly projection: RulebookProjection,
  ) {}

  async execute({ tenant, input }: AdoptRegulationCommand): Promise<AdoptionRef> {
    const { pack, source } = resolvePack(input.source);
    const adoption = adoptionOf(pack, {
      effectiveFrom: input.effectiveFrom,
      supersedes: input.supersedes,
      decisionNumber: input.decisionNumber,
      signedOn: input.signedOn,
    });
    const status = await tenantStatus(this.directory, tenant);
    const now = this.clock.now();
    const adoptionId = newId();
    const result = await handleCommand(this.store, regulationsDecider, {
      tenantId: tenant,
      streamId: streamIds.regulations(tenant),
      command: {
        type: 'AdoptRegulation',
        data: {
          adoptionId,
          source,
          pack,
          decisionNumber: adoption.decisionNumber,
          signedOn: adoption.signedOn,
          effectiveFrom: adoption.effectiveFrom,
          supersedes: adoption.supersedes,
          ...(input.tenantConfiguration === undefined ? {} : { tenantConfiguration: input.tenantConfiguration }),
          tenantStatus: status,
        },
        metadata: { now },
      },
      occurredAt: businessTime(adoption, now),
      codec: regulationCodec,
    });
    await this.projection.waitFor(result.checkpoint);
    // Effective dates are unique per tenant: this finds the new adoption, or the one a retried request made.
    const stored = result.newState.adoptions.find((a) => a.adoptionId === adoptionId) ?? result.newState.adoptions.find((a) => a.effectiveFrom === adoption.effectiveFrom);
    if (!stored) throw new Error(`Adoption ${adoptionId} is not in the stream after it was decided`);
    return { adoptionId: stored.adoptionId };
  }
}

@CommandHandler(ConfigureTenantDecisionsCommand)
export class ConfigureTenantDecisionsHandler implements ICommandHandler<ConfigureTenantDecisionsCommand, AdoptionRef> {
  constructor(
    @Inject(RULEBOOK_EVENT_STORE) private readonly store: StreamStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ACCESS_DIRECTORY) private readonly directory: AccessDirectory,
    private readonly projection: RulebookProjection,
  ) {}

  async execute({ tenant, adoptionId, settings }: ConfigureTenantDecisionsCommand): Promise<AdoptionRef> {
    const status = await tenantStatus(this.directory, tenant);
    const now = this.clock.now();
    const result = await handleCommand(this.store, regulationsDecider, {
      tenantId: tenant,
      streamId: streamIds.regulations(tenant),
      command: { type: 'ConfigureTenantDecisions', data: { adoptionId, settings, tenantStatus: status }, metadata: { now } },
      occurredAt: now,
      codec: regulationCodec,
    });
    await this.projection.waitFor(result.checkpoint);
    return { adoptionId };
  }
}

/** The pack to record: a copy of the built-in pack as it is today, or the custom JSON checked (400 with `pack.` field paths). */
function resolvePack(source: AdoptionInput['source']): { pack: RulePack; source: AdoptionSource } {
  if (source.kind === 'built-in') {
    return { pack: structuredClone(builtInPack(source.packId)) as RulePack, source: { kind: 'built-in', packId: source.packId } };
  }
  try {
    return { pack: parseRulePack(source.pack), source: { kind: 'custom' } };
  } catch (error) {
    if (!(error instanceof ValidationFailed)) throw error;
    throw new ValidationFailed(error.errors.map((e) => ({ path: e.path === '' ? 'pack' : `pack.${e.path}`, message: e.message })));
  }
}

/**
 * Business time of an adoption: the start of the signing day in Vietnam (the regulation exists from
 * then; time travel to a date after it shows it adopted), or of the effective date when the signing
 * date is blank; never later than the recording.
 */
function businessTime(adoption: Adoption, now: Date): Date {
  const at = vietnamInstant(adoption.signedOn ?? adoption.effectiveFrom);
  return at.getTime() > now.getTime() ? now : at;
}

export const regulationCommandHandlers = [AdoptRegulationHandler, ConfigureTenantDecisionsHandler];
