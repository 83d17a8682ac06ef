import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { newId } from '@bcd/kernel';
import { ChangeAgencies } from '../application/agencies.js';
import { MembershipReads } from '../application/queries.js';
import type { AgencyState } from '../domain/agencies.js';
import type { AgencyView } from '../read-model/queries.js';
import { AsOfQuery, idParam, MergeAgencyBody, parse, RegisterAgencyBody, RenameAgencyBody } from './schemas.js';
import { Change, Idempotent, ifMatch, Read, withEtag } from './support.js';

@ApiTags('membership')
@Idempotent()
@Controller('api/tenants/:tenant/membership/agencies')
export class AgenciesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly reads: MembershipReads,
  ) {}

  @Get()
  @Read('The agencies of the province (sở, ban, ngành, UBND huyện, central agency branches), each with its name in force on asOf and its name history.', { asOf: true })
  list(@Param('tenant') tenant: string, @Query() query: unknown): Promise<AgencyView[]> {
    return this.reads.agencies(tenant, parse(AsOfQuery, query).asOf);
  }

  @Post()
  @Change('Register an agency: {code, name, kind}. The code is unique in the province.', RegisterAgencyBody)
  async register(@Param('tenant') tenant: string, @Body() body: unknown, @Res({ passthrough: true }) reply: FastifyReply): Promise<AgencyState> {
    const request = parse(RegisterAgencyBody, body);
    const agency = await this.commands.execute<ChangeAgencies, AgencyState>(new ChangeAgencies(tenant, { type: 'RegisterAgency', agencyId: newId(), ...request }));
    return withEtag(reply, agency.revision, agency);
  }

  @Get(':agencyId')
  @Read('An agency, its name in force on asOf and its name history (ETag: its revision).', { asOf: true })
  async get(@Param('tenant') tenant: string, @Param('agencyId') agencyId: string, @Query() query: unknown, @Res({ passthrough: true }) reply: FastifyReply): Promise<AgencyView> {
    const agency = await this.reads.agency(tenant, idParam(agencyId, 'Agency'), parse(AsOfQuery, query).asOf);
    return withEtag(reply, agency.revision, agency);
  }

  @Post(':agencyId/rename')
  @HttpCode(200)
  @Change('Rename an agency from an effective date, by a deciding act: {name, effectiveOn, decision: {number, date}}. Past dates keep the old name.', RenameAgencyBody, { ifMatch: 'the agency' })
  async rename(
    @Param('tenant') tenant: string,
    @Param('agencyId') agencyId: string,
    @Body() body: unknown,
    @Headers('if-match') match: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AgencyState> {
    const request = parse(RenameAgencyBody, body);
    const agency = await this.commands.execute<ChangeAgencies, AgencyState>(
      new ChangeAgencies(tenant, { type: 'RenameAgency', agencyId: idParam(agencyId, 'Agency'), ...request }, ifMatch(match)),
    );
    return withEtag(reply, agency.revision, agency);
  }

  @Post(':agencyId/merge')
  @HttpCode(200)
  @Change('Merge an agency into another from an effective date, by a deciding act: {into, effectiveOn, decision}. Past dates keep it as it was.', MergeAgencyBody, { ifMatch: 'the agency' })
  async merge(
    @Param('tenant') tenant: string,
    @Param('agencyId') agencyId: string,
    @Body() body: unknown,
    @Headers('if-match') match: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AgencyState> {
    const request = parse(MergeAgencyBody, body);
    const agency = await this.commands.execute<ChangeAgencies, AgencyState>(
      new ChangeAgencies(tenant, { type: 'MergeAgency', agencyId: idParam(agencyId, 'Agency'), ...request }, ifMatch(match)),
    );
    return withEtag(reply, agency.revision, agency);
  }
}
