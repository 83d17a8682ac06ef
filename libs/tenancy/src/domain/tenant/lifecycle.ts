// A tenant's life: created with a code taken for ever, renamed, merged into another (RULES.md §8:
// provinces were merged in 2025); a merged tenant is closed, its history stays readable.
import { NotFound, StateConflict, type Command } from '@bcd/kernel';
import { refuse, Rules, TENANCY_POLICY } from '../rules.js';
import type { TenantEvent, TenantState } from './tenant.js';

/**
 * Codes no province may take: `platform` is the pseudo-tenant of platform-level facts (PLATFORM_TENANT
 * of @bcd/auth, which a test keeps in this list; the domain imports no runtime code from the auth lib).
 */
export const RESERVED_TENANT_CODES: readonly string[] = ['platform'];

export type CreateTenant = Command<'CreateTenant', { code: string; name: string }>;
export type RenameTenant = Command<'RenameTenant', { code: string; name: string }>;
/** `into` carries the target's state, read by the application: the decider sees both sides of the merge. */
export type MergeTenant = Command<'MergeTenant', { code: string; into: { code: string; state: TenantState }; effectiveAt: Date }>;

export function create(command: CreateTenant, state: TenantState): TenantEvent[] {
  const { code, name } = command.data;
  if (RESERVED_TENANT_CODES.includes(code)) throw refuse(Rules.tenantCodeReserved, `The code "${code}" is reserved for the platform itself.`);
  if (state.status !== 'absent') throw refuse(Rules.tenantCodeUnique, `The tenant code "${code}" is already taken.`);
  return [{ type: 'TenantCreated', data: { code, name } }];
}

export function rename(command: RenameTenant, state: TenantState): TenantEvent[] {
  const current = existing(state, command.data.code);
  if (current.status === 'merged') throw merged(current.code, current.into);
  if (current.name === command.data.name) return [];
  return [{ type: 'TenantRenamed', data: { code: current.code, name: command.data.name, previousName: current.name } }];
}

export function merge(command: MergeTenant, state: TenantState): TenantEvent[] {
  const { into, effectiveAt } = command.data;
  const current = existing(state, command.data.code);
  // Merged already (into this tenant or another): a merge happens once. A client's retry of the same
  // request is answered from its Idempotency-Key record, not here.
  if (current.status === 'merged') {
    throw new StateConflict(Rules.tenantMerged, TENANCY_POLICY, `Tenant ${current.code} was merged into ${current.into} already: a tenant is merged once.`);
  }
  if (into.code === current.code) throw refuse(Rules.mergeIntoItself, 'A tenant cannot be merged into itself.');
  if (into.state.status === 'absent') throw new NotFound('Tenant', into.code);
  if (into.state.status === 'merged') {
    throw refuse(Rules.mergeTargetActive, `Tenant ${into.code} was itself merged into ${into.state.into}: merge into ${into.state.into}.`);
  }
  if (effectiveAt.getTime() > command.metadata.now.getTime()) {
    throw refuse(Rules.mergeEffectiveDate, 'A merge is recorded once it has taken effect: the effective date must not be in the future.');
  }
  return [{ type: 'TenantMerged', data: { code: current.code, into: into.code, effectiveAt: effectiveAt.toISOString() } }];
}

function existing(state: TenantState, code: string): Exclude<TenantState, { status: 'absent' }> {
  if (state.status === 'absent') throw new NotFound('Tenant', code);
  return state;
}

function merged(code: string, into: string) {
  return refuse(Rules.tenantMerged, `Tenant ${code} was merged into ${into}: it is closed (its history stays readable).`);
}
