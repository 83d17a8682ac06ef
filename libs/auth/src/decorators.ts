import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension } from '@nestjs/swagger';
import type { Role } from './roles.js';

export const IS_PUBLIC_KEY = 'bcd:auth:public';
export const ROLES_KEY = 'bcd:auth:roles';

/**
 * The route needs no token (login, health, metrics, docs). Every other route is protected. Marked
 * `x-public` in the OpenAPI document, which then documents it without security.
 */
export const Public = (): MethodDecorator & ClassDecorator => applyDecorators(SetMetadata(IS_PUBLIC_KEY, true), ApiExtension('x-public', true));

/**
 * The roles that may call the route, most privileged first (the first one the caller holds is
 * recorded as the actor's role). Declared beside the route; also published in the OpenAPI document
 * as `x-roles`. Without it, any authenticated caller may call the route.
 */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(ROLES_KEY, roles), ApiBearerAuth(), ApiExtension('x-roles', roles));

/** A protected route without a role list: any authenticated caller (documented as such). */
export const Authenticated = (): MethodDecorator & ClassDecorator => applyDecorators(ApiBearerAuth(), ApiExtension('x-roles', 'any'));
