import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, Roles } from '@bcd/auth';
import { CreateTenantCommand, MergeTenantCommand, RenameTenantCommand } from '../application/tenants.js';
import { AccessLogQuery, GetTenantQuery, ListTenantsQuery } from '../application/queries.js';
import type { AccessLogEntry, TenantView } from '../read-model/queries.js';
import { ACCESS_READERS, ANY_ROLE } from './roles.js';
import { CreateTenantBody, MergeTenantBody, parse, RenameTenantBody } from './schemas.js';

@ApiTags('tenants')
@Controller('api/tenants')
export class TenantsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'The tenants the caller may see: every one for platform roles, else those the caller holds a role in.' })
  list(): Promise<TenantView[]> {
    return this.queries.execute(new ListTenantsQuery());
  }

  @Post()
  @Roles('platform_admin')
  @ApiOperation({ summary: 'Create a tenant (a province): {code, name}; the code is a lowercase slug, unique for ever.' })
  async create(@Body() body: unknown): Promise<TenantView> {
    const { code, name } = parse(CreateTenantBody, body);
    await this.commands.execute(new CreateTenantCommand(code, name));
    return this.queries.execute(new GetTenantQuery(code));
  }

  @Get(':tenant')
  @Roles(...ANY_ROLE)
  @ApiOperation({ summary: 'A tenant, with the tenants merged into it.' })
  get(@Param('tenant') tenant: string): Promise<TenantView> {
    return this.queries.execute(new GetTenantQuery(tenant));
  }

  @Post(':tenant/rename')
  @HttpCode(200)
  @Roles('platform_admin')
  @ApiOperation({ summary: 'Rename a tenant: {name}.' })
  async rename(@Param('tenant') tenant: string, @Body() body: unknown): Promise<TenantView> {
    const { name } = parse(RenameTenantBody, body);
    await this.commands.execute(new RenameTenantCommand(tenant, name));
    return this.queries.execute(new GetTenantQuery(tenant));
  }

  @Post(':tenant/merge')
  @HttpCode(200)
  @Roles('platform_admin')
  @ApiOperation({
    summary: 'Merge this tenant into another: {into, effectiveDate}. Its history stays readable under the new tenant; its code still resolves for auditors.',
  })
  async merge(@Param('tenant') tenant: string, @Body() body: unknown): Promise<TenantView> {
    const { into, effectiveDate } = parse(MergeTenantBody, body);
    await this.commands.execute(new MergeTenantCommand(tenant, into, effectiveDate));
    return this.queries.execute(new GetTenantQuery(tenant));
  }

  @Get(':tenant/access-log')
  @Roles(...ACCESS_READERS)
  @ApiOperation({ summary: 'Who granted which role to whom, and when, in this tenant and the tenants merged into it; and the tenant\'s own changes.' })
  accessLog(): Promise<AccessLogEntry[]> {
    return this.queries.execute(new AccessLogQuery());
  }
}
