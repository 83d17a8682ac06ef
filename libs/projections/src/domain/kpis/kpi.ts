// The KPI catalogue's shapes (RULES.md §6): one KPI of a tenant for a period — its rule, where the rule comes from, its
// value with the numerator and denominator it was computed from, a target where one is set, and the ids of the events
// behind it (drill-down). A period is a year (`2019`), a half-year (`2019-H1`) or a quarter (`2019-Q3`). The events a
// KPI points to are found through an index of the tenant's events by the ids their data names (obligationId, itemId,
// meetingId, budgetId, specialExpenditureId, adoptionId, memberId, programmeId, taskId). Pure.
import type { LocalDate } from '@bcd/calendar';
import { periodOf } from '@bcd/regulation';
import type { TenantEvent } from '../tenant-state/tenant-event.js';
import type { TenantState } from '../tenant-state/tenant-state.js';

export const KPI_IDS = ['kpi-01', 'kpi-02', 'kpi-03', 'kpi-04', 'kpi-05', 'kpi-06', 'kpi-07-budget', 'kpi-07-special', 'kpi-08', 'kpi-09', 'kpi-10-issued', 'kpi-10-tasks'] as const;
export type KpiId = (typeof KPI_IDS)[number];

export interface KpiBreakdown {
  /** What is counted, e.g. `done-on-time`, `days-late:o-1`, `line:tuyen-truyen`. */
  label: string;
  value: string;
}

export interface Kpi {
  id: KpiId;
  /** Vietnamese, as shown to users. */
  name: string;
  /** The rule, in words (RULES.md §6). */
  rule: string;
  /** Where it comes from: the §6 item, and the regulations' articles the facts were judged by. */
  citation: string;
  /** Percent, two decimals cut off (`"98.62"`); null when the denominator is 0. */
  value: string | null;
  /** Counts as decimal strings (or whole đồng). */
  numerator: string;
  denominator: string;
  /** The target (percent) the province set, in force on the period's last day (targets.ts); none of the seed regulations sets one. */
  target: string | null;
  breakdown: KpiBreakdown[];
  /** The ids of the events the value comes from (each once). */
  drillDown: string[];
}

/** A period asked about: its label and its first and last days (Vietnam). */
export interface KpiPeriod {
  label: string;
  year: number;
  start: LocalDate;
  end: LocalDate;
}

const PERIOD = /^(\d{4})(?:-(Q[1-4]|H[12]))?$/;
export const PERIOD_MESSAGE = 'must be a year (2019), a half-year (2019-H1) or a quarter (2019-Q3)';

/** `2019`, `2019-H1`, `2019-Q3` → the period; null for anything else. */
export function parsePeriod(label: string): KpiPeriod | null {
  const match = PERIOD.exec(label);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 1900) return null;
  const part = match[2];
  const period = part === undefined ? periodOf('annual', year, 1) : part.startsWith('Q') ? periodOf('quarterly', year, Number(part.slice(1))) : periodOf('semiannual', year, Number(part.slice(1)));
  return { label: period.label, year, start: period.start, end: period.end };
}

/** An event of the tenant with its id in the store. */
export type IdentifiedEvent = TenantEvent & { eventId: string };

/** The ids of the data fields events are indexed by. */
const INDEXED = ['obligationId', 'itemId', 'meetingId', 'budgetId', 'specialExpenditureId', 'adoptionId', 'memberId', 'programmeId', 'taskId'] as const;
export type IndexedField = (typeof INDEXED)[number];

/** The tenant's events by the ids their data names: `itemId:item-1` → event ids, in the order given. */
export type EventIndex = Pick<ReadonlyMap<string, readonly string[]>, 'get'>;

/** The keys an event is indexed by (`itemId:item-1`…): the indexed fields its data names. Time travel stores them with each event. */
export function eventRefs(data: unknown): string[] {
  if (typeof data !== 'object' || data === null) return [];
  const record = data as Record<string, unknown>;
  const refs: string[] = [];
  for (const field of INDEXED) {
    const value = record[field];
    if (typeof value === 'string') refs.push(`${field}:${value}`);
  }
  return refs;
}

export function indexEvents(events: readonly Pick<IdentifiedEvent, 'eventId' | 'data'>[]): EventIndex {
  return indexRefs(events.map((event) => ({ eventId: event.eventId, refs: eventRefs(event.data) })));
}

/** The index of events given with their keys (as time travel stores them), in the order given. */
export function indexRefs(events: readonly { eventId: string; refs: readonly string[] }[]): EventIndex {
  const index = new Map<string, string[]>();
  for (const event of events) {
    for (const key of event.refs) {
      const ids = index.get(key);
      if (ids) ids.push(event.eventId);
      else index.set(key, [event.eventId]);
    }
  }
  return index;
}

/** An index that knows no event and notes every key asked: which keys a computation's drill-down needs. */
export function keysAsked(): { index: EventIndex; keys: Set<string> } {
  const keys = new Set<string>();
  return { keys, index: { get: (key: string) => (keys.add(key), undefined) } };
}

/** The ids of the events naming any of `ids` in `field`, each once, in the order indexed. */
export function eventsNaming(index: EventIndex, field: IndexedField, ids: Iterable<string>): string[] {
  const found = new Set<string>();
  for (const id of ids) for (const eventId of index.get(`${field}:${id}`) ?? []) found.add(eventId);
  return [...found];
}

/** What a KPI is computed from: the tenant's state as of the period's end (business axis) and its events' index. */
export interface KpiInput {
  state: TenantState;
  period: KpiPeriod;
  events: EventIndex;
}

/** Whether a day lies in the period. */
export const inPeriod = (period: KpiPeriod, date: LocalDate): boolean => date >= period.start && date <= period.end;
