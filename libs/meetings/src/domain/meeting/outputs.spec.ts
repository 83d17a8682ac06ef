// Holding a meeting and issuing its notice and minutes: attendance as it was, the signer the regulation in
// force names and the seal it gives (RULES.md §2, §5; issue 10 corrections 1, 3, 7 and 8).
import { adoptionOf, builtInPack, configurePack, spanOf, type RegulationSpan } from '@bcd/regulation';
import { MEETINGS_POLICY, Rules } from '../rules.js';
import type { HoldMeeting, IssueMeetingDocument } from './outputs.js';
import { at, bd2021, chair, d, id, kg2008, meetingId, memberA, memberB, now, pt2022, roster, scheduled, spec, standingMember, standingViceChair, stateOf, th2014, th2018, viceChair } from './meeting.fixtures.js';
import { meetingDecider } from './meeting.decider.js';
import type { MeetingEvent } from './meeting.js';

const TH2014 = 'Quyết định 3461/QĐ-BCĐ ngày 16/10/2014';
const TH2018 = 'Quyết định 4095/QĐ-BCĐ ngày 19/10/2018';
const PT2022 = 'Quyết định 1344/QĐ-BCĐCĐS ngày 18/05/2022';
const KG2008 = 'Quyết định 1507/QĐ-UBND ngày 23/06/2008';
const BD2021 = 'Quyết định …/QĐ-BCĐ năm 2021 (số, ngày để trống)';

const everyoneIn = roster.map((p) => ({ memberId: p.memberId, attended: 'in-person' as const, arrivedLate: false, leftEarly: false }));
const holdCommand = (attendance: HoldMeeting['data']['attendance'] = everyoneIn): HoldMeeting => ({
  type: 'HoldMeeting',
  data: { meetingId, heldAt: at('2019-09-20T08:10:00+07:00'), endedAt: at('2019-09-20T11:30:00+07:00'), presidedBy: chair.memberId, attendance },
  metadata: { now },
});
const heldUnder = (regulation: RegulationSpan, on: string): MeetingEvent[] => {
  const events = scheduled({ regulation, scheduledOn: d(on), startsAt: at(`${on}T08:00:00+07:00`) });
  return [...events, { type: 'MeetingHeld', data: { meetingId, heldAt: `${on}T01:10:00.000Z`, presidedBy: chair.memberId, attendance: [] } }];
};
const issue = (regulation: RegulationSpan, signedBy: string, signerAgencyName: string, overrides: Partial<IssueMeetingDocument['data']> = {}): IssueMeetingDocument => ({
  type: 'IssueMeetingDocument',
  data: { meetingId, document: 'minutes', number: '25/BB-BCĐ', signedBy, signerAgencyName, signedAt: at('2019-09-23T10:00:00+07:00'), assignment: null, regulation, ...overrides },
  metadata: { now },
});
const configured = (id: string, settings: Record<string, unknown>, effectiveFrom?: string): RegulationSpan => {
  const adoption = adoptionOf(configurePack(builtInPack(id), settings), effectiveFrom ? { effectiveFrom: d(effectiveFrom) } : {});
  return spanOf([adoption], adoption);
};
const tenantAct = { article: 'Điều 1', decision: '05/QĐ-BCĐ', signedOn: '2021-04-01' };

