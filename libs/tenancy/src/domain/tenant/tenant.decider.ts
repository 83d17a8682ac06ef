// The tenant aggregate: its commands, `decide` dispatching to the life-cycle rules, and its binding
// (stream `tenancy-tenant-<code>` under the platform pseudo-tenant, events stored as `tenancy.<Type>`).
import { deciderOf, defineAggregate, type CommandOf } from '@bcd/kernel';
import { create, merge, rename } from './lifecycle.js';
import { evolve, initialState } from './tenant.js';

export const tenantDecider = deciderOf({ initialState, evolve, decide: { CreateTenant: create, RenameTenant: rename, MergeTenant: merge } });

export type TenantCommand = CommandOf<typeof tenantDecider>;

export const tenantStream = (code: string): string => `tenancy-tenant-${code}`;

// Business time of a merge: the day it took effect (it may be before it is recorded).
export const tenantAggregate = defineAggregate({ name: 'tenant', namespace: 'tenancy', decider: tenantDecider,
  streamId: (_platform, code) => tenantStream(code), occurredAt: (command) => (command.type === 'MergeTenant' ? command.data.effectiveAt : command.metadata.now) });
