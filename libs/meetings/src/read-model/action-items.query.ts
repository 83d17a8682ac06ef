// Action items of every meeting of a tenant as they stood on a date, in the four buckets of Báo cáo
// 1270/BC-TCTTTg (done on time, done late, not done and still in time, not done and overdue) with the
// completion rate — the buckets and the rate are the domain's (follow-up.ts); this reads the items.
import { Query } from '@nestjs/cqrs';
import { z } from 'zod';
import type { LocalDate } from '@bcd/calendar';
import { readModelQueryHandler, View } from '@bcd/service-host';
import { actionItemBuckets, dueOnAsOf, type Bucket } from '../domain/meeting/follow-up.js';
import type { ActionItem } from '../domain/meeting/meeting.js';
import type { MeetingView } from './meeting.view.js';
import { meetingsOf } from './meetings.query.js';

const BUCKETS = ['done-on-time', 'done-late', 'not-done-in-time', 'not-done-overdue'] as const satisfies readonly Bucket[];

export const ActionItemsViewSchema = z.strictObject({
  asOf: View.localDate,
  counts: z.strictObject({ 'done-on-time': z.int(), 'done-late': z.int(), 'not-done-in-time': z.int(), 'not-done-overdue': z.int() }),
  /** done ÷ (done + not done and overdue), percent to two decimals, and its complement (they add to 100.00); null when both are zero. */
  completionRate: z.strictObject({ rate: z.string(), complement: z.string() }).nullable(),
  items: z.array(
    z.strictObject({
      meetingId: View.id,
      itemId: View.id,
      ownerAgencyId: View.id,
      description: z.string(),
      assignedOn: View.localDate,
      /** The due date in force on `asOf` (extensions the chair approved by then count). */
      dueOn: View.localDate,
      doneOn: View.localDate.nullable(),
      bucket: z.enum(BUCKETS),
    }),
  ),
});
export type ActionItemsView = z.infer<typeof ActionItemsViewSchema>;

export class ActionItemsQuery extends Query<ActionItemsView> {
  constructor(readonly params: { tenant: string; asOf: LocalDate; ownerAgencyId?: string }) {
    super();
  }
}

export const ActionItemsHandler = readModelQueryHandler(ActionItemsQuery, async (tx, { params: { tenant, asOf, ownerAgencyId } }) => {
  const rows = (await meetingsOf(tx, tenant)).flatMap((m) =>
    m.actionItems.filter((i) => ownerAgencyId === undefined || i.ownerAgencyId === ownerAgencyId).map((i) => ({ meetingId: m.meetingId, ...i })),
  );
  const pairs = rows.map((row) => ({ row, item: asDomainItem(row) }));
  const buckets = actionItemBuckets(
    pairs.map((p) => p.item),
    asOf,
  );
  return {
    asOf,
    counts: buckets.counts,
    completionRate: buckets.completionRate,
    items: pairs
      .filter(({ row }) => buckets.byItem[row.itemId] !== undefined)
      .map(({ row, item }) => ({
        meetingId: row.meetingId,
        itemId: row.itemId,
        ownerAgencyId: row.ownerAgencyId,
        description: row.description,
        assignedOn: row.assignedOn,
        dueOn: dueOnAsOf(item, asOf),
        doneOn: row.doneOn !== null && row.doneOn <= asOf ? row.doneOn : null,
        bucket: buckets.byItem[row.itemId],
      })),
  };
});

function asDomainItem(item: MeetingView['actionItems'][number]): ActionItem {
  return {
    itemId: item.itemId,
    ownerAgencyId: item.ownerAgencyId,
    assignedOn: item.assignedOn as LocalDate,
    dueOn: item.dueOn as LocalDate,
    extensions: item.extensions.map((e) => ({ dueOn: e.dueOn as LocalDate, approvedOn: e.approvedOn as LocalDate })),
    doneOn: item.doneOn as LocalDate | null,
  };
}
