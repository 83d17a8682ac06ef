// Given events, then rows: the meetings projection folds each stream's events into its view, with the
// columns lists and feeds filter on; an event already applied (a replay) changes nothing. On PGlite and on
// PostgreSQL (TEST_DATABASE_URL).
import { newId } from '@bcd/kernel';
import { describeOnEveryDatabase, ProjectionSpecification, recordedEvent, uniqueTenant } from '@bcd/service-host/testing';
import { meetingsProjection } from './meetings.projection.js';

describeOnEveryDatabase('the meetings projection', (db) => {
  const spec = ProjectionSpecification.for(meetingsProjection, db);
  const regulation = { packId: 'thanh-hoa-2018', decisionNumber: '4095/QĐ-BCĐ', effectiveFrom: '2018-10-19' };

  const meetingOf = (tenant: string) => {
    const meetingId = newId();
    const chair = { memberId: newId(), personId: newId(), role: 'chair', agencyId: newId() };
    let version = 0;
    const event = (type: string, data: Record<string, unknown>, recordedAt = '2019-09-01T02:00:00Z') =>
      recordedEvent(`meetings.${type}`, { meetingId, ...data }, { tenantId: tenant, streamId: `meetings-meeting-${tenant}-${meetingId}`, streamVersion: ++version, recordedAt });
    const scheduled = event('MeetingScheduled', {
      kind: 'plenary',
      period: '2019-Q3',
      scheduledOn: '2019-09-20',
      startsAt: '2019-09-20T01:00:00.000Z',
      place: 'Phòng họp số 2',
      onlineLink: null,
      agenda: [],
      invitees: [chair],
      guests: [],
      presidedBy: chair.memberId,
      convenedBy: { memberId: chair.memberId, role: 'chair' },
      proposedBy: null,
      regulation,
      article: 'Điều 8 khoản 1, Quyết định 4095/QĐ-BCĐ ngày 19/10/2018',
    });
    return { meetingId, chair, event, scheduled };
  };

  const row = `SELECT status, scheduled_on::text AS scheduled_on, held_on::text AS held_on, version, sequence,
                      view->'reschedules' AS reschedules, view->'flags' AS flags, jsonb_array_length(view->'actionItems') AS items
               FROM meetings_meetings WHERE tenant_id = $1 AND meeting_id = $2`;

  it('keeps every reschedule with its reason and raises the iCalendar SEQUENCE on each change of date and on cancellation', async () => {
    const tenant = uniqueTenant('meetings');
    const { meetingId, event, scheduled } = meetingOf(tenant);
    const moved = event('MeetingRescheduled', { scheduledOn: '2019-09-27', startsAt: '2019-09-27T01:00:00.000Z', place: 'Phòng họp số 1', onlineLink: null, reason: 'Trùng lịch', regulation }, '2019-09-10T02:00:00Z');
    const cancelled = event('MeetingCancelled', { reason: 'Hoãn sang quý IV' });
    await spec.given([scheduled, moved, cancelled]).then(row, [tenant, meetingId], [
      {
        status: 'cancelled',
        scheduled_on: '2019-09-27',
        held_on: null,
        version: 3,
        sequence: 2,
        reschedules: [{ scheduledOn: '2019-09-27', startsAt: '2019-09-27T01:00:00.000Z', reason: 'Trùng lịch', recordedAt: '2019-09-10T02:00:00.000Z' }],
        flags: [],
        items: 0,
      },
    ]);
  });

  it('lists the flags facts were recorded with, sets the day held in Vietnam, and applies an event only once', async () => {
    const tenant = uniqueTenant('meetings');
    const { meetingId, chair, event, scheduled } = meetingOf(tenant);
    const flag = { rule: 'thanh-hoa-2018/meetings.absence', article: 'Điều 6 khoản 5', message: 'no written opinion' };
    const delegate = event('DelegateNamed', { memberId: chair.memberId, delegate: { personId: newId(), agencyId: chair.agencyId }, writtenOpinion: null, flag });
    // 20 Sept 2019, 23:30 UTC is already 21 Sept in Vietnam.
    const held = event('MeetingHeld', { heldAt: '2019-09-20T23:30:00.000Z', presidedBy: chair.memberId, attendance: [{ memberId: chair.memberId, status: 'delegate', arrivedLate: false, leftEarly: false }] });
    const item = event('ActionItemAssigned', { itemId: newId(), conclusionId: null, ownerAgencyId: chair.agencyId, description: 'x', assignedOn: '2019-09-25', dueOn: '2019-10-31' });
    await spec.given([scheduled, delegate, held, item, item]).then(row, [tenant, meetingId], [
      { status: 'held', scheduled_on: '2019-09-20', held_on: '2019-09-21', version: 4, sequence: 0, reschedules: [], flags: [flag], items: 1 },
    ]);
  });

  it('folds a written consultation: opinions, then the outcome', async () => {
    const tenant = uniqueTenant('consultations');
    const consultationId = newId();
    const [chair, member] = [newId(), newId()];
    let version = 0;
    const event = (type: string, data: Record<string, unknown>) =>
      recordedEvent(`meetings.${type}`, { consultationId, ...data }, { tenantId: tenant, streamId: `meetings-consultation-${tenant}-${consultationId}`, streamVersion: ++version });
    await spec
      .given([
        event('ConsultationStarted', { question: 'Ý kiến?', recipients: [member], startedOn: '2009-04-01', deadlineOn: '2009-04-10', requestedBy: { memberId: chair, role: 'chair' }, regulation, article: 'Điều 10' }),
        event('OpinionReceived', { memberId: member, receivedOn: '2009-04-12', reference: '45/STTTT', summary: 'Đồng ý', late: true }),
        event('ConsultationClosed', { closedOn: '2009-04-15', outcome: 'Thông qua' }),
      ])
      .then(`SELECT status, version, view->'opinions' AS opinions, view->'closed' AS closed FROM meetings_consultations WHERE tenant_id = $1`, [tenant], [
        {
          status: 'closed',
          version: 3,
          opinions: [{ memberId: member, receivedOn: '2009-04-12', reference: '45/STTTT', summary: 'Đồng ý', late: true }],
          closed: { closedOn: '2009-04-15', outcome: 'Thông qua' },
        },
      ]);
  });
});
