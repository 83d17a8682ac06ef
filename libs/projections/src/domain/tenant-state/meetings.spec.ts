// The meetings part of the tenant state: what the KPIs judge a meeting by — the regulation in force on its (moved)
// date, the written opinion of a member who delegates, the day it was held in Vietnam.
import { LocalDate } from '@bcd/calendar';
import { foldTenantState } from './tenant-state.js';
import { adoptionOfMeeting, heldBetween, heldOn } from './meetings.js';
import { IDS, thanhHoaHistory } from './testing.js';

const at = new Date('2025-01-01T00:00:00Z');
const event = (type: string, data: unknown) => ({ type, data, occurredAt: at, recordedAt: at });
const m = IDS.meeting2016;
const REG_2018 = { packId: 'thanh-hoa-2018', decisionNumber: '4095/QĐ-BCĐ', effectiveFrom: '2018-10-19' };
const delegate = (memberId: string, writtenOpinion: { reference: string } | null) =>
  event('meetings.DelegateNamed', { meetingId: m, memberId, delegate: { personId: `p-${memberId}-delegate`, agencyId: IDS.agencies.SNV }, writtenOpinion, flag: null });

describe('the meetings fold', () => {
  it('keeps the written opinion given with each member\'s latest delegate (TH2018 / PT2022 Điều 6.5), null when none', () => {
    const state = foldTenantState([
      ...thanhHoaHistory(),
      delegate(IDS.members.SNV2014, { reference: 'Công văn 88/SNV-VP' }),
      delegate(IDS.members.standing2014, { reference: 'Công văn 5/STTTT' }),
      delegate(IDS.members.standing2014, null),
    ]);
    expect(state.ignored).toBe(0);
    expect(state.meetings.meetings[m]).toMatchObject({
      delegates: [IDS.members.SNV2014, IDS.members.standing2014],
      writtenOpinions: { [IDS.members.SNV2014]: 'Công văn 88/SNV-VP', [IDS.members.standing2014]: null },
    });
  });

  it('judges a meeting by the adoption its record names, moved with it across an effective date; none for a regulation never adopted', () => {
    const events = thanhHoaHistory();
    const before = foldTenantState(events);
    expect(adoptionOfMeeting(before.adoptions, before.meetings.meetings[m])?.adoptionId).toBe(IDS.adoption2014);
    const moved = foldTenantState([
      ...events,
      event('meetings.MeetingRescheduled', { meetingId: m, scheduledOn: '2018-12-20', startsAt: '2018-12-20T08:00:00+07:00', place: null, onlineLink: null, reason: 'Dời sang năm 2018', regulation: REG_2018 }),
    ]);
    expect(moved.meetings.meetings[m].regulation).toEqual(REG_2018);
    expect(adoptionOfMeeting(moved.adoptions, moved.meetings.meetings[m])?.adoptionId).toBe(IDS.adoption2018);
    const record = moved.meetings.meetings[m];
    const stray = { ...record, regulation: { ...record.regulation, decisionNumber: '99/QĐ-BCĐ' } };
    expect(adoptionOfMeeting(moved.adoptions, stray)).toBeUndefined();
  });

  it('gives the day a meeting was held in Vietnam (00:30 on 21/12 there is still 20/12 in UTC), none before it is held, and the meetings held between two days', () => {
    const notHeld = thanhHoaHistory().filter((e) => e.type !== 'meetings.MeetingHeld');
    const held = foldTenantState([...notHeld, event('meetings.MeetingHeld', { meetingId: m, heldAt: '2016-12-21T00:30:00+07:00', presidedBy: IDS.members.chair2014, attendance: [] })]);
    expect(heldOn(held.meetings.meetings[m])).toBe('2016-12-21');
    expect(heldOn(foldTenantState(notHeld).meetings.meetings[m])).toBeNull();
    expect(heldBetween(held.meetings, LocalDate.parse('2016-12-21'), LocalDate.parse('2016-12-31')).map((x) => x.meetingId)).toEqual([m]);
    expect(heldBetween(held.meetings, LocalDate.parse('2016-01-01'), LocalDate.parse('2016-12-20'))).toEqual([]);
  });
});
