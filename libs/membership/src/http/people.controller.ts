import { Body, Controller, Param, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { RoleGroups } from '@bcd/auth';
import { Change, idParam, IfMatch, parse, Read, withEtag } from '@bcd/service-host';
import { ChangePeople, PersonSummarySchema, type PersonRequest, type PersonSummary } from '../application/people.commands.js';
import { GetPersonQuery, ListPeopleQuery, PersonDetailViewSchema, type PersonDetailView } from '../read-model/people.query.js';
import { ErasePersonBody, PersonAccountBody, PersonBody } from './people.schemas.js';

/**
 * People who sit on the committee or its working group. Their name, e-mail and phone number live in the
 * personal-data store only; answers to changes carry ids, never personal data. ETag: the person's version.
 */
@ApiTags('membership')
@Controller('api/tenants/:tenant/membership/people')
export class PeopleController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Read('', {
    operationId: 'listPeople',
    summary: 'The people of the province\'s committee and working group, with their personal data (null once erased).',
    response: z.array(PersonDetailViewSchema),
  })
  list(@Param('tenant') tenant: string): Promise<PersonDetailView[]> {
    return this.queries.execute(new ListPeopleQuery({ tenant }));
  }

  @Change('POST', '', {
    operationId: 'registerPerson',
    summary: 'Register a person: {fullName, email?, phone?}. The answer holds the new person id only.',
    body: PersonBody,
    response: PersonSummarySchema,
  })
  register(@Param('tenant') tenant: string, @Body() body: unknown, @Res({ passthrough: true }) reply: FastifyReply): Promise<PersonSummary> {
    return this.change(reply, tenant, { type: 'RegisterPerson', data: parse(PersonBody, body) });
  }

  @Read(':personId', {
    operationId: 'getPerson',
    summary: 'A person and their personal data (null once erased); ETag: their version.',
    response: PersonDetailViewSchema,
  })
  async get(@Param('tenant') tenant: string, @Param('personId') personId: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<PersonDetailView> {
    const person = await this.queries.execute(new GetPersonQuery({ tenant, personId: idParam(personId, 'Person') }));
    return withEtag(reply, person.version, person);
  }

  @Change('PUT', ':personId', {
    operationId: 'replacePersonalData',
    summary: 'Replace a person\'s personal data: {fullName, email?, phone?}. The event records which fields changed, never their values.',
    body: PersonBody,
    response: PersonSummarySchema,
    ifMatch: 'the person',
  })
  replace(@Param('tenant') tenant: string, @Param('personId') personId: string, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<PersonSummary> {
    return this.change(reply, tenant, { type: 'ChangePersonalData', personId: idParam(personId, 'Person'), data: parse(PersonBody, body) }, expected);
  }

  @Change('POST', ':personId/erasure', {
    operationId: 'erasePerson',
    summary:
      'Erase a person at their request (data subject\'s request): {requestReference}. Their name, e-mail and phone number are deleted from the personal-data store; every read model and answer shows them as erased; the events and history stay.',
    status: 200,
    body: ErasePersonBody,
    response: PersonSummarySchema,
  })
  erase(@Param('tenant') tenant: string, @Param('personId') personId: string, @Body() body: unknown, @Res({ passthrough: true }) reply: FastifyReply): Promise<PersonSummary> {
    return this.change(reply, tenant, { type: 'ErasePerson', personId: idParam(personId, 'Person'), ...parse(ErasePersonBody, body) });
  }

  @Change('PUT', ':personId/account', {
    operationId: 'linkPersonAccount',
    summary:
      'Link a person to the login account they act as: {userId}, or {userId: null} to unlink them (other contexts then know which person the authenticated user is). Nothing happens when the link is already so; an erased person is refused.',
    roles: RoleGroups.accessAdmins,
    body: PersonAccountBody,
    response: PersonSummarySchema,
    ifMatch: 'the person',
  })
  linkAccount(@Param('tenant') tenant: string, @Param('personId') personId: string, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<PersonSummary> {
    return this.change(reply, tenant, { type: 'LinkAccount', personId: idParam(personId, 'Person'), ...parse(PersonAccountBody, body) }, expected);
  }

  private async change(reply: FastifyReply, tenant: string, request: PersonRequest, expected?: number): Promise<PersonSummary> {
    const person = await this.commands.execute(new ChangePeople(tenant, request, expected));
    return withEtag(reply, person.version, person);
  }
}
