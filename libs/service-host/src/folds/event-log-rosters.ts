// The Rosters port folded from the membership context's published events (`membership.*`, their data as
// libs/contracts defines it) of the shared store, per tenant: who sat on which committee on a date, for
// the contexts that invite or check members (meetings, budget) without reading membership's tables; and
// which people a login account acts as (PersonAccountLinked), for a member acting for themselves.
import { Inject, Injectable } from '@nestjs/common';
import type { LocalDate } from '@bcd/calendar';
import type { RecordedEvent } from '@bcd/kernel';
import type { EventStore } from '@bcd/event-store';
import { emptyRoster, evolveRoster, MEMBERSHIP_EVENT_DATA, peopleOfUser, rosterOn, type RosterHistory, type Rosters, type SeatSpan } from '@bcd/contracts';
import { EVENT_STORE } from '../event-store.module.js';
import { TenantEventFold } from './tenant-event-fold.js';

const NAMESPACE = 'membership.';

@Injectable()
export class EventLogRosters implements Rosters {
  private readonly fold: TenantEventFold<RosterHistory>;

  constructor(@Inject(EVENT_STORE) store: EventStore) {
    this.fold = new TenantEventFold(store, NAMESPACE, emptyRoster, apply);
  }

  async rosterOn(tenantId: string, date: LocalDate, committeeId?: string): Promise<SeatSpan[]> {
    return rosterOn(await this.fold.stateOf(tenantId), date, committeeId);
  }

  async peopleOfUser(tenantId: string, userId: string): Promise<string[]> {
    return peopleOfUser(await this.fold.stateOf(tenantId), userId);
  }
}

function apply(history: RosterHistory, event: RecordedEvent): RosterHistory {
  const type = event.type.slice(NAMESPACE.length);
  const schema = (MEMBERSHIP_EVENT_DATA as Record<string, { parse(data: unknown): unknown }>)[type];
  // A type this version does not know (a later one) is not about seats or accounts.
  return schema ? evolveRoster(history, type, schema.parse(event.data)) : history;
}
