// Lead times per seed regulation (RULES.md §2, §7): counted on the working-day calendar, the sending
// day and the meeting day left out (BLDS 2015 Điều 147.2), hours as clock hours (Điều 147.1).
import { vietnamCalendar } from '@bcd/calendar';
import { builtInPack } from '@bcd/regulation';
import { MEETINGS_POLICY, Rules } from '../rules.js';
import { documentsDeadline, type DistributeDocument } from './documents.js';
import { at, bd2021, d, id, kg2008, meetingId, now, pt2022, scheduled, spec, th2014, th2018 } from './meeting.fixtures.js';
import type { MeetingEvent } from './meeting.js';

const hash = 'a'.repeat(64);
const distribute = (sentAt: string, overrides: Partial<DistributeDocument['data']> = {}): DistributeDocument => ({
  type: 'DistributeDocument',
  data: {
    meetingId,
    documentId: id(800),
    title: 'Dự thảo báo cáo',
    agendaItemId: id(900),
    contentHash: hash,
    sizeBytes: 52_341,
    channel: 'electronic',
    sentAt: at(sentAt),
    regulation: th2018,
    calendar: vietnamCalendar,
    ...overrides,
  },
  metadata: { now },
});
const distributed = (command: DistributeDocument, leadTime: object): MeetingEvent => {
  const { regulation: _r, calendar: _c, ...data } = command.data;
  return { type: 'DocumentDistributed', data: { ...data, sentAt: data.sentAt.toISOString(), leadTime } } as MeetingEvent;
};

