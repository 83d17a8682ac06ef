// The meetings of a tenant: one meeting as its events made it (ETag: its version), and the list over a
// date range, optionally of one status.
import { Query } from '@nestjs/cqrs';
import { z } from 'zod';
import type { LocalDate } from '@bcd/calendar';
import type { ScopedSqlClient } from '@bcd/auth';
import { NotFound } from '@bcd/kernel';
import { readModelQueryHandler } from '@bcd/service-host';
import { MeetingViewSchema, type MeetingView } from './meeting.view.js';

export const MeetingListSchema = z.array(MeetingViewSchema);

/** 404 when the tenant has no such meeting. */
export async function meetingOf(tx: ScopedSqlClient, tenant: string, meetingId: string): Promise<MeetingView> {
  const [row] = await tx.query<{ view: MeetingView }>(`SELECT view FROM meetings_meetings WHERE tenant_id = $1 AND meeting_id = $2`, [tenant, meetingId]);
  if (!row) throw new NotFound('Meeting', meetingId);
  return row.view;
}

export async function meetingsOf(tx: ScopedSqlClient, tenant: string, filter: { from?: LocalDate; to?: LocalDate; status?: MeetingView['status'] } = {}): Promise<MeetingView[]> {
  const rows = await tx.query<{ view: MeetingView }>(
    `SELECT view FROM meetings_meetings
     WHERE tenant_id = $1 AND ($2::date IS NULL OR scheduled_on >= $2::date) AND ($3::date IS NULL OR scheduled_on <= $3::date) AND ($4::text IS NULL OR status = $4::text)
     ORDER BY starts_at, meeting_id`,
    [tenant, filter.from ?? null, filter.to ?? null, filter.status ?? null],
  );
  return rows.map((row) => row.view);
}

export class MeetingQuery extends Query<MeetingView> {
  constructor(readonly params: { tenant: string; meetingId: string }) {
    super();
  }
}

export class ListMeetingsQuery extends Query<MeetingView[]> {
  constructor(readonly params: { tenant: string; from?: LocalDate; to?: LocalDate; status?: MeetingView['status'] }) {
    super();
  }
}

export const meetingQueryHandlers = [
  readModelQueryHandler(MeetingQuery, (tx, { params }) => meetingOf(tx, params.tenant, params.meetingId)),
  readModelQueryHandler(ListMeetingsQuery, (tx, { params: { tenant, ...filter } }) => meetingsOf(tx, tenant, filter)),
];
