// A tenant's meetings as an iCalendar feed (RFC 5545) for calendar clients. Every time is written in UTC
// (…Z) from the instant the event recorded: ical-generator, given a plain Date and a time zone, would write
// the UTC wall time labelled as Vietnam time (7 hours wrong), so no time zone is set. The UID is the
// meeting id (stable across changes), SEQUENCE the number of reschedules and the cancellation, a cancelled
// meeting stays in the feed as STATUS:CANCELLED (clients remove it), and the online link is in DESCRIPTION
// and URL. A meeting lasts the sum of its agenda's planned minutes, two hours when none are given. Pure.
import ical, { ICalEventStatus } from 'ical-generator';
import type { MeetingView } from '../read-model/meeting.view.js';

export const DEFAULT_MEETING_MINUTES = 120;

const KIND_NAMES: Record<MeetingView['kind'], string> = {
  plenary: 'Phiên họp Ban Chỉ đạo',
  'standing-board': 'Họp Thường trực Ban Chỉ đạo',
  'working-group': 'Họp Tổ giúp việc',
  extraordinary: 'Phiên họp bất thường Ban Chỉ đạo',
  extended: 'Phiên họp mở rộng Ban Chỉ đạo',
};

export interface FeedOptions {
  /** The tenant's name, for the calendar's title ('Tỉnh Thanh Hóa'). */
  tenantName: string;
  /** DTSTAMP: when the feed was generated (the host's clock). */
  generatedAt: Date;
}

export function meetingsCalendar(meetings: readonly MeetingView[], { tenantName, generatedAt }: FeedOptions): string {
  const calendar = ical({ name: `Lịch họp Ban Chỉ đạo — ${tenantName}`, prodId: { company: 'BCĐ platform', product: 'meetings', language: 'VI' } });
  for (const meeting of meetings) {
    const start = new Date(meeting.startsAt);
    const planned = meeting.agenda.reduce((sum, item) => sum + (item.plannedMinutes ?? 0), 0);
    const end = new Date(start.getTime() + (planned > 0 ? planned : DEFAULT_MEETING_MINUTES) * 60_000);
    const lines = [
      meeting.period ? `Kỳ: ${meeting.period}` : null,
      ...meeting.agenda.map((item, i) => `${i + 1}. ${item.title}`),
      meeting.onlineLink ? `Họp trực tuyến: ${meeting.onlineLink}` : null,
      meeting.cancellation ? `Đã hủy: ${meeting.cancellation.reason}` : null,
    ].filter((line): line is string => line !== null);
    calendar.createEvent({
      id: meeting.meetingId,
      sequence: meeting.sequence,
      stamp: generatedAt,
      start,
      end,
      summary: `${KIND_NAMES[meeting.kind]}${meeting.period ? ` ${meeting.period}` : ''}`,
      description: lines.join('\n'),
      location: meeting.place ?? meeting.onlineLink ?? null,
      url: meeting.onlineLink ?? null,
      status: meeting.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
