import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiExtension, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { currentRequestContext, Public, roleGrantsOf, Unauthenticated, type RoleGrant } from '@bcd/auth';
import { openApiSchema, parse, Read } from '@bcd/service-host';
import { LogInCommand } from '../application/login.js';
import { LoginBody, MeSchema, TokenSchema } from './tenancy.schemas.js';

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(private readonly commands: CommandBus) {}

  // Not a Change route: a login changes nothing the caller may replay (no Idempotency-Key: its answer is a token).
  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ operationId: 'logIn', summary: 'Log in with username and password: an HS256 access token (Bearer). 401 on any failure, 429 when rate-limited.' })
  @ApiBody({ schema: openApiSchema(LoginBody) })
  @ApiResponse({ status: 200, description: 'Success.', schema: openApiSchema(TokenSchema, 'output') })
  @ApiExtension('x-problems', [400, 401, 429])
  async login(@Body() body: unknown, @Req() request: FastifyRequest): Promise<{ accessToken: string; tokenType: 'Bearer'; expiresAt: string }> {
    const { username, password } = parse(LoginBody, body);
    const token = await this.commands.execute(new LogInCommand(username, password, request.ip));
    return { accessToken: token.accessToken, tokenType: 'Bearer', expiresAt: token.expiresAt.toISOString() };
  }

  @Read('me', {
    operationId: 'getMe',
    summary: 'The caller: user id, username, where the token comes from, and the roles held now.',
    roles: 'authenticated',
    response: MeSchema,
  })
  me(): { userId: string; username: string; source: 'password' | 'oidc'; roles: RoleGrant[] } {
    const principal = currentRequestContext()?.principal;
    if (!principal) throw new Unauthenticated();
    return { userId: principal.userId, username: principal.username, source: principal.source, roles: roleGrantsOf(principal) };
  }
}
