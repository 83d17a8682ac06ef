// People: register (the personal data goes to the personal-data store, the event holds the id only),
// change their personal data, erase them at their request.
import { Inject, Injectable } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { vietnamDateOf } from '@bcd/calendar';
import { aggregateStream, CLOCK, handleCommand, newId, NotFound, type Clock, type StreamStore } from '@bcd/kernel';
import type { PersonFacts } from '../domain/facts.js';
import { personDecider, type PersonCommand, type PersonState } from '../domain/person.js';
import { MembershipProjection } from './membership-projection.js';
import { changedFields, PersonalDataStore, type PersonalData } from './personal-data.js';
import { personCodec, streamIds } from './streams.js';
import { MEMBERSHIP_EVENT_STORE } from './tokens.js';

export type PersonRequest =
  | { type: 'RegisterPerson'; data: PersonalData }
  | { type: 'ChangePersonalData'; personId: string; data: PersonalData }
  | { type: 'ErasePerson'; personId: string; requestReference: string };

export class ChangePeople {
  constructor(
    readonly tenant: string,
    readonly request: PersonRequest,
    /** If-Match: the person's version the caller saw. */
    readonly expectedVersion?: number,
  ) {}
}

export interface PersonSummary {
  personId: string;
  status: 'registered' | 'erased';
  version: number;
}

/** A person's facts for other commands (appointments, proposals, working group): NotFound when unknown. */
@Injectable()
export class PersonDirectory {
  constructor(@Inject(MEMBERSHIP_EVENT_STORE) private readonly store: StreamStore) {}

  async facts(tenant: string, personId: string): Promise<PersonFacts> {
    const { state } = await aggregateStream(this.store, personDecider, tenant, streamIds.person(tenant, personId), { codec: personCodec });
    if (state.status === 'absent') throw new NotFound('Person', personId);
    return { personId, status: state.status };
  }
}

@CommandHandler(ChangePeople)
export class ChangePeopleHandler implements ICommandHandler<ChangePeople, PersonSummary> {
  constructor(
    @Inject(MEMBERSHIP_EVENT_STORE) private readonly store: StreamStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly projection: MembershipProjection,
    private readonly personalData: PersonalDataStore,
  ) {}

  async execute({ tenant, request, expectedVersion }: ChangePeople): Promise<PersonSummary> {
    const now = this.clock.now();
    switch (request.type) {
      case 'RegisterPerson': {
        const personId = newId();
        // The event first: a failure after it leaves a person without personal data (fixed by a PUT),
        // never personal data that no event accounts for.
        const state = await this.decide(tenant, personId, { type: 'RegisterPerson', data: { personId }, metadata: { now } }, expectedVersion);
        await this.personalData.put(tenant, personId, request.data, now);
        return summary(state);
      }
      case 'ChangePersonalData': {
        const fields = changedFields(await this.personalData.get(tenant, request.personId), request.data);
        const state = await this.decide(tenant, request.personId, { type: 'ChangePersonalData', data: { personId: request.personId, fields }, metadata: { now } }, expectedVersion);
        await this.personalData.put(tenant, request.personId, request.data, now);
        return summary(state);
      }
      case 'ErasePerson': {
        const command: PersonCommand = {
          type: 'ErasePerson',
          data: { personId: request.personId, requestReference: request.requestReference, erasedOn: vietnamDateOf(now) },
          metadata: { now },
        };
        const state = await this.decide(tenant, request.personId, command, expectedVersion);
        // Always, also when the person was erased already: a failure after the event is repaired by repeating the request.
        await this.personalData.erase(tenant, request.personId);
        return summary(state);
      }
      default: {
        const _exhaustive: never = request;
        return _exhaustive;
      }
    }
  }

  private async decide(tenant: string, personId: string, command: PersonCommand, expectedVersion: number | undefined): Promise<PersonState> {
    const result = await handleCommand(this.store, personDecider, {
      tenantId: tenant,
      streamId: streamIds.person(tenant, personId),
      command,
      occurredAt: command.metadata.now,
      ...(expectedVersion === undefined ? {} : { expectedVersion }),
      codec: personCodec,
    });
    await this.projection.waitFor(result.checkpoint);
    return result.newState;
  }
}

function summary(state: PersonState): PersonSummary {
  if (state.status === 'absent') throw new Error('A person command left no person');
  return { personId: state.personId, status: state.status, version: state.version };
}
