// The projection `meetings-read-model`: every event of a meeting (or a consultation) folds the view of its
// stream (meeting.view.ts, consultation.view.ts), written back whole with the columns lists filter on, in
// the batch's transaction with the checkpoint. An event at or below the version a row already has was
// applied before (a replay) and changes nothing.
import { fileURLToPath } from 'node:url';
import { vietnamDateOf } from '@bcd/calendar';
import { defineProjection, viewRowHandler } from '@bcd/service-host';
import type { ConsultationEvent } from '../domain/consultation/consultation.js';
import type { MeetingEvent } from '../domain/meeting/meeting.js';
import { foldConsultation, type ConsultationView } from './consultation.view.js';
import { foldMeeting, type MeetingView } from './meeting.view.js';

export const MEETINGS_MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));
export const MEETINGS_MIGRATIONS_TABLE = 'meetings_schema_migrations';
export const MEETINGS_PROJECTION_ID = 'meetings-read-model';

const meeting = viewRowHandler<MeetingView>({
  namespace: 'meetings',
  table: 'meetings_meetings',
  key: { column: 'meeting_id', field: 'meetingId' },
  fold: (view, event, recorded) => foldMeeting(view, event as MeetingEvent, recorded.recordedAt.toISOString(), recorded.streamVersion),
  columns: (view) => ({
    kind: view.kind,
    status: view.status,
    period: view.period,
    scheduled_on: view.scheduledOn,
    starts_at: view.startsAt,
    held_on: view.held ? vietnamDateOf(new Date(view.held.heldAt)) : null,
    sequence: view.sequence,
  }),
});

const consultation = viewRowHandler<ConsultationView>({
  namespace: 'meetings',
  table: 'meetings_consultations',
  key: { column: 'consultation_id', field: 'consultationId' },
  fold: (view, event, recorded) => foldConsultation(view, event as ConsultationEvent, recorded.streamVersion),
  columns: (view) => ({ status: view.status, started_on: view.startedOn, deadline_on: view.deadlineOn }),
});

export const meetingsProjection = defineProjection<MeetingEvent | ConsultationEvent>({
  context: 'meetings',
  projectionId: MEETINGS_PROJECTION_ID,
  namespace: 'meetings',
  migrations: { dir: MEETINGS_MIGRATIONS_DIR, table: MEETINGS_MIGRATIONS_TABLE },
  // Written by commands, not derived from events: kept through a rebuild.
  keep: ['meetings_files', 'meetings_calendar_feeds'],
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
