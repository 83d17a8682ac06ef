import { Body, Controller, Inject, Param, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { CLOCK, type Clock } from '@bcd/kernel';
import { AsOfQuery, Change, idParam, IfMatch, parse, Read, withEtag, asOf } from '@bcd/service-host';
import { AgencySummarySchema, ChangeAgencies, type AgencyRequest, type AgencySummary } from '../application/agencies.commands.js';
import { AgencyViewSchema, GetAgencyQuery, ListAgenciesQuery, type AgencyView } from '../read-model/agencies.query.js';
import { MergeAgencyBody, RegisterAgencyBody, RenameAgencyBody } from './agencies.schemas.js';

/** The province's agencies, one register per tenant. ETag of an agency: its own revision. */
@ApiTags('membership')
@Controller('api/tenants/:tenant/membership/agencies')
export class AgenciesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Read('', {
    operationId: 'listAgencies',
    summary: 'The agencies of the province (sở, ban, ngành, UBND huyện, central agency branches), each with its name in force on asOf and its name history.',
    query: AsOfQuery,
    response: z.array(AgencyViewSchema),
  })
  list(@Param('tenant') tenant: string, @Query() query: unknown): Promise<AgencyView[]> {
    return this.queries.execute(new ListAgenciesQuery({ tenant, asOf: asOf(query, this.clock) }));
  }

  @Change('POST', '', {
    operationId: 'registerAgency',
    summary: 'Register an agency: {code, name, kind}. The code is unique in the province.',
    body: RegisterAgencyBody,
    response: AgencySummarySchema,
  })
  register(@Param('tenant') tenant: string, @Body() body: unknown, @Res({ passthrough: true }) reply: FastifyReply): Promise<AgencySummary> {
    return this.change(reply, tenant, { type: 'RegisterAgency', ...parse(RegisterAgencyBody, body) });
  }

  @Read(':agencyId', {
    operationId: 'getAgency',
    summary: 'An agency, its name in force on asOf and its name history (ETag: its revision).',
    query: AsOfQuery,
    response: AgencyViewSchema,
  })
  async get(@Param('tenant') tenant: string, @Param('agencyId') agencyId: string, @Query() query: unknown, @Res({ passthrough: true }) reply: FastifyReply): Promise<AgencyView> {
    const agency = await this.queries.execute(new GetAgencyQuery({ tenant, agencyId: idParam(agencyId, 'Agency'), asOf: asOf(query, this.clock) }));
    return withEtag(reply, agency.revision, agency);
  }

  @Change('POST', ':agencyId/rename', {
    operationId: 'renameAgency',
    summary: 'Rename an agency from an effective date, by a deciding act: {name, effectiveOn, decision: {number, date}}. Past dates keep the old name.',
    status: 200,
    body: RenameAgencyBody,
    response: AgencySummarySchema,
    ifMatch: 'the agency',
  })
  rename(@Param('tenant') tenant: string, @Param('agencyId') agencyId: string, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<AgencySummary> {
    return this.change(reply, tenant, { type: 'RenameAgency', agencyId: idParam(agencyId, 'Agency'), ...parse(RenameAgencyBody, body) }, expected);
  }

  @Change('POST', ':agencyId/merge', {
    operationId: 'mergeAgency',
    summary: 'Merge an agency into another from an effective date, by a deciding act: {into, effectiveOn, decision}. Past dates keep it as it was.',
    status: 200,
    body: MergeAgencyBody,
    response: AgencySummarySchema,
    ifMatch: 'the agency',
  })
  merge(@Param('tenant') tenant: string, @Param('agencyId') agencyId: string, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<AgencySummary> {
    return this.change(reply, tenant, { type: 'MergeAgency', agencyId: idParam(agencyId, 'Agency'), ...parse(MergeAgencyBody, body) }, expected);
  }

  private async change(reply: FastifyReply, tenant: string, request: AgencyRequest, expected?: number): Promise<AgencySummary> {
    const agency = await this.commands.execute(new ChangeAgencies(tenant, request, expected));
    return withEtag(reply, agency.revision, agency);
  }
}
