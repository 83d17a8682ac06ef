import { LocalDate } from '@bcd/calendar';
import { DeciderSpecification, NotFound } from '@bcd/kernel';
import { adoptionOf, builtInPack, spanOf, type RegulationSpan } from '@bcd/regulation';
import type { AgencyFacts } from '../facts.js';
import { Rules } from '../rules.js';
import { workingGroupDecider } from './working-group.decider.js';
import type { WorkingGroupEvent } from './working-group.js';

const now = new Date('2025-07-01T03:00:00.000Z');
const d = (value: string) => LocalDate.parse(value);
const spec = DeciderSpecification.for(workingGroupDecider);
const inForceAlone = (packId: string): RegulationSpan => {
  const adoption = adoptionOf(builtInPack(packId));
  return spanOf([adoption], adoption);
};
const kg2008 = inForceAlone('kien-giang-2008');
const th2014 = inForceAlone('thanh-hoa-2014');

const committeeId = '01950000-0000-7000-8000-0000000000c1';
const id = (n: number) => `01950000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const person = (n: number) => ({ personId: id(1000 + n), status: 'registered' as const });
const agency = (n: number, name: string, successor = n): AgencyFacts => ({ agencyId: id(3000 + n), name, mergedOn: null, successorId: id(3000 + successor) });
const stttt = agency(2, 'Sở Thông tin và Truyền thông');
const syt = agency(6, 'Sở Y tế');
const decision = { number: '65/QĐ-BCĐ', date: d('2008-07-01') };
const nomination = { number: '88/QĐ-SYT', date: d('2008-07-10') };

const formed: WorkingGroupEvent = { type: 'WorkingGroupFormed', data: { committeeId, name: 'Tổ giúp việc', decision, formedOn: d('2008-07-01') } };
const added = (n: number, on: AgencyFacts, withNomination: typeof nomination | null = null): WorkingGroupEvent => ({
  type: 'WorkingGroupMemberAdded',
  data: { committeeId, personId: person(n).personId, agencyId: on.agencyId, subGroupId: null, joinedOn: d('2008-07-15'), nomination: withNomination },
});
const add = (n: number, on: AgencyFacts, options: { nomination?: typeof nomination | null; regulation?: RegulationSpan | undefined; standingAgencyId?: string | null; subGroupId?: string | null } = {}) => ({
  type: 'AddWorkingGroupMember' as const,
  data: {
    person: person(n),
    agency: on,
    standingAgencyId: options.standingAgencyId === undefined ? stttt.agencyId : options.standingAgencyId,
    subGroupId: options.subGroupId ?? null,
    joinedOn: d('2008-07-15'),
    nomination: options.nomination ?? null,
    regulation: 'regulation' in options ? options.regulation : kg2008,
  },
  metadata: { now },
});

describe('working group decider', () => {
  it('forms the working group under the name the regulation gives it, once', () => {
    const form = {
      type: 'FormWorkingGroup' as const,
      data: { committeeId, name: null, decision, formedOn: d('2008-07-01'), committee: { exists: true, dissolvedOn: null }, regulation: kg2008 },
      metadata: { now },
    };
    spec.given([]).when(form).then([formed]);
    spec.given([formed]).when(form).thenThrowsRule(Rules.workingGroupFormed);
    spec.given([]).when({ ...form, data: { ...form.data, committee: { exists: false, dissolvedOn: null } } }).thenThrows(NotFound);
    spec.given([]).when({ ...form, data: { ...form.data, committee: { exists: true, dissolvedOn: d('2008-01-01') } } }).thenThrowsRule(Rules.committeeDissolved);
    spec.given([]).when({ ...form, data: { ...form.data, regulation: undefined } }).thenThrowsRule(Rules.noRegulationInForce);
  });

  describe('Kiên Giang 2008 Điều 9.2: a member from outside the standing agency needs their agency head\'s nominating decision', () => {
    it('adds a member of the standing agency without one', () => {
      spec.given([formed]).when(add(1, stttt)).then([added(1, stttt)]);
    });

    it('refuses a member of another agency without the nomination, citing Điều 9.2', () => {
      spec.given([formed]).when(add(2, syt)).thenThrowsRule('kien-giang-2008/composition.workingGroup');
    });

    it('adds them with the nomination', () => {
      spec.given([formed]).when(add(2, syt, { nomination })).then([added(2, syt, nomination)]);
    });

    it('counts an agency merged into the standing agency as the standing agency', () => {
      const mergedIntoStanding = agency(8, 'Trung tâm CNTT', 2);
      spec.given([formed]).when(add(3, mergedIntoStanding)).then([added(3, mergedIntoStanding)]);
    });

    it('refuses when no standing agency is designated on the date', () => {
      spec.given([formed]).when(add(2, syt, { standingAgencyId: null })).thenThrowsRule(Rules.standingAgencyUnknown);
    });

    it('does not apply where the regulation does not require it (Thanh Hóa 2014)', () => {
      spec.given([formed]).when(add(2, syt, { regulation: th2014 })).then([added(2, syt)]);
    });

    it('refuses when no regulation is in force', () => {
      spec.given([formed]).when(add(2, syt, { regulation: undefined })).thenThrowsRule(Rules.noRegulationInForce);
    });
  });

  it('refuses an erased person, a member twice, an unknown sub-group, a change out of date order', () => {
    spec.given([formed]).when({ ...add(1, stttt), data: { ...add(1, stttt).data, person: { personId: person(1).personId, status: 'erased' } } }).thenThrowsRule(Rules.personErased);
    spec.given([formed, added(1, stttt)]).when(add(1, stttt)).thenThrowsRule(Rules.workingGroupMember);
    spec.given([formed]).when(add(1, stttt, { subGroupId: id(4001) })).thenThrows(NotFound);
    spec.given([formed]).when({ ...add(1, stttt), data: { ...add(1, stttt).data, joinedOn: d('2008-06-01') } }).thenThrowsRule(Rules.dateOrder);
    spec.given([]).when(add(1, stttt)).thenThrows(NotFound);
  });

  it('sets the leader among the members', () => {
    const lead = (n: number) => ({ type: 'SetWorkingGroupLeader' as const, data: { personId: person(n).personId, decision, effectiveOn: d('2008-07-20') }, metadata: { now } });
    spec.given([formed, added(1, stttt)]).when(lead(1)).then([{ type: 'WorkingGroupLeaderSet', data: { committeeId, personId: person(1).personId, decision, effectiveOn: d('2008-07-20') } }]);
    spec.given([formed]).when(lead(1)).thenThrowsRule(Rules.workingGroupLeaderMember);
  });

  it('forms sub-groups and places members in them', () => {
    const subGroupId = id(4001);
    const subGroup: WorkingGroupEvent = { type: 'SubGroupFormed', data: { committeeId, subGroupId, name: 'Nhóm hạ tầng', formedOn: d('2008-07-10') } };
    spec.given([formed]).when({ type: 'FormSubGroup', data: { subGroupId, name: 'Nhóm hạ tầng', formedOn: d('2008-07-10') }, metadata: { now } }).then([subGroup]);
    spec.given([formed, subGroup]).when(add(1, stttt, { subGroupId })).then([{ ...added(1, stttt), data: { ...added(1, stttt).data, subGroupId } } as WorkingGroupEvent]);
  });

  it('removes a member (and the leadership they held); refuses removing a non-member', () => {
    const remove = { type: 'RemoveWorkingGroupMember' as const, data: { personId: person(1).personId, leftOn: d('2009-01-01'), reason: 'chuyển công tác' }, metadata: { now } };
    const leader: WorkingGroupEvent = { type: 'WorkingGroupLeaderSet', data: { committeeId, personId: person(1).personId, decision, effectiveOn: d('2008-07-20') } };
    spec.given([formed, added(1, stttt), leader]).when(remove).then([{ type: 'WorkingGroupMemberRemoved', data: { committeeId, personId: person(1).personId, leftOn: d('2009-01-01'), reason: 'chuyển công tác' } }]);
    spec.given([formed, added(1, stttt), leader]).when(remove).thenState({
      status: 'formed',
      committeeId,
      name: 'Tổ giúp việc',
      formedOn: d('2008-07-01'),
      leader: null,
      subGroups: {},
      members: {},
      lastChangeOn: d('2009-01-01'),
    });
    spec.given([formed]).when(remove).thenThrowsRule(Rules.workingGroupMember);
  });
});
