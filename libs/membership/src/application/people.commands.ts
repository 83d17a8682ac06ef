// People: register (the personal data goes to the personal-data store, the event holds the id only),
// change their personal data, erase them at their request, link them to a login account. The kit's runner makes the person's id and
// the time; the personal data is written in the transaction of the event that accounts for it.
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { z } from 'zod';
import { vietnamDateOf } from '@bcd/calendar';
import { CommandRunner, View } from '@bcd/service-host';
import { personAggregate } from '../domain/person/person.decider.js';
import type { PersonState } from '../domain/person/person.js';
import { changedFields, PersonalDataStore, type PersonalData } from './personal-data.js';

export type PersonRequest =
  | { type: 'RegisterPerson'; data: PersonalData }
  | { type: 'ChangePersonalData'; personId: string; data: PersonalData }
  | { type: 'ErasePerson'; personId: string; requestReference: string }
  | { type: 'LinkAccount'; personId: string; userId: string | null };

/** What a change of a person answers: ids only, never personal data. */
export const PersonSummarySchema = z.strictObject({
  personId: View.id,
  status: z.enum(['registered', 'erased']),
  /** The login account (user id) the person acts as; null: none. */
  userId: View.id.nullable(),
  version: z.int(),
});
export type PersonSummary = z.infer<typeof PersonSummarySchema>;

/** A change of a person; If-Match names the person's version (their stream). */
export class ChangePeople extends Command<PersonSummary> {
  constructor(
    readonly tenant: string,
    readonly request: PersonRequest,
    readonly expectedVersion?: number,
  ) {
    super();
  }
}

@CommandHandler(ChangePeople)
export class PeopleCommands implements ICommandHandler<ChangePeople> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly personalData: PersonalDataStore,
  ) {}

  async execute({ tenant, request, expectedVersion }: ChangePeople): Promise<PersonSummary> {
    // The personal data written after the event carries the runner's time of the decision (`now`).
    switch (request.type) {
      case 'RegisterPerson': {
        // The event and the personal data in one transaction: both are stored, or neither.
        const { state } = await this.runner.run(
          personAggregate,
          { tenantId: tenant, expectedVersion, alsoWrite: (sql, { id, now }) => this.personalData.put(sql, tenant, id, request.data, now) },
          ({ id }) => ({ type: 'RegisterPerson' as const, data: { personId: id } }),
        );
        return summary(state);
      }
      case 'ChangePersonalData': {
        const fields = changedFields(await this.personalData.get(tenant, request.personId), request.data);
        const { state } = await this.runner.run(
          personAggregate,
          { tenantId: tenant, id: request.personId, expectedVersion, alsoWrite: (sql, { now }) => this.personalData.put(sql, tenant, request.personId, request.data, now) },
          ({ id }) => ({ type: 'ChangePersonalData' as const, data: { personId: id, fields } }),
        );
        return summary(state);
      }
      case 'ErasePerson': {
        const { state } = await this.runner.run(personAggregate, { tenantId: tenant, id: request.personId, expectedVersion }, ({ now, id }) => ({
          type: 'ErasePerson' as const,
          data: { personId: id, requestReference: request.requestReference, erasedOn: vietnamDateOf(now) },
        }));
        // Always, also when the person was erased already: a failure after the event is repaired by repeating the request.
        await this.personalData.erase(tenant, request.personId);
        return summary(state);
      }
      case 'LinkAccount': {
        const { state } = await this.runner.run(personAggregate, { tenantId: tenant, id: request.personId, expectedVersion }, ({ id }) => ({
          type: 'LinkAccount' as const,
          data: { personId: id, userId: request.userId },
        }));
        return summary(state);
      }
      default: {
        const _exhaustive: never = request;
        return _exhaustive;
      }
    }
  }
}

function summary(state: PersonState): PersonSummary {
  if (state.status === 'absent') throw new Error('A person command left no person');
  return { personId: state.personId, status: state.status, userId: state.userId, version: state.version };
}
