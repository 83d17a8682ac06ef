import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Authenticated, currentRequestContext, Public, roleGrantsOf, Unauthenticated, type IssuedToken, type RoleGrant } from '@bcd/auth';
import { LogInCommand } from '../application/login.js';
import { LoginBody, parse } from './schemas.js';

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(private readonly commands: CommandBus) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Log in with username and password: an HS256 access token (Bearer). 401 on any failure, 429 when rate-limited.' })
  async login(@Body() body: unknown, @Req() request: FastifyRequest): Promise<{ accessToken: string; tokenType: 'Bearer'; expiresAt: string }> {
    const { username, password } = parse(LoginBody, body);
    const token = await this.commands.execute<LogInCommand, IssuedToken>(new LogInCommand(username, password, request.ip));
    return { accessToken: token.accessToken, tokenType: 'Bearer', expiresAt: token.expiresAt.toISOString() };
  }

  @Get('me')
  @Authenticated()
  @ApiOperation({ summary: 'The caller: user id, username, where the token comes from, and the roles held now.' })
  me(): { userId: string; username: string; source: string; roles: RoleGrant[] } {
    const principal = currentRequestContext()?.principal;
    if (!principal) throw new Unauthenticated();
    return { userId: principal.userId, username: principal.username, source: principal.source, roles: roleGrantsOf(principal) };
  }
}
