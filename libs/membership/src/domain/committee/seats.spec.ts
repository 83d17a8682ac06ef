import { ConcurrencyConflict, NotFound } from '@bcd/kernel';
import { adoptionOf, builtInPack, RulePackSchema, spanOf, type RegulationSpan, type RulePack } from '@bcd/regulation';
import type { AgencyFacts } from '../facts.js';
import { Rules } from '../rules.js';
import { committeeDecider } from './committee.decider.js';
import type { CommitteeEvent, MemberRole } from './committee.js';
import { appoint, appointed, committeeId, d, decision, established, kg2008, memberId, now, personId, registered, ruleOf, sgddt, skhdt, spec, stc, stttt, syt, th2014, th2018, ubnd } from './committee.fixtures.js';

/** A custom regulation (a tenant's own pack, not a real one): Thanh Hóa 2018 with a secretary (Thư ký) seat of its own. */
const withSecretarySeat: RegulationSpan = (() => {
  const pack: RulePack = structuredClone(builtInPack('thanh-hoa-2018'));
  pack.id = 'custom-secretary-seat';
  pack.composition.secretary = { kind: 'separate-seat', citation: { article: 'Điều 5 khoản 3', decision: '01/QĐ-BCĐ (custom example)', signedOn: null } };
  const adoption = adoptionOf(RulePackSchema.parse(pack));
  return spanOf([adoption], adoption);
})();

describe('committee decider: seats', () => {
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

    it('issue 10 correction 10: Thanh Hóa 2018 Điều 5 has no separate secretary seat: the standing member is the secretary', () => {
      const on = d('2018-11-01');
      spec.given([established]).when(appoint(1, 'secretary', stttt, th2018, on)).thenThrowsRule('thanh-hoa-2018/composition.secretary');
      const refusal = ruleOf(() => committeeDecider.decide(appoint(1, 'secretary', stttt, th2018, on), committeeDecider.evolve(committeeDecider.initialState(), established)));
      expect(refusal.rule).toBe('thanh-hoa-2018/composition.secretary');
      expect(refusal.article).toBe('Điều 5, Quyết định 4095/QĐ-BCĐ ngày 19/10/2018');
      expect(refusal.message).toContain('appoint the standing member (Ủy viên Thường trực kiêm thư ký) instead');
      // the standing member, who is the secretary, is appointed instead
      spec.given([established]).when(appoint(1, 'standing-member', stttt, th2018, on)).then([appointed(1, 'standing-member', stttt, on)]);
    });

    it('issue 10 correction 10: Kiên Giang 2008 and Thanh Hóa 2014 have no secretary (Thư ký)', () => {
      spec.given([established]).when(appoint(1, 'secretary', stttt, kg2008)).thenThrowsRule('kien-giang-2008/composition.secretary');
      spec.given([established]).when(appoint(1, 'secretary', stttt)).thenThrowsRule('thanh-hoa-2014/composition.secretary');
      const refusal = ruleOf(() => committeeDecider.decide(appoint(1, 'secretary', stttt, kg2008), committeeDecider.evolve(committeeDecider.initialState(), established)));
      expect(refusal.rule).toBe('kien-giang-2008/composition.secretary');
      expect(refusal.article).toBe('Quy chế (Quy chế không có Thư ký Ban Chỉ đạo.), Quyết định 1507/QĐ-UBND ngày 23/06/2008');
      expect(refusal.message).toContain('has no secretary (Thư ký)');
    });

    it('issue 10 correction 10: a custom regulation with a separate secretary seat accepts one', () => {
      const on = d('2018-11-01');
      spec.given([established]).when(appoint(1, 'secretary', stttt, withSecretarySeat, on)).then([appointed(1, 'secretary', stttt, on)]);
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
    const change = (n: number, role: MemberRole, on: AgencyFacts, effectiveOn = d('2015-01-01'), expectedRevision?: number, regulation: RegulationSpan = th2014) => ({
      type: 'ChangeRole' as const,
      data: { memberId: memberId(n), role, decision, effectiveOn, agency: on, regulation, ...(expectedRevision === undefined ? {} : { expectedRevision }) },
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

    it('issue 10 correction 10: a member becomes secretary only where the regulation has a secretary seat', () => {
      const given = [established, appointed(1, 'member', stttt)];
      spec.given(given).when(change(1, 'secretary', stttt)).thenThrowsRule('thanh-hoa-2014/composition.secretary');
      spec.given(given).when(change(1, 'secretary', stttt, d('2018-11-01'), undefined, th2018)).thenThrowsRule('thanh-hoa-2018/composition.secretary');
      spec.given(given).when(change(1, 'secretary', stttt, d('2018-11-01'), undefined, withSecretarySeat)).then([
        { type: 'MemberRoleChanged', data: { committeeId, memberId: memberId(1), role: 'secretary', previousRole: 'member', decision, effectiveOn: d('2018-11-01') } },
      ]);
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
});
