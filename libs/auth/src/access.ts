// The access decision, pure: who may call a route, in which tenant, and which read-model rows the
// request may then see. The guard gathers the facts (token, directory) and applies the result.
import { ownValue } from '@bcd/kernel';
import type { DirectoryTenant } from './access-directory.js';
import { PLATFORM_SCOPE, type Principal, type TenantScope } from './principal.js';
import { PLATFORM_TENANT, type Role } from './roles.js';

export interface RouteAccess {
  /** Roles the route allows, most privileged first; undefined: any authenticated caller. */
  roles?: readonly Role[];
  /** The route's `:tenant` path parameter, when it has one. */
  tenantCode?: string;
}

export type AccessDecision =
  | { allowed: true; role: Role | undefined; tenantId: string; scope: TenantScope }
  | { allowed: false; status: 403 | 404 };

/**
 * - A tenant route (`/api/tenants/:tenant/...`): the caller must hold a role in that tenant or a
 *   platform role, else 404 (as for a tenant that does not exist: existence does not leak). A merged
 *   tenant's old code resolves only for the auditors of the tenant it was merged into (as `auditor`)
 *   and for platform roles. Then the route's roles decide: 403 when none is held.
 *   The read scope is the tenant and every tenant merged into it.
 * - Any other route: 403 unless the caller holds one of the route's roles. Platform roles read
 *   every tenant; others read the tenants they hold a role in (plus, as auditors, what was merged into those).
 */
export function authorize(
  principal: Pick<Principal, 'platformRoles' | 'tenantRoles'>,
  route: RouteAccess,
  tenant: DirectoryTenant | undefined,
  /** For non-tenant routes: predecessors of the tenants the caller audits (readable by them). */
  auditedPredecessors: readonly string[] = [],
): AccessDecision {
  if (route.tenantCode !== undefined) {
    if (!tenant) return { allowed: false, status: 404 };
    const held: Role[] = [...principal.platformRoles];
    if (tenant.status === 'active') {
      held.push(...(ownValue(principal.tenantRoles, tenant.tenantId) ?? []));
    } else if (tenant.successor && (ownValue(principal.tenantRoles, tenant.successor) ?? []).includes('auditor')) {
      held.push('auditor');
    }
    if (held.length === 0) return { allowed: false, status: 404 };
    const role = pick(route.roles, held);
    if (role === null) return { allowed: false, status: 403 };
    return { allowed: true, role, tenantId: tenant.tenantId, scope: { platform: false, tenantIds: [tenant.tenantId, ...tenant.predecessors] } };
  }

  const tenantRoles = Object.values(principal.tenantRoles).flat();
  const role = pick(route.roles, [...principal.platformRoles, ...tenantRoles]);
  if (role === null) return { allowed: false, status: 403 };
  const scope: TenantScope =
    principal.platformRoles.length > 0
      ? PLATFORM_SCOPE
      : { platform: false, tenantIds: unique([...Object.keys(principal.tenantRoles), ...auditedPredecessors]) };
  return { allowed: true, role, tenantId: PLATFORM_TENANT, scope };
}

/** The first of the route's roles the caller holds; with no role list, the caller's first role. null: none. */
function pick(allowed: readonly Role[] | undefined, held: readonly Role[]): Role | undefined | null {
  if (allowed === undefined) return held[0];
  return allowed.find((role) => held.includes(role)) ?? null;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
