import { LocalDate } from '@bcd/calendar';
import { ConcurrencyConflict, DeciderSpecification, NotFound, RuleViolation } from '@bcd/kernel';
import { builtInPack } from '@bcd/regulation';
import { committeeDecider, type CommitteeEvent, type MemberRole } from './committee.js';
import type { AgencyFacts, RegulationInForce } from './facts.js';
import { Rules } from './rules.js';

const now = new Date('2025-07-01T03:00:00.000Z');
const d = (value: string) => LocalDate.parse(value);
const spec = DeciderSpecification.for(committeeDecider);

const th2014: RegulationInForce = { pack: builtInPack('thanh-hoa-2014'), decisionNumber: '3461/QĐ-BCĐ', effectiveFrom: d('2014-10-16'), until: d('2018-10-19') };
const kg2008: RegulationInForce = { pack: builtInPack('kien-giang-2008'), decisionNumber: '1507/QĐ-UBND', effectiveFrom: d('2008-06-23'), until: null };
const th2018: RegulationInForce = { pack: builtInPack('thanh-hoa-2018'), decisionNumber: '4095/QĐ-BCĐ', effectiveFrom: d('2018-10-19'), until: null };

const committeeId = '01950000-0000-7000-8000-0000000000c1';
const id = (n: number) => `01950000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const personId = (n: number) => id(1000 + n);
const memberId = (n: number) => id(2000 + n);
const agency = (n: number, name: string): AgencyFacts => ({ agencyId: id(3000 + n), name, mergedOn: null, successorId: id(3000 + n) });
const ubnd = agency(1, 'Ủy ban nhân dân tỉnh');
const stttt = agency(2, 'Sở Thông tin và Truyền thông');
const skhdt = agency(3, 'Sở Kế hoạch và Đầu tư');
const stc = agency(4, 'Sở Tài chính');
const sgddt = agency(5, 'Sở Giáo dục và Đào tạo');
const syt = agency(6, 'Sở Y tế');
const registered = (n: number) => ({ personId: personId(n), status: 'registered' as const });

const decision = { number: '3500/QĐ-BCĐ', date: d('2014-11-03') };
const established: CommitteeEvent = {
  type: 'CommitteeEstablished',
  data: {
    committeeId,
    name: 'Ban Chỉ đạo ứng dụng công nghệ thông tin tỉnh Thanh Hóa',
    decision: { number: '1832/QĐ-UBND', date: d('2014-06-13') },
    establishedOn: d('2014-06-13'),
    regulation: null,
    standingAgencyId: stttt.agencyId,
  },
};
const appointed = (n: number, role: MemberRole, on: AgencyFacts, effectiveOn = d('2014-11-03')): CommitteeEvent => ({
  type: 'MemberAppointed',
  data: { committeeId, memberId: memberId(n), personId: personId(n), role, agencyId: on.agencyId, decision, effectiveOn, replaces: null },
});
const appoint = (n: number, role: MemberRole, on: AgencyFacts, regulation: RegulationInForce | undefined = th2014, effectiveOn = d('2014-11-03')) => ({
  type: 'AppointMember' as const,
  data: { memberId: memberId(n), person: registered(n), role, agency: on, decision, effectiveOn, regulation },
  metadata: { now },
});
const ruleOf = (action: () => unknown): RuleViolation => {
  try {
    action();
  } catch (error) {
    if (error instanceof RuleViolation) return error;
    throw error;
  }
  throw new Error('not refused');
};

describe('committee decider', () => {
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

  describe('AppointMember: composition rules of the regulation in force', () => {
    it('appoints a person to a role representing an agency, by decision', () => {
      spec.given([established]).when(appoint(1, 'chair', ubnd)).then([appointed(1, 'chair', ubnd)]);
    });

    it('refuses a second chair (Thanh Hóa 2014 Điều 3)', () => {
      spec.given([established, appointed(1, 'chair', ubnd)]).when(appoint(2, 'chair', ubnd)).thenThrowsRule('thanh-hoa-2014/composition.chair');
      const refusal = ruleOf(() => committeeDecider.decide(appoint(2, 'chair', ubnd), [established, appointed(1, 'chair', ubnd)].reduce(committeeDecider.evolve, committeeDecider.initialState())));
      expect(refusal.article).toBe('Điều 3, Quyết định 3461/QĐ-BCĐ ngày 16/10/2014');
    });

    it('refuses a back-dated chair whose term would overlap the chair appointed later', () => {
      const later = appointed(1, 'chair', ubnd, d('2016-01-01'));
      spec.given([established, later]).when(appoint(2, 'chair', ubnd, th2014, d('2015-01-01'))).thenThrowsRule('thanh-hoa-2014/composition.chair');
    });

    it('accepts a new chair once the previous one was dismissed', () => {
      const dismissed: CommitteeEvent = {
        type: 'MemberDismissed',
        data: { committeeId, memberId: memberId(1), reason: 'dismissed', decision, effectiveOn: d('2015-05-01') },
      };
      spec
        .given([established, appointed(1, 'chair', ubnd), dismissed])
        .when(appoint(2, 'chair', ubnd, th2014, d('2015-05-01')))
        .then([appointed(2, 'chair', ubnd, d('2015-05-01'))]);
    });

    it('Kiên Giang 2008 Điều 2.1: two vice chairs, one of them standing', () => {
      const kgGiven = [established, appointed(1, 'standing-vice-chair', stttt)];
      spec.given(kgGiven).when(appoint(2, 'vice-chair', skhdt, kg2008)).then([appointed(2, 'vice-chair', skhdt)]);
      spec.given(kgGiven).when(appoint(2, 'standing-vice-chair', skhdt, kg2008)).thenThrowsRule('kien-giang-2008/composition.viceChairs');
      spec.given([...kgGiven, appointed(2, 'vice-chair', skhdt)]).when(appoint(3, 'vice-chair', stc, kg2008)).thenThrowsRule('kien-giang-2008/composition.viceChairs');
      // two ordinary vice chairs leave no room for the standing one
      spec.given([established, appointed(1, 'vice-chair', stttt)]).when(appoint(2, 'vice-chair', skhdt, kg2008)).thenThrowsRule('kien-giang-2008/composition.viceChairs');
      const refusal = ruleOf(() =>
        committeeDecider.decide(appoint(2, 'standing-vice-chair', skhdt, kg2008), kgGiven.reduce(committeeDecider.evolve, committeeDecider.initialState())),
      );
      expect(refusal.article).toBe('Điều 2 khoản 1, Quyết định 1507/QĐ-UBND ngày 23/06/2008');
    });

    it('Thanh Hóa 2014 has no standing vice chair, and any number of vice chairs', () => {
      spec.given([established]).when(appoint(1, 'standing-vice-chair', stttt)).thenThrowsRule('thanh-hoa-2014/composition.viceChairs');
      spec
        .given([established, appointed(1, 'vice-chair', skhdt), appointed(2, 'vice-chair', stc)])
        .when(appoint(3, 'vice-chair', stttt))
        .then([appointed(3, 'vice-chair', stttt)]);
    });

    it('Thanh Hóa 2014 Điều 5: four standing members, the heads of the four listed agencies', () => {
      const four = [established, appointed(1, 'standing-member', stttt), appointed(2, 'standing-member', skhdt), appointed(3, 'standing-member', stc)];
      spec.given(four).when(appoint(4, 'standing-member', sgddt)).then([appointed(4, 'standing-member', sgddt)]);
      // not one of the four agencies
      spec.given([established]).when(appoint(6, 'standing-member', syt)).thenThrowsRule('thanh-hoa-2014/composition.standingMembers');
      // one per agency
      spec.given(four).when(appoint(5, 'standing-member', stc)).thenThrowsRule('thanh-hoa-2014/composition.standingMembers');
      // a fifth
      spec.given([...four, appointed(4, 'standing-member', sgddt)]).when(appoint(5, 'standing-member', stttt)).thenThrowsRule('thanh-hoa-2014/composition.standingMembers');
      // the agency's name is compared as of the date, whatever the case and spacing
      spec.given([established]).when(appoint(1, 'standing-member', { ...stc, name: 'sở  tài chính' })).then([appointed(1, 'standing-member', stc)]);
    });

    it('Thanh Hóa 2018: one standing member; Kiên Giang 2008: none', () => {
      spec.given([established, appointed(1, 'standing-member', stttt)]).when(appoint(2, 'standing-member', skhdt, th2018)).thenThrowsRule('thanh-hoa-2018/composition.standingMembers');
      spec.given([established]).when(appoint(1, 'standing-member', stttt, kg2008)).thenThrowsRule('kien-giang-2008/composition.standingMembers');
      const refusal = ruleOf(() => committeeDecider.decide(appoint(1, 'standing-member', stttt, kg2008), committeeDecider.evolve(committeeDecider.initialState(), established)));
      expect(refusal.article).toContain('Quyết định 1507/QĐ-UBND');
    });

    it('refuses when no regulation was in force on the date', () => {
      const command = appoint(1, 'member', syt);
      spec.given([established]).when({ ...command, data: { ...command.data, regulation: undefined } }).thenThrowsRule(Rules.noRegulationInForce);
    });

    it('refuses an erased person, a person already seated, a merged agency, a date before establishment', () => {
      spec.given([established]).when({ ...appoint(1, 'member', syt), data: { ...appoint(1, 'member', syt).data, person: { personId: personId(1), status: 'erased' } } }).thenThrowsRule(Rules.personErased);
      spec.given([established, appointed(1, 'member', syt)]).when({ ...appoint(2, 'member', stc), data: { ...appoint(2, 'member', stc).data, person: registered(1) } }).thenThrowsRule(Rules.personAlreadyServing);
      spec.given([established]).when(appoint(1, 'member', { ...stttt, mergedOn: d('2014-10-01') })).thenThrowsRule(Rules.agencyMerged);
      spec.given([established]).when(appoint(1, 'member', syt, th2014, d('2014-01-01'))).thenThrowsRule(Rules.dateOrder);
    });

    it('does nothing when the same appointment arrives again', () => {
      spec.given([established, appointed(1, 'member', syt)]).when(appoint(1, 'member', syt)).thenNothingHappened();
    });
  });

  describe('ChangeRole, AssignResponsibilities, DismissMember', () => {
    const change = (n: number, role: MemberRole, on: AgencyFacts, effectiveOn = d('2015-01-01'), expectedRevision?: number) => ({
      type: 'ChangeRole' as const,
      data: { memberId: memberId(n), role, decision, effectiveOn, agency: on, regulation: th2014, ...(expectedRevision === undefined ? {} : { expectedRevision }) },
      metadata: { now },
    });

    it('changes a member\'s role by decision', () => {
      spec
        .given([established, appointed(1, 'member', stttt)])
        .when(change(1, 'standing-member', stttt))
        .then([{ type: 'MemberRoleChanged', data: { committeeId, memberId: memberId(1), role: 'standing-member', previousRole: 'member', decision, effectiveOn: d('2015-01-01') } }]);
    });

    it('refuses a role change the composition forbids, and one dated before the member\'s last change', () => {
      spec.given([established, appointed(1, 'chair', ubnd), appointed(2, 'vice-chair', ubnd)]).when(change(2, 'chair', ubnd)).thenThrowsRule('thanh-hoa-2014/composition.chair');
      spec.given([established, appointed(1, 'member', stttt)]).when(change(1, 'vice-chair', stttt, d('2014-10-01'))).thenThrowsRule(Rules.dateOrder);
    });

    it('lets a chair step down to vice chair and another member take the chair on the same date', () => {
      const given = [established, appointed(1, 'chair', ubnd), appointed(2, 'vice-chair', ubnd), {
        type: 'MemberRoleChanged' as const,
        data: { committeeId, memberId: memberId(1), role: 'member' as const, previousRole: 'chair' as const, decision, effectiveOn: d('2015-01-01') },
      }];
      spec.given(given).when(change(2, 'chair', ubnd)).then([
        { type: 'MemberRoleChanged', data: { committeeId, memberId: memberId(2), role: 'chair', previousRole: 'vice-chair', decision, effectiveOn: d('2015-01-01') } },
      ]);
    });

    it('refuses a stale If-Match (the member\'s revision), not an unrelated member\'s change', () => {
      const given = [established, appointed(1, 'member', stttt), appointed(2, 'member', syt)];
      spec.given(given).when(change(1, 'vice-chair', stttt, d('2015-01-01'), 1)).then([
        { type: 'MemberRoleChanged', data: { committeeId, memberId: memberId(1), role: 'vice-chair', previousRole: 'member', decision, effectiveOn: d('2015-01-01') } },
      ]);
      const changed: CommitteeEvent = { type: 'MemberRoleChanged', data: { committeeId, memberId: memberId(1), role: 'vice-chair', previousRole: 'member', decision, effectiveOn: d('2015-01-01') } };
      spec.given([...given, changed]).when(change(1, 'member', stttt, d('2015-02-01'), 1)).thenThrows(ConcurrencyConflict);
      spec.given([...given, changed]).when(change(2, 'vice-chair', syt, d('2015-02-01'), 1)).then([
        { type: 'MemberRoleChanged', data: { committeeId, memberId: memberId(2), role: 'vice-chair', previousRole: 'member', decision, effectiveOn: d('2015-02-01') } },
      ]);
    });

    it('assigns responsibilities with their area; the same list again changes nothing', () => {
      const responsibilities = [{ area: 'an ninh mạng', text: 'Chủ trì bảo đảm an toàn, an ninh thông tin mạng trên địa bàn tỉnh' }];
      const assign = { type: 'AssignResponsibilities' as const, data: { memberId: memberId(1), responsibilities, effectiveOn: d('2014-11-03'), decision: null }, metadata: { now } };
      const assigned: CommitteeEvent = { type: 'ResponsibilitiesAssigned', data: { committeeId, memberId: memberId(1), responsibilities, effectiveOn: d('2014-11-03'), decision: null } };
      spec.given([established, appointed(1, 'member', syt)]).when(assign).then([assigned]);
      spec.given([established, appointed(1, 'member', syt), assigned]).when(assign).thenNothingHappened();
    });

    it('dismisses a member; a dismissed member changes no more', () => {
      const dismiss = { type: 'DismissMember' as const, data: { memberId: memberId(1), decision, effectiveOn: d('2015-03-01') }, metadata: { now } };
      const dismissed: CommitteeEvent = { type: 'MemberDismissed', data: { committeeId, memberId: memberId(1), reason: 'dismissed', decision, effectiveOn: d('2015-03-01') } };
      spec.given([established, appointed(1, 'member', syt)]).when(dismiss).then([dismissed]);
      spec.given([established, appointed(1, 'member', syt), dismissed]).when(dismiss).thenThrowsRule(Rules.memberNotServing);
      spec.given([established]).when(dismiss).thenThrows(NotFound);
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

  describe('long absence (Thanh Hóa 2014 Điều 2.4)', () => {
    const given = [established, appointed(1, 'member', syt)];
    const notify = (reason: 'work-trip' | 'study' | 'retirement', from: string, until: string | null, regulation: RegulationInForce | undefined = th2014) => ({
      type: 'NotifyLongAbsence' as const,
      data: { memberId: memberId(1), reason, from: d(from), expectedUntil: until === null ? null : d(until), noticeReference: '125/SYT-TCCB', notifiedOn: d('2015-02-10'), regulation },
      metadata: { now },
    });
    const notified: CommitteeEvent = {
      type: 'LongAbsenceNotified',
      data: { committeeId, memberId: memberId(1), reason: 'study', from: d('2015-03-01'), expectedUntil: d('2015-12-31'), noticeReference: '125/SYT-TCCB', notifiedOn: d('2015-02-10') },
    };
    const proposed: CommitteeEvent = {
      type: 'ReplacementProposed',
      data: { committeeId, memberId: memberId(1), personId: personId(21), proposedOn: d('2015-02-20'), proposalReference: '130/SYT-TCCB' },
    };

    it('records an absence of more than six months: the seat is pending replacement', () => {
      spec.given(given).when(notify('study', '2015-03-01', '2015-12-31')).then([notified]);
      spec.given(given).when(notify('retirement', '2015-03-01', null)).then([{ ...notified, data: { ...notified.data, reason: 'retirement', expectedUntil: null } } as CommitteeEvent]);
    });

    it('refuses an absence of six months or less: the regulation provides for longer ones only', () => {
      spec.given(given).when(notify('work-trip', '2015-03-01', '2015-09-01')).thenThrowsRule('thanh-hoa-2014/composition.longAbsence');
      spec.given(given).when(notify('work-trip', '2015-03-01', null)).thenThrowsRule('thanh-hoa-2014/composition.longAbsence');
      const refusal = ruleOf(() => committeeDecider.decide(notify('work-trip', '2015-03-01', '2015-09-01'), given.reduce(committeeDecider.evolve, committeeDecider.initialState())));
      expect(refusal.article).toBe('Điều 2 khoản 4, Quyết định 3461/QĐ-BCĐ ngày 16/10/2014');
    });

    it('refuses where the regulation has no long-absence procedure, or none is in force', () => {
      spec.given(given).when(notify('study', '2015-03-01', '2015-12-31', kg2008)).thenThrowsRule('kien-giang-2008/composition.longAbsence');
      const command = notify('study', '2015-03-01', '2015-12-31');
      spec.given(given).when({ ...command, data: { ...command.data, regulation: undefined } }).thenThrowsRule(Rules.noRegulationInForce);
    });

    it('refuses a second notice while one is open', () => {
      spec.given([...given, notified]).when(notify('study', '2015-03-01', '2015-12-31')).thenThrowsRule(Rules.longAbsenceOpen);
    });

    it('takes the agency\'s proposed replacement, then appoints them to the same seat', () => {
      const propose = (n: number, status: 'registered' | 'erased' = 'registered') => ({
        type: 'ProposeReplacement' as const,
        data: { memberId: memberId(1), person: { personId: personId(n), status }, proposedOn: d('2015-02-20'), proposalReference: '130/SYT-TCCB' },
        metadata: { now },
      });
      spec.given([...given, notified]).when(propose(21)).then([proposed]);
      spec.given([...given, notified]).when(propose(21, 'erased')).thenThrowsRule(Rules.personErased);
      spec.given(given).when(propose(21)).thenThrowsRule(Rules.noLongAbsence);

      const replacement = { number: '3600/QĐ-BCĐ', date: d('2015-03-05') };
      const appointReplacement = { type: 'AppointReplacement' as const, data: { memberId: memberId(1), newMemberId: memberId(21), person: registered(21), decision: replacement, effectiveOn: d('2015-03-05') }, metadata: { now } };
      spec.given([...given, notified, proposed]).when(appointReplacement).then([
        { type: 'MemberDismissed', data: { committeeId, memberId: memberId(1), reason: 'replaced', decision: replacement, effectiveOn: d('2015-03-05') } },
        {
          type: 'MemberAppointed',
          data: { committeeId, memberId: memberId(21), personId: personId(21), role: 'member', agencyId: syt.agencyId, decision: replacement, effectiveOn: d('2015-03-05'), replaces: memberId(1) },
        },
      ]);
      spec.given([...given, notified]).when(appointReplacement).thenThrowsRule(Rules.noLongAbsence);
    });

    it('ends the absence when the member is back', () => {
      const end = { type: 'EndLongAbsence' as const, data: { memberId: memberId(1), endedOn: d('2015-12-31') }, metadata: { now } };
      spec.given([...given, notified]).when(end).then([{ type: 'LongAbsenceEnded', data: { committeeId, memberId: memberId(1), endedOn: d('2015-12-31') } }]);
      spec.given(given).when(end).thenThrowsRule(Rules.noLongAbsence);
    });
  });
});
