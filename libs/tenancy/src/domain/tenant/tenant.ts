// A tenant is a province. Stream `tenancy-tenant-<code>` under the platform pseudo-tenant; the stream
// itself reserves the code (created with expected version `no_stream`). Event data: libs/contracts.
import type { EventsOf } from '@bcd/kernel';
import type { TenancyEventData } from '@bcd/contracts';

export type TenantEvent = EventsOf<Pick<TenancyEventData, 'TenantCreated' | 'TenantRenamed' | 'TenantMerged'>>;

export type TenantState =
  | { status: 'absent' }
  | { status: 'active'; code: string; name: string }
  | { status: 'merged'; code: string; name: string; into: string; effectiveAt: string };

export const initialState = (): TenantState => ({ status: 'absent' });

export function evolve(state: TenantState, event: TenantEvent): TenantState {
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
}