describe('meeting decider: holding the meeting', () => {
  it('records how each invitee took part: present, late, absent with or without consent, through a delegate', () => {
    const given: MeetingEvent[] = [
      ...scheduled(),
      { type: 'AbsenceRequested', data: { meetingId, memberId: memberA.memberId, reason: 'Ốm' } },
      { type: 'AbsenceDecided', data: { meetingId, memberId: memberA.memberId, decision: 'approved', decidedBy: chair.memberId, as: 'presiding-person', rule: 'thanh-hoa-2018/meetings.absence', article: `Điều 6 khoản 5, ${TH2018}` } },
      { type: 'DelegateNamed', data: { meetingId, memberId: viceChair.memberId, delegate: { personId: id(600), agencyId: viceChair.agencyId }, writtenOpinion: null, flag: null } },
    ];
    const attendance = everyoneIn.map((e) =>
      e.memberId === memberA.memberId || e.memberId === memberB.memberId
        ? { ...e, attended: 'absent' as const }
        : e.memberId === viceChair.memberId
          ? { ...e, attended: 'through-delegate' as const }
          : e.memberId === standingMember.memberId
            ? { ...e, arrivedLate: true }
            : e,
    );
    spec.given(given).when(holdCommand(attendance)).then([
      {
        type: 'MeetingHeld',
        data: {
          meetingId,
          heldAt: '2019-09-20T01:10:00.000Z',
          endedAt: '2019-09-20T04:30:00.000Z',
          presidedBy: chair.memberId,
          attendance: [
            { memberId: chair.memberId, status: 'present', arrivedLate: false, leftEarly: false },
            { memberId: standingViceChair.memberId, status: 'present', arrivedLate: false, leftEarly: false },
            { memberId: viceChair.memberId, status: 'delegate', arrivedLate: false, leftEarly: false },
            { memberId: standingMember.memberId, status: 'present', arrivedLate: true, leftEarly: false },
            { memberId: memberA.memberId, status: 'absent-approved', arrivedLate: false, leftEarly: false },
            { memberId: memberB.memberId, status: 'absent-unapproved', arrivedLate: false, leftEarly: false },
          ],
        },
      },
    ]);
  });

  it('refuses an attendance that leaves out an invitee, names one twice or a delegate never named; and holding twice (MEETINGS-*)', () => {
    spec.given(scheduled()).when(holdCommand(everyoneIn.slice(1))).thenThrowsRule(Rules.attendance, MEETINGS_POLICY);
    const endsBeforeItStarts = holdCommand();
    spec.given(scheduled()).when({ ...endsBeforeItStarts, data: { ...endsBeforeItStarts.data, endedAt: at('2019-09-20T08:00:00+07:00') } }).thenThrowsRule(Rules.held, MEETINGS_POLICY);
    spec.given(scheduled()).when(holdCommand([...everyoneIn, everyoneIn[0]])).thenThrowsRule(Rules.attendance, MEETINGS_POLICY);
    spec.given(scheduled()).when(holdCommand(everyoneIn.map((e, i) => (i === 5 ? { ...e, attended: 'through-delegate' as const } : e)))).thenThrowsRule(Rules.attendance, MEETINGS_POLICY);
    spec.given(heldUnder(th2018, '2019-09-20')).when(holdCommand()).thenThrowsRule(Rules.held, MEETINGS_POLICY);
    spec.given(scheduled()).when(issue(th2018, standingMember.memberId, 'Sở Thông tin và Truyền thông')).thenThrowsRule(Rules.held, MEETINGS_POLICY);
  });
});

