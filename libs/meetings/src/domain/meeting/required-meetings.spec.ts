import { adoptionOf, builtInPack, scheduleForAdoptions } from '@bcd/regulation';
import { d } from './meeting.fixtures.js';
import { requiredMeetingsStatus } from './required-meetings.js';

describe('required meetings and whether each was held in its window', () => {
  it('Kiên Giang 2008 Điều 10: quarterly, days 20–30 of the quarter\'s last month', () => {
    const { meetings } = scheduleForAdoptions([adoptionOf(builtInPack('kien-giang-2008'))], d('2019-01-01'), d('2019-12-31'));
    const outcome = requiredMeetingsStatus(
      meetings,
      [
        { meetingId: 'q1', kind: 'plenary', period: '2019-Q1', heldOn: d('2019-03-25') },
        { meetingId: 'q2', kind: 'plenary', period: '2019-Q2', heldOn: d('2019-07-02') }, // after the window
        { meetingId: 'x', kind: 'extraordinary', period: null, heldOn: d('2019-09-25') }, // fulfils no period
      ],
      d('2019-12-25'),
    );
    expect(outcome.map((o) => [o.period, o.status, o.meetingId])).toEqual([
      ['2019-Q1', 'held-in-window', 'q1'],
      ['2019-Q2', 'held-outside-window', 'q2'],
      ['2019-Q3', 'missed', null],
      ['2019-Q4', 'pending', null],
    ]);
    expect(outcome[0]).toMatchObject({ windowStart: '2019-03-20', windowEnd: '2019-03-30', citation: { article: 'Điều 10' } });
  });

  it('Thanh Hóa 2014: the annual plenary and the standing board every 6 months (Điều 9.1, 9.2)', () => {
    const { meetings } = scheduleForAdoptions([adoptionOf(builtInPack('thanh-hoa-2014'))], d('2015-01-01'), d('2015-12-31'));
    const outcome = requiredMeetingsStatus(meetings, [{ meetingId: 'sb1', kind: 'standing-board', period: '2015-H1', heldOn: d('2015-06-12') }], d('2016-01-05'));
    expect(outcome.map((o) => [o.kind, o.period, o.status])).toEqual([
      ['standing-board', '2015-H1', 'held-in-window'],
      ['plenary', '2015', 'missed'],
      ['standing-board', '2015-H2', 'missed'],
    ]);
  });
});
