// Regulation commands: adopt a pack (built-in or custom), record the tenant's decisions on the rules a
// regulation leaves to the committee, revise an adoption's pack to a corrected encoding. The handler resolves the pack and the decision's defaults and
// builds the domain command; the kit's runner decides and appends (If-Match: the regulations' version).
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { LocalDate } from '@bcd/calendar';
import { ValidationFailed, type CommandInput } from '@bcd/kernel';
import { adoptionOf, builtInPack, parseRulePack, type AdoptionSource, type RulePack, type TenantSettings } from '@bcd/regulation';
import { CommandRunner } from '@bcd/service-host';
import type { AdoptRegulation } from '../domain/regulations/adoption.js';
import { regulationsAggregate } from '../domain/regulations/regulations.decider.js';

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

export type RegulationsRequest =
  | { type: 'AdoptRegulation'; input: AdoptionInput }
  | { type: 'ConfigureTenantDecisions'; adoptionId: string; settings: TenantSettings }
  /** `pack`: a custom adoption's corrected pack (JSON, checked); absent for a built-in adoption. */
  | { type: 'RevisePack'; adoptionId: string; reason: string; pack?: unknown };

/** A change of a tenant's regulations; `expectedVersion` (If-Match) names the version of its regulations. */
export class ChangeRegulations extends Command<{ adoptionId: string; version: number }> {
  constructor(
    readonly tenant: string,
    readonly request: RegulationsRequest,
    readonly expectedVersion?: number,
  ) {
    super();
  }
}

@CommandHandler(ChangeRegulations)
export class RegulationsCommands implements ICommandHandler<ChangeRegulations> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ tenant, request, expectedVersion }: ChangeRegulations): Promise<{ adoptionId: string; version: number }> {
    if (request.type === 'ConfigureTenantDecisions') {
      const { version } = await this.runner.run(regulationsAggregate, { tenantId: tenant, id: tenant, expectedVersion }, () => ({
        type: 'ConfigureTenantDecisions' as const,
        data: { adoptionId: request.adoptionId, settings: request.settings },
      }));
      return { adoptionId: request.adoptionId, version };
    }
    if (request.type === 'RevisePack') {
      const pack = request.pack === undefined ? undefined : checkedPack(request.pack);
      const { version } = await this.runner.run(regulationsAggregate, { tenantId: tenant, id: tenant, expectedVersion }, () => ({
        type: 'RevisePack' as const,
        data: { adoptionId: request.adoptionId, reason: request.reason, ...(pack === undefined ? {} : { pack }) },
      }));
      return { adoptionId: request.adoptionId, version };
    }
    const { input } = request;
    const { pack, source } = resolvePack(input.source);
    const adoption = adoptionOf(pack, {
      effectiveFrom: input.effectiveFrom,
      supersedes: input.supersedes,
      decisionNumber: input.decisionNumber,
      signedOn: input.signedOn,
    });
    let adoptionId = '';
    const outcome = await this.runner.run(regulationsAggregate, { tenantId: tenant, id: tenant, expectedVersion }, ({ newId }): CommandInput<AdoptRegulation> => {
      adoptionId = newId();
      return {
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
        },
      };
    });
    // Effective dates are unique per tenant: this finds the new adoption, or the one a retried request made.
    const stored =
      outcome.state.adoptions.find((a) => a.adoptionId === adoptionId) ?? outcome.state.adoptions.find((a) => a.effectiveFrom === adoption.effectiveFrom);
    if (!stored) throw new Error(`Adoption ${adoptionId} is not in the stream after it was decided`);
    return { adoptionId: stored.adoptionId, version: outcome.version };
  }
}

/** The pack to record: a copy of the built-in pack as it is today, or the custom JSON checked (400 with `pack.` field paths). */
function resolvePack(source: AdoptionInput['source']): { pack: RulePack; source: AdoptionSource } {
  if (source.kind === 'built-in') {
    return { pack: structuredClone(builtInPack(source.packId)) as RulePack, source: { kind: 'built-in', packId: source.packId } };
  }
  return { pack: checkedPack(source.pack), source: { kind: 'custom' } };
}

/** A custom pack's JSON checked against the RulePack schema (400 with `pack.` field paths). */
function checkedPack(json: unknown): RulePack {
  try {
    return parseRulePack(json);
  } catch (error) {
    if (!(error instanceof ValidationFailed)) throw error;
    throw new ValidationFailed(error.errors.map((e) => ({ path: e.path === '' ? 'pack' : `pack.${e.path}`, message: e.message })));
  }
}
