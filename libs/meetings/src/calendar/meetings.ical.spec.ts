// The feed read back with ical.js (a client's parser): the instants are the meetings' own, whatever the
// time zone of the machine or the meeting; UIDs are the meeting ids; cancelled meetings stay, CANCELLED.
import ICAL from 'ical.js';
import type { MeetingView } from '../read-model/meeting.view.js';
import { meetingsCalendar } from './meetings.ical.js';

const base = {
  kind: 'plenary',
  period: '2019-Q3',
  status: 'scheduled',
  scheduledOn: '2019-09-20',
  place: 'Phòng họp số 2',
  onlineLink: null,
  agenda: [{ itemId: 'a', title: 'Báo cáo quý III', presenterAgencyId: null, plannedMinutes: 90 }],
  reschedules: [],
  cancellation: null,
  sequence: 0,
} as unknown as MeetingView;

const events = (meetings: MeetingView[]) =>
  new ICAL.Component(ICAL.parse(meetingsCalendar(meetings, { tenantName: 'Tỉnh Thanh Hóa', generatedAt: new Date('2020-01-15T02:00:00Z') }))).getAllSubcomponents('vevent');
const instant = (event: ICAL.Component, name: string) => (event.getFirstPropertyValue(name) as ICAL.Time).toJSDate().toISOString();

describe('the meetings calendar feed (RFC 5545)', () => {
  it('writes each start as the instant it is: 08:00 in Vietnam is 01:00 UTC, across midnight too', () => {
    const [morning, midnight] = events([
      { ...base, meetingId: 'm-1', startsAt: '2019-09-20T01:00:00.000Z' },
      { ...base, meetingId: 'm-2', startsAt: '2019-12-31T17:30:00.000Z', agenda: [] },
    ]);
    expect(instant(morning, 'dtstart')).toBe('2019-09-20T01:00:00.000Z');
    expect(instant(morning, 'dtend')).toBe('2019-09-20T02:30:00.000Z'); // the agenda's 90 planned minutes
    expect(instant(midnight, 'dtstart')).toBe('2019-12-31T17:30:00.000Z');
    expect(instant(midnight, 'dtend')).toBe('2019-12-31T19:30:00.000Z'); // two hours when none are planned
    expect(morning.getFirstPropertyValue('uid')).toBe('m-1');
    expect(morning.getFirstPropertyValue('summary')).toBe('Phiên họp Ban Chỉ đạo 2019-Q3');
  });

  it('keeps a cancelled meeting as CANCELLED with its raised SEQUENCE and the online link in DESCRIPTION', () => {
    const [event] = events([
      { ...base, meetingId: 'm-3', startsAt: '2019-11-06T07:00:00.000Z', status: 'cancelled', sequence: 2, onlineLink: 'https://hop.example.vn/x', cancellation: { reason: 'Hoãn', recordedAt: '2019-11-01T00:00:00.000Z' } },
    ]);
    expect(event.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.getFirstPropertyValue('sequence')).toBe(2);
    expect(String(event.getFirstPropertyValue('description'))).toContain('https://hop.example.vn/x');
    expect(String(event.getFirstPropertyValue('description'))).toContain('Đã hủy: Hoãn');
  });
});
