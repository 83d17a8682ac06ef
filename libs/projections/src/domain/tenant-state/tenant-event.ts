// What the tenant-state folds read of a stored event: its type as stored (namespaced), its data, and its two
// times (RULES.md §7): when it happened (business time, may be back-dated) and when the platform recorded it.
// A RecordedEvent of the store is one. Pure.
import { LocalDate, vietnamDateOf, vietnamInstant } from '@bcd/calendar';

export interface TenantEvent {
  /** As stored, with its context's namespace: `membership.MemberAppointed`. */
  type: string;
  data: unknown;
  /** Business time: when it happened (may be back-dated). */
  occurredAt: Date;
  /** When the platform recorded it. */
  recordedAt: Date;
}

/** The namespaces whose events the tenant state folds; the others (tenancy, identity, calendar…) say nothing about it. */
export const FOLDED_NAMESPACES = ['membership', 'rulebook', 'meetings', 'reporting', 'budget', 'programme', 'kpis'] as const;

/** Whether the tenant state reads events of this type (by its namespace). */
export function isFolded(type: string): boolean {
  const namespace = type.slice(0, type.indexOf('.'));
  return (FOLDED_NAMESPACES as readonly string[]).includes(namespace);
}

/**
 * The two time axes of RULES.md §7: `business` — what was true then, as known now (events whose business time is at
 * or before the moment asked, folded in business order); `recorded` — what the platform showed then (events recorded
 * at or before it, folded in the order they were recorded).
 */
export const AXES = ['business', 'recorded'] as const;
export type Axis = (typeof AXES)[number];

/** A moment asked about on one axis: the events known by `at` (inclusive), statuses judged on `date` (Vietnam). */
export interface AsOf {
  axis: Axis;
  /** Inclusive. */
  at: Date;
  /** The business date statuses are judged on: the day of `at` in Vietnam. */
  date: LocalDate;
}

/** A whole day (Vietnam): up to its last millisecond. */
export function asOfDay(date: LocalDate, axis: Axis): AsOf {
  return { axis, at: new Date(vietnamInstant(LocalDate.addDays(date, 1)).getTime() - 1), date };
}

/** An instant: up to it, inclusive; judged on its day in Vietnam. */
export function asOfInstant(at: Date, axis: Axis): AsOf {
  return { axis, at: new Date(at.getTime()), date: vietnamDateOf(at) };
}

/** The time of an event on an axis. */
export function timeOn(event: Pick<TenantEvent, 'occurredAt' | 'recordedAt'>, axis: Axis): Date {
  return axis === 'business' ? event.occurredAt : event.recordedAt;
}

/** Whether the event is known on the axis at the moment asked. */
export function knownAt(event: Pick<TenantEvent, 'occurredAt' | 'recordedAt'>, asOf: Pick<AsOf, 'axis' | 'at'>): boolean {
  return timeOn(event, asOf.axis).getTime() <= asOf.at.getTime();
}

/**
 * Events (given in the store's global order) in business order: by business time, ties kept in global order (a
 * stable sort). A prefix of this order is the history up to a business moment, so a snapshot of one is extended
 * by the events after it.
 */
export function inBusinessOrder<E extends Pick<TenantEvent, 'occurredAt'>>(events: readonly E[]): E[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => a.event.occurredAt.getTime() - b.event.occurredAt.getTime() || a.index - b.index)
    .map(({ event }) => event);
}

/** The events (global order) the state as of `asOf` is folded from, in the order of its axis. */
export function eventsAsOf<E extends TenantEvent>(events: readonly E[], asOf: Pick<AsOf, 'axis' | 'at'>): E[] {
  const known = events.filter((event) => knownAt(event, asOf));
  return asOf.axis === 'business' ? inBusinessOrder(known) : known;
}
