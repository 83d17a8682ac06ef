// The RegulationsInForce port folded from the rulebook's published events (`rulebook.*`, schemas in
// libs/contracts) of the shared store, per tenant, with the one fold of libs/regulation. A host that
// does not run the rulebook context serves the port with it; it catches up before every lookup, so an
// adoption or a tenant decision recorded elsewhere judges the next command here.
import { Inject, Injectable } from '@nestjs/common';
import type { LocalDate } from '@bcd/calendar';
import type { RecordedEvent } from '@bcd/kernel';
import type { EventStore } from '@bcd/event-store';
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
import { TenantEventFold } from './tenant-event-fold.js';

@Injectable()
export class EventLogRegulationsInForce implements RegulationsInForce {
  private readonly fold: TenantEventFold<AdoptedRegulation[]>;

  constructor(@Inject(EVENT_STORE) store: EventStore) {
    // In the order they were recorded.
    this.fold = new TenantEventFold(store, 'rulebook.', () => [], apply);
  }

  /** In effective order (ties by signing date, then as recorded), as the rulebook's read model answers. */
  async adoptions(tenantId: string): Promise<readonly Adoption[]> {
    return inEffectiveOrder(await this.fold.stateOf(tenantId)).map(asAdoption);
  }

  async inForce(tenantId: string, date: LocalDate): Promise<Adoption | undefined> {
    return regulationInForce(await this.adoptions(tenantId), date);
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
