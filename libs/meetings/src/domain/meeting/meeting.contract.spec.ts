// Every event the meeting decider gives fits its published contract (libs/contracts meetings-events),
// which other contexts and services read it by.
import { vietnamCalendar } from '@bcd/calendar';
import {
  AbsenceDecidedDataSchema,
  AbsenceRequestedDataSchema,
  DelegateNamedDataSchema,
  DocumentDistributedDataSchema,
  MeetingCancelledDataSchema,
  MeetingRescheduledDataSchema,
  MeetingScheduledDataSchema,
  MEETINGS_EVENT_TYPES,
} from '@bcd/contracts';
import type { z } from 'zod';
import { meetingDecider, type MeetingCommand } from './meeting.decider.js';
import { at, chair, d, id, meetingId, memberA, now, scheduleCommand, stateOf, th2018 } from './meeting.fixtures.js';
import type { MeetingEvent } from './meeting.js';

const SCHEMAS: Record<MeetingEvent['type'], z.ZodType> = {
  MeetingScheduled: MeetingScheduledDataSchema,
  MeetingRescheduled: MeetingRescheduledDataSchema,
  MeetingCancelled: MeetingCancelledDataSchema,
  DocumentDistributed: DocumentDistributedDataSchema,
  AbsenceRequested: AbsenceRequestedDataSchema,
  AbsenceDecided: AbsenceDecidedDataSchema,
  DelegateNamed: DelegateNamedDataSchema,
};

it('every meeting event fits its contract, and every event type is published', () => {
  const commands: MeetingCommand[] = [
    scheduleCommand({ kind: 'extended', guests: [{ personId: id(700), organisation: 'Viện CNTT' }] }),
    { type: 'DistributeDocument', data: { meetingId, documentId: id(800), title: 'Tài liệu', agendaItemId: null, contentHash: 'b'.repeat(64), sizeBytes: 10, channel: 'electronic', sentAt: at('2019-09-10T08:00:00+07:00'), regulation: th2018, calendar: vietnamCalendar }, metadata: { now } },
    { type: 'RequestAbsence', data: { meetingId, memberId: memberA.memberId, reason: 'Ốm' }, metadata: { now } },
    { type: 'DecideAbsence', data: { meetingId, memberId: memberA.memberId, decision: 'approved', decidedBy: chair.memberId, regulation: th2018 }, metadata: { now } },
    { type: 'NameDelegate', data: { meetingId, memberId: memberA.memberId, delegate: { personId: id(600), agencyId: memberA.agencyId }, writtenOpinion: null, regulation: th2018 }, metadata: { now } },
    { type: 'RescheduleMeeting', data: { meetingId, scheduledOn: d('2019-09-27'), startsAt: at('2019-09-27T08:00:00+07:00'), place: null, onlineLink: 'https://hop.thanhhoa.gov.vn/q3', reason: 'Lùi một tuần', regulation: th2018 }, metadata: { now } },
    { type: 'CancelMeeting', data: { meetingId, reason: 'Hủy' }, metadata: { now } },
  ];
  const events: MeetingEvent[] = [];
  for (const command of commands) events.push(...(meetingDecider.decide(command, stateOf(events)) as MeetingEvent[]));
  expect(events.map((e) => e.type).sort()).toEqual(Object.keys(SCHEMAS).sort());
  for (const event of events) expect(SCHEMAS[event.type].parse(JSON.parse(JSON.stringify(event.data)))).toEqual(event.data);
  expect(Object.values(MEETINGS_EVENT_TYPES)).toEqual(Object.keys(SCHEMAS).map((type) => `meetings.${type}`));
});
