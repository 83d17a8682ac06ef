// The RegulationsInForce port (token REGULATIONS_IN_FORCE of @bcd/regulation) for this service. On the
// platform the rulebook context serves it from its read model; this service hosts no rulebook context
// (and may not import it), so it folds the rulebook's events (`rulebook.*`, their data as libs/contracts
// "rulebook-events" defines it) of the shared store per tenant, catching up before every lookup: an
// adoption or a tenant decision recorded on the platform judges the next command here.
import { Inject, Injectable } from '@nestjs/common';
import type { LocalDate } from '@bcd/calendar';
import { TenantId, type RecordedEvent } from '@bcd/kernel';
import type { EventStore, GlobalCheckpoint } from '@bcd/event-store';
import { configurePack, parseRulePack, regulationInForce, type Adoption, type RegulationsInForce } from '@bcd/regulation';
import {
  RegulationAdoptedDataSchema,
  RULEBOOK_EVENT_TYPES,
  TenantDecisionConfiguredDataSchema,
  type RegulationAdoptedData,
} from '@bcd/contracts';
import { EVENT_STORE } from '@bcd/service-host';

interface AdoptionState {
  facts: RegulationAdoptedData;
  configuration: Record<string, unknown>;
  /** The pack with the tenant's decisions filled in. */
  effectivePack: Adoption['pack'];
  position: bigint;
}

interface TenantRulebook {
  checkpoint: GlobalCheckpoint | undefined;
  adoptions: Map<string, AdoptionState>;
  refreshing: Promise<void>;
}

@Injectable()
export class EventLogRegulationsInForce implements RegulationsInForce {
  private readonly tenants = new Map<string, TenantRulebook>();

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** In effective order (ties by signing date, then as recorded), as the rulebook's read model answers. */
  async adoptions(tenantId: string): Promise<readonly Adoption[]> {
    if (!TenantId.is(tenantId)) return [];
    const rulebook = await this.catchUp(tenantId);
    return [...rulebook.adoptions.values()]
      .sort(
        (a, b) =>
          compare(a.facts.effectiveFrom, b.facts.effectiveFrom) ||
          compare(a.facts.signedOn ?? '', b.facts.signedOn ?? '') ||
          (a.position < b.position ? -1 : a.position > b.position ? 1 : 0),
      )
      .map(({ facts, effectivePack }) => ({
        pack: effectivePack,
        decisionNumber: facts.decisionNumber,
        signedOn: facts.signedOn,
        effectiveFrom: facts.effectiveFrom,
        supersedes: facts.supersedes,
      }));
  }

  async inForce(tenantId: string, date: LocalDate): Promise<Adoption | undefined> {
    return regulationInForce(await this.adoptions(tenantId), date);
  }

  /** Reads the tenant's rulebook events appended since its last lookup (one catch-up at a time per tenant). */
  private catchUp(tenantId: string): Promise<TenantRulebook> {
    let rulebook = this.tenants.get(tenantId);
    if (!rulebook) {
      rulebook = { checkpoint: undefined, adoptions: new Map(), refreshing: Promise.resolve() };
      this.tenants.set(tenantId, rulebook);
    }
    const current = rulebook;
    current.refreshing = current.refreshing.catch(() => undefined).then(async () => {
      for (;;) {
        const page = await this.store.readAll({ after: current.checkpoint, tenantId, typePrefix: 'rulebook.', maxCount: 1000 });
        for (const event of page.events) apply(current, event);
        current.checkpoint = page.checkpoint;
        if (page.isEnd) return;
      }
    });
    return current.refreshing.then(() => current);
  }
}

function apply(rulebook: TenantRulebook, event: RecordedEvent): void {
  switch (event.type) {
    case RULEBOOK_EVENT_TYPES.regulationAdopted: {
      const facts = RegulationAdoptedDataSchema.parse(event.data);
      if (rulebook.adoptions.has(facts.adoptionId)) return;
      // The contract's schema is the rule-pack schema; parseRulePack says which field is wrong if a stored pack no longer fits.
      const pack = parseRulePack(facts.pack);
      rulebook.adoptions.set(facts.adoptionId, { facts: { ...facts, pack }, configuration: {}, effectivePack: pack, position: event.globalPosition });
      return;
    }
    case RULEBOOK_EVENT_TYPES.tenantDecisionConfigured: {
      const { adoptionId, settings } = TenantDecisionConfiguredDataSchema.parse(event.data);
      const adoption = rulebook.adoptions.get(adoptionId);
      if (!adoption) return; // cannot happen: the rulebook configures adoptions of the same stream only
      adoption.configuration = { ...adoption.configuration, ...settings };
      // The rulebook's decider checked exactly this when it accepted the event.
      adoption.effectivePack = configurePack(adoption.facts.pack, adoption.configuration);
      return;
    }
    default:
      return; // calendar or later event types: not about adoptions
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
