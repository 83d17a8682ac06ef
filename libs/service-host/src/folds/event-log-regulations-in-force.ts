// The RegulationsInForce port folded from the rulebook's published events (`rulebook.*`, schemas in
// libs/contracts) of the shared store, per tenant, with the one fold of libs/regulation. A host that
// does not run the rulebook context serves the port with it; it catches up before every lookup, so an
// adoption or a tenant decision recorded elsewhere judges the next command here.
import { Inject, Injectable } from '@nestjs/common';
import type { LocalDate } from '@bcd/calendar';
import { TenantId, type RecordedEvent } from '@bcd/kernel';
import type { EventStore, GlobalCheckpoint } from '@bcd/event-store';
import {
  asAdoption,
  evolveAdoptions,
  inEffectiveOrder,
  parseRulePack,
  regulationInForce,
  type AdoptedRegulation,
  type Adoption,
  type RegulationsInForce,
} from '@bcd/regulation';
import { AdoptedPackRevisedDataSchema, RegulationAdoptedDataSchema, RULEBOOK_EVENT_TYPES, TenantDecisionConfiguredDataSchema } from '@bcd/contracts';
import { EVENT_STORE } from '../event-store.module.js';

interface TenantRulebook {
  checkpoint: GlobalCheckpoint | undefined;
  /** In the order they were recorded. */
  adoptions: AdoptedRegulation[];
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
    return inEffectiveOrder(rulebook.adoptions).map(asAdoption);
  }

  async inForce(tenantId: string, date: LocalDate): Promise<Adoption | undefined> {
    return regulationInForce(await this.adoptions(tenantId), date);
  }

  /** Reads the tenant's rulebook events appended since its last lookup (one catch-up at a time per tenant). */
  private catchUp(tenantId: string): Promise<TenantRulebook> {
    let rulebook = this.tenants.get(tenantId);
    if (!rulebook) {
      rulebook = { checkpoint: undefined, adoptions: [], refreshing: Promise.resolve() };
      this.tenants.set(tenantId, rulebook);
    }
    const current = rulebook;
    current.refreshing = current.refreshing.catch(() => undefined).then(async () => {
      for (;;) {
        const page = await this.store.readAll({ after: current.checkpoint, tenantId, typePrefix: 'rulebook.', maxCount: 1000 });
        for (const event of page.events) current.adoptions = apply(current.adoptions, event);
        current.checkpoint = page.checkpoint;
        if (page.isEnd) return;
      }
    });
    return current.refreshing.then(() => current);
  }
}

function apply(adoptions: AdoptedRegulation[], event: RecordedEvent): AdoptedRegulation[] {
  switch (event.type) {
    case RULEBOOK_EVENT_TYPES.regulationAdopted: {
      const facts = RegulationAdoptedDataSchema.parse(event.data);
      // The contract's schema is the rule-pack schema; parseRulePack says which field is wrong if a stored pack no longer fits.
      return evolveAdoptions(adoptions, { type: 'RegulationAdopted', data: { ...facts, pack: parseRulePack(facts.pack) } });
    }
    case RULEBOOK_EVENT_TYPES.tenantDecisionConfigured:
      return evolveAdoptions(adoptions, { type: 'TenantDecisionConfigured', data: TenantDecisionConfiguredDataSchema.parse(event.data) });
    case RULEBOOK_EVENT_TYPES.adoptedPackRevised:
      return evolveAdoptions(adoptions, { type: 'AdoptedPackRevised', data: AdoptedPackRevisedDataSchema.parse(event.data) });
    default:
      return adoptions; // later event types: not about adoptions
  }
}