describe('meeting decider: the notice and the minutes, their signer and seal', () => {
  it('Thanh Hóa 2014 Điều 5.1đ: only the standing member who is Giám đốc Sở TTTT signs; own agency\'s seal (Điều 2.6)', () => {
    const given = heldUnder(th2014, '2015-06-12');
    spec.given(given).when(issue(th2014, standingMember.memberId, 'Sở Thông tin và Truyền thông')).then([
      {
        type: 'MinutesIssued',
        data: {
          meetingId,
          number: '25/BB-BCĐ',
          signedBy: { memberId: standingMember.memberId, role: 'standing-member', agencyId: standingMember.agencyId },
          signedAt: '2019-09-23T03:00:00.000Z',
          seal: { kind: 'own-agency', rule: 'thanh-hoa-2014/documents.seals.3', article: `Điều 2 khoản 6, ${TH2014}` },
          authority: { rule: 'thanh-hoa-2014/documents.noticeSigner', article: `Điều 5 khoản 1 điểm đ, ${TH2014}` },
          assignment: null,
        },
      },
    ]);
    spec.given(given).when(issue(th2014, standingMember.memberId, 'Sở Tài chính')).thenThrowsRule('thanh-hoa-2014/documents.noticeSigner', `Điều 5 khoản 1 điểm đ, ${TH2014}`);
    spec.given(given).when(issue(th2014, chair.memberId, 'Ủy ban nhân dân tỉnh')).thenThrowsRule('thanh-hoa-2014/documents.noticeSigner', `Điều 5 khoản 1 điểm đ, ${TH2014}`);
  });

  it('Thanh Hóa 2018 Điều 5.4: the standing member, who is the secretary, signs with their agency\'s seal', () => {
    const given = heldUnder(th2018, '2019-09-20');
    spec.given(given).when(issue(th2018, standingMember.memberId, 'Sở Thông tin và Truyền thông', { document: 'notice', number: '80/TB-BCĐ' })).then([
      expect.objectContaining({
        type: 'NoticeIssued',
        data: expect.objectContaining({ seal: { kind: 'own-agency', rule: 'thanh-hoa-2018/documents.seals.3', article: `Điều 2 khoản 6, ${TH2018}` }, authority: { rule: 'thanh-hoa-2018/documents.noticeSigner', article: `Điều 5 khoản 4, ${TH2018}` } }),
      }),
    ]);
    spec.given(given).when(issue(th2018, memberA.memberId, 'Sở Y tế')).thenThrowsRule('thanh-hoa-2018/documents.noticeSigner', `Điều 5 khoản 4, ${TH2018}`);
  });

  it('Phú Thọ 2022 Điều 5.4: the standing member signs when the chair assigned it; seal of their agency (Điều 11.1)', () => {
    const given = heldUnder(pt2022, '2023-03-10');
    spec.given(given).when(issue(pt2022, standingMember.memberId, 'Sở Thông tin và Truyền thông')).thenThrowsRule('phu-tho-2022/documents.noticeSigner', `Điều 5 khoản 4, ${PT2022}`);
    spec.given(given).when(issue(pt2022, standingMember.memberId, 'Sở Thông tin và Truyền thông', { assignment: { reference: 'Văn bản 15/BCĐ ngày 01/3/2023' } })).then([
      expect.objectContaining({ data: expect.objectContaining({ seal: { kind: 'own-agency', rule: 'phu-tho-2022/documents.seals.2', article: `Điều 11 khoản 1, ${PT2022}` }, assignment: { reference: 'Văn bản 15/BCĐ ngày 01/3/2023' } }) }),
    ]);
  });

  it('Bình Định 2021 names no signer (Điều 4.2d, 7.6): refused until the province decides; then the Sở TTTT seal for a vice chair (Điều 11.2)', () => {
    spec.given(heldUnder(bd2021, '2022-06-20')).when(issue(bd2021, viceChair.memberId, 'Sở Thông tin và Truyền thông')).thenThrowsRule('binh-dinh-2021/documents.noticeSigner', `Điều 7 khoản 6, ${BD2021}`);
    const decided = configured('binh-dinh-2021', { 'documents.noticeSigner': { kind: 'role', role: 'vice-chair', onlyWhenAssigned: false, citation: tenantAct } }, '2021-03-15');
    spec.given(heldUnder(decided, '2022-06-20')).when(issue(decided, viceChair.memberId, 'Sở Thông tin và Truyền thông')).then([
      expect.objectContaining({ data: expect.objectContaining({ seal: { kind: 'standing-agency', rule: 'binh-dinh-2021/documents.seals.2', article: `Điều 11 khoản 2, ${BD2021}` }, authority: { rule: 'binh-dinh-2021/documents.noticeSigner', article: 'Điều 1, Quyết định 05/QĐ-BCĐ ngày 01/04/2021' } }) }),
    ]);
  });

  it('Kiên Giang 2008: the chair\'s documents bear the UBND seal (Điều 2.3); "Thường trực Ban" uses Sở TTTT\'s once the province says who it is (Điều 2.2)', () => {
    spec.given(heldUnder(kg2008, '2019-09-25')).when(issue(kg2008, chair.memberId, 'Ủy ban nhân dân tỉnh')).then([
      expect.objectContaining({ data: expect.objectContaining({ seal: { kind: 'provincial-people-committee', rule: 'kien-giang-2008/documents.seals.0', article: `Điều 2 khoản 3, ${KG2008}` } }) }),
    ]);
    spec.given(heldUnder(kg2008, '2019-09-25')).when(issue(kg2008, standingViceChair.memberId, 'Sở Thông tin và Truyền thông')).thenThrowsRule('kien-giang-2008/documents.seals', `Quy chế (không quy định), ${KG2008}`);
    const office = configured('kien-giang-2008', { 'composition.standingOffice': { kind: 'held-by', role: 'standing-vice-chair', citation: tenantAct } });
    spec.given(heldUnder(office, '2019-09-25')).when(issue(office, standingViceChair.memberId, 'Sở Thông tin và Truyền thông')).then([
      expect.objectContaining({ data: expect.objectContaining({ seal: { kind: 'standing-agency', rule: 'kien-giang-2008/documents.seals.1', article: `Điều 2 khoản 2, ${KG2008}` } }) }),
    ]);
  });

  it('issues each document once: the same number again changes nothing, another is refused', () => {
    const given = heldUnder(th2018, '2019-09-20');
    const [issued] = meetingDecider.decide(issue(th2018, standingMember.memberId, 'Sở Thông tin và Truyền thông'), stateOf(given)) as MeetingEvent[];
    spec.given([...given, issued]).when(issue(th2018, standingMember.memberId, 'Sở Thông tin và Truyền thông')).thenNothingHappened();
    spec.given([...given, issued]).when(issue(th2018, standingMember.memberId, 'Sở Thông tin và Truyền thông', { number: '26/BB-BCĐ' })).thenThrowsRule(Rules.held, MEETINGS_POLICY);
  });
});
