// A meeting of the committee (cuộc họp): events, state, evolve. Stream `meetings-meeting-<tenant>-<meetingId>`.
// Scheduled with its kind, date, invitees (the roster in force on that date) and the regulation in force
// then; documents distributed before it, judged against the regulation's lead time; absences asked for
// and decided by the one the regulation names; delegates. Rule families: scheduling.ts, documents.ts,
// attendance.ts.
import type { LocalDate } from '@bcd/calendar';
import { NotFound, type DomainEvent } from '@bcd/kernel';
import type {
  AbsenceDecidedData,
  ActionItemAssignedData,
  ActionItemDoneData,
  ActionItemExtendedData,
  ActionItemProgressNotedData,
  ConclusionRecordedData,
  AbsenceRequestedData,
  DelegateNamedData,
  DocumentDistributedData,
  MeetingCancelledData,
  MeetingDocumentIssuedData,
  MeetingHeldData,
  MeetingKind,
  MeetingRescheduledData,
  MeetingScheduledData,
  ParticipantData,
  RegulationRef,
} from '@bcd/contracts';
import { refuse, Rules } from '../rules.js';

export type MeetingScheduled = DomainEvent<'MeetingScheduled', MeetingScheduledData>;
/** A new date, time or place; the reason is kept. */
export type MeetingRescheduled = DomainEvent<'MeetingRescheduled', MeetingRescheduledData>;
export type MeetingCancelled = DomainEvent<'MeetingCancelled', MeetingCancelledData>;
/** Recorded late too (facts are facts), with the lead-time rule it missed. */
export type DocumentDistributed = DomainEvent<'DocumentDistributed', DocumentDistributedData>;
export type AbsenceRequested = DomainEvent<'AbsenceRequested', AbsenceRequestedData>;
export type AbsenceDecided = DomainEvent<'AbsenceDecided', AbsenceDecidedData>;
export type DelegateNamed = DomainEvent<'DelegateNamed', DelegateNamedData>;
export type MeetingHeld = DomainEvent<'MeetingHeld', MeetingHeldData>;
/** Thông báo kết luận, signed by whom the regulation names and bearing the seal it gives. */
export type NoticeIssued = DomainEvent<'NoticeIssued', MeetingDocumentIssuedData>;
/** Biên bản, as the notice. */
export type MinutesIssued = DomainEvent<'MinutesIssued', MeetingDocumentIssuedData>;
export type ConclusionRecorded = DomainEvent<'ConclusionRecorded', ConclusionRecordedData>;
export type ActionItemAssigned = DomainEvent<'ActionItemAssigned', ActionItemAssignedData>;
export type ActionItemProgressNoted = DomainEvent<'ActionItemProgressNoted', ActionItemProgressNotedData>;
export type ActionItemDone = DomainEvent<'ActionItemDone', ActionItemDoneData>;
/** A new due date, with the chair's approval. */
export type ActionItemExtended = DomainEvent<'ActionItemExtended', ActionItemExtendedData>;

export type MeetingEvent =
  | MeetingScheduled
  | MeetingRescheduled
  | MeetingCancelled
  | DocumentDistributed
  | AbsenceRequested
  | AbsenceDecided
  | DelegateNamed
  | MeetingHeld
  | NoticeIssued
  | MinutesIssued
  | ConclusionRecorded
  | ActionItemAssigned
  | ActionItemProgressNoted
  | ActionItemDone
  | ActionItemExtended;

export interface Absence {
  reason: string;
  decision: 'pending' | 'approved' | 'refused';
}

export interface ScheduledMeeting {
  status: 'scheduled' | 'held' | 'cancelled';
  meetingId: string;
  kind: MeetingKind;
  period: string | null;
  scheduledOn: LocalDate;
  startsAt: string;
  agendaItemIds: readonly string[];
  invitees: readonly ParticipantData[];
  presidedBy: string;
  regulation: RegulationRef;
  documentIds: readonly string[];
  absences: Readonly<Record<string, Absence>>;
  delegates: Readonly<Record<string, DelegateNamedData['delegate']>>;
  /** The numbers of the notice and the minutes issued, when they are. */
  issued: { notice: string | null; minutes: string | null };
  conclusionIds: readonly string[];
  actionItems: Readonly<Record<string, ActionItem>>;
}

