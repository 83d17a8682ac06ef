// The meetings part of a tenant's state, read through MEETINGS_EVENT_DATA: each meeting as scheduled, rescheduled,
// cancelled or held, with its documents, absences, delegates (and their written opinions), attendance, minutes and
// notice; and the action items its conclusions gave (assigned, extended, done), bucketed by complianceBuckets of
// @bcd/regulation (Báo cáo 1270/BC-TCTTTg; the due date in force on the day asked: the last extension approved by
// then). Events naming a meeting or an item the state does not know are ignored. Pure.
import { vietnamDateOf, type LocalDate } from '@bcd/calendar';
import type { MeetingKind, MEETINGS_EVENT_DATA } from '@bcd/contracts';
import type { AdoptedRegulation } from '@bcd/regulation';
import type { z } from 'zod';

type Data<K extends keyof typeof MEETINGS_EVENT_DATA> = z.infer<(typeof MEETINGS_EVENT_DATA)[K]>;

export type MeetingStatus = 'scheduled' | 'cancelled' | 'held';
export type AttendanceStatus = Data<'MeetingHeld'>['attendance'][number]['status'];

export interface MeetingRecord {
  meetingId: string;
  kind: MeetingKind;
  period: string | null;
  scheduledOn: LocalDate;
  startsAt: string;
  /** The regulation in force on the scheduled date (as of the last move), and the article the kind of meeting rests on. */
  regulation: { packId: string; decisionNumber: string | null; effectiveFrom: LocalDate };
  article: string;
  invitees: string[];
  status: MeetingStatus;
  /** How many times it was moved. */
  rescheduled: number;
  cancelledReason: string | null;
  heldAt: string | null;
  documents: { documentId: string; title: string; sentAt: string; leadTime: Data<'DocumentDistributed'>['leadTime']['outcome'] }[];
  /** Absences asked for, and how they were decided (null: not yet). */
  absences: Record<string, 'approved' | 'refused' | null>;
  delegates: string[];
  /**
   * Per member who named a delegate: the reference of the written opinion (ý kiến bằng văn bản) given with their
   * latest delegate, null when none was (TH2018 Điều 6.5 and PT2022 Điều 6.5 demand one).
   */
  writtenOpinions: Record<string, string | null>;
  attendance: Record<string, AttendanceStatus>;
  minutes: { number: string; signedAt: string } | null;
  notice: { number: string; signedAt: string } | null;
  conclusions: number;
}

export interface ActionItemRecord {
  itemId: string;
  meetingId: string;
  conclusionId: string | null;
  ownerAgencyId: string;
  description: string;
  assignedOn: LocalDate;
  /** The due date as assigned. */
  dueOn: LocalDate;
  /** Approved extensions, as folded. */
  extensions: { dueOn: LocalDate; approvedOn: LocalDate }[];
  doneOn: LocalDate | null;
}

export interface MeetingsState {
  meetings: Record<string, MeetingRecord>;
  actionItems: Record<string, ActionItemRecord>;
}

export const emptyMeetingsState = (): MeetingsState => ({ meetings: {}, actionItems: {} });

/**
 * The meetings after one meetings event (`type` without its namespace, data accepted by its contract), changed in
 * place (tenant-state.ts "Folding in place"): a record is replaced, never edited.
 */
