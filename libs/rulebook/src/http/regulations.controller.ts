import { Body, Controller, Inject, Param, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { vietnamDateOf } from '@bcd/calendar';
import { CLOCK, type Clock } from '@bcd/kernel';
import { Change, idParam, IfMatch, parse, Read, withEtag } from '@bcd/service-host';
import { ChangeRegulations, type RegulationsRequest } from '../application/regulations.commands.js';
import {
  AdoptionViewSchema,
  GetAdoptionQuery,
  InForceViewSchema,
  ListRegulationsQuery,
  RegulationInForceQuery,
  type AdoptionView,
  type InForceView,
} from '../read-model/adoptions.query.js';
import { ScheduleQuery, ScheduleViewSchema, type ScheduleView } from '../read-model/schedule.query.js';
import { AdoptBody, ConfigureBody, InForceParams, ReviseBody, ScheduleParams } from './regulations.schemas.js';

/**
 * A tenant's regulations. Every role of the tenant reads them (its dashboards and KPIs are judged by
 * them); its keepers (platform and tenant admins, the secretariat, which drafts the regulation and sets
 * the deadlines it leaves open) record them. ETag: the version of the tenant's regulations stream.
 */
@ApiTags('regulations')
@Controller('api/tenants/:tenant/regulations')
export class RegulationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Read('', {
    operationId: 'listRegulations',
    summary: 'The regulations this tenant adopted, in effective order, each with the days it is in force and its pack.',
    response: z.array(AdoptionViewSchema),
  })
  async list(@Param('tenant') tenant: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<AdoptionView[]> {
    const { adoptions, version } = await this.queries.execute(new ListRegulationsQuery(tenant));
    return withEtag(reply, version, adoptions);
  }

  @Change('POST', '', {
    operationId: 'adoptRegulation',
    summary:
      'Adopt a regulation: {builtInPackId | pack, decisionNumber?, signedOn?, effectiveFrom?, supersedes?, tenantConfiguration?}. ' +
      'Decision number and signing date default to the pack\'s; effectiveFrom to the signing date when the decision takes effect on signing. ' +
      'A custom pack is checked against the RulePack schema (400 with field paths); refusals are 422 with a RULEBOOK-* rule.',
    body: AdoptBody,
    response: AdoptionViewSchema,
    ifMatch: 'the tenant\'s regulations (GET …/regulations)',
  })
  async adopt(@Param('tenant') tenant: string, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<AdoptionView> {
    const { builtInPackId, pack, tenantConfiguration, ...decision } = parse(AdoptBody, body);
    const source = builtInPackId !== undefined ? { kind: 'built-in' as const, packId: builtInPackId } : { kind: 'custom' as const, pack };
    return this.change(reply, tenant, { type: 'AdoptRegulation', input: { source, ...decision, ...(tenantConfiguration === undefined ? {} : { tenantConfiguration }) } }, expected);
  }

  @Read('in-force', {
    operationId: 'getRegulationInForce',
    summary: 'The regulation in force on a date. 404 problem when none is (no default regulation is ever assumed).',
    query: InForceParams,
    response: InForceViewSchema,
  })
  inForce(@Param('tenant') tenant: string, @Query() query: unknown): Promise<InForceView> {
    const { date } = parse(InForceParams, query);
    return this.queries.execute(new RegulationInForceQuery(tenant, date ?? vietnamDateOf(this.clock.now())));
  }

  @Read('schedule', {
    operationId: 'getRegulationSchedule',
    summary:
      'Required periodic meetings (windows) and report obligations (due dates) in [from, to], each from the regulation in force on its key date. ' +
      'Rules left to the tenant and not yet configured generate nothing: listed in needsConfiguration and notes.',
    query: ScheduleParams,
    response: ScheduleViewSchema,
  })
  schedule(@Param('tenant') tenant: string, @Query() query: unknown): Promise<ScheduleView> {
    const { from, to } = parse(ScheduleParams, query);
    return this.queries.execute(new ScheduleQuery(tenant, from, to));
  }

  @Change('POST', ':adoptionId/configuration', {
    operationId: 'configureTenantDecisions',
    summary:
      'Record the tenant\'s decisions on rules the regulation leaves to the committee: {settings: {"reporting.memberReports.due": {...}}}. ' +
      'A later decision on the same rule replaces the earlier one.',
    status: 200,
    body: ConfigureBody,
    response: AdoptionViewSchema,
    ifMatch: 'the tenant\'s regulations (GET …/regulations)',
  })
  configure(
    @Param('tenant') tenant: string,
    @Param('adoptionId') adoptionId: string,
    @Body() body: unknown,
    @IfMatch() expected: number | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AdoptionView> {
    const id = idParam(adoptionId, 'Regulation adoption');
    const { settings } = parse(ConfigureBody, body);
    return this.change(reply, tenant, { type: 'ConfigureTenantDecisions', adoptionId: id, settings }, expected);
  }

  @Change('POST', ':adoptionId/revision', {
    operationId: 'reviseAdoptedPack',
    summary:
      'Replace the adoption\'s pack by a corrected encoding of the same regulation: {reason, pack?}. A built-in adoption takes the built-in pack as it is now ' +
      '(see builtInPackCurrent); a custom one the corrected pack given (same id). The decision, its dates and the tenant\'s decisions stay; ' +
      'refused (422) when a tenant decision no longer fits. Nothing changes when the pack is already that one.',
    status: 200,
    body: ReviseBody,
    response: AdoptionViewSchema,
    ifMatch: 'the tenant\'s regulations (GET …/regulations)',
  })
  revise(
    @Param('tenant') tenant: string,
    @Param('adoptionId') adoptionId: string,
    @Body() body: unknown,
    @IfMatch() expected: number | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AdoptionView> {
    const id = idParam(adoptionId, 'Regulation adoption');
    const { reason, pack } = parse(ReviseBody, body);
    return this.change(reply, tenant, { type: 'RevisePack', adoptionId: id, reason, ...(pack === undefined ? {} : { pack }) }, expected);
  }

  private async change(reply: FastifyReply, tenant: string, request: RegulationsRequest, expected: number | undefined): Promise<AdoptionView> {
    const { adoptionId, version } = await this.commands.execute(new ChangeRegulations(tenant, request, expected));
    const { adoption } = await this.queries.execute(new GetAdoptionQuery(tenant, adoptionId));
    return withEtag(reply, version, adoption);
  }
}
