// A tenant's state folded from its events of every context, each read through its published contract (libs/contracts):
// the roster (the contracts' roster fold), the adoptions (@bcd/regulation's fold), the meetings and their action
// items, the report obligations, the budgets. The folds other read models reuse (a KPI catalogue judges these
// facts): `evolveTenantState` for one event, `foldTenantState` for many, `stateAsOf` for a moment on either time
// axis. An event of another namespace changes nothing; one of a type no part reads, whose data its contract refuses,
// or that a fold cannot apply changes nothing but `ignored`. Pure: no I/O, no clock; immutable (a fold never
// changes the state it is given).
import { BUDGET_EVENT_DATA, MEETINGS_EVENT_DATA, MEMBERSHIP_EVENT_DATA, REPORTING_CONSOLIDATED_EVENT_DATA, REPORTING_EVENT_DATA } from '@bcd/contracts';
import type { AdoptedRegulation } from '@bcd/regulation';
import type { z } from 'zod';
import { evolveBudgets, type BudgetsState } from './budgets.js';
import { emptyMeetingsState, evolveMeetings, type MeetingsState } from './meetings.js';
import { evolveObligations, type ObligationsState } from './obligations.js';
import { evolveRegulation, RULEBOOK_DATA } from './regulation.js';
import { emptyRosterState, evolveRosterState, type RosterState } from './roster.js';
import { eventsAsOf, type AsOf, type TenantEvent } from './tenant-event.js';

export interface TenantState {
  /** Events that changed or were read into the state (accepted by their contract). */
  folded: number;
  /** Events of the folded namespaces their contract refused, or of types no part knows. */
  ignored: number;
  roster: RosterState;
  /** The tenant's adoptions, as @bcd/regulation folds them (in the order folded). */
  adoptions: AdoptedRegulation[];
  meetings: MeetingsState;
  obligations: ObligationsState;
  budgets: BudgetsState;
}

export const initialTenantState = (): TenantState => ({
  folded: 0,
  ignored: 0,
  roster: emptyRosterState(),
  adoptions: [],
  meetings: emptyMeetingsState(),
  obligations: {},
  budgets: {},
});

type Schemas = Readonly<Record<string, z.ZodType>>;

/** Each namespace's contract (type without namespace → schema of its data) and the part of the state it changes. */
const PARTS: Readonly<Record<string, { schemas: Schemas; evolve: (state: TenantState, type: string, data: unknown, event: TenantEvent) => TenantState }>> = {
  membership: { schemas: MEMBERSHIP_EVENT_DATA, evolve: (s, type, data) => ({ ...s, roster: evolveRosterState(s.roster, type, data) }) },
  rulebook: { schemas: RULEBOOK_DATA, evolve: (s, type, data) => ({ ...s, adoptions: evolveRegulation(s.adoptions, type, data) }) },
  meetings: { schemas: MEETINGS_EVENT_DATA, evolve: (s, type, data) => ({ ...s, meetings: evolveMeetings(s.meetings, type, data) }) },
  // consolidated reports: read (their contract checked) but not shown
  reporting: { schemas: { ...REPORTING_EVENT_DATA, ...REPORTING_CONSOLIDATED_EVENT_DATA }, evolve: (s, type, data, event) => ({ ...s, obligations: evolveObligations(s.obligations, type, data, event.occurredAt) }) },
  budget: { schemas: BUDGET_EVENT_DATA, evolve: (s, type, data) => ({ ...s, budgets: evolveBudgets(s.budgets, type, data) }) },
};

/** The state after one event of the tenant (any namespace: those the state does not read change nothing). */
export function evolveTenantState(state: TenantState, event: TenantEvent): TenantState {
  const dot = event.type.indexOf('.');
  const part = dot > 0 ? PARTS[event.type.slice(0, dot)] : undefined;
  if (!part) return state;
  const type = event.type.slice(dot + 1);
  const schema = Object.hasOwn(part.schemas, type) ? part.schemas[type] : undefined;
  const parsed = schema?.safeParse(event.data);
  if (!parsed?.success) return { ...state, ignored: state.ignored + 1 };
  try {
    return { ...part.evolve(state, type, parsed.data, event), folded: state.folded + 1 };
  } catch {
    // Data its contract accepts but a fold cannot apply (a tenant decision that no longer fits its pack): the state
    // stays as it was, so that one event never stops the read models that fold them.
    return { ...state, ignored: state.ignored + 1 };
  }
}

/** The state after `events`, in the order given, from `initial` (default: the empty state). */
export function foldTenantState(events: Iterable<TenantEvent>, initial: TenantState = initialTenantState()): TenantState {
  let state = initial;
  for (const event of events) state = evolveTenantState(state, event);
  return state;
}

/**
 * The tenant's state as of a moment on one axis, from all its events (in the store's global order):
 * - business: every event whose business time is at or before `at`, as known now, folded in business order (a
 *   back-dated event takes its place in the past);
 * - recorded: every event recorded at or before `at` — what the platform showed then — in the order recorded.
 * Statuses are then judged on `asOf.date` (tenant-view.ts).
 */
export function stateAsOf(events: readonly TenantEvent[], asOf: Pick<AsOf, 'axis' | 'at'>): TenantState {
  return foldTenantState(eventsAsOf(events, asOf));
}