/** An action item as the four buckets of Báo cáo 1270/BC-TCTTTg need it (follow-up.ts). */
export interface ActionItem {
  itemId: string;
  ownerAgencyId: string;
  assignedOn: LocalDate;
  dueOn: LocalDate;
  /** Each extension with the day it was approved: the due date in force on a date is the last approved by then. */
  extensions: readonly { dueOn: LocalDate; approvedOn: LocalDate }[];
  doneOn: LocalDate | null;
}

export type MeetingState = { status: 'none' } | ScheduledMeeting;

export const initialState = (): MeetingState => ({ status: 'none' });

export function evolve(state: MeetingState, event: MeetingEvent): MeetingState {
  if (event.type === 'MeetingScheduled') {
    const { meetingId, kind, period, scheduledOn, startsAt, agenda, invitees, presidedBy, regulation } = event.data;
    return {
      status: 'scheduled',
      meetingId,
      kind,
      period,
      scheduledOn,
      startsAt,
      agendaItemIds: agenda.map((item) => item.itemId),
      invitees,
      presidedBy,
      regulation,
      documentIds: [],
      absences: {},
      delegates: {},
      issued: { notice: null, minutes: null },
      conclusionIds: [],
      actionItems: {},
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'MeetingRescheduled':
      return { ...state, scheduledOn: event.data.scheduledOn, startsAt: event.data.startsAt, regulation: event.data.regulation };
    case 'MeetingCancelled':
      return { ...state, status: 'cancelled' };
    case 'DocumentDistributed':
      return { ...state, documentIds: [...state.documentIds, event.data.documentId] };
    case 'AbsenceRequested':
      return { ...state, absences: { ...state.absences, [event.data.memberId]: { reason: event.data.reason, decision: 'pending' } } };
    case 'AbsenceDecided': {
      const absence = state.absences[event.data.memberId];
      return absence ? { ...state, absences: { ...state.absences, [event.data.memberId]: { ...absence, decision: event.data.decision } } } : state;
    }
    case 'DelegateNamed':
      return { ...state, delegates: { ...state.delegates, [event.data.memberId]: event.data.delegate } };
    case 'MeetingHeld':
      return { ...state, status: 'held', presidedBy: event.data.presidedBy };
    case 'NoticeIssued':
      return { ...state, issued: { ...state.issued, notice: event.data.number } };
    case 'MinutesIssued':
      return { ...state, issued: { ...state.issued, minutes: event.data.number } };
    case 'ConclusionRecorded':
      return { ...state, conclusionIds: [...state.conclusionIds, event.data.conclusionId] };
    case 'ActionItemAssigned': {
      const { itemId, ownerAgencyId, assignedOn, dueOn } = event.data;
      return { ...state, actionItems: { ...state.actionItems, [itemId]: { itemId, ownerAgencyId, assignedOn, dueOn, extensions: [], doneOn: null } } };
    }
    case 'ActionItemProgressNoted':
      return state;
    case 'ActionItemDone':
      return withItem(state, event.data.itemId, (item) => ({ ...item, doneOn: event.data.doneOn }));
    case 'ActionItemExtended':
      return withItem(state, event.data.itemId, (item) => ({ ...item, extensions: [...item.extensions, { dueOn: event.data.dueOn, approvedOn: event.data.approvedOn }] }));
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}

function withItem(state: ScheduledMeeting, itemId: string, change: (item: ActionItem) => ActionItem): ScheduledMeeting {
  const item = state.actionItems[itemId];
  return item ? { ...state, actionItems: { ...state.actionItems, [itemId]: change(item) } } : state;
}

/** The meeting, scheduled and not cancelled: what every change after scheduling needs. */
export function open(state: MeetingState, meetingId: string): ScheduledMeeting {
  if (state.status === 'none') throw new NotFound('Meeting', meetingId);
  if (state.status === 'cancelled') throw refuse(Rules.meetingCancelled, `Meeting ${meetingId} was cancelled: it changes no more.`);
  return state;
}

/** An invitee of the meeting, or refused. */
export function invitee(meeting: ScheduledMeeting, memberId: string): ParticipantData {
  const found = meeting.invitees.find((p) => p.memberId === memberId);
  if (!found) throw refuse(Rules.invitee, `Member ${memberId} is not invited to meeting ${meeting.meetingId}.`);
  return found;
}