describe('meeting decider: documents and their lead time', () => {
  it('Kiên Giang 2008 Điều 11: 3 working days before a periodic meeting — Friday 2024-03-15 → by Monday 2024-03-11; later is recorded and flagged', () => {
    const meeting = scheduled({ regulation: kg2008, scheduledOn: d('2024-03-15'), startsAt: at('2024-03-15T08:00:00+07:00'), period: '2024-Q1' });
    const onTime = distribute('2024-03-11T16:00:00+07:00', { regulation: kg2008 });
    spec.given(meeting).when(onTime).then([distributed(onTime, { outcome: 'met', latestSendDate: '2024-03-11', latestSendAt: null, flag: null })]);
    const late = distribute('2024-03-12T08:00:00+07:00', { regulation: kg2008 });
    spec.given(meeting).when(late).then([
      distributed(late, {
        outcome: 'missed',
        latestSendDate: '2024-03-11',
        latestSendAt: null,
        flag: {
          rule: 'kien-giang-2008/meetings.documentLeadTime',
          article: 'Điều 11, Quyết định 1507/QĐ-UBND ngày 23/06/2008',
          message: `Documents for meeting ${meetingId} sent 2024-03-12T01:00:00.000Z, after the last day 2024-03-11.`,
        },
      }),
    ]);
    // The rule covers periodic meetings only.
    const extraordinary = scheduled({ regulation: kg2008, scheduledOn: d('2024-03-15'), startsAt: at('2024-03-15T08:00:00+07:00'), kind: 'extraordinary', proposedBy: { role: 'standing-agency', memberId: null } });
    spec.given(extraordinary).when(late).then([distributed(late, { outcome: 'not-applicable', latestSendDate: null, latestSendAt: null, flag: null })]);
  });

  it('Thanh Hóa 2014 Điều 9.4: 5 working days, across Tết Ất Mùi — Thursday 2015-02-26 → by 2015-02-11', () => {
    // Off 16–23/2/2015, make-up Saturday 14/2: the five days are 25, 24, 14, 13 and 12 February.
    const meeting = scheduled({ regulation: th2014, scheduledOn: d('2015-02-26'), startsAt: at('2015-02-26T14:00:00+07:00') });
    const command = distribute('2015-02-12T09:00:00+07:00', { regulation: th2014 });
    spec.given(meeting).when(command).then([
      distributed(command, {
        outcome: 'missed',
        latestSendDate: '2015-02-11',
        latestSendAt: null,
        flag: expect.objectContaining({ rule: 'thanh-hoa-2014/meetings.documentLeadTime', article: 'Điều 9 khoản 4, Quyết định 3461/QĐ-BCĐ ngày 16/10/2014' }),
      }),
    ]);
    expect(documentsDeadline(builtInPack('thanh-hoa-2014'), { startsAt: '2015-02-26T07:00:00.000Z', kind: 'plenary' }, vietnamCalendar)).toEqual({
      outcome: 'deadline',
      latestSendDate: '2015-02-11',
      latestSendAt: null,
      requirement: { unit: 'working-days', days: 5, counting: 'exclude-send-day-and-meeting-day' },
      rule: 'thanh-hoa-2014/meetings.documentLeadTime',
      article: 'Điều 9 khoản 4, Quyết định 3461/QĐ-BCĐ ngày 16/10/2014',
      counting: 'Điều 147 khoản 2, Bộ luật Dân sự số 91/2015/QH13 ngày 24/11/2015',
    });
  });

  it('Thanh Hóa 2018 and Phú Thọ 2022 set no lead time: nothing is flagged', () => {
    const command = distribute('2019-09-20T07:00:00+07:00');
    spec.given(scheduled()).when(command).then([distributed(command, { outcome: 'no-rule', latestSendDate: null, latestSendAt: null, flag: null })]);
    const pt = scheduled({ regulation: pt2022, scheduledOn: d('2023-03-10'), startsAt: at('2023-03-10T14:00:00+07:00') });
    const ptCommand = distribute('2023-03-10T07:00:00+07:00', { regulation: pt2022 });
    spec.given(pt).when(ptCommand).then([distributed(ptCommand, { outcome: 'no-rule', latestSendDate: null, latestSendAt: null, flag: null })]);
  });

  it('Bình Định 2021 Điều 10.1c: 48 clock hours, electronically — a weekend counts; paper alone misses it', () => {
    // Monday 2022-06-20 08:00: documents by Saturday 2022-06-18 08:00.
    const meeting = scheduled({ regulation: bd2021, scheduledOn: d('2022-06-20'), startsAt: at('2022-06-20T08:00:00+07:00') });
    const saturday = distribute('2022-06-18T08:00:00+07:00', { regulation: bd2021 });
    spec.given(meeting).when(saturday).then([distributed(saturday, { outcome: 'met', latestSendDate: null, latestSendAt: '2022-06-18T01:00:00.000Z', flag: null })]);
    const bdArticle = 'Điều 10 khoản 1 điểm c, Quyết định …/QĐ-BCĐ năm 2021 (số, ngày để trống)';
    const late = distribute('2022-06-18T08:01:00+07:00', { regulation: bd2021 });
    spec.given(meeting).when(late).then([
      distributed(late, { outcome: 'missed', latestSendDate: null, latestSendAt: '2022-06-18T01:00:00.000Z', flag: expect.objectContaining({ rule: 'binh-dinh-2021/meetings.documentLeadTime', article: bdArticle }) }),
    ]);
    const paper = distribute('2022-06-15T08:00:00+07:00', { regulation: bd2021, channel: 'paper' });
    spec.given(meeting).when(paper).then([
      distributed(paper, {
        outcome: 'missed',
        latestSendDate: null,
        latestSendAt: '2022-06-18T01:00:00.000Z',
        flag: expect.objectContaining({ rule: 'binh-dinh-2021/meetings.documentLeadTime', article: bdArticle, message: expect.stringContaining('paper only') }),
      }),
    ]);
  });

  it('refuses a document twice, one for an agenda item the meeting does not have, and any after cancelling (MEETINGS-*)', () => {
    const command = distribute('2019-09-18T07:00:00+07:00');
    const given = [...scheduled(), distributed(command, { outcome: 'no-rule', latestSendDate: null, latestSendAt: null, flag: null })];
    spec.given(given).when(command).thenThrowsRule(Rules.document, MEETINGS_POLICY);
    spec.given(scheduled()).when(distribute('2019-09-18T07:00:00+07:00', { agendaItemId: id(901) })).thenThrowsRule(Rules.document, MEETINGS_POLICY);
    spec.given([...scheduled(), { type: 'MeetingCancelled', data: { meetingId, reason: 'x' } }]).when(command).thenThrowsRule(Rules.meetingCancelled, MEETINGS_POLICY);
  });
});
