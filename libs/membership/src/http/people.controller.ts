import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ChangePeople, type PersonSummary } from '../application/people.js';
import { MembershipReads } from '../application/queries.js';
import type { PersonDetailView } from '../read-model/queries.js';
import { ErasePersonBody, idParam, parse, PersonBody } from './schemas.js';
import { Change, Idempotent, ifMatch, Read, withEtag } from './support.js';

/**
 * People who sit on the committee or its working group. Their name, e-mail and phone number live in the
 * personal-data store only; answers to changes carry ids, never personal data.
 */
@ApiTags('membership')
@Idempotent()
@Controller('api/tenants/:tenant/membership/people')
export class PeopleController {
  constructor(
    private readonly commands: CommandBus,
    private readonly reads: MembershipReads,
  ) {}

  @Get()
  @Read('The people of the province\'s committee and working group, with their personal data (null once erased).')
  list(@Param('tenant') tenant: string): Promise<PersonDetailView[]> {
    return this.reads.people(tenant);
  }

  @Post()
  @Change('Register a person: {fullName, email?, phone?}. The answer holds the new person id only.', PersonBody)
  async register(@Param('tenant') tenant: string, @Body() body: unknown, @Res({ passthrough: true }) reply: FastifyReply): Promise<PersonSummary> {
    const { fullName, email, phone } = parse(PersonBody, body);
    const person = await this.commands.execute<ChangePeople, PersonSummary>(
      new ChangePeople(tenant, { type: 'RegisterPerson', data: { fullName, email: email ?? null, phone: phone ?? null } }),
    );
    return withEtag(reply, person.version, person);
  }

  @Get(':personId')
  @Read('A person and their personal data (null once erased); ETag: their version.')
  async get(@Param('tenant') tenant: string, @Param('personId') personId: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<PersonDetailView> {
    const person = await this.reads.person(tenant, idParam(personId, 'Person'));
    return withEtag(reply, person.version, person);
  }

  @Put(':personId')
  @Change('Replace a person\'s personal data: {fullName, email?, phone?}. The event records which fields changed, never their values.', PersonBody, {
    ifMatch: 'the person',
    post: false,
  })
  async change(
    @Param('tenant') tenant: string,
    @Param('personId') personId: string,
    @Body() body: unknown,
    @Headers('if-match') match: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PersonSummary> {
    const { fullName, email, phone } = parse(PersonBody, body);
    const person = await this.commands.execute<ChangePeople, PersonSummary>(
      new ChangePeople(tenant, { type: 'ChangePersonalData', personId: idParam(personId, 'Person'), data: { fullName, email: email ?? null, phone: phone ?? null } }, ifMatch(match)),
    );
    return withEtag(reply, person.version, person);
  }

  @Post(':personId/erasure')
  @HttpCode(200)
  @Change(
    'Erase a person at their request (data subject\'s request): {requestReference}. Their name, e-mail and phone number are deleted from the personal-data store; every read model and answer shows them as erased; the events and history stay.',
    ErasePersonBody,
  )
  async erase(@Param('tenant') tenant: string, @Param('personId') personId: string, @Body() body: unknown, @Res({ passthrough: true }) reply: FastifyReply): Promise<PersonSummary> {
    const { requestReference } = parse(ErasePersonBody, body);
    const person = await this.commands.execute<ChangePeople, PersonSummary>(
      new ChangePeople(tenant, { type: 'ErasePerson', personId: idParam(personId, 'Person'), requestReference }),
    );
    return withEtag(reply, person.version, person);
  }
}
