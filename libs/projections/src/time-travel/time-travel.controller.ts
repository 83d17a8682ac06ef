import { Controller, Param, Query as QueryParams } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { RoleGroups } from '@bcd/auth';
import { parse, Read } from '@bcd/service-host';
import { TenantAsOfQuery, TenantDiffQuery } from './time-travel.query.js';
import { AsOfQuerySchema, DiffQuerySchema, momentOf, TenantAsOfSchema, TenantDiffSchema, type TenantAsOf, type TenantDiffAnswer } from './time-travel.schemas.js';

const AXES_TEXT =
  'On the business axis, what was true then as known now: every event whose business time is at or before the moment, a back-dated decision in its place. On the recorded axis, what the platform showed then: every event recorded by the moment, statuses judged on its day.';

/**
 * Time travel (README "Time travel"): the tenant as of a moment on either time axis (RULES.md §7), and what changed
 * between two. Every reader of the tenant; another tenant is not found.
 */
@ApiTags('time travel')
@Controller('api/tenants/:tenant/as-of')
export class TimeTravelController {
  constructor(private readonly queries: QueryBus) {}

  @Read('', {
    operationId: 'getTenantAsOf',
    summary: `The tenant as of a day or an instant: its roster (roles, agencies), the regulation in force, its meetings, the report obligations and action items each in its bucket of Báo cáo 1270/BC-TCTTTg on that day, and each budget's execution per line. ${AXES_TEXT} Answered from stored snapshots and the few events after them; events the projection has not processed yet are read from the store.`,
    roles: RoleGroups.tenantReaders,
    query: AsOfQuerySchema,
    response: TenantAsOfSchema,
  })
  asOf(@Param('tenant') tenant: string, @QueryParams() query: unknown): Promise<TenantAsOf> {
    const { at, axis } = parse(AsOfQuerySchema, query);
    return this.queries.execute(new TenantAsOfQuery({ tenant, asOf: momentOf(at, axis) }));
  }

  @Read('diff', {
    operationId: 'getTenantDiff',
    summary: `What changed between two moments on one axis: members who joined, left or changed role; the regulation in force; meetings added or whose status changed; obligations and action items added or whose status or bucket changed; budget lines whose appropriation or spending changed. ${AXES_TEXT}`,
    roles: RoleGroups.tenantReaders,
    query: DiffQuerySchema,
    response: TenantDiffSchema,
  })
  diff(@Param('tenant') tenant: string, @QueryParams() query: unknown): Promise<TenantDiffAnswer> {
    const { from, to, axis } = parse(DiffQuerySchema, query);
    return this.queries.execute(new TenantDiffQuery({ tenant, from: momentOf(from, axis), to: momentOf(to, axis) }));
  }
}
