// Every event the meeting decider gives fits its published contract (libs/contracts meetings-events),
// which other contexts and services read it by.
import { vietnamCalendar } from '@bcd/calendar';
import { MEETINGS_EVENT_DATA, MEETINGS_EVENT_TYPES } from '@bcd/contracts';
import type { z } from 'zod';
import { meetingDecider, type MeetingCommand } from './meeting.decider.js';
import { at, chair, d, id, meetingId, memberA, now, roster, scheduleCommand, standingMember, stateOf, th2018 } from './meeting.fixtures.js';
import type { MeetingEvent } from './meeting.js';

// The published map, less the consultation's events (their own aggregate): one schema per meeting event type.
const { ConsultationStarted: _started, OpinionReceived: _opinion, ConsultationClosed: _closed, ...meetingSchemas } = MEETINGS_EVENT_DATA;
const SCHEMAS: Record<MeetingEvent['type'], z.ZodType> = meetingSchemas;

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
  const held: MeetingCommand[] = [
    scheduleCommand(),
    { type: 'HoldMeeting', data: { meetingId, heldAt: at('2019-09-20T08:05:00+07:00'), endedAt: at('2019-09-20T11:00:00+07:00'), presidedBy: chair.memberId, attendance: roster.map((p) => ({ memberId: p.memberId, attended: 'in-person' as const, arrivedLate: false, leftEarly: false })) }, metadata: { now } },
    ...(['notice', 'minutes'] as const).map((document, i): MeetingCommand => ({
      type: 'IssueMeetingDocument',
      data: { meetingId, document, number: `${10 + i}/TB-BCĐ`, signedBy: standingMember.memberId, signerAgencyName: 'Sở Thông tin và Truyền thông', signedAt: at('2019-09-23T10:00:00+07:00'), assignment: null, regulation: th2018 },
      metadata: { now },
    })),
    { type: 'RecordConclusion', data: { meetingId, conclusionId: id(950), text: 'Giao Sở TTTT hoàn thành trục liên thông trong quý IV' }, metadata: { now } },
    { type: 'AssignActionItem', data: { meetingId, itemId: id(960), conclusionId: id(950), ownerAgencyId: standingMember.agencyId, description: 'Trục liên thông', assignedOn: d('2019-09-23'), dueOn: d('2019-12-31') }, metadata: { now } },
    { type: 'NoteProgress', data: { meetingId, itemId: id(960), note: 'Đã ký hợp đồng', notedOn: d('2019-11-01') }, metadata: { now } },
    { type: 'ExtendActionItem', data: { meetingId, itemId: id(960), dueOn: d('2020-03-31'), reason: 'Chờ hướng dẫn của Bộ', approvedOn: d('2019-12-20'), approvedBy: { memberId: chair.memberId, role: 'chair' } }, metadata: { now } },
    { type: 'CompleteActionItem', data: { meetingId, itemId: id(960), doneOn: d('2020-03-15') }, metadata: { now } },
  ];
  const events: MeetingEvent[] = [];
  for (const sequence of [commands, held]) {
    const run: MeetingEvent[] = [];
    for (const command of sequence) run.push(...(meetingDecider.decide(command, stateOf(run)) as MeetingEvent[]));
    events.push(...run);
  }
  expect([...new Set(events.map((e) => e.type))].sort()).toEqual(Object.keys(SCHEMAS).sort());
  for (const event of events) expect(SCHEMAS[event.type].parse(JSON.parse(JSON.stringify(event.data)))).toEqual(event.data);
  // the meeting's types, then the written consultation's (consultation.spec.ts)
  const consultation = ['ConsultationStarted', 'OpinionReceived', 'ConsultationClosed'];
  expect(Object.values(MEETINGS_EVENT_TYPES)).toEqual([...Object.keys(SCHEMAS), ...consultation].map((type) => `meetings.${type}`));
});
