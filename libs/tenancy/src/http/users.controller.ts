import { Body, Controller, Param, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { RoleGroups } from '@bcd/auth';
import { Change, idParam, IfMatch, parse, Read, withEtag } from '@bcd/service-host';
import { ChangeUser, type UserRequest } from '../application/users.commands.js';
import { GetUserQuery, ListUsersQuery, UserViewSchema, UserWithHistorySchema, type UserView, type UserWithHistory } from '../read-model/users.query.js';
import { CreateUserBody, platformRoleParam, ResetPasswordBody, userSummary, UserSummarySchema, type UserSummary } from './tenancy.schemas.js';

/** Platform-level user administration. Tenant roles are managed under /api/tenants/:tenant/members. ETag: the user's version. */
@ApiTags('users')
@Controller('api/users')
export class UsersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Read('', { operationId: 'listUsers', summary: 'Every user, with platform roles and roles per active tenant.', roles: RoleGroups.platformReaders, response: z.array(UserViewSchema) })
  list(): Promise<UserView[]> {
    return this.queries.execute(new ListUsersQuery());
  }

  @Change('POST', '', {
    operationId: 'createUser',
    summary: 'Create a user: {username, displayName, password, platformRoles?}.',
    roles: RoleGroups.platformAdmins,
    body: CreateUserBody,
    response: UserSummarySchema,
  })
  create(@Body() body: unknown, @Res({ passthrough: true }) reply: FastifyReply): Promise<UserSummary> {
    const { username, displayName, password, platformRoles } = parse(CreateUserBody, body);
    return this.change(reply, { type: 'CreateUser', user: { username, displayName, password, roles: platformRoles.map((role) => ({ role })) } });
  }

  @Read(':userId', {
    operationId: 'getUser',
    summary: 'A user, and the history of the account (who granted what, and when).',
    roles: RoleGroups.platformReaders,
    response: UserWithHistorySchema,
  })
  async get(@Param('userId') userId: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<UserWithHistory> {
    const { user, version } = await this.queries.execute(new GetUserQuery(idParam(userId, 'User')));
    return withEtag(reply, version, user);
  }

  @Change('POST', ':userId/disable', {
    operationId: 'disableUser',
    summary: 'Disable a user: their tokens stop working on the next request.',
    roles: RoleGroups.platformAdmins,
    status: 200,
    response: UserSummarySchema,
    ifMatch: 'the user',
  })
  disable(@Param('userId') userId: string, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<UserSummary> {
    return this.change(reply, { type: 'DisableUser', userId: idParam(userId, 'User') }, expected);
  }

  @Change('POST', ':userId/password', {
    operationId: 'resetPassword',
    summary: 'Reset a user\'s password: {password}.',
    roles: RoleGroups.platformAdmins,
    status: 200,
    body: ResetPasswordBody,
    response: UserSummarySchema,
    ifMatch: 'the user',
  })
  resetPassword(@Param('userId') userId: string, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<UserSummary> {
    const id = idParam(userId, 'User');
    const { password } = parse(ResetPasswordBody, body);
    return this.change(reply, { type: 'ResetPassword', userId: id, password }, expected);
  }

  @Change('PUT', ':userId/platform-roles/:role', {
    operationId: 'grantPlatformRole',
    summary: 'Grant a platform role (platform_admin, platform_auditor).',
    roles: RoleGroups.platformAdmins,
    response: UserSummarySchema,
    ifMatch: 'the user',
  })
  grant(@Param('userId') userId: string, @Param('role') role: string, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<UserSummary> {
    return this.change(reply, { type: 'GrantRole', userId: idParam(userId, 'User'), role: { role: platformRoleParam(role) } }, expected);
  }

  @Change('DELETE', ':userId/platform-roles/:role', {
    operationId: 'revokePlatformRole',
    summary: 'Revoke a platform role.',
    roles: RoleGroups.platformAdmins,
    response: UserSummarySchema,
    ifMatch: 'the user',
  })
  revoke(@Param('userId') userId: string, @Param('role') role: string, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<UserSummary> {
    return this.change(reply, { type: 'RevokeRole', userId: idParam(userId, 'User'), role: platformRoleParam(role) }, expected);
  }

  private async change(reply: FastifyReply, request: UserRequest, expected?: number): Promise<UserSummary> {
    const { user, version } = await this.commands.execute(new ChangeUser(request, expected));
    return withEtag(reply, version, userSummary(user));
  }
}
