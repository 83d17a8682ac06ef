// Who the signed-in user is where: platform roles apply in every tenant, tenant roles in their tenant only.
// Whether a control shows is read from the API's own role table (OPERATION_ROLES, generated from each
// operation's x-roles), so the app never offers what the platform would refuse with 403.
import { OPERATION_ROLES } from '../generated/operation-roles';

export type OperationId = keyof typeof OPERATION_ROLES;
export type RoleGrant = { role: string; tenant?: string };

export const PLATFORM_ROLES = ['platform_admin', 'platform_auditor'];

/** The roles the user holds in a tenant (platform roles included). */
export function rolesIn(grants: readonly RoleGrant[], tenant: string | undefined): string[] {
  return grants.filter((grant) => grant.tenant === undefined ? PLATFORM_ROLES.includes(grant.role) : grant.tenant === tenant).map((grant) => grant.role);
}

/** Whether the user may call the operation in the tenant. */
export function mayCall(grants: readonly RoleGrant[], tenant: string | undefined, operation: OperationId): boolean {
  const allowed: readonly string[] | 'any' | 'public' = OPERATION_ROLES[operation];
  if (allowed === 'any' || allowed === 'public') return true;
  return rolesIn(grants, tenant).some((role) => allowed.includes(role));
}

/** Whether the user holds a platform role (tenant switcher over every province, the ranking across provinces). */
export function isPlatformUser(grants: readonly RoleGrant[]): boolean {
  return grants.some((grant) => grant.tenant === undefined && PLATFORM_ROLES.includes(grant.role));
}
