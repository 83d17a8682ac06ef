import { Body, Controller, Param, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { RoleGroups } from '@bcd/auth';
import { Change, idParam, IfMatch, parse, Read, withEtag } from '@bcd/service-host';
import { ChangeUser, type UserRequest } from '../application/users.commands.js';
import { ListMembersQuery, MemberViewSchema, type MemberView } from '../read-model/members.query.js';
import { CreateMemberBody, memberSummary, tenantRoleParam } from './tenancy.schemas.js';

/** A tenant's members: who holds which roles there. ETag of an answer about a user: the user's version. */
@ApiTags('tenants')
@Controller('api/tenants/:tenant/members')
export class MembersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Read('', { operationId: 'listTenantMembers', summary: 'Who holds which roles in this tenant.', roles: RoleGroups.accessReaders, response: z.array(MemberViewSchema) })
  list(@Param('tenant') tenant: string): Promise<MemberView[]> {
    return this.queries.execute(new ListMembersQuery(tenant));
  }

  @Change('POST', '', {
    operationId: 'createTenantMember',
    summary: 'Create a user with a role in this tenant: {username, displayName, password, role}.',
    roles: RoleGroups.accessAdmins,
    body: CreateMemberBody,
    response: MemberViewSchema,
  })
  create(@Param('tenant') tenant: string, @Body() body: unknown, @Res({ passthrough: true }) reply: FastifyReply): Promise<MemberView> {
    const { username, displayName, password, role } = parse(CreateMemberBody, body);
    return this.change(reply, tenant, { type: 'CreateUser', user: { username, displayName, password, roles: [{ role, tenant }] } });
  }

  @Change('PUT', ':userId/roles/:role', {
    operationId: 'grantTenantRole',
    summary: 'Grant a role in this tenant to a user (nothing happens if it is held already).',
    roles: RoleGroups.accessAdmins,
    response: MemberViewSchema,
    ifMatch: 'the user',
  })
  grant(
    @Param('tenant') tenant: string,
    @Param('userId') userId: string,
    @Param('role') role: string,
    @IfMatch() expected: number | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MemberView> {
    return this.change(reply, tenant, { type: 'GrantRole', userId: idParam(userId, 'User'), role: { role: tenantRoleParam(role), tenant } }, expected);
  }

  @Change('DELETE', ':userId/roles/:role', {
    operationId: 'revokeTenantRole',
    summary: 'Revoke a role in this tenant from a user (nothing happens if it is not held).',
    roles: RoleGroups.accessAdmins,
    response: MemberViewSchema,
    ifMatch: 'the user',
  })
  revoke(
    @Param('tenant') tenant: string,
    @Param('userId') userId: string,
    @Param('role') role: string,
    @IfMatch() expected: number | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MemberView> {
    return this.change(reply, tenant, { type: 'RevokeRole', userId: idParam(userId, 'User'), role: tenantRoleParam(role), tenant }, expected);
  }

  private async change(reply: FastifyReply, tenant: string, request: UserRequest, expected?: number): Promise<MemberView> {
    const { user, version } = await this.commands.execute(new ChangeUser(request, expected));
    return withEtag(reply, version, memberSummary(user, tenant));
  }
}
