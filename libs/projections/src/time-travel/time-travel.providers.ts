// Time travel's controllers and providers: its projection (every event the tenant state reads, eventually
// consistent, snapshots on both axes) and its queries.
import type { Provider, Type } from '@nestjs/common';
import { readModelProvider } from '@bcd/service-host';
import { TimeTravelController } from './time-travel.controller.js';
import { timeTravelProjection } from './time-travel.projection.js';
import { TenantAsOfHandler, TenantDiffHandler } from './time-travel.query.js';

export const timeTravelControllers: Type[] = [TimeTravelController];
export const timeTravelProviders: Provider[] = [readModelProvider(timeTravelProjection()), TenantAsOfHandler, TenantDiffHandler];
