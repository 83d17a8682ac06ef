// Given events, then rows: the membership projection's dated facts and member revisions, on PGlite and
// on PostgreSQL (TEST_DATABASE_URL).
import { newId } from '@bcd/kernel';
import { describeOnEveryDatabase, ProjectionSpecification, recordedEvent, uniqueTenant } from '@bcd/service-host/testing';
import { membershipProjection } from './membership.projection.js';

describeOnEveryDatabase('the membership projection', (db) => {
  const spec = ProjectionSpecification.for(membershipProjection, db);
  const decision = { number: '2765/QĐ-UBND', date: '2014-11-03' };
  const kienToan = { number: '720/QĐ-UBND', date: '2016-05-01' };

  /** A committee of `tenant` with two members, and the stored events that make it. */
  const committeeOf = (tenant: string) => {
    const ids = { committee: newId(), agency: newId(), first: newId(), second: newId() };
    const event = (type: string, data: unknown) =>
      recordedEvent(`membership.${type}`, data, { tenantId: tenant, streamId: `membership-committee-${tenant}-${ids.committee}`, metadata: { actor: { userId: 'test' } } });
    const appointed = (memberId: string) =>
      event('MemberAppointed', { committeeId: ids.committee, memberId, personId: newId(), role: 'member', agencyId: ids.agency, decision, effectiveOn: '2014-11-03', replaces: null });
    const given = [
      event('CommitteeEstablished', { committeeId: ids.committee, name: 'BCĐ', decision, establishedOn: '2014-11-03', regulation: null, standingAgencyId: null }),
      appointed(ids.first),
      appointed(ids.second),
    ];
    return { ids, event, given };
  };

  it('closes a member\'s role on the day the next one takes effect: the roster reads each role as of its dates', async () => {
    const tenant = uniqueTenant('roles');
    const { ids, event, given } = committeeOf(tenant);
    await spec
      .given([
        ...given,
        event('MemberRoleChanged', { committeeId: ids.committee, memberId: ids.first, role: 'vice-chair', previousRole: 'member', decision, effectiveOn: '2015-01-01' }),
      ])
      .then(
        `SELECT role, valid_from::text AS valid_from, valid_until::text AS valid_until FROM membership_member_roles WHERE tenant_id = $1 AND member_id = $2 ORDER BY valid_from`,
        [tenant, ids.first],
        [
          { role: 'member', valid_from: '2014-11-03', valid_until: '2015-01-01' },
          { role: 'vice-chair', valid_from: '2015-01-01', valid_until: null },
        ],
      );
  });

  it('counts in a member\'s revision the events about them, not the re-establishment that carries them over', async () => {
    const tenant = uniqueTenant('revisions');
    const { ids, event, given } = committeeOf(tenant);
    await spec
      .given([
        ...given,
        event('MemberRoleChanged', { committeeId: ids.committee, memberId: ids.first, role: 'vice-chair', previousRole: 'member', decision, effectiveOn: '2015-01-01' }),
        event('CommitteeReestablished', { committeeId: ids.committee, decision: kienToan, effectiveOn: '2016-05-01', carriedOver: [ids.first] }),
        event('MemberDismissed', { committeeId: ids.committee, memberId: ids.second, reason: 'not-carried-over', decision: kienToan, effectiveOn: '2016-05-01' }),
      ])
      .then(
        `SELECT m.member_id::text AS member_id, m.revision, m.ended_on::text AS ended_on,
                (SELECT array_agg(h.type ORDER BY h.global_position) FROM membership_member_history h WHERE h.tenant_id = m.tenant_id AND h.member_id = m.member_id) AS history
         FROM membership_members m WHERE m.tenant_id = $1 ORDER BY m.member_id = $2 DESC`,
        [tenant, ids.first],
        [
          { member_id: ids.first, revision: 2, ended_on: null, history: ['MemberAppointed', 'MemberRoleChanged', 'CommitteeReestablished'] },
          { member_id: ids.second, revision: 2, ended_on: '2016-05-01', history: ['MemberAppointed', 'MemberDismissed'] },
        ],
      );
  });

  it('names a committee as of each of its names\' dates', async () => {
    const tenant = uniqueTenant('names');
    const { ids, event, given } = committeeOf(tenant);
    await spec
      .given([...given, event('CommitteeRenamed', { committeeId: ids.committee, name: 'BCĐ Chuyển đổi số', previousName: 'BCĐ', decision: kienToan, effectiveOn: '2016-05-01' })])
      .then(
        `SELECT value, effective_on::text AS effective_on FROM membership_committee_facts WHERE tenant_id = $1 AND kind = 'name' ORDER BY effective_on`,
        [tenant],
        [
          { value: 'BCĐ', effective_on: '2014-11-03' },
          { value: 'BCĐ Chuyển đổi số', effective_on: '2016-05-01' },
        ],
      );
  });
});