export function evolveMeetings(state: MeetingsState, type: string, data: unknown): MeetingsState {
  switch (type) {
    case 'MeetingScheduled': {
      const d = data as Data<'MeetingScheduled'>;
      if (state.meetings[d.meetingId]) return state;
      const meeting: MeetingRecord = {
        meetingId: d.meetingId,
        kind: d.kind,
        period: d.period,
        scheduledOn: d.scheduledOn,
        startsAt: new Date(d.startsAt).toISOString(),
        regulation: { packId: d.regulation.packId, decisionNumber: d.regulation.decisionNumber, effectiveFrom: d.regulation.effectiveFrom },
        article: d.article,
        invitees: d.invitees.map((p) => p.memberId),
        status: 'scheduled',
        rescheduled: 0,
        cancelledReason: null,
        heldAt: null,
        documents: [],
        absences: {},
        delegates: [],
        writtenOpinions: {},
        attendance: {},
        minutes: null,
        notice: null,
        conclusions: 0,
      };
      state.meetings[d.meetingId] = meeting;
      return state;
    }
    case 'MeetingRescheduled': {
      const d = data as Data<'MeetingRescheduled'>;
      // the regulation in force on the new date judges it (a move may cross an effective date)
      const regulation = { packId: d.regulation.packId, decisionNumber: d.regulation.decisionNumber, effectiveFrom: d.regulation.effectiveFrom };
      return meeting(state, d.meetingId, (m) => ({ ...m, scheduledOn: d.scheduledOn, startsAt: new Date(d.startsAt).toISOString(), regulation, rescheduled: m.rescheduled + 1 }));
    }
    case 'MeetingCancelled': {
      const d = data as Data<'MeetingCancelled'>;
      return meeting(state, d.meetingId, (m) => ({ ...m, status: 'cancelled', cancelledReason: d.reason }));
    }
    case 'DocumentDistributed': {
      const d = data as Data<'DocumentDistributed'>;
      return meeting(state, d.meetingId, (m) =>
        m.documents.some((doc) => doc.documentId === d.documentId)
          ? m
          : { ...m, documents: [...m.documents, { documentId: d.documentId, title: d.title, sentAt: new Date(d.sentAt).toISOString(), leadTime: d.leadTime.outcome }] },
      );
    }
    case 'AbsenceRequested': {
      const d = data as Data<'AbsenceRequested'>;
      return meeting(state, d.meetingId, (m) => ({ ...m, absences: { ...m.absences, [d.memberId]: m.absences[d.memberId] ?? null } }));
    }
    case 'AbsenceDecided': {
      const d = data as Data<'AbsenceDecided'>;
      return meeting(state, d.meetingId, (m) => ({ ...m, absences: { ...m.absences, [d.memberId]: d.decision } }));
    }
    case 'DelegateNamed': {
      const d = data as Data<'DelegateNamed'>;
      // a later delegate replaces the earlier one, with its written opinion (or the lack of one)
      return meeting(state, d.meetingId, (m) => ({
        ...m,
        delegates: m.delegates.includes(d.memberId) ? m.delegates : [...m.delegates, d.memberId],
        writtenOpinions: { ...m.writtenOpinions, [d.memberId]: d.writtenOpinion?.reference ?? null },
      }));
    }
    case 'MeetingHeld': {
      const d = data as Data<'MeetingHeld'>;
      return meeting(state, d.meetingId, (m) => ({
        ...m,
        status: 'held',
        heldAt: new Date(d.heldAt).toISOString(),
        attendance: Object.fromEntries(d.attendance.map((a) => [a.memberId, a.status])),
      }));
    }
    case 'MinutesIssued':
    case 'NoticeIssued': {
      const d = data as Data<'MinutesIssued'>;
      const issued = { number: d.number, signedAt: new Date(d.signedAt).toISOString() };
      return meeting(state, d.meetingId, (m) => (type === 'MinutesIssued' ? { ...m, minutes: issued } : { ...m, notice: issued }));
    }
    case 'ConclusionRecorded': {
      const d = data as Data<'ConclusionRecorded'>;
      return meeting(state, d.meetingId, (m) => ({ ...m, conclusions: m.conclusions + 1 }));
    }
    case 'ActionItemAssigned': {
      const d = data as Data<'ActionItemAssigned'>;
      if (state.actionItems[d.itemId]) return state;
      const item: ActionItemRecord = {
        itemId: d.itemId,
        meetingId: d.meetingId,
        conclusionId: d.conclusionId,
        ownerAgencyId: d.ownerAgencyId,
        description: d.description,
        assignedOn: d.assignedOn,
        dueOn: d.dueOn,
        extensions: [],
        doneOn: null,
      };
      state.actionItems[d.itemId] = item;
      return state;
    }
    case 'ActionItemExtended': {
      const d = data as Data<'ActionItemExtended'>;
      return actionItem(state, d.itemId, (i) => ({ ...i, extensions: [...i.extensions, { dueOn: d.dueOn, approvedOn: d.approvedOn }] }));
    }
    case 'ActionItemDone': {
      const d = data as Data<'ActionItemDone'>;
      return actionItem(state, d.itemId, (i) => ({ ...i, doneOn: d.doneOn }));
    }
    default:
      // ActionItemProgressNoted and the written consultations change nothing time travel shows.
      return state;
  }
}

function meeting(state: MeetingsState, meetingId: string, change: (m: MeetingRecord) => MeetingRecord): MeetingsState {
  const current = state.meetings[meetingId];
  if (!current) return state;
  state.meetings[meetingId] = change(current);
  return state;
}

function actionItem(state: MeetingsState, itemId: string, change: (i: ActionItemRecord) => ActionItemRecord): MeetingsState {
  const current = state.actionItems[itemId];
  if (!current) return state;
  state.actionItems[itemId] = change(current);
  return state;
}

/** The due date in force on `date`: the extension approved last by then (latest approval day, then as folded), or the first. */
export function dueOnAsOf(item: ActionItemRecord, date: LocalDate): LocalDate {
  let due: { dueOn: LocalDate; approvedOn: LocalDate } | undefined;
  for (const extension of item.extensions) {
    if (extension.approvedOn > date) continue;
    if (due === undefined || extension.approvedOn >= due.approvedOn) due = extension;
  }
  return due?.dueOn ?? item.dueOn;
}

/** The day (Vietnam) the meeting was held; null while it has not been. */
export function heldOn(m: MeetingRecord): LocalDate | null {
  return m.status === 'held' && m.heldAt !== null ? vietnamDateOf(new Date(m.heldAt)) : null;
}

/** The meetings held from `start` to `end` (days in Vietnam, inclusive), by the day held, then by id. */
export function heldBetween(state: MeetingsState, start: LocalDate, end: LocalDate): MeetingRecord[] {
  return Object.values(state.meetings)
    .map((m) => ({ m, on: heldOn(m) }))
    .filter((h): h is { m: MeetingRecord; on: LocalDate } => h.on !== null && h.on >= start && h.on <= end)
    .sort((a, b) => a.on.localeCompare(b.on) || a.m.meetingId.localeCompare(b.m.meetingId))
    .map((h) => h.m);
}

/**
 * The adoption a meeting is judged by: the one its record names (the regulation in force on its date, RULES.md
 * "Note Thanh Hóa"), its pack with the tenant's decisions filled in; undefined when the tenant adopted no such one.
 */
export function adoptionOfMeeting(adoptions: readonly AdoptedRegulation[], m: MeetingRecord): AdoptedRegulation | undefined {
  const { packId, decisionNumber, effectiveFrom } = m.regulation;
  return adoptions.find((a) => a.pack.id === packId && a.decisionNumber === decisionNumber && a.effectiveFrom === effectiveFrom);
}
