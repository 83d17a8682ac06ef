// The global guard (APP_GUARD): every route is protected unless marked @Public(). It verifies the
// bearer token, reads the caller's live status and roles from the AccessDirectory (a disabled user
// or a revoked role stops working on the next request, whatever the token's lifetime), resolves the
// route's `:tenant`, decides with `authorize`, and puts actor, tenant and read scope into the
// request context, from where they reach every command and every stored event's metadata.
import { Inject, Injectable, Optional, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { CLOCK, dictionary, Forbidden, NotFound, TenantId, type Clock } from '@bcd/kernel';
import { ACCESS_DIRECTORY, type AccessDirectory, type DirectoryTenant } from './access-directory.js';
import { authorize } from './access.js';
import { IS_PUBLIC_KEY, ROLES_KEY } from './decorators.js';
import { Unauthenticated } from './errors.js';
import type { Principal } from './principal.js';
import { currentRequestContext } from './request-context.js';
import type { Role, TenantRole } from './roles.js';
import { TokenService, type VerifiedToken } from './tokens.js';

/** Path parameter naming the tenant: routes under `/api/tenants/:tenant/...`. */
export const TENANT_PARAM = 'tenant';

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    @Inject(CLOCK) private readonly clock: Clock,
    // Absent when the host runs no identity context: then no token names a known user (fail closed).
    @Optional() @Inject(ACCESS_DIRECTORY) private readonly directory?: AccessDirectory,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets)) return true;

    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const token = bearerToken(request.headers.authorization);
    const verified = await this.tokens.verify(token, this.clock.now());
    const principal = await this.principalOf(verified);

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    const tenantCode = (request.params as Record<string, string> | undefined)?.[TENANT_PARAM];
    const tenant = tenantCode === undefined ? undefined : await this.findTenant(tenantCode);
    const audited = tenantCode === undefined ? await this.auditedPredecessors(principal) : [];
    const decision = authorize(principal, { roles, tenantCode }, tenant, audited);
    if (!decision.allowed) {
      if (decision.status === 404) throw new NotFound('Tenant', tenantCode);
      throw new Forbidden('Your roles do not allow this action.');
    }

    const requestContext = currentRequestContext();
    if (requestContext) {
      requestContext.principal = principal;
      requestContext.actor = decision.role === undefined ? { userId: principal.userId } : { userId: principal.userId, role: decision.role };
      requestContext.tenantId = decision.tenantId;
      requestContext.scope = decision.scope;
    }
    return true;
  }

  private async principalOf(verified: VerifiedToken): Promise<Principal> {
    if (verified.source === 'oidc') {
      // The issuer vouches for the user and the roles; keep only roles in tenants that exist and are active.
      const tenantRoles = dictionary<TenantRole[]>();
      for (const [code, roles] of Object.entries(verified.tenantRoles)) {
        if ((await this.findTenant(code))?.status === 'active') tenantRoles[code] = roles;
      }
      return { userId: verified.userId, username: verified.username, source: 'oidc', platformRoles: verified.platformRoles, tenantRoles };
    }
    const user = await this.directory?.findUser(verified.userId);
    if (!user) throw new Unauthenticated('The access token names an unknown user.', 'invalid_token');
    if (user.disabled) throw new Unauthenticated('The user account is disabled.', 'invalid_token');
    return { userId: user.userId, username: user.username, source: 'password', platformRoles: user.platformRoles, tenantRoles: user.tenantRoles };
  }

  private async findTenant(code: string): Promise<DirectoryTenant | undefined> {
    if (!TenantId.is(code) || !this.directory) return undefined;
    return this.directory.findTenant(code);
  }

  private async auditedPredecessors(principal: Principal): Promise<string[]> {
    if (principal.platformRoles.length > 0) return [];
    const audited = Object.entries(principal.tenantRoles).filter(([, roles]) => roles.includes('auditor'));
    const found = await Promise.all(audited.map(([code]) => this.findTenant(code)));
    return found.flatMap((tenant) => tenant?.predecessors ?? []);
  }
}

/** The token of `Authorization: Bearer <token>`; 401 when absent or of another scheme. */
export function bearerToken(header: string | string[] | undefined): string {
  if (header === undefined || header === '') throw new Unauthenticated('Authentication required: send Authorization: Bearer <token>.');
  const match = typeof header === 'string' ? /^Bearer ([A-Za-z0-9\-._~+/]+=*)$/i.exec(header.trim()) : null;
  if (!match) throw new Unauthenticated('The Authorization header must be "Bearer <token>".', 'invalid_token');
  return match[1];
}
