// The KPIs' controllers and providers: the pages (computed from time travel) and the targets a province sets.
import type { Provider, Type } from '@nestjs/common';
import { SetKpiTargetHandler } from './kpi-targets.commands.js';
import { KpisController } from './kpis.controller.js';
import { KpiRankingHandler, TenantKpisHandler } from './kpis.query.js';

export const kpisControllers: Type[] = [KpisController];
export const kpisProviders: Provider[] = [TenantKpisHandler, KpiRankingHandler, SetKpiTargetHandler];
