import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@bcd/auth';
import {
  CreateUserCommand,
  DisableUserCommand,
  GrantRoleCommand,
  ResetPasswordCommand,
  RevokeRoleCommand,
  type ActiveUser,
} from '../application/users.js';
import { GetUserQuery, ListUsersQuery, type UserHistoryEntry } from '../application/queries.js';
import type { UserView } from '../read-model/queries.js';
import { CreateUserBody, parse, platformRoleParam, ResetPasswordBody, userIdParam } from './schemas.js';
import { userSummary, type UserSummary } from './views.js';

/** Platform-level user administration. Tenant roles are managed under /api/tenants/:tenant/members. */
@ApiTags('users')
@Controller('api/users')
export class UsersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @Roles('platform_admin', 'platform_auditor')
  @ApiOperation({ summary: 'Every user, with platform roles and roles per active tenant.' })
  list(): Promise<UserView[]> {
    return this.queries.execute(new ListUsersQuery());
  }

  @Post()
  @Roles('platform_admin')
  @ApiOperation({ summary: 'Create a user: {username, displayName, password, platformRoles?}.' })
  async create(@Body() body: unknown): Promise<UserSummary> {
    const { username, displayName, password, platformRoles } = parse(CreateUserBody, body);
    const user = await this.commands.execute<CreateUserCommand, ActiveUser>(
      new CreateUserCommand({ username, displayName, password, roles: platformRoles.map((role) => ({ role })) }),
    );
    return userSummary(user);
  }

  @Get(':userId')
  @Roles('platform_admin', 'platform_auditor')
  @ApiOperation({ summary: 'A user, and the history of the account (who granted what, and when).' })
  get(@Param('userId') userId: string): Promise<UserView & { history: UserHistoryEntry[] }> {
    return this.queries.execute(new GetUserQuery(userIdParam(userId)));
  }

  @Post(':userId/disable')
  @HttpCode(200)
  @Roles('platform_admin')
  @ApiOperation({ summary: 'Disable a user: their tokens stop working on the next request.' })
  async disable(@Param('userId') userId: string): Promise<UserSummary> {
    return userSummary(await this.commands.execute<DisableUserCommand, ActiveUser>(new DisableUserCommand(userIdParam(userId))));
  }

  @Post(':userId/password')
  @HttpCode(200)
  @Roles('platform_admin')
  @ApiOperation({ summary: 'Reset a user\'s password: {password}.' })
  async resetPassword(@Param('userId') userId: string, @Body() body: unknown): Promise<UserSummary> {
    const { password } = parse(ResetPasswordBody, body);
    return userSummary(await this.commands.execute<ResetPasswordCommand, ActiveUser>(new ResetPasswordCommand(userIdParam(userId), password)));
  }

  @Put(':userId/platform-roles/:role')
  @Roles('platform_admin')
  @ApiOperation({ summary: 'Grant a platform role (platform_admin, platform_auditor).' })
  async grant(@Param('userId') userId: string, @Param('role') role: string): Promise<UserSummary> {
    return userSummary(
      await this.commands.execute<GrantRoleCommand, ActiveUser>(new GrantRoleCommand(userIdParam(userId), { role: platformRoleParam(role) })),
    );
  }

  @Delete(':userId/platform-roles/:role')
  @Roles('platform_admin')
  @ApiOperation({ summary: 'Revoke a platform role.' })
  async revoke(@Param('userId') userId: string, @Param('role') role: string): Promise<UserSummary> {
    return userSummary(
      await this.commands.execute<RevokeRoleCommand, ActiveUser>(new RevokeRoleCommand(userIdParam(userId), platformRoleParam(role))),
    );
  }
}
