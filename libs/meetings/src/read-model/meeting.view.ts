// A meeting as its events made it, for reading: the schedule (with every reschedule and its reason), the
// documents with their lead-time outcome, absences and their decisions, delegates, attendance, the notice
// and the minutes with signer and seal, conclusions and action items with their progress. A pure fold of
// the meeting's events (`foldMeeting`), kept whole in one jsonb column by the projection and answered as
// is; every flag a fact was recorded with (rule id and article) is listed in `flags`.
import { z } from 'zod';
import {
  ATTENDANCE_STATUSES,
  DOCUMENT_CHANNELS,
  MEETING_KINDS,
  MEMBER_ROLES,
  SEALS,
  type RuleFlag,
} from '@bcd/contracts';
import { View } from '@bcd/service-host';
import type { MeetingEvent } from '../domain/meeting/meeting.js';

const flag = z.strictObject({ rule: z.string(), article: z.string(), message: z.string() });
const participant = z.strictObject({ memberId: View.id, personId: View.id, role: z.enum(MEMBER_ROLES), agencyId: View.id });
const issued = z.strictObject({
  number: z.string(),
  signedBy: z.strictObject({ memberId: View.id, role: z.enum(MEMBER_ROLES), agencyId: View.id }),
  signedAt: View.instant,
  seal: z.strictObject({ kind: z.enum(SEALS), rule: z.string(), article: z.string() }),
  authority: z.strictObject({ rule: z.string(), article: z.string() }),
  assignment: z.strictObject({ reference: z.string() }).nullable(),
});

export const MeetingViewSchema = z.strictObject({
  meetingId: View.id,
  kind: z.enum(MEETING_KINDS),
  period: z.string().nullable(),
  status: z.enum(['scheduled', 'held', 'cancelled']),
  scheduledOn: View.localDate,
  startsAt: View.instant,
  place: z.string().nullable(),
  onlineLink: z.string().nullable(),
  agenda: z.array(z.strictObject({ itemId: z.string(), title: z.string(), presenterAgencyId: View.id.nullable(), plannedMinutes: z.int().nullable() })),
  invitees: z.array(participant),
  guests: z.array(z.strictObject({ personId: View.id, organisation: z.string() })),
  presidedBy: View.id,
  convenedBy: z.strictObject({ memberId: View.id, role: z.enum(MEMBER_ROLES) }),
  proposedBy: z.strictObject({ role: z.string(), memberId: View.id.nullable() }).nullable(),
  /** The regulation in force on the meeting's date. */
  regulation: z.strictObject({ packId: z.string(), decisionNumber: z.string().nullable(), effectiveFrom: View.localDate }),
  /** The article the kind of meeting rests on. */
  article: z.string(),
  reschedules: z.array(z.strictObject({ scheduledOn: View.localDate, startsAt: View.instant, reason: z.string(), recordedAt: View.instant })),
  cancellation: z.strictObject({ reason: z.string(), recordedAt: View.instant }).nullable(),
  documents: z.array(
    z.strictObject({
      documentId: View.id,
      title: z.string(),
      agendaItemId: z.string().nullable(),
      contentHash: z.string(),
      sizeBytes: z.int(),
      channel: z.enum(DOCUMENT_CHANNELS),
      sentAt: View.instant,
      leadTime: z.strictObject({
        outcome: z.enum(['met', 'missed', 'not-applicable', 'no-rule', 'tenant-decides']),
        latestSendDate: View.localDate.nullable(),
        latestSendAt: View.instant.nullable(),
        flag: flag.nullable(),
      }),
    }),
  ),
  absences: z.array(
    z.strictObject({
      memberId: View.id,
      reason: z.string(),
      decision: z.enum(['pending', 'approved', 'refused']),
      decidedBy: View.id.nullable(),
      as: z.enum(['chair', 'presiding-person']).nullable(),
      article: z.string().nullable(),
    }),
  ),
  delegates: z.array(
    z.strictObject({
      memberId: View.id,
      delegate: z.strictObject({ personId: View.id, agencyId: View.id }),
      writtenOpinion: z.strictObject({ reference: z.string() }).nullable(),
      flag: flag.nullable(),
    }),
  ),
  held: z
    .strictObject({
      heldAt: View.instant,
      endedAt: View.instant.nullable(),
      presidedBy: View.id,
      attendance: z.array(z.strictObject({ memberId: View.id, status: z.enum(ATTENDANCE_STATUSES), arrivedLate: z.boolean(), leftEarly: z.boolean() })),
    })
    .nullable(),
  notice: issued.nullable(),
  minutes: issued.nullable(),
  conclusions: z.array(z.strictObject({ conclusionId: View.id, text: z.string() })),
  actionItems: z.array(
    z.strictObject({
      itemId: View.id,
      conclusionId: View.id.nullable(),
      ownerAgencyId: View.id,
      description: z.string(),
      assignedOn: View.localDate,
      /** The due date first set; `extensions` hold every new one the chair approved. */
      dueOn: View.localDate,
      extensions: z.array(z.strictObject({ dueOn: View.localDate, previousDueOn: View.localDate, approvedBy: View.id, approvedOn: View.localDate, reason: z.string() })),
      progress: z.array(z.strictObject({ note: z.string(), notedOn: View.localDate })),
      doneOn: View.localDate.nullable(),
    }),
  ),
  /** Every fact recorded against a rule of the regulation: rule id, article, what happened. */
  flags: z.array(flag),
  /** The stream's version: the ETag of the meeting. */
  version: z.int(),
  /** iCalendar SEQUENCE: raised on each reschedule and on cancellation. */
  sequence: z.int(),
});
export type MeetingView = z.infer<typeof MeetingViewSchema>;

