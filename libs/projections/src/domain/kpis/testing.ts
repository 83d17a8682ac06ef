// Fixtures of the KPI specs: Thanh Hóa's history (tenant-state/testing.ts) with event ids, and events to add to it.
import { IDS, thanhHoaHistory } from '../tenant-state/testing.js';
import type { TenantEvent } from '../tenant-state/tenant-event.js';
import { parsePeriod, type IdentifiedEvent, type KpiPeriod } from './kpi.js';

export { IDS };

const at = (time: string) => new Date(time.length === 10 ? `${time}T00:00:00+07:00` : time);

/** Thanh Hóa's history and `more` (recorded after it), ids `e-1`, `e-2`… in that order. */
export function history(...more: { type: string; data: unknown; occurredAt: string }[]): IdentifiedEvent[] {
  const base: TenantEvent[] = thanhHoaHistory();
  const last = base[base.length - 1].recordedAt.getTime();
  const extra = more.map((e, i) => ({ type: e.type, data: e.data, occurredAt: at(e.occurredAt), recordedAt: new Date(last + 1000 * (i + 1)) }));
  return [...base, ...extra].map((e, i) => ({ ...e, eventId: `e-${i + 1}` }));
}

export const period = (label: string): KpiPeriod => {
  const p = parsePeriod(label);
  if (!p) throw new Error(label);
  return p;
};

/** The ids of the events of `events` whose data names `value` in `field`. */
export const idsNaming = (events: readonly IdentifiedEvent[], field: string, value: string): string[] =>
  events.filter((e) => (e.data as Record<string, unknown>)[field] === value).map((e) => e.eventId);
