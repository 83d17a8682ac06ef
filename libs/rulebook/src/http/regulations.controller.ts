import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { vietnamDateOf } from '@bcd/calendar';
import { CLOCK, type Clock } from '@bcd/kernel';
import { Roles } from '@bcd/auth';
import { AdoptRegulationCommand, ConfigureTenantDecisionsCommand, type AdoptionRef } from '../application/regulations.js';
import {
  GetAdoptionQuery,
  ListRegulationsQuery,
  RegulationInForceQuery,
  ScheduleQuery,
  type AdoptionView,
  type InForceView,
  type ScheduleView,
} from '../application/queries.js';
import { REGULATION_KEEPERS, REGULATION_READERS } from './roles.js';
import { AdoptBody, adoptionIdParam, ConfigureBody, InForceParams, parse, ScheduleParams } from './schemas.js';

@ApiTags('regulations')
@Controller('api/tenants/:tenant/regulations')
export class RegulationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Roles(...REGULATION_READERS)
  @ApiOperation({ summary: 'The regulations this tenant adopted, in effective order, each with the days it is in force and its pack.' })
  list(@Param('tenant') tenant: string): Promise<AdoptionView[]> {
    return this.queries.execute(new ListRegulationsQuery(tenant));
  }

  @Post()
  @Roles(...REGULATION_KEEPERS)
  @ApiOperation({
    summary:
      'Adopt a regulation: {builtInPackId | pack, decisionNumber?, signedOn?, effectiveFrom?, supersedes?, tenantConfiguration?}. ' +
      'Decision number and signing date default to the pack\'s; effectiveFrom to the signing date when the decision takes effect on signing. ' +
      'A custom pack is checked against the RulePack schema (400 with field paths); refusals are 422 with a RULEBOOK-* rule.',
  })
  async adopt(@Param('tenant') tenant: string, @Body() body: unknown): Promise<AdoptionView> {
    const { builtInPackId, pack, tenantConfiguration, ...decision } = parse(AdoptBody, body);
    const source = builtInPackId !== undefined ? { kind: 'built-in' as const, packId: builtInPackId } : { kind: 'custom' as const, pack };
    const { adoptionId } = await this.commands.execute<AdoptRegulationCommand, AdoptionRef>(
      new AdoptRegulationCommand(tenant, { source, ...decision, ...(tenantConfiguration === undefined ? {} : { tenantConfiguration }) }),
    );
    return this.queries.execute(new GetAdoptionQuery(tenant, adoptionId));
  }

  @Get('in-force')
  @Roles(...REGULATION_READERS)
  @ApiQuery({ name: 'date', type: String, required: false, example: '2018-10-19', description: 'default: today in Vietnam' })
  @ApiOperation({ summary: 'The regulation in force on a date. 404 problem when none is (no default regulation is ever assumed).' })
  inForce(@Param('tenant') tenant: string, @Query() query: unknown): Promise<InForceView> {
    const { date } = parse(InForceParams, query);
    return this.queries.execute(new RegulationInForceQuery(tenant, date ?? vietnamDateOf(this.clock.now())));
  }

  @Get('schedule')
  @Roles(...REGULATION_READERS)
  @ApiQuery({ name: 'from', type: String, example: '2018-01-01' })
  @ApiQuery({ name: 'to', type: String, example: '2018-12-31' })
  @ApiOperation({
    summary:
      'Required periodic meetings (windows) and report obligations (due dates) in [from, to], each from the regulation in force on its key date. ' +
      'Rules left to the tenant and not yet configured generate nothing: listed in needsConfiguration and notes.',
  })
  schedule(@Param('tenant') tenant: string, @Query() query: unknown): Promise<ScheduleView> {
    const { from, to } = parse(ScheduleParams, query);
    return this.queries.execute(new ScheduleQuery(tenant, from, to));
  }

  @Post(':adoptionId/configuration')
  @HttpCode(200)
  @Roles(...REGULATION_KEEPERS)
  @ApiOperation({
    summary:
      'Record the tenant\'s decisions on rules the regulation leaves to the committee: {settings: {"reporting.memberReports.due": {...}}}. ' +
      'A later decision on the same rule replaces the earlier one.',
  })
  async configure(@Param('tenant') tenant: string, @Param('adoptionId') adoptionId: string, @Body() body: unknown): Promise<AdoptionView> {
    const id = adoptionIdParam(adoptionId);
    const { settings } = parse(ConfigureBody, body);
    await this.commands.execute(new ConfigureTenantDecisionsCommand(tenant, id, settings));
    return this.queries.execute(new GetAdoptionQuery(tenant, id));
  }
}
