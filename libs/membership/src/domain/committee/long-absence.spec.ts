import { adoptionOf, builtInPack, spanOf, type RegulationSpan, type RulePack } from '@bcd/regulation';
import { Rules } from '../rules.js';
import { committeeDecider } from './committee.decider.js';
import type { AbsenceReason, CommitteeEvent } from './committee.js';
import { appointed, committeeId, d, established, kg2008, memberId, now, personId, registered, ruleOf, spec, syt, th2014 } from './committee.fixtures.js';

describe('committee decider: long absence', () => {
  describe('long absence (Thanh Hóa 2014 Điều 2.4)', () => {
    const given = [established, appointed(1, 'member', syt)];
    const notify = (reason: AbsenceReason, from: string, until: string | null, regulation: RegulationSpan | undefined = th2014) => ({
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

    const refusalOf = (command: ReturnType<typeof notify>) => ruleOf(() => committeeDecider.decide(command, given.reduce(committeeDecider.evolve, committeeDecider.initialState())));
    /** Thanh Hóa 2014 with its long-absence rule changed: `thresholdReasons` decides, not the code. */
    const th2014With = (thresholdReasons: AbsenceReason[]): RegulationSpan => {
      const pack: RulePack = structuredClone(builtInPack('thanh-hoa-2014'));
      if (pack.composition.longAbsence.kind !== 'notify-and-replace') throw new Error('Thanh Hóa 2014 has a long-absence procedure');
      pack.composition.longAbsence.thresholdReasons = thresholdReasons;
      const adoption = adoptionOf(pack);
      return spanOf([adoption], adoption);
    };

    it('Điều 2.4 (issue 10 correction 9): a work trip of six months exactly is refused, citing the article: "trên 6 tháng"', () => {
      spec.given(given).when(notify('work-trip', '2015-03-01', '2015-09-01')).thenThrowsRule('thanh-hoa-2014/composition.longAbsence');
      spec.given(given).when(notify('work-trip', '2015-03-01', null)).thenThrowsRule('thanh-hoa-2014/composition.longAbsence');
      spec.given(given).when(notify('study', '2015-03-01', '2015-06-01')).thenThrowsRule('thanh-hoa-2014/composition.longAbsence');
      const refusal = refusalOf(notify('work-trip', '2015-03-01', '2015-09-01'));
      expect(refusal.rule).toBe('thanh-hoa-2014/composition.longAbsence');
      expect(refusal.article).toBe('Điều 2 khoản 4, Quyết định 3461/QĐ-BCĐ ngày 16/10/2014');
      // one day more is "trên 6 tháng"
      spec.given(given).when(notify('work-trip', '2015-03-01', '2015-09-02')).then([
        { ...notified, data: { ...notified.data, reason: 'work-trip', expectedUntil: d('2015-09-02') } } as CommitteeEvent,
      ]);
    });

    it('Điều 2.4 (issue 10 correction 9): leave (nghỉ chế độ) has no threshold: a 2-month leave, or one with no expected end, is notified', () => {
      const leave = (expectedUntil: string | null) => ({ ...notified, data: { ...notified.data, reason: 'leave', expectedUntil: expectedUntil === null ? null : d(expectedUntil) } }) as CommitteeEvent;
      spec.given(given).when(notify('leave', '2015-03-01', '2015-05-01')).then([leave('2015-05-01')]);
      spec.given(given).when(notify('leave', '2015-03-01', null)).then([leave(null)]);
      spec.given(given).when(notify('personnel-change', '2015-03-01', null)).then([
        { ...notified, data: { ...notified.data, reason: 'personnel-change', expectedUntil: null } } as CommitteeEvent,
      ]);
    });

    it('Điều 2.4 (issue 10 correction 9): the pack\'s thresholdReasons decide which reasons need more than the threshold', () => {
      // a pack that also times leave refuses a 2-month leave; one that times nothing accepts a 2-month work trip
      spec.given(given).when(notify('leave', '2015-03-01', '2015-05-01', th2014With(['work-trip', 'study', 'leave']))).thenThrowsRule('thanh-hoa-2014/composition.longAbsence');
      spec.given(given).when(notify('work-trip', '2015-03-01', '2015-05-01', th2014With([]))).then([
        { ...notified, data: { ...notified.data, reason: 'work-trip', expectedUntil: d('2015-05-01') } } as CommitteeEvent,
      ]);
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
