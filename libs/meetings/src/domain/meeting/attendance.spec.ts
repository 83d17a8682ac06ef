// Absence and delegation per seed regulation (RULES.md §2): who consents, under which article, and what a
// delegate needs.
import type { RegulationSpan } from '@bcd/regulation';
import type { MeetingKind } from '@bcd/contracts';
import { MEETINGS_POLICY, Rules } from '../rules.js';
import type { DecideAbsence, NameDelegate, RequestAbsence } from './attendance.js';
import { at, bd2021, chair, d, id, kg2008, meetingId, memberA, now, pt2022, scheduled, spec, th2014, th2018, viceChair } from './meeting.fixtures.js';
import type { MeetingEvent } from './meeting.js';

const ask = (memberId = memberA.memberId, reason = 'Đi công tác Hà Nội'): RequestAbsence => ({ type: 'RequestAbsence', data: { meetingId, memberId, reason }, metadata: { now } });
const asked = (memberId = memberA.memberId): MeetingEvent => ({ type: 'AbsenceRequested', data: { meetingId, memberId, reason: 'Đi công tác Hà Nội' } });
const decide = (regulation: RegulationSpan, decidedBy: string, decision: 'approved' | 'refused' = 'approved'): DecideAbsence => ({
  type: 'DecideAbsence',
  data: { meetingId, memberId: memberA.memberId, decision, decidedBy, regulation },
  metadata: { now },
});
const decided = (decidedBy: string, as: 'chair' | 'presiding-person', rule: string, article: string): MeetingEvent => ({
  type: 'AbsenceDecided',
  data: { meetingId, memberId: memberA.memberId, decision: 'approved', decidedBy, as, rule, article },
});
const delegate = (regulation: RegulationSpan, writtenOpinion: { reference: string } | null = null): NameDelegate => ({
  type: 'NameDelegate',
  data: { meetingId, memberId: memberA.memberId, delegate: { personId: id(600), agencyId: memberA.agencyId }, writtenOpinion, regulation },
  metadata: { now },
});
const named = (writtenOpinion: { reference: string } | null, flag: object | null): MeetingEvent =>
  ({ type: 'DelegateNamed', data: { meetingId, memberId: memberA.memberId, delegate: { personId: id(600), agencyId: memberA.agencyId }, writtenOpinion, flag } }) as MeetingEvent;

/** A meeting under `regulation`, presided by `presidedBy`, the member's absence asked for. */
const meetingUnder = (regulation: RegulationSpan, on: string, presidedBy = chair.memberId, kind: MeetingKind = 'plenary') => [
  ...scheduled({ regulation, scheduledOn: d(on), startsAt: at(`${on}T08:00:00+07:00`), presidedBy, kind }),
  asked(),
];

