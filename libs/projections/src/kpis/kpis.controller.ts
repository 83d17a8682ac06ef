import { Body, Controller, Param, Query as QueryParams } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { RoleGroups } from '@bcd/auth';
import { Change, parse, Read } from '@bcd/service-host';
import { SetKpiTargetCommand, type KpiTargetSettings } from './kpi-targets.commands.js';
import { KpiRankingQuery, TenantKpisQuery } from './kpis.query.js';
import { KpiRankingSchema, KpisQuerySchema, KpiTargetSettingsSchema, SetKpiTargetBody, TenantKpisSchema, type KpiRankingAnswer, type TenantKpisAnswer } from './kpis.schemas.js';

/** The compliance KPIs of RULES.md §6 (README "KPIs"): a tenant's for a period, and every active tenant ranked. */
@ApiTags('kpis')
@Controller()
export class KpisController {
  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

  @Read('api/tenants/:tenant/kpis', {
    operationId: 'getTenantKpis',
    summary:
      "The tenant's compliance KPIs for a period (RULES.md §6): required meetings held, periodic reports by the deadline, action items in the four buckets of Báo cáo 1270/BC-TCTTTg, budget execution and special expenditures; each fact judged by the regulation in force on its date, as of the period's last day on the business axis; each value with the ids of the events behind it.",
    roles: RoleGroups.tenantReaders,
    query: KpisQuerySchema,
    response: TenantKpisSchema,
  })
  tenantKpis(@Param('tenant') tenant: string, @QueryParams() query: unknown): Promise<TenantKpisAnswer> {
    const { period } = parse(KpisQuerySchema, query);
    return this.queries.execute(new TenantKpisQuery({ tenant, period }));
  }

  @Read('api/kpis/ranking', {
    operationId: 'getKpiRanking',
    summary: "Every active tenant's headline rates for a period (required meetings, reports, action items), ranked by their mean. Platform readers only.",
    roles: RoleGroups.platformReaders,
    query: KpisQuerySchema,
    response: KpiRankingSchema,
  })
  ranking(@QueryParams() query: unknown): Promise<KpiRankingAnswer> {
    const { period } = parse(KpisQuerySchema, query);
    return this.queries.execute(new KpiRankingQuery({ period }));
  }

  @Change('PUT', 'api/tenants/:tenant/kpis/:kpiId/target', {
    operationId: 'setKpiTarget',
    summary:
      "Set the province's target for one KPI from a day on: {target, effectiveFrom} (percent, e.g. \"95\"; null withdraws it). No seed regulation sets one: without a target a rate is judged against 100 %. Each period is judged against the target in force on its last day. The tenant's admins only.",
    roles: RoleGroups.accessAdmins,
    body: SetKpiTargetBody,
    response: KpiTargetSettingsSchema,
  })
  setTarget(@Param('tenant') tenant: string, @Param('kpiId') kpiId: string, @Body() body: unknown): Promise<KpiTargetSettings> {
    const { target, effectiveFrom } = parse(SetKpiTargetBody, body);
    return this.commands.execute(new SetKpiTargetCommand(tenant, kpiId, target, effectiveFrom));
  }
}
