// A tenant's state folded from its events of every context, each read through its published contract (libs/contracts):
// the roster (the contracts' roster fold), the adoptions (@bcd/regulation's fold), the meetings and their action
// items, the report obligations, the budgets, the work programmes. The folds other read models reuse (a KPI
// catalogue judges these facts): `evolveTenantState` for one event, `foldTenantState` for many, `stateAsOf` for a
// moment on either time axis, `foldInto` for a state the caller owns. An event of another namespace changes nothing;
// one of a type no part reads, whose data its contract refuses, or that a fold cannot apply changes nothing but
// `ignored`. Pure: no I/O, no clock.
//
// Folding in place: a province's state holds thousands of action items, obligations and expenditures, and copying
// a record of thousands of entries for every event made a fold quadratic (22,000 events took 22 s). So the parts
// put each new or changed entry into their records in place (an entry itself is replaced, never edited), and a
// fold works on a state it owns: `foldTenantState` and `evolveTenantState` copy the state they are given first and
// never change it; `foldInto` changes the state it is given (a state just restored from a snapshot, a projection's
// head), at the cost of what the events change.
import { BUDGET_EVENT_DATA, KPIS_EVENT_DATA, MEETINGS_EVENT_DATA, MEMBERSHIP_EVENT_DATA, PROGRAMME_EVENT_DATA, REPORTING_CONSOLIDATED_EVENT_DATA, REPORTING_EVENT_DATA } from '@bcd/contracts';
import type { AdoptedRegulation } from '@bcd/regulation';
import type { z } from 'zod';
import { evolveKpiTargets, type KpiTargetsInForce } from '../kpis/targets.js';
import { evolveBudgets, type BudgetsState } from './budgets.js';
import { emptyMeetingsState, evolveMeetings, type MeetingsState } from './meetings.js';
import { evolveObligations, type ObligationsState } from './obligations.js';
import { emptyProgrammesState, evolveProgrammes, type ProgrammesState } from './programme.js';
import { evolveRegulation, RULEBOOK_DATA } from './regulation.js';
import { emptyRosterState, evolveRosterState, type RosterState } from './roster.js';
import { emptySeatsPending, evolveSeatsPending, type SeatsPendingState } from './seats-pending.js';
import { eventsAsOf, type AsOf, type TenantEvent } from './tenant-event.js';

export interface TenantState {
  /** Events that changed or were read into the state (accepted by their contract). */
  folded: number;
  /** Events of the folded namespaces their contract refused, or of types no part knows. */
  ignored: number;
  roster: RosterState;
  /** Long-absence notices and how each seat stopped pending (KPI 8). */
  seatsPending: SeatsPendingState;
  /** The tenant's adoptions, as @bcd/regulation folds them (in the order folded). */
  adoptions: AdoptedRegulation[];
  meetings: MeetingsState;
  obligations: ObligationsState;
  budgets: BudgetsState;
  /** The committees' annual work programmes and their tasks. */
  programmes: ProgrammesState;
  /** The targets the province set for its KPIs, in force now (absent: judged against 100 %). */
  kpiTargets: KpiTargetsInForce;
}

export const initialTenantState = (): TenantState => ({
  folded: 0,
  ignored: 0,
  roster: emptyRosterState(),
  seatsPending: emptySeatsPending(),
  adoptions: [],
  meetings: emptyMeetingsState(),
  obligations: {},
  budgets: {},
  programmes: emptyProgrammesState(),
  kpiTargets: {},
});

type Schemas = Readonly<Record<string, z.ZodType>>;

/** Each namespace's contract (type without namespace → schema of its data) and the part of the state it changes. */
// Each part computes its new value before assigning it: a fold that throws leaves the state as it was.
const PARTS: Readonly<Record<string, { schemas: Schemas; evolve: (state: TenantState, type: string, data: unknown, event: TenantEvent) => void }>> = {
  membership: {
    schemas: MEMBERSHIP_EVENT_DATA,
    evolve: (s, type, data) => {
      const roster = evolveRosterState(s.roster, type, data);
      s.seatsPending = evolveSeatsPending(s.seatsPending, type, data);
      s.roster = roster;
    },
  },
  rulebook: { schemas: RULEBOOK_DATA, evolve: (s, type, data) => void (s.adoptions = evolveRegulation(s.adoptions, type, data)) },
  meetings: { schemas: MEETINGS_EVENT_DATA, evolve: (s, type, data) => void (s.meetings = evolveMeetings(s.meetings, type, data)) },
  // consolidated reports: read (their contract checked) but not shown
  reporting: { schemas: { ...REPORTING_EVENT_DATA, ...REPORTING_CONSOLIDATED_EVENT_DATA }, evolve: (s, type, data, event) => void (s.obligations = evolveObligations(s.obligations, type, data, event.occurredAt)) },
  budget: { schemas: BUDGET_EVENT_DATA, evolve: (s, type, data) => void (s.budgets = evolveBudgets(s.budgets, type, data)) },
  programme: { schemas: PROGRAMME_EVENT_DATA, evolve: (s, type, data) => void (s.programmes = evolveProgrammes(s.programmes, type, data)) },
  kpis: { schemas: KPIS_EVENT_DATA, evolve: (s, _type, data) => void (s.kpiTargets = evolveKpiTargets(s.kpiTargets, data as z.infer<typeof KPIS_EVENT_DATA.KpiTargetSet>)) },
};

/** The state after one event of the tenant (any namespace: those the state does not read change nothing); `state` is not changed. */
export function evolveTenantState(state: TenantState, event: TenantEvent): TenantState {
  return foldInto(structuredClone(state), [event]);
}

/** The state after `events`, in the order given, from `initial` (default: the empty state), which is not changed. */
export function foldTenantState(events: Iterable<TenantEvent>, initial?: TenantState): TenantState {
  return foldInto(initial ? structuredClone(initial) : initialTenantState(), events);
}

/** `state` after `events`, in the order given: changes `state` (the caller owns it) and returns it. */
export function foldInto(state: TenantState, events: Iterable<TenantEvent>): TenantState {
  for (const event of events) apply(state, event);
  return state;
}

function apply(state: TenantState, event: TenantEvent): void {
  const dot = event.type.indexOf('.');
  const part = dot > 0 ? PARTS[event.type.slice(0, dot)] : undefined;
  if (!part) return;
  const type = event.type.slice(dot + 1);
  const schema = Object.hasOwn(part.schemas, type) ? part.schemas[type] : undefined;
  const parsed = schema?.safeParse(event.data);
  if (!parsed?.success) {
    state.ignored++;
    return;
  }
  try {
    part.evolve(state, type, parsed.data, event);
    state.folded++;
  } catch {
    // Data its contract accepts but a fold cannot apply (a tenant decision that no longer fits its pack): the state
    // stays as it was, so that one event never stops the read models that fold them.
    state.ignored++;
  }
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
