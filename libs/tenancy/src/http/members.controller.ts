import { Body, Controller, Delete, Get, Param, Post, Put } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@bcd/auth';
import { CreateUserCommand, GrantRoleCommand, RevokeRoleCommand, type ActiveUser } from '../application/users.js';
import { ListMembersQuery } from '../application/queries.js';
import type { MemberView } from '../read-model/queries.js';
import { ACCESS_ADMINS, ACCESS_READERS } from './roles.js';
import { CreateMemberBody, parse, tenantRoleParam, userIdParam } from './schemas.js';
import { memberSummary } from './views.js';

@ApiTags('tenants')
@Controller('api/tenants/:tenant/members')
export class MembersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @Roles(...ACCESS_READERS)
  @ApiOperation({ summary: 'Who holds which roles in this tenant.' })
  list(@Param('tenant') tenant: string): Promise<MemberView[]> {
    return this.queries.execute(new ListMembersQuery(tenant));
  }

  @Post()
  @Roles(...ACCESS_ADMINS)
  @ApiOperation({ summary: 'Create a user with a role in this tenant: {username, displayName, password, role}.' })
  async create(@Param('tenant') tenant: string, @Body() body: unknown): Promise<MemberView> {
    const { username, displayName, password, role } = parse(CreateMemberBody, body);
    const user = await this.commands.execute<CreateUserCommand, ActiveUser>(
      new CreateUserCommand({ username, displayName, password, roles: [{ role, tenant }] }),
    );
    return memberSummary(user, tenant);
  }

  @Put(':userId/roles/:role')
  @Roles(...ACCESS_ADMINS)
  @ApiOperation({ summary: 'Grant a role in this tenant to a user (nothing happens if it is held already).' })
  async grant(@Param('tenant') tenant: string, @Param('userId') userId: string, @Param('role') role: string): Promise<MemberView> {
    const user = await this.commands.execute<GrantRoleCommand, ActiveUser>(
      new GrantRoleCommand(userIdParam(userId), { role: tenantRoleParam(role), tenant }),
    );
    return memberSummary(user, tenant);
  }

  @Delete(':userId/roles/:role')
  @Roles(...ACCESS_ADMINS)
  @ApiOperation({ summary: 'Revoke a role in this tenant from a user (nothing happens if it is not held).' })
  async revoke(@Param('tenant') tenant: string, @Param('userId') userId: string, @Param('role') role: string): Promise<MemberView> {
    const user = await this.commands.execute<RevokeRoleCommand, ActiveUser>(
      new RevokeRoleCommand(userIdParam(userId), tenantRoleParam(role), tenant),
    );
    return memberSummary(user, tenant);
  }
}
