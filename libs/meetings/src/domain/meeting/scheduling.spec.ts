import { NotFound } from '@bcd/kernel';
import { MEETINGS_POLICY, Rules } from '../rules.js';
import {
  at,
  bd2021,
  chair,
  d,
  id,
  kg2008,
  meetingId,
  memberA,
  now,
  pt2022,
  scheduleCommand,
  scheduled,
  spec,
  standingMember,
  standingViceChair,
  th2014,
  th2018,
  viceChair,
} from './meeting.fixtures.js';
import type { MeetingEvent } from './meeting.js';

const TH2018 = 'Quyết định 4095/QĐ-BCĐ ngày 19/10/2018';
const TH2014 = 'Quyết định 3461/QĐ-BCĐ ngày 16/10/2014';
const KG2008 = 'Quyết định 1507/QĐ-UBND ngày 23/06/2008';
const PT2022 = 'Quyết định 1344/QĐ-BCĐCĐS ngày 18/05/2022';

describe('meeting decider: scheduling', () => {
  it('schedules the Thanh Hóa 2018 2019-Q3 plenary with the roster as invitees and the regulation in force', () => {
    const [event] = scheduled({ period: '2019-Q3' });
    expect(event).toMatchObject({
      type: 'MeetingScheduled',
      data: {
        meetingId,
        kind: 'plenary',
        period: '2019-Q3',
        scheduledOn: '2019-09-20',
        startsAt: '2019-09-20T01:00:00.000Z',
        presidedBy: chair.memberId,
        convenedBy: { memberId: chair.memberId, role: 'chair' },
        regulation: { packId: 'thanh-hoa-2018', decisionNumber: '4095/QĐ-BCĐ', effectiveFrom: '2018-10-19' },
        article: `Điều 8 khoản 1, ${TH2018}`,
      },
    });
    expect((event.data as { invitees: unknown[] }).invitees).toHaveLength(6);
  });

  it('refuses what the platform forbids (MEETINGS-*), citing its policy', () => {
    spec.given([]).when(scheduleCommand({ regulation: undefined })).thenThrowsRule(Rules.noRegulationInForce, MEETINGS_POLICY);
    // 23:30 UTC on the 20th is already the 21st in Vietnam.
    spec.given([]).when(scheduleCommand({ startsAt: at('2019-09-20T23:30:00Z') })).thenThrowsRule(Rules.startOnDate, MEETINGS_POLICY);
    spec.given([]).when(scheduleCommand({ convenedBy: id(999) })).thenThrowsRule(Rules.onRoster, MEETINGS_POLICY);
    spec.given([]).when(scheduleCommand({ presidedBy: id(999) })).thenThrowsRule(Rules.onRoster, MEETINGS_POLICY);
    spec.given([]).when(scheduleCommand({ guests: [{ personId: id(700), organisation: 'Viện CNTT' }] })).thenThrowsRule(Rules.guestsExtendedOnly, MEETINGS_POLICY);
    spec.given(scheduled()).when(scheduleCommand()).thenThrowsRule(Rules.meetingExists, MEETINGS_POLICY);
    spec.given([]).when(scheduleCommand({ kind: 'extraordinary', period: '2019-Q3' })).thenThrowsRule(Rules.period, MEETINGS_POLICY);
  });

  it('a required period must be of the regulation\'s cadence (Thanh Hóa 2018 Điều 8.1: quarterly plenaries)', () => {
    spec.given([]).when(scheduleCommand({ period: '2019-H2' })).thenThrowsRule('thanh-hoa-2018/meetings.plenary', `Điều 8 khoản 1, ${TH2018}`);
    spec.given([]).when(scheduleCommand({ period: '2019-Q5' })).thenThrowsRule('thanh-hoa-2018/meetings.plenary', `Điều 8 khoản 1, ${TH2018}`);
    // Phú Thọ 2022 requires no working-group meetings: one may be held, but it fulfils no period.
    const pt = { regulation: pt2022, scheduledOn: d('2023-03-10'), startsAt: at('2023-03-10T14:00:00+07:00') };
    spec.given([]).when(scheduleCommand({ ...pt, kind: 'working-group', period: null })).then(scheduled({ ...pt, kind: 'working-group', period: null }));
    spec
      .given([])
      .when(scheduleCommand({ ...pt, kind: 'working-group', period: '2023-03' }))
      .thenThrowsRule('phu-tho-2022/meetings.workingGroup', `Quy chế (không quy định), ${PT2022}`);
  });

  it('standing-board meetings only under Thanh Hóa 2014 (Điều 9.2, every 6 months)', () => {
    const th = { regulation: th2014, scheduledOn: d('2015-06-12'), startsAt: at('2015-06-12T08:00:00+07:00') };
    expect(scheduled({ ...th, kind: 'standing-board', period: '2015-H1' })[0].data).toMatchObject({ article: `Điều 9 khoản 2, ${TH2014}` });
    const kg = { regulation: kg2008, scheduledOn: d('2015-06-12'), startsAt: at('2015-06-12T08:00:00+07:00') };
    spec.given([]).when(scheduleCommand({ ...kg, kind: 'standing-board' })).thenThrowsRule('kien-giang-2008/meetings.standingBoard', `Quy chế (không quy định), ${KG2008}`);
  });

  describe('extraordinary meetings: convened and proposed by whom the regulation names', () => {
    const th = { regulation: th2014, scheduledOn: d('2016-04-05'), startsAt: at('2016-04-05T14:00:00+07:00'), kind: 'extraordinary' as const };

    it('Thanh Hóa 2014: the chair (Điều 9.1) or the vice chair (Điều 9.2), no one else', () => {
      spec.given([]).when(scheduleCommand({ ...th, convenedBy: chair.memberId })).then(scheduled({ ...th, convenedBy: chair.memberId }));
      spec.given([]).when(scheduleCommand({ ...th, convenedBy: viceChair.memberId })).then(scheduled({ ...th, convenedBy: viceChair.memberId }));
      spec.given([]).when(scheduleCommand({ ...th, convenedBy: memberA.memberId })).thenThrowsRule('thanh-hoa-2014/meetings.extraordinary', `Điều 9 khoản 1, ${TH2014}`);
    });

    it('Kiên Giang 2008 Điều 10: convened by the chair on the standing office\'s proposal', () => {
      const kg = { ...th, regulation: kg2008, proposedBy: { role: 'standing-agency' as const, memberId: null } };
      spec.given([]).when(scheduleCommand(kg)).then(scheduled(kg));
      spec.given([]).when(scheduleCommand({ ...kg, convenedBy: standingViceChair.memberId })).thenThrowsRule('kien-giang-2008/meetings.extraordinary', `Điều 10, ${KG2008}`);
      spec.given([]).when(scheduleCommand({ ...kg, proposedBy: { role: 'member', memberId: memberA.memberId } })).thenThrowsRule('kien-giang-2008/meetings.extraordinary', `Điều 10, ${KG2008}`);
    });

    it('Thanh Hóa 2018 Điều 8.1: on the secretary\'s proposal, who is the standing member (Điều 5)', () => {
      const th18 = { ...th, regulation: th2018, scheduledOn: d('2020-04-07'), startsAt: at('2020-04-07T14:00:00+07:00'), proposedBy: { role: 'secretary' as const, memberId: standingMember.memberId } };
      spec.given([]).when(scheduleCommand(th18)).then(scheduled(th18));
      spec.given([]).when(scheduleCommand({ ...th18, proposedBy: { role: 'secretary', memberId: memberA.memberId } })).thenThrowsRule('thanh-hoa-2018/meetings.extraordinary', `Điều 8 khoản 1, ${TH2018}`);
    });

    it('Bình Định 2021 Điều 10.1a: the chair or the standing vice chair', () => {
      const bd = { ...th, regulation: bd2021, scheduledOn: d('2022-04-05'), startsAt: at('2022-04-05T14:00:00+07:00') };
      spec.given([]).when(scheduleCommand({ ...bd, convenedBy: standingViceChair.memberId })).then(scheduled({ ...bd, convenedBy: standingViceChair.memberId }));
      spec
        .given([])
        .when(scheduleCommand({ ...bd, convenedBy: viceChair.memberId }))
        .thenThrowsRule('binh-dinh-2021/meetings.extraordinary', 'Điều 10 khoản 1 điểm a, Quyết định …/QĐ-BCĐ năm 2021 (số, ngày để trống)');
    });
  });

  it('extended meetings, with guests, where the regulation provides them (decided by the chair)', () => {
    const guests = [{ personId: id(700), organisation: 'Viện Công nghệ thông tin' }];
    const th18 = { kind: 'extended' as const, guests };
    expect(scheduled(th18)[0].data).toMatchObject({ kind: 'extended', guests, article: `Điều 8 khoản 2, ${TH2018}` });
    spec.given([]).when(scheduleCommand({ ...th18, convenedBy: viceChair.memberId })).thenThrowsRule('thanh-hoa-2018/meetings.extended', `Điều 8 khoản 2, ${TH2018}`);
    const pt = { ...th18, regulation: pt2022, scheduledOn: d('2023-03-10'), startsAt: at('2023-03-10T14:00:00+07:00') };
    spec.given([]).when(scheduleCommand(pt)).thenThrowsRule('phu-tho-2022/meetings.extended', `Quy chế (không quy định), ${PT2022}`);
  });

  describe('reschedule and cancel', () => {
    const reschedule = (overrides: Record<string, unknown> = {}) => ({
      type: 'RescheduleMeeting' as const,
      data: { meetingId, scheduledOn: d('2019-09-27'), startsAt: at('2019-09-27T08:00:00+07:00'), place: 'Phòng họp số 1', onlineLink: null, reason: 'Trưởng ban bận công tác', regulation: th2018, ...overrides },
      metadata: { now },
    });
    const cancel = { type: 'CancelMeeting' as const, data: { meetingId, reason: 'Gộp với phiên họp quý IV' }, metadata: { now } };
    const cancelled: MeetingEvent = { type: 'MeetingCancelled', data: { meetingId, reason: 'Gộp với phiên họp quý IV' } };

    it('keeps the reason of a new date; the same date again changes nothing', () => {
      spec
        .given(scheduled())
        .when(reschedule())
        .then([
          {
            type: 'MeetingRescheduled',
            data: {
              meetingId,
              scheduledOn: d('2019-09-27'),
              startsAt: '2019-09-27T01:00:00.000Z',
              place: 'Phòng họp số 1',
              onlineLink: null,
              reason: 'Trưởng ban bận công tác',
              regulation: { packId: 'thanh-hoa-2018', decisionNumber: '4095/QĐ-BCĐ', effectiveFrom: d('2018-10-19') },
            },
          },
        ]);
      spec.given(scheduled()).when(reschedule({ scheduledOn: d('2019-09-20'), startsAt: at('2019-09-20T08:00:00+07:00') })).thenNothingHappened();
      spec.given(scheduled()).when(reschedule({ regulation: undefined })).thenThrowsRule(Rules.noRegulationInForce, MEETINGS_POLICY);
      spec.given([]).when(reschedule()).thenThrows(NotFound);
    });

    it('a cancelled meeting changes no more; cancelling again changes nothing', () => {
      spec.given(scheduled()).when(cancel).then([cancelled]);
      spec.given([...scheduled(), cancelled]).when(cancel).thenNothingHappened();
      spec.given([...scheduled(), cancelled]).when(reschedule()).thenThrowsRule(Rules.meetingCancelled, MEETINGS_POLICY);
    });
  });
});