describe('meeting decider: absences and delegates', () => {
  it('records a member\'s request once; only invitees ask (MEETINGS-invitee)', () => {
    spec.given(scheduled()).when(ask()).then([asked()]);
    spec.given([...scheduled(), asked()]).when(ask()).thenNothingHappened();
    spec.given([...scheduled(), asked()]).when(ask(memberA.memberId, 'Ốm')).thenThrowsRule(Rules.absenceRequest, MEETINGS_POLICY);
    spec.given(scheduled()).when(ask(id(999))).thenThrowsRule(Rules.invitee, MEETINGS_POLICY);
    spec.given(scheduled()).when(decide(th2018, chair.memberId)).thenThrowsRule(Rules.absenceRequest, MEETINGS_POLICY);
  });

  it('Kiên Giang 2008 Điều 10: the chair consents, and only then a delegate attends; no written opinion is asked', () => {
    const given = meetingUnder(kg2008, '2019-09-25', viceChair.memberId);
    const KG = 'Điều 10, Quyết định 1507/QĐ-UBND ngày 23/06/2008';
    spec.given(given).when(decide(kg2008, chair.memberId)).then([decided(chair.memberId, 'chair', 'kien-giang-2008/meetings.absence', KG)]);
    // the vice chair presiding is not the chair
    spec.given(given).when(decide(kg2008, viceChair.memberId)).thenThrowsRule('kien-giang-2008/meetings.absence', KG);
    spec.given(given).when(delegate(kg2008)).thenThrowsRule('kien-giang-2008/meetings.absence', KG);
    spec.given([...given, decided(chair.memberId, 'chair', 'kien-giang-2008/meetings.absence', KG)]).when(delegate(kg2008)).then([named(null, null)]);
  });

  it('Thanh Hóa 2014 sets no absence procedure: no one consents and no delegate is recorded', () => {
    const given = meetingUnder(th2014, '2015-06-12');
    const article = 'Quy chế (Điều 6 khoản 1 điểm c: tham dự đầy đủ các phiên họp; không quy định thủ tục vắng mặt.), Quyết định 3461/QĐ-BCĐ ngày 16/10/2014';
    spec.given(given).when(decide(th2014, chair.memberId)).thenThrowsRule('thanh-hoa-2014/meetings.absence', article);
    spec.given(given).when(delegate(th2014)).thenThrowsRule('thanh-hoa-2014/meetings.absence', article);
  });

  it('Thanh Hóa 2018 Điều 6.5: the person presiding consents; a delegate without a written opinion is flagged', () => {
    const TH = 'Điều 6 khoản 5, Quyết định 4095/QĐ-BCĐ ngày 19/10/2018';
    const given = meetingUnder(th2018, '2019-09-20', viceChair.memberId);
    spec.given(given).when(decide(th2018, viceChair.memberId)).then([decided(viceChair.memberId, 'presiding-person', 'thanh-hoa-2018/meetings.absence', TH)]);
    spec.given(given).when(decide(th2018, chair.memberId)).thenThrowsRule('thanh-hoa-2018/meetings.absence', TH);
    // a substitute is allowed without consent, but the written opinion is owed
    spec.given(given).when(delegate(th2018)).then([
      named(null, { rule: 'thanh-hoa-2018/meetings.absence', article: TH, message: expect.stringContaining('written opinion') }),
    ]);
    spec.given(given).when(delegate(th2018, { reference: 'Công văn 12/STC-VP' })).then([named({ reference: 'Công văn 12/STC-VP' }, null)]);
  });

  it('Bình Định 2021 Điều 5.4: the person presiding consents to the absence and to the delegate', () => {
    const BD = 'Điều 5 khoản 4, Quyết định …/QĐ-BCĐ năm 2021 (số, ngày để trống)';
    const given = meetingUnder(bd2021, '2022-06-20');
    spec.given(given).when(delegate(bd2021)).thenThrowsRule('binh-dinh-2021/meetings.absence', BD);
    const consent = decided(chair.memberId, 'presiding-person', 'binh-dinh-2021/meetings.absence', BD);
    spec.given(given).when(decide(bd2021, chair.memberId)).then([consent]);
    spec.given([...given, consent]).when(delegate(bd2021)).then([named(null, null)]);
  });

  it('Phú Thọ 2022: the chair consents under Điều 9.2, the vice chair presiding under Điều 6.5 (4.1); the delegate owes a written opinion', () => {
    const given = meetingUnder(pt2022, '2023-03-10', viceChair.memberId);
    spec.given(given).when(decide(pt2022, chair.memberId)).then([decided(chair.memberId, 'chair', 'phu-tho-2022/meetings.absence', 'Điều 9 khoản 2, Quyết định 1344/QĐ-BCĐCĐS ngày 18/05/2022')]);
    const byPresiding = decided(viceChair.memberId, 'presiding-person', 'phu-tho-2022/meetings.absence', 'Điều 6 khoản 5, Quyết định 1344/QĐ-BCĐCĐS ngày 18/05/2022');
    spec.given(given).when(decide(pt2022, viceChair.memberId)).then([byPresiding]);
    spec.given(given).when(decide(pt2022, memberA.memberId)).thenThrowsRule('phu-tho-2022/meetings.absence', 'Điều 9 khoản 2, Quyết định 1344/QĐ-BCĐCĐS ngày 18/05/2022');
    spec.given([...given, byPresiding]).when(delegate(pt2022)).then([named(null, expect.objectContaining({ rule: 'phu-tho-2022/meetings.absence' }))]);
  });

  it('an absence is decided once: the same decision again changes nothing, the other is refused', () => {
    const TH = 'Điều 6 khoản 5, Quyết định 4095/QĐ-BCĐ ngày 19/10/2018';
    const given = [...meetingUnder(th2018, '2019-09-20'), decided(chair.memberId, 'presiding-person', 'thanh-hoa-2018/meetings.absence', TH)];
    spec.given(given).when(decide(th2018, chair.memberId)).thenNothingHappened();
    spec.given(given).when(decide(th2018, chair.memberId, 'refused')).thenThrowsRule(Rules.absenceRequest, MEETINGS_POLICY);
  });
});
