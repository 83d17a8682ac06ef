// EventLogRosters on a real store (PGlite): the roster on a date from the membership events appended where
// libs/membership appends them (under the tenant), never from another tenant's.
import { LocalDate } from '@bcd/calendar';
import { createEventStore, type PostgresEventStore } from '@bcd/event-store';
import { EventLogRosters } from './event-log-rosters.js';

const d = (s: string) => LocalDate.parse(s);
const id = (n: number) => `01970000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const decision = { number: '1832/QĐ-UBND', date: '2014-06-13' };

describe('EventLogRosters (PGlite)', () => {
  let store: PostgresEventStore;
  let rosters: EventLogRosters;

  beforeAll(async () => {
    store = await createEventStore({ dataDir: 'memory://' });
    rosters = new EventLogRosters(store);
  });
  afterAll(() => store.close());

  const appoint = (tenant: string, n: number, role: string, effectiveOn: string) =>
    store.appendToStream(tenant, `membership-committee-${tenant}-${id(1)}`, [
      { type: 'membership.MemberAppointed', data: { committeeId: id(1), memberId: id(100 + n), personId: id(200 + n), role, agencyId: id(300 + n), decision, effectiveOn, replaces: null } },
    ]);

  it('answers the seats held on a date, catching up with what was appended since', async () => {
    await appoint('thanh-hoa', 1, 'chair', '2014-11-03');
    expect((await rosters.rosterOn('thanh-hoa', d('2015-01-01'))).map((s) => s.role)).toEqual(['chair']);
    await appoint('thanh-hoa', 2, 'standing-member', '2014-11-03');
    expect((await rosters.rosterOn('thanh-hoa', d('2015-01-01'))).map((s) => [s.memberId, s.role])).toEqual([
      [id(101), 'chair'],
      [id(102), 'standing-member'],
    ]);
    expect(await rosters.rosterOn('thanh-hoa', d('2014-11-02'))).toEqual([]);
  });

  it('never shows another tenant\'s members', async () => {
    await appoint('phu-tho', 3, 'chair', '2022-05-18');
    expect((await rosters.rosterOn('thanh-hoa', d('2023-01-01'))).map((s) => s.memberId)).not.toContain(id(103));
    expect((await rosters.rosterOn('phu-tho', d('2023-01-01'))).map((s) => s.memberId)).toEqual([id(103)]);
    expect(await rosters.rosterOn('not a tenant id!', d('2023-01-01'))).toEqual([]);
  });

  const link = (tenant: string, personId: string, userId: string | null) =>
    store.appendToStream(tenant, `membership-person-${tenant}-${personId}`, [{ type: 'membership.PersonAccountLinked', data: { personId, userId } }]);

  it('answers the people a login account acts as, in its tenant only, following unlinks and erasures', async () => {
    const user = id(900);
    await link('thanh-hoa', id(201), user);
    await link('phu-tho', id(203), user);
    expect(await rosters.peopleOfUser('thanh-hoa', user)).toEqual([id(201)]);
    expect(await rosters.peopleOfUser('phu-tho', user)).toEqual([id(203)]);
    expect(await rosters.peopleOfUser('thanh-hoa', id(901))).toEqual([]);
    await link('thanh-hoa', id(201), null);
    expect(await rosters.peopleOfUser('thanh-hoa', user)).toEqual([]);
    await store.appendToStream('phu-tho', `membership-person-phu-tho-${id(203)}`, [
      { type: 'membership.PersonErased', data: { personId: id(203), requestReference: 'YC-2025-01', erasedOn: '2025-07-01' } },
    ]);
    expect(await rosters.peopleOfUser('phu-tho', user)).toEqual([]);
    expect(await rosters.peopleOfUser('not a tenant id!', user)).toEqual([]);
  });
});
