// What changed between two views of a tenant (two moments on one axis): members who joined, left or changed role;
// the regulation in force, when it changed; meetings added or whose status changed; obligations and action items
// added or whose status or bucket changed; budget lines whose appropriation or spending changed (whole đồng as
// decimal strings, differences with bigint). Pure.
import type { LocalDate } from '@bcd/calendar';
import type { Bucket } from '@bcd/regulation';
import type { RegulationOn } from './regulation.js';
import type { SeatOn } from './roster.js';
import { subtractDong } from './budgets.js';
import type { ActionItemOn, MeetingOn, ObligationOn, TenantView } from './tenant-view.js';

export interface AmountChange {
  before: string;
  after: string;
  /** after − before (signed). */
  change: string;
}

/** A view whose seats may carry more (the HTTP answer adds people's names). */
export type ViewOf<S extends SeatOn> = Omit<TenantView, 'roster'> & { roster: S[] };

export interface TenantDiff<S extends SeatOn = SeatOn> {
  axis: TenantView['axis'];
  from: { at: string; date: LocalDate };
  to: { at: string; date: LocalDate };
  roster: {
    joined: S[];
    left: S[];
    roleChanged: { before: S; after: S }[];
  };
  /** null: the same regulation was in force on both days. */
  regulation: { before: RegulationOn | null; after: RegulationOn | null } | null;
  meetings: {
    added: MeetingOn[];
    statusChanged: { meetingId: string; kind: MeetingOn['kind']; scheduledOn: LocalDate; before: MeetingOn['status']; after: MeetingOn['status'] }[];
  };
  obligations: {
    added: ObligationOn[];
    changed: { obligationId: string; period: string | null; reporterName: string | null; before: { status: ObligationOn['status']; bucket: Bucket | null }; after: { status: ObligationOn['status']; bucket: Bucket | null } }[];
  };
  actionItems: {
    added: ActionItemOn[];
    changed: { itemId: string; description: string; before: { dueOn: LocalDate; bucket: Bucket | null }; after: { dueOn: LocalDate; bucket: Bucket | null } }[];
  };
  budgets: {
    lines: { budgetId: string; fiscalYear: number; lineId: string; title: string; appropriated: AmountChange; spent: AmountChange }[];
  };
}

const byId = <T, K extends keyof T>(items: readonly T[], key: K): Map<T[K], T> => new Map(items.map((item) => [item[key], item]));

export function diffViews<S extends SeatOn>(before: ViewOf<S>, after: ViewOf<S>): TenantDiff<S> {
  const seatsBefore = byId(before.roster, 'memberId');
  const seatsAfter = byId(after.roster, 'memberId');
  const meetingsBefore = byId(before.meetings, 'meetingId');
  const obligationsBefore = byId(before.obligations.items, 'obligationId');
  const itemsBefore = byId(before.actionItems.items, 'itemId');
  const sameRegulation = before.regulation?.adoptionId === after.regulation?.adoptionId;

  return {
    axis: after.axis,
    from: { at: before.at, date: before.date },
    to: { at: after.at, date: after.date },
    roster: {
      joined: after.roster.filter((seat) => !seatsBefore.has(seat.memberId)),
      left: before.roster.filter((seat) => !seatsAfter.has(seat.memberId)),
      roleChanged: after.roster.flatMap((seat) => {
        const earlier = seatsBefore.get(seat.memberId);
        return earlier && earlier.role !== seat.role ? [{ before: earlier, after: seat }] : [];
      }),
    },
    regulation: sameRegulation ? null : { before: before.regulation, after: after.regulation },
    meetings: {
      added: after.meetings.filter((m) => !meetingsBefore.has(m.meetingId)),
      statusChanged: after.meetings.flatMap((m) => {
        const earlier = meetingsBefore.get(m.meetingId);
        return earlier && earlier.status !== m.status ? [{ meetingId: m.meetingId, kind: m.kind, scheduledOn: m.scheduledOn, before: earlier.status, after: m.status }] : [];
      }),
    },
    obligations: {
      added: after.obligations.items.filter((o) => !obligationsBefore.has(o.obligationId)),
      changed: after.obligations.items.flatMap((o) => {
        const earlier = obligationsBefore.get(o.obligationId);
        if (!earlier || (earlier.status === o.status && earlier.bucket === o.bucket)) return [];
        return [{ obligationId: o.obligationId, period: o.period, reporterName: o.reporterName, before: { status: earlier.status, bucket: earlier.bucket }, after: { status: o.status, bucket: o.bucket } }];
      }),
    },
    actionItems: {
      added: after.actionItems.items.filter((i) => !itemsBefore.has(i.itemId)),
      changed: after.actionItems.items.flatMap((i) => {
        const earlier = itemsBefore.get(i.itemId);
        if (!earlier || (earlier.bucket === i.bucket && earlier.dueOn === i.dueOn)) return [];
        return [{ itemId: i.itemId, description: i.description, before: { dueOn: earlier.dueOn, bucket: earlier.bucket }, after: { dueOn: i.dueOn, bucket: i.bucket } }];
      }),
    },
    budgets: { lines: lineChanges(before, after) },
  };
}

function lineChanges(before: Pick<TenantView, 'budgets'>, after: Pick<TenantView, 'budgets'>): TenantDiff['budgets']['lines'] {
  const earlier = new Map(before.budgets.flatMap((b) => b.lines.map((l) => [`${b.budgetId}/${l.lineId}`, l] as const)));
  const changes: TenantDiff['budgets']['lines'] = [];
  for (const budget of after.budgets) {
    for (const line of budget.lines) {
      const was = earlier.get(`${budget.budgetId}/${line.lineId}`) ?? { appropriated: '0', spent: '0' };
      if (was.appropriated === line.appropriated && was.spent === line.spent) continue;
      changes.push({
        budgetId: budget.budgetId,
        fiscalYear: budget.fiscalYear,
        lineId: line.lineId,
        title: line.title,
        appropriated: { before: was.appropriated, after: line.appropriated, change: subtractDong(line.appropriated, was.appropriated) },
        spent: { before: was.spent, after: line.spent, change: subtractDong(line.spent, was.spent) },
      });
    }
  }
  return changes;
}
