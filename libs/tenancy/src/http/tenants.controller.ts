import { Body, Controller, Param, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { RoleGroups } from '@bcd/auth';
import { Change, IfMatch, parse, Read, withEtag } from '@bcd/service-host';
import { ChangeTenant, type TenantRequest } from '../application/tenants.commands.js';
import { AccessLogEntrySchema, AccessLogQuery, type AccessLogEntry } from '../read-model/access-log.query.js';
import { GetTenantQuery, ListTenantsQuery, TenantViewSchema, type TenantView } from '../read-model/tenants.query.js';
import { CreateTenantBody, MergeTenantBody, RenameTenantBody } from './tenancy.schemas.js';

/** Tenants (provinces). ETag of a tenant: its stream's version, named by If-Match on rename and merge. */
@ApiTags('tenants')
@Controller('api/tenants')
export class TenantsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Read('', {
    operationId: 'listTenants',
    summary: 'The tenants the caller may see: every one for platform roles, else those the caller holds a role in.',
    roles: 'authenticated',
    response: z.array(TenantViewSchema),
  })
  list(): Promise<TenantView[]> {
    return this.queries.execute(new ListTenantsQuery());
  }

  @Change('POST', '', {
    operationId: 'createTenant',
    summary: 'Create a tenant (a province): {code, name}; the code is a lowercase slug, unique for ever.',
    roles: RoleGroups.platformAdmins,
    body: CreateTenantBody,
    response: TenantViewSchema,
  })
  create(@Body() body: unknown, @Res({ passthrough: true }) reply: FastifyReply): Promise<TenantView> {
    const { code, name } = parse(CreateTenantBody, body);
    return this.change(reply, { type: 'CreateTenant', code, name });
  }

  @Read(':tenant', { operationId: 'getTenant', summary: 'A tenant, with the tenants merged into it (ETag: its version).', response: TenantViewSchema })
  async get(@Param('tenant') tenant: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<TenantView> {
    const found = await this.queries.execute(new GetTenantQuery(tenant));
    return withEtag(reply, found.version, found.tenant);
  }

  @Change('POST', ':tenant/rename', {
    operationId: 'renameTenant',
    summary: 'Rename a tenant: {name}.',
    roles: RoleGroups.platformAdmins,
    status: 200,
    body: RenameTenantBody,
    response: TenantViewSchema,
    ifMatch: 'the tenant',
  })
  rename(@Param('tenant') tenant: string, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<TenantView> {
    const { name } = parse(RenameTenantBody, body);
    return this.change(reply, { type: 'RenameTenant', code: tenant, name }, expected);
  }

  @Change('POST', ':tenant/merge', {
    operationId: 'mergeTenant',
    summary: 'Merge this tenant into another: {into, effectiveDate}. Its history stays readable under the new tenant; its code still resolves for auditors.',
    roles: RoleGroups.platformAdmins,
    status: 200,
    body: MergeTenantBody,
    response: TenantViewSchema,
    ifMatch: 'the tenant',
  })
  merge(@Param('tenant') tenant: string, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<TenantView> {
    const { into, effectiveDate } = parse(MergeTenantBody, body);
    return this.change(reply, { type: 'MergeTenant', code: tenant, into, effectiveAt: effectiveDate }, expected);
  }

  @Read(':tenant/access-log', {
    operationId: 'getAccessLog',
    summary: 'Who granted which role to whom, and when, in this tenant and the tenants merged into it; and the tenant\'s own changes.',
    roles: RoleGroups.accessReaders,
    response: z.array(AccessLogEntrySchema),
  })
  accessLog(): Promise<AccessLogEntry[]> {
    return this.queries.execute(new AccessLogQuery());
  }

  private async change(reply: FastifyReply, request: TenantRequest, expected?: number): Promise<TenantView> {
    const { version } = await this.commands.execute(new ChangeTenant(request, expected));
    const { tenant } = await this.queries.execute(new GetTenantQuery(request.code));
    return withEtag(reply, version, tenant);
  }
}