/** The view after one event of the meeting; `at` is when it was recorded, `version` the stream's version after it. */
export function foldMeeting(view: MeetingView | null, event: MeetingEvent, at: string, version: number): MeetingView | null {
  if (event.type === 'MeetingScheduled') {
    const d = event.data;
    return {
      meetingId: d.meetingId,
      kind: d.kind,
      period: d.period,
      status: 'scheduled',
      scheduledOn: d.scheduledOn,
      startsAt: d.startsAt,
      place: d.place,
      onlineLink: d.onlineLink,
      agenda: d.agenda,
      invitees: d.invitees,
      guests: d.guests,
      presidedBy: d.presidedBy,
      convenedBy: d.convenedBy,
      proposedBy: d.proposedBy,
      regulation: d.regulation,
      article: d.article,
      reschedules: [],
      cancellation: null,
      documents: [],
      absences: [],
      delegates: [],
      held: null,
      notice: null,
      minutes: null,
      conclusions: [],
      actionItems: [],
      flags: [],
      version,
      sequence: 0,
    };
  }
  if (view === null) return null;
  const next = { ...view, version };
  switch (event.type) {
    case 'MeetingRescheduled': {
      const { scheduledOn, startsAt, place, onlineLink, reason, regulation } = event.data;
      return { ...next, scheduledOn, startsAt, place, onlineLink, regulation, reschedules: [...view.reschedules, { scheduledOn, startsAt, reason, recordedAt: at }], sequence: view.sequence + 1 };
    }
    case 'MeetingCancelled':
      return { ...next, status: 'cancelled', cancellation: { reason: event.data.reason, recordedAt: at }, sequence: view.sequence + 1 };
    case 'DocumentDistributed': {
      const { meetingId: _m, ...document } = event.data;
      return { ...next, documents: [...view.documents, document], flags: withFlag(view.flags, document.leadTime.flag) };
    }
    case 'AbsenceRequested':
      return { ...next, absences: [...view.absences, { memberId: event.data.memberId, reason: event.data.reason, decision: 'pending', decidedBy: null, as: null, article: null }] };
    case 'AbsenceDecided': {
      const { memberId, decision, decidedBy, as, article } = event.data;
      return { ...next, absences: view.absences.map((a) => (a.memberId === memberId ? { ...a, decision, decidedBy, as, article } : a)) };
    }
    case 'DelegateNamed': {
      const { meetingId: _m, ...delegate } = event.data;
      return { ...next, delegates: [...view.delegates.filter((d) => d.memberId !== delegate.memberId), delegate], flags: withFlag(view.flags, delegate.flag) };
    }
    case 'MeetingHeld': {
      const { heldAt, presidedBy, attendance } = event.data;
      return { ...next, status: 'held', presidedBy, held: { heldAt, endedAt: event.data.endedAt ?? null, presidedBy, attendance } };
    }
    case 'NoticeIssued':
    case 'MinutesIssued': {
      const { meetingId: _m, ...document } = event.data;
      return event.type === 'NoticeIssued' ? { ...next, notice: document } : { ...next, minutes: document };
    }
    case 'ConclusionRecorded':
      return { ...next, conclusions: [...view.conclusions, { conclusionId: event.data.conclusionId, text: event.data.text }] };
    case 'ActionItemAssigned': {
      const { meetingId: _m, ...item } = event.data;
      return { ...next, actionItems: [...view.actionItems, { ...item, extensions: [], progress: [], doneOn: null }] };
    }
    case 'ActionItemProgressNoted': {
      const { itemId, note, notedOn } = event.data;
      return { ...next, actionItems: view.actionItems.map((i) => (i.itemId === itemId ? { ...i, progress: [...i.progress, { note, notedOn }] } : i)) };
    }
    case 'ActionItemDone': {
      const { itemId, doneOn } = event.data;
      return { ...next, actionItems: view.actionItems.map((i) => (i.itemId === itemId ? { ...i, doneOn } : i)) };
    }
    case 'ActionItemExtended': {
      const { meetingId: _m, itemId, ...extension } = event.data;
      return { ...next, actionItems: view.actionItems.map((i) => (i.itemId === itemId ? { ...i, extensions: [...i.extensions, extension] } : i)) };
    }
    default: {
      const _exhaustive: never = event;
      return next;
    }
  }
}

function withFlag(flags: readonly RuleFlag[], flag: RuleFlag | null): RuleFlag[] {
  return flag === null ? [...flags] : [...flags, flag];
}
