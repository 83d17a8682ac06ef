import { Controller, Param, Query as QueryParams } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { RoleGroups } from '@bcd/auth';
import { parse, Read } from '@bcd/service-host';
import { KpiRankingQuery, TenantKpisQuery } from './kpis.query.js';
import { KpiRankingSchema, KpisQuerySchema, TenantKpisSchema, type KpiRankingAnswer, type TenantKpisAnswer } from './kpis.schemas.js';

/** The compliance KPIs of RULES.md §6 (README "KPIs"): a tenant's for a period, and every active tenant ranked. */
@ApiTags('kpis')
@Controller()
export class KpisController {
  constructor(private readonly queries: QueryBus) {}

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
}
