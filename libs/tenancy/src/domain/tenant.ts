// A tenant is a province. Stream `tenancy-tenant-<code>` under the platform pseudo-tenant; the
// stream itself reserves the code (created with expected version `no_stream`).
import { NotFound, type Command, type Decider } from '@bcd/kernel';
import { refuse, Rules } from './rules.js';

/**
 * Codes no province may take: `platform` is the pseudo-tenant of platform-level facts (PLATFORM_TENANT
 * of @bcd/auth, which a test keeps in this list; the domain imports no runtime code from the auth lib).
 */
export const RESERVED_TENANT_CODES: readonly string[] = ['platform'];

export type TenantCreated = { type: 'TenantCreated'; data: { code: string; name: string } };
export type TenantRenamed = { type: 'TenantRenamed'; data: { code: string; name: string; previousName: string } };
/** `effectiveAt` (ISO) is also the event's business time (occurredAt). */
export type TenantMerged = { type: 'TenantMerged'; data: { code: string; into: string; effectiveAt: string } };
export type TenantEvent = TenantCreated | TenantRenamed | TenantMerged;

export type TenantState =
  | { status: 'absent' }
  | { status: 'active'; code: string; name: string }
  | { status: 'merged'; code: string; name: string; into: string; effectiveAt: string };

export type CreateTenant = Command<'CreateTenant', { code: string; name: string }>;
export type RenameTenant = Command<'RenameTenant', { code: string; name: string }>;
/** `into` carries the target's state, read by the application: the decider sees both sides of the merge. */
export type MergeTenant = Command<'MergeTenant', { code: string; into: { code: string; state: TenantState }; effectiveAt: Date }>;
export type TenantCommand = CreateTenant | RenameTenant | MergeTenant;

export const tenantDecider: Decider<TenantCommand, TenantEvent, TenantState> = {
  initialState: () => ({ status: 'absent' }),

  decide(command, state) {
    switch (command.type) {
      case 'CreateTenant': {
        const { code, name } = command.data;
        if (RESERVED_TENANT_CODES.includes(code)) throw refuse(Rules.tenantCodeReserved, `The code "${code}" is reserved for the platform itself.`);
        if (state.status !== 'absent') throw refuse(Rules.tenantCodeUnique, `The tenant code "${code}" is already taken.`);
        return [{ type: 'TenantCreated', data: { code, name } }];
      }
      case 'RenameTenant': {
        const current = existing(state, command.data.code);
        if (current.status === 'merged') throw merged(current.code, current.into);
        if (current.name === command.data.name) return [];
        return [{ type: 'TenantRenamed', data: { code: current.code, name: command.data.name, previousName: current.name } }];
      }
      case 'MergeTenant': {
        const { into, effectiveAt } = command.data;
        const current = existing(state, command.data.code);
        if (current.status === 'merged') {
          if (current.into === into.code) return []; // the same merge again: nothing new
          throw merged(current.code, current.into);
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
      default: {
        const _exhaustive: never = command;
        return _exhaustive;
      }
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'TenantCreated':
        return { status: 'active', code: event.data.code, name: event.data.name };
      case 'TenantRenamed':
        return state.status === 'absent' ? state : { ...state, name: event.data.name };
      case 'TenantMerged':
        return state.status === 'absent'
          ? state
          : { status: 'merged', code: state.code, name: state.name, into: event.data.into, effectiveAt: event.data.effectiveAt };
      default: {
        const _exhaustive: never = event;
        return state;
      }
    }
  },
};

function existing(state: TenantState, code: string): Exclude<TenantState, { status: 'absent' }> {
  if (state.status === 'absent') throw new NotFound('Tenant', code);
  return state;
}

function merged(code: string, into: string) {
  return refuse(Rules.tenantMerged, `Tenant ${code} was merged into ${into}: it is closed (its history stays readable).`);
}
