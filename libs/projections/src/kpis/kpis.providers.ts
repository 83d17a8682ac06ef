// The KPIs' controllers and providers: queries only (computed from the tenant's events on each request).
import type { Provider, Type } from '@nestjs/common';
import { KpisController } from './kpis.controller.js';
import { KpiRankingHandler, TenantKpisHandler } from './kpis.query.js';

export const kpisControllers: Type[] = [KpisController];
export const kpisProviders: Provider[] = [TenantKpisHandler, KpiRankingHandler];
