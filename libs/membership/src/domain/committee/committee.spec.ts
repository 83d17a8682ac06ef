import type { CommitteeEvent } from './committee.js';
import { evolve, initialState, revisedMembers } from './committee.js';
import { appointed, committeeId, d, decision, established, memberId, stttt, syt } from './committee.fixtures.js';

describe('a member\'s revision (the ETag of /members/:memberId)', () => {
  const reestablished: CommitteeEvent = {
    type: 'CommitteeReestablished',
    data: { committeeId, decision, effectiveOn: d('2016-05-01'), carriedOver: [memberId(1), memberId(2)] },
  };
  const roleChanged: CommitteeEvent = {
    type: 'MemberRoleChanged',
    data: { committeeId, memberId: memberId(1), role: 'vice-chair', previousRole: 'member', decision, effectiveOn: d('2015-01-01') },
  };

  it('counts the events about that member: the appointment first, then each change', () => {
    expect(revisedMembers(appointed(1, 'member', stttt))).toEqual([memberId(1)]);
    expect(revisedMembers(roleChanged)).toEqual([memberId(1)]);
    expect(revisedMembers(established)).toEqual([]);
  });

  it('leaves carried-over members as they were: a re-establishment changes none of them', () => {
    expect(revisedMembers(reestablished)).toEqual([]);
    const state = [established, appointed(1, 'member', stttt), appointed(2, 'member', syt), roleChanged, reestablished].reduce(evolve, initialState());
    if (state.status === 'absent') throw new Error('no committee');
    expect([state.members[memberId(1)].revision, state.members[memberId(2)].revision]).toEqual([2, 1]);
  });
});
