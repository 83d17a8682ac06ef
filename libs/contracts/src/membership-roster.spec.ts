import { LocalDate } from '@bcd/calendar';
import { emptyRoster, evolveRoster, peopleOfUser, rosterOn, type RosterHistory } from './membership-roster.js';

const d = (s: string) => LocalDate.parse(s);
const id = (n: number) => `01970000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const decision = { number: '10/QĐ-UBND', date: '2019-01-02' };
const committee = id(1);
const appointed = (n: number, role: string, effectiveOn: string, committeeId = committee) =>
  ['MemberAppointed', { committeeId, memberId: id(100 + n), personId: id(200 + n), role, agencyId: id(300 + n), decision, effectiveOn, replaces: null }] as const;
const fold = (events: (readonly [string, unknown])[]): RosterHistory => events.reduce((h, [type, data]) => evolveRoster(h, type, data), emptyRoster());
const roles = (history: RosterHistory, date: string, committeeId?: string) => rosterOn(history, d(date), committeeId).map((s) => `${s.memberId.slice(-3)} ${s.role}`);

describe('the roster on a date, from membership events', () => {
  it('follows appointments, role changes and dismissals by their business dates, whatever order they were recorded in', () => {
    const history = fold([
      appointed(1, 'chair', '2019-01-10'),
      appointed(2, 'member', '2019-01-10'),
      ['MemberRoleChanged', { committeeId: committee, memberId: id(102), role: 'vice-chair', previousRole: 'member', decision, effectiveOn: '2019-06-01' }],
      ['MemberDismissed', { committeeId: committee, memberId: id(101), reason: 'dismissed', decision, effectiveOn: '2019-09-01' }],
      // back-dated: recorded last, effective before the others
      appointed(3, 'standing-member', '2019-01-05'),
      ['PersonRegistered', { personId: id(200) }],
    ]);
    expect(roles(history, '2019-01-04')).toEqual([]);
    expect(roles(history, '2019-01-10')).toEqual(['101 chair', '102 member', '103 standing-member']);
    expect(roles(history, '2019-06-01')).toEqual(['101 chair', '102 vice-chair', '103 standing-member']);
    expect(roles(history, '2019-09-01')).toEqual(['102 vice-chair', '103 standing-member']);
  });

  it('ends every seat of a dissolved committee, and answers one committee when asked', () => {
    const other = id(2);
    const history = fold([
      appointed(1, 'chair', '2014-11-03'),
      appointed(4, 'chair', '2018-10-19', other),
      ['CommitteeDissolved', { committeeId: committee, decision, effectiveOn: '2018-10-19' }],
    ]);
    expect(roles(history, '2018-10-18')).toEqual(['101 chair']);
    expect(roles(history, '2018-10-19')).toEqual(['104 chair']);
    expect(roles(history, '2018-10-18', other)).toEqual([]);
    // an appointment seen twice (a redelivery) is one seat
    expect(rosterOn(evolveRoster(history, ...appointed(4, 'chair', '2018-10-19', other)), d('2019-01-01'))).toHaveLength(1);
  });

  it('knows which people a login account acts as: linked, relinked, unlinked, and no more once erased', () => {
    const user = id(900);
    const other = id(901);
    const linked = (personId: string, userId: string | null) => ['PersonAccountLinked', { personId, userId }] as const;
    const history = fold([linked(id(201), user), linked(id(202), user), linked(id(203), other)]);
    expect(peopleOfUser(history, user)).toEqual([id(201), id(202)]);
    expect(peopleOfUser(history, other)).toEqual([id(203)]);
    expect(peopleOfUser(history, id(999))).toEqual([]);

    const later = fold([linked(id(201), user), linked(id(202), user), linked(id(203), other), linked(id(202), other), linked(id(201), null)]);
    expect(peopleOfUser(later, user)).toEqual([]);
    expect(peopleOfUser(later, other)).toEqual([id(202), id(203)]);
    expect(later.accounts).toEqual({ [id(202)]: other, [id(203)]: other });

    const erased = evolveRoster(later, 'PersonErased', { personId: id(203), requestReference: 'YC-2025-01', erasedOn: '2025-07-01' });
    expect(peopleOfUser(erased, other)).toEqual([id(202)]);
    // the same link again, or unlinking one who is not linked, changes nothing
    expect(evolveRoster(erased, ...linked(id(202), other))).toBe(erased);
    expect(evolveRoster(erased, ...linked(id(201), null))).toBe(erased);
    // the seats are not touched
    expect(erased.seats).toEqual([]);
  });
});
