import type { AgencyFacts } from '../facts.js';
import { Rules } from '../rules.js';
import { agency, appoint, appointed, committeeId, d, established, id, kg2008, memberId, now, personId, registered, spec, stc, stttt, syt, ubnd } from './committee.fixtures.js';

describe('committee decider: the committee itself (lifecycle)', () => {
  describe('EstablishCommittee', () => {
    it('establishes the committee by decision, naming the regulation in force and the standing agency', () => {
      spec
        .given([])
        .when({
          type: 'EstablishCommittee',
          data: {
            committeeId,
            name: 'Ban Chỉ đạo CNTT tỉnh Kiên Giang',
            decision: { number: '1498/QĐ-UBND', date: d('2008-06-20') },
            establishedOn: d('2008-06-23'),
            regulation: kg2008,
            standingAgency: stttt,
          },
          metadata: { now },
        })
        .then([
          {
            type: 'CommitteeEstablished',
            data: {
              committeeId,
              name: 'Ban Chỉ đạo CNTT tỉnh Kiên Giang',
              decision: { number: '1498/QĐ-UBND', date: d('2008-06-20') },
              establishedOn: d('2008-06-23'),
              regulation: { packId: 'kien-giang-2008', decisionNumber: '1507/QĐ-UBND', effectiveFrom: d('2008-06-23') },
              standingAgencyId: stttt.agencyId,
            },
          },
        ]);
    });

    it('refuses a decision dated after today', () => {
      spec
        .given([])
        .when({
          type: 'EstablishCommittee',
          data: { committeeId, name: 'BCĐ', decision: { number: '1/QĐ', date: d('2025-07-02') }, establishedOn: d('2025-07-02'), regulation: undefined, standingAgency: null },
          metadata: { now },
        })
        .thenThrowsRule(Rules.decisionInFuture);
    });
  });

  describe('the committee itself', () => {
    const kienToan = { number: '2000/QĐ-UBND', date: d('2016-05-01') };

    it('re-establishes (kiện toàn): members carried over, replaced, or ended', () => {
      spec
        .given([established, appointed(1, 'chair', ubnd), appointed(2, 'member', syt), appointed(3, 'member', stc)])
        .when({
          type: 'ReestablishCommittee',
          data: {
            decision: kienToan,
            effectiveOn: d('2016-05-01'),
            name: 'Ban Chỉ đạo xây dựng Chính quyền điện tử tỉnh Thanh Hóa',
            carriedOver: [memberId(1)],
            replaced: [{ memberId: memberId(2), newMemberId: memberId(12), person: registered(12) }],
          },
          metadata: { now },
        })
        .then([
          { type: 'CommitteeReestablished', data: { committeeId, decision: kienToan, effectiveOn: d('2016-05-01'), carriedOver: [memberId(1)] } },
          {
            type: 'CommitteeRenamed',
            data: {
              committeeId,
              name: 'Ban Chỉ đạo xây dựng Chính quyền điện tử tỉnh Thanh Hóa',
              previousName: 'Ban Chỉ đạo ứng dụng công nghệ thông tin tỉnh Thanh Hóa',
              decision: kienToan,
              effectiveOn: d('2016-05-01'),
            },
          },
          { type: 'MemberDismissed', data: { committeeId, memberId: memberId(2), reason: 'replaced', decision: kienToan, effectiveOn: d('2016-05-01') } },
          {
            type: 'MemberAppointed',
            data: { committeeId, memberId: memberId(12), personId: personId(12), role: 'member', agencyId: syt.agencyId, decision: kienToan, effectiveOn: d('2016-05-01'), replaces: memberId(2) },
          },
          { type: 'MemberDismissed', data: { committeeId, memberId: memberId(3), reason: 'not-carried-over', decision: kienToan, effectiveOn: d('2016-05-01') } },
        ]);
    });

    it('refuses a re-establishment naming a member who is not serving, or one twice', () => {
      const given = [established, appointed(1, 'chair', ubnd)];
      const reestablish = (carriedOver: string[]) => ({
        type: 'ReestablishCommittee' as const,
        data: { decision: kienToan, effectiveOn: d('2016-05-01'), name: null, carriedOver, replaced: [] },
        metadata: { now },
      });
      spec.given(given).when(reestablish([memberId(9)])).thenThrowsRule(Rules.reestablishmentMembers);
      spec.given(given).when(reestablish([memberId(1), memberId(1)])).thenThrowsRule(Rules.reestablishmentMembers);
    });

    it('renames with an effective date; refuses a rename dated before the current name', () => {
      const rename = (effectiveOn: string) => ({ type: 'RenameCommittee' as const, data: { name: 'BCĐ Chuyển đổi số tỉnh Thanh Hóa', decision: kienToan, effectiveOn: d(effectiveOn) }, metadata: { now } });
      spec.given([established]).when(rename('2016-05-01')).then([
        {
          type: 'CommitteeRenamed',
          data: { committeeId, name: 'BCĐ Chuyển đổi số tỉnh Thanh Hóa', previousName: 'Ban Chỉ đạo ứng dụng công nghệ thông tin tỉnh Thanh Hóa', decision: kienToan, effectiveOn: d('2016-05-01') },
        },
      ]);
      spec.given([established]).when(rename('2014-01-01')).thenThrowsRule(Rules.dateOrder);
    });

    it('dissolves: every serving member leaves, and nothing changes afterwards', () => {
      const dissolve = { type: 'DissolveCommittee' as const, data: { decision: kienToan, effectiveOn: d('2016-05-01') }, metadata: { now } };
      spec.given([established, appointed(1, 'chair', ubnd)]).when(dissolve).then([
        { type: 'MemberDismissed', data: { committeeId, memberId: memberId(1), reason: 'committee-dissolved', decision: kienToan, effectiveOn: d('2016-05-01') } },
        { type: 'CommitteeDissolved', data: { committeeId, decision: kienToan, effectiveOn: d('2016-05-01') } },
      ]);
      spec.given([established, { type: 'CommitteeDissolved', data: { committeeId, decision: kienToan, effectiveOn: d('2016-05-01') } }]).when(appoint(1, 'member', syt)).thenThrowsRule(Rules.committeeDissolved);
    });

    it('designates the standing agency with an effective date (a fact, not a constant)', () => {
      const designate = (on: AgencyFacts, effectiveOn: string) => ({ type: 'DesignateStandingAgency' as const, data: { agency: on, decision: kienToan, effectiveOn: d(effectiveOn) }, metadata: { now } });
      const skhcn = agency(7, 'Sở Khoa học và Công nghệ');
      spec.given([established]).when(designate(skhcn, '2025-03-01')).then([
        { type: 'StandingAgencyDesignated', data: { committeeId, agencyId: skhcn.agencyId, decision: kienToan, effectiveOn: d('2025-03-01') } },
      ]);
      spec.given([established]).when(designate(stttt, '2025-03-01')).thenNothingHappened();
      spec
        .given([established, { type: 'StandingAgencyDesignated', data: { committeeId, agencyId: skhcn.agencyId, decision: kienToan, effectiveOn: d('2025-03-01') } }])
        .when(designate(syt, '2024-01-01'))
        .thenThrowsRule(Rules.dateOrder);
      spec.given([established]).when(designate({ ...stttt, agencyId: id(3999), mergedOn: d('2025-03-01') }, '2025-03-01')).thenThrowsRule(Rules.agencyMerged);
    });
  });
});
