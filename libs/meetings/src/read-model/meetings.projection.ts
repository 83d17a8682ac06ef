// The projection `meetings-read-model`: every event of a meeting (or a consultation) folds the view of its
// stream (meeting.view.ts, consultation.view.ts), written back whole with the columns lists filter on, in
// the batch's transaction with the checkpoint. An event at or below the version a row already has was
// applied before (a replay) and changes nothing.
import { fileURLToPath } from 'node:url';
import type { RecordedEvent } from '@bcd/kernel';
import type { SqlQueryable } from '@bcd/event-store';
import { vietnamDateOf } from '@bcd/calendar';
import { defineProjection, type ProjectionHandler } from '@bcd/service-host';
import type { ConsultationEvent } from '../domain/consultation/consultation.js';
import type { MeetingEvent } from '../domain/meeting/meeting.js';
import { foldConsultation, type ConsultationView } from './consultation.view.js';
import { foldMeeting, type MeetingView } from './meeting.view.js';

export const MEETINGS_MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));
export const MEETINGS_MIGRATIONS_TABLE = 'meetings_schema_migrations';
export const MEETINGS_PROJECTION_ID = 'meetings-read-model';

const typeOf = (recorded: RecordedEvent) => recorded.type.slice('meetings.'.length);

const meeting: ProjectionHandler<unknown> = async (tx, data, recorded) => {
  const meetingId = (data as { meetingId: string }).meetingId;
  const [row] = await tx.query<{ view: MeetingView; version: number }>(
    `SELECT view, version FROM meetings_meetings WHERE tenant_id = $1 AND meeting_id = $2 FOR UPDATE`,
    [recorded.tenantId, meetingId],
  );
  if (row && row.version >= recorded.streamVersion) return;
  const event = { type: typeOf(recorded), data } as MeetingEvent;
  const view = foldMeeting(row?.view ?? null, event, recorded.recordedAt.toISOString(), recorded.streamVersion);
  if (view) await saveMeeting(tx, recorded.tenantId, view);
};

async function saveMeeting(tx: SqlQueryable, tenantId: string, view: MeetingView): Promise<void> {
  const heldOn = view.held ? vietnamDateOf(new Date(view.held.heldAt)) : null;
  await tx.query(
    `INSERT INTO meetings_meetings (tenant_id, meeting_id, kind, status, period, scheduled_on, starts_at, held_on, version, sequence, view)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ON CONFLICT (tenant_id, meeting_id) DO UPDATE SET status = EXCLUDED.status, scheduled_on = EXCLUDED.scheduled_on, starts_at = EXCLUDED.starts_at,
       held_on = EXCLUDED.held_on, version = EXCLUDED.version, sequence = EXCLUDED.sequence, view = EXCLUDED.view`,
    [tenantId, view.meetingId, view.kind, view.status, view.period, view.scheduledOn, view.startsAt, heldOn, view.version, view.sequence, JSON.stringify(view)],
  );
}

const consultation: ProjectionHandler<unknown> = async (tx, data, recorded) => {
  const consultationId = (data as { consultationId: string }).consultationId;
  const [row] = await tx.query<{ view: ConsultationView; version: number }>(
    `SELECT view, version FROM meetings_consultations WHERE tenant_id = $1 AND consultation_id = $2 FOR UPDATE`,
    [recorded.tenantId, consultationId],
  );
  if (row && row.version >= recorded.streamVersion) return;
  const view = foldConsultation(row?.view ?? null, { type: typeOf(recorded), data } as ConsultationEvent, recorded.streamVersion);
  if (!view) return;
  await tx.query(
    `INSERT INTO meetings_consultations (tenant_id, consultation_id, status, started_on, deadline_on, version, view) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (tenant_id, consultation_id) DO UPDATE SET status = EXCLUDED.status, version = EXCLUDED.version, view = EXCLUDED.view`,
    [recorded.tenantId, view.consultationId, view.status, view.startedOn, view.deadlineOn, view.version, JSON.stringify(view)],
  );
};

export const meetingsProjection = defineProjection<MeetingEvent | ConsultationEvent>({
  context: 'meetings',
  projectionId: MEETINGS_PROJECTION_ID,
  namespace: 'meetings',
  migrations: { dir: MEETINGS_MIGRATIONS_DIR, table: MEETINGS_MIGRATIONS_TABLE },
  handlers: {
    MeetingScheduled: meeting,
    MeetingRescheduled: meeting,
    MeetingCancelled: meeting,
    DocumentDistributed: meeting,
    AbsenceRequested: meeting,
    AbsenceDecided: meeting,
    DelegateNamed: meeting,
    MeetingHeld: meeting,
    NoticeIssued: meeting,
    MinutesIssued: meeting,
    ConclusionRecorded: meeting,
    ActionItemAssigned: meeting,
    ActionItemProgressNoted: meeting,
    ActionItemDone: meeting,
    ActionItemExtended: meeting,
    ConsultationStarted: consultation,
    OpinionReceived: consultation,
    ConsultationClosed: consultation,
  },
});
