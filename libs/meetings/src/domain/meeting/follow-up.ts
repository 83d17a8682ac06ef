// What a held meeting concluded, and its follow-up (RULES.md §2, §6 KPI 5): conclusions (kết luận), action
// items for an owner agency with a due date, progress notes, done; a new due date only with the chair's
// approval. The four buckets of Báo cáo 1270/BC-TCTTTg as of any date — done on time, done late, not done
// and still in time, not done and overdue — and the completion rate done ÷ (done + overdue-not-done).
import type { LocalDate } from '@bcd/calendar';
import type { Command } from '@bcd/kernel';
import type { ParticipantData } from '@bcd/contracts';
import { complianceBuckets, type Buckets } from '@bcd/regulation';
import { refuse, Rules } from '../rules.js';
import { open, type ActionItem, type MeetingEvent, type MeetingState, type ScheduledMeeting } from './meeting.js';

export type RecordConclusion = Command<'RecordConclusion', { meetingId: string; conclusionId: string; text: string }>;
export type AssignActionItem = Command<
  'AssignActionItem',
  { meetingId: string; itemId: string; conclusionId: string | null; ownerAgencyId: string; description: string; assignedOn: LocalDate; dueOn: LocalDate }
>;
export type NoteProgress = Command<'NoteProgress', { meetingId: string; itemId: string; note: string; notedOn: LocalDate }>;
export type CompleteActionItem = Command<'CompleteActionItem', { meetingId: string; itemId: string; doneOn: LocalDate }>;
export type ExtendActionItem = Command<
  'ExtendActionItem',
  {
    meetingId: string;
    itemId: string;
    dueOn: LocalDate;
    reason: string;
    approvedOn: LocalDate;
    /** The approver as the roster of `approvedOn` has them (the chair approves). */
    approvedBy: Pick<ParticipantData, 'memberId' | 'role'> | undefined;
  }
>;

export function recordConclusion(command: RecordConclusion, state: MeetingState): MeetingEvent[] {
  const { meetingId, conclusionId, text } = command.data;
  const meeting = held(state, meetingId);
  if (meeting.conclusionIds.includes(conclusionId)) return [];
  return [{ type: 'ConclusionRecorded', data: { meetingId, conclusionId, text } }];
}

export function assignActionItem(command: AssignActionItem, state: MeetingState): MeetingEvent[] {
  const { meetingId, itemId, conclusionId, ownerAgencyId, description, assignedOn, dueOn } = command.data;
  const meeting = held(state, meetingId);
  if (meeting.actionItems[itemId]) throw refuse(Rules.actionItem, `Action item ${itemId} is already assigned.`);
  if (conclusionId !== null && !meeting.conclusionIds.includes(conclusionId)) {
    throw refuse(Rules.actionItem, `Conclusion ${conclusionId} is not a conclusion of meeting ${meetingId}.`);
  }
  if (dueOn < assignedOn) throw refuse(Rules.actionItem, `An action item assigned on ${assignedOn} cannot be due before it (${dueOn}).`);
  return [{ type: 'ActionItemAssigned', data: { meetingId, itemId, conclusionId, ownerAgencyId, description, assignedOn, dueOn } }];
}

export function noteProgress(command: NoteProgress, state: MeetingState): MeetingEvent[] {
  const { meetingId, itemId, note, notedOn } = command.data;
  const item = actionItem(held(state, meetingId), itemId);
  if (notedOn < item.assignedOn) throw refuse(Rules.actionItem, `Progress on ${notedOn} comes before the item was assigned (${item.assignedOn}).`);
  return [{ type: 'ActionItemProgressNoted', data: { meetingId, itemId, note, notedOn } }];
}

export function completeActionItem(command: CompleteActionItem, state: MeetingState): MeetingEvent[] {
  const { meetingId, itemId, doneOn } = command.data;
  const item = actionItem(held(state, meetingId), itemId);
  if (item.doneOn === doneOn) return [];
  if (item.doneOn !== null) throw refuse(Rules.actionItem, `Action item ${itemId} was done on ${item.doneOn}.`);
  if (doneOn < item.assignedOn) throw refuse(Rules.actionItem, `Done on ${doneOn}, before it was assigned (${item.assignedOn}).`);
  return [{ type: 'ActionItemDone', data: { meetingId, itemId, doneOn } }];
}

export function extendActionItem(command: ExtendActionItem, state: MeetingState): MeetingEvent[] {
  const { meetingId, itemId, dueOn, reason, approvedOn, approvedBy } = command.data;
  const item = actionItem(held(state, meetingId), itemId);
  if (approvedBy?.role !== 'chair') {
    throw refuse(Rules.extensionByChair, `A new due date needs the chair's approval; ${approvedBy ? `member ${approvedBy.memberId} is ${approvedBy.role}` : 'the approver is not on the roster'} on ${approvedOn}.`);
  }
  if (item.doneOn !== null) throw refuse(Rules.actionItem, `Action item ${itemId} was done on ${item.doneOn}: its due date stays.`);
  const previousDueOn = dueOnAsOf(item, approvedOn);
  if (dueOn <= previousDueOn) throw refuse(Rules.actionItem, `The new due date (${dueOn}) must come after the one in force (${previousDueOn}).`);
  return [{ type: 'ActionItemExtended', data: { meetingId, itemId, dueOn, previousDueOn, approvedBy: approvedBy.memberId, approvedOn, reason } }];
}

export type { Bucket, Buckets } from '@bcd/regulation';

/** The items assigned by `asOf`, each in its bucket as it stood that day (extensions approved by then count): `complianceBuckets`. */
export function actionItemBuckets(items: readonly ActionItem[], asOf: LocalDate): Buckets {
  return complianceBuckets(
    items.map((item) => ({ id: item.itemId, from: item.assignedOn, dueOn: dueOnAsOf(item, asOf), doneOn: item.doneOn })),
    asOf,
  );
}

/** The due date in force on `date`: the last extension approved by then, or the first. */
export function dueOnAsOf(item: ActionItem, date: LocalDate): LocalDate {
  const approved = item.extensions.filter((e) => e.approvedOn <= date);
  return approved.length === 0 ? item.dueOn : approved[approved.length - 1].dueOn;
}

function held(state: MeetingState, meetingId: string): ScheduledMeeting {
  const meeting = open(state, meetingId);
  if (meeting.status !== 'held') throw refuse(Rules.held, `Meeting ${meetingId} has not been held: its conclusions and action items come after it.`);
  return meeting;
}

function actionItem(meeting: ScheduledMeeting, itemId: string): ActionItem {
  const item = meeting.actionItems[itemId];
  if (!item) throw refuse(Rules.actionItem, `Meeting ${meeting.meetingId} has no action item ${itemId}.`);
  return item;
}
