// Thanh Hóa on both time axes (RULES.md §7): business time ("what was true then", as known now) and recorded time
// ("what the platform showed then"), from one list of events.
import { LocalDate } from '@bcd/calendar';
import { asOfDay, asOfInstant, eventsAsOf, inBusinessOrder, type Axis } from './tenant-event.js';
import { stateAsOf } from './tenant-state.js';
import { IDS, memberIds, RECORDED, thanhHoaHistory } from './testing.js';
import { tenantView, type TenantView } from './tenant-view.js';

const events = thanhHoaHistory();
const M = IDS.members;
const onDay = (date: string, axis: Axis = 'business'): TenantView => {
  const asOf = asOfDay(LocalDate.parse(date), axis);
  return tenantView(stateAsOf(events, asOf), asOf);
};
const atInstant = (instant: string | Date, axis: Axis): TenantView => {
  const asOf = asOfInstant(new Date(instant), axis);
  return tenantView(stateAsOf(events, asOf), asOf);
};

describe('a day and an instant', () => {
  it('takes a whole day in Vietnam: up to its last millisecond (UTC+7)', () => {
    expect(asOfDay(LocalDate.parse('2016-06-30'), 'business')).toEqual({ axis: 'business', at: new Date('2016-06-30T16:59:59.999Z'), date: '2016-06-30' });
    expect(asOfInstant(new Date('2016-06-30T17:00:00Z'), 'recorded')).toEqual({ axis: 'recorded', at: new Date('2016-06-30T17:00:00Z'), date: '2016-07-01' });
  });

  it('orders by business time, ties as recorded; the recorded axis keeps the recorded order', () => {
    const e = (occurred: string, name: string) => ({ type: name, data: {}, occurredAt: new Date(occurred), recordedAt: new Date('2025-01-01T00:00:00Z') });
    const list = [e('2019-03-01T00:00:00Z', 'b'), e('2014-01-01T00:00:00Z', 'a'), e('2019-03-01T00:00:00Z', 'c')];
    expect(inBusinessOrder(list).map((x) => x.type)).toEqual(['a', 'b', 'c']);
    expect(eventsAsOf(list, { axis: 'recorded', at: new Date('2025-01-01T00:00:00Z') }).map((x) => x.type)).toEqual(['b', 'a', 'c']);
    expect(eventsAsOf(list, { axis: 'business', at: new Date('2019-03-01T00:00:00Z') }).map((x) => x.type)).toEqual(['a', 'b', 'c']);
    expect(eventsAsOf(list, { axis: 'business', at: new Date('2019-02-28T23:59:59.999Z') }).map((x) => x.type)).toEqual(['a']);
  });
});

describe('the business axis: what was true then, as known now', () => {
  it('shows the 2014 regulation and the 2014 committee in 2016, the 2018 ones today', () => {
    const in2016 = onDay('2016-06-30');
    // in 2016 nothing told of a regulation to come: the 2014 one has no last day yet
    expect(in2016.regulation).toEqual({
      adoptionId: IDS.adoption2014,
      packId: 'thanh-hoa-2014',
      title: expect.stringContaining('Thanh Hóa'),
      decisionNumber: '3461/QĐ-BCĐ',
      signedOn: '2014-10-16',
      effectiveFrom: '2014-10-16',
      lastDay: null,
      supersedes: null,
      article: expect.stringMatching(/^Điều/),
    });
    expect(in2016.roster).toEqual([
      {
        committeeId: IDS.committee2014,
        committee: 'Ban Chỉ đạo ứng dụng công nghệ thông tin tỉnh Thanh Hóa',
        memberId: M.chair2014,
        personId: 'p-xung',
        role: 'chair',
        agencyId: IDS.agencies.UBND,
        // the agencies were registered (business time: when recorded) in 2025: the fold does not name them in 2016
        agency: null,
        since: '2014-10-16',
        decision: { number: '1832/QĐ-UBND', date: '2014-10-16' },
      },
      expect.objectContaining({ memberId: M.standing2014, role: 'standing-member', agencyId: IDS.agencies.STTTT }),
      expect.objectContaining({ memberId: M.SNV2014, role: 'member', agencyId: IDS.agencies.SNV }),
    ]);
    expect(onDay('2018-10-18').regulation).toMatchObject({ packId: 'thanh-hoa-2014', lastDay: null });
    const today = onDay('2025-12-31');
    expect(today.roster.map((seat) => seat.agency)).toEqual(['Ủy ban nhân dân tỉnh Thanh Hóa', 'Sở Thông tin và Truyền thông', 'Sở Nội vụ', 'Sở Tài chính', 'Sở Y tế']);
    expect(today.regulation).toMatchObject({ packId: 'thanh-hoa-2018', decisionNumber: '4095/QĐ-BCĐ', lastDay: null, supersedes: '3461/QĐ-BCĐ' });
    // as known now, the 2014 regulation's last day was the eve of the 2018 one
    expect(onDay('2018-10-19').regulation).toMatchObject({ packId: 'thanh-hoa-2018', effectiveFrom: '2018-10-19' });
    expect(memberIds(today)).toEqual([M.chair, M.standing, M.SNV, M.STC, M.SYT]);
    expect(today.roster.every((seat) => seat.committee === 'Ban Chỉ đạo xây dựng Chính quyền điện tử tỉnh Thanh Hóa')).toBe(true);
  });

  it('has no regulation and nobody before the first decision', () => {
    const before = onDay('2014-10-15');
    expect(before.regulation).toBeNull();
    expect(before.roster).toEqual([]);
  });

  it('shows a member appointed by a back-dated decision from the decision date, though it was recorded years later', () => {
    expect(memberIds(onDay('2019-02-28'))).not.toContain(M.SYT);
    expect(onDay('2019-03-01').roster).toContainEqual(expect.objectContaining({ memberId: M.SYT, role: 'member', agencyId: IDS.agencies.SYT, since: '2019-03-01', decision: { number: '512/QĐ-UBND', date: '2019-03-01' } }));
  });

  it('follows a meeting from scheduled to held, and its action item through an extension into "done on time"', () => {
    expect(onDay('2016-10-31').meetings).toEqual([]);
    expect(onDay('2016-11-01').meetings).toEqual([expect.objectContaining({ meetingId: IDS.meeting2016, status: 'scheduled', scheduledOn: '2016-12-20', invitees: 3, regulation: { packId: 'thanh-hoa-2014', decisionNumber: '3461/QĐ-BCĐ' } })]);
    const held = onDay('2016-12-31');
    expect(held.meetings[0]).toMatchObject({ status: 'held', heldAt: '2016-12-20T01:05:00.000Z', attendance: { present: 2, 'absent-approved': 0, 'absent-unapproved': 1, delegate: 0 } });
    expect(held.actionItems.items).toEqual([expect.objectContaining({ itemId: IDS.item2016, ownerAgencyId: IDS.agencies.STTTT, dueOn: '2017-01-31', doneOn: null, bucket: 'not-done-in-time' })]);
    // approved on 2017-01-25: due 2017-02-28 from then on
    expect(onDay('2017-02-10').actionItems.items[0]).toMatchObject({ dueOn: '2017-02-28', bucket: 'not-done-in-time' });
    const done = onDay('2017-03-01').actionItems;
    expect(done.items[0]).toMatchObject({ doneOn: '2017-02-20', bucket: 'done-on-time' });
    expect(done.counts).toEqual({ 'done-on-time': 1, 'done-late': 0, 'not-done-in-time': 0, 'not-done-overdue': 0 });
    expect(done.completionRate).toEqual({ rate: '100.00', complement: '0.00' });
  });

  it('puts the 2019 obligations in their buckets: one submitted on time, one overdue after 10 June', () => {
    const june = onDay('2019-06-07').obligations;
    expect(june.items.map((o) => [o.obligationId, o.status, o.bucket])).toEqual([
      [IDS.obligations.SNV, 'submitted', 'done-on-time'],
      [IDS.obligations.STC, 'open', 'not-done-in-time'],
    ]);
    const july = onDay('2019-07-01').obligations;
    expect(july.counts).toEqual({ 'done-on-time': 1, 'done-late': 0, 'not-done-in-time': 0, 'not-done-overdue': 1 });
    expect(july.completionRate).toEqual({ rate: '50.00', complement: '50.00' });
    expect(onDay('2018-12-31').obligations.items).toEqual([]);
  });

  it('executes the 2019 budget line by line, in whole đồng, corrections included', () => {
    const march = onDay('2019-03-31').budgets;
    expect(march).toEqual([
      expect.objectContaining({
        budgetId: IDS.budget2019,
        fiscalYear: 2019,
        holderAgencyId: IDS.agencies.STTTT,
        stage: 'appropriated',
        appropriation: { number: '5012/QĐ-UBND', date: '2018-12-10' },
        lines: [
          { lineId: 'hanh-chinh', category: 'quan-ly-hanh-chinh', title: 'Chi quản lý hành chính', appropriated: '120000000', spent: '0', remaining: '120000000', rate: '0.00' },
          { lineId: 'tuyen-truyen', category: 'tuyen-truyen', title: 'Tuyên truyền về Chính quyền điện tử', appropriated: '200000000', spent: '50000000', remaining: '150000000', rate: '25.00' },
        ],
        total: { appropriated: '320000000', spent: '50000000', remaining: '270000000', rate: '15.62' },
      }),
    ]);
    const corrected = onDay('2020-12-31').budgets[0];
    expect(corrected.stage).toBe('settled');
    expect(corrected.lines[0]).toEqual({ lineId: 'hanh-chinh', category: 'quan-ly-hanh-chinh', title: 'Chi quản lý hành chính', appropriated: '120000000', spent: '25000000', remaining: '95000000', rate: '20.83' });
    expect(onDay('2018-11-30').budgets[0]).toMatchObject({ stage: 'opened', lines: [], total: { appropriated: '0', spent: '0', rate: null } });
  });
});

describe('the recorded axis: what the platform showed then', () => {
  it('showed the 2014 committee as today\'s until the 2018 one was recorded', () => {
    const first = atInstant('2025-01-07T12:00:00+07:00', 'recorded');
    expect(first.date).toBe('2025-01-07');
    expect(first.regulation).toMatchObject({ packId: 'thanh-hoa-2014', lastDay: null });
    expect(memberIds(first)).toEqual([M.chair2014, M.standing2014, M.SNV2014]);
    expect(first.meetings.map((m) => m.status)).toEqual(['held']);
    expect(first.obligations.items).toEqual([]);
    const second = atInstant('2025-01-09T12:00:00+07:00', 'recorded');
    expect(second.regulation).toMatchObject({ packId: 'thanh-hoa-2018' });
    expect(memberIds(second)).toEqual([M.chair, M.standing, M.SNV, M.STC]);
  });

  it('shows the back-dated member only from the moment the appointment was recorded', () => {
    const recordedAt = new Date(RECORDED.late);
    expect(memberIds(atInstant(new Date(recordedAt.getTime() - 1), 'recorded'))).not.toContain(M.SYT);
    expect(atInstant(recordedAt, 'recorded').roster).toContainEqual(expect.objectContaining({ memberId: M.SYT, since: '2019-03-01' }));
    // a whole day on the recorded axis: the day it was recorded
    expect(memberIds(onDay('2025-02-28', 'recorded'))).not.toContain(M.SYT);
    expect(memberIds(onDay('2025-03-01', 'recorded'))).toContain(M.SYT);
  });

  it('judges statuses on the day asked: in 2025 the 2019 obligation not submitted is overdue', () => {
    const view = onDay('2025-01-08', 'recorded');
    expect(view.obligations.items.map((o) => [o.reporterName, o.bucket])).toEqual([
      ['Sở Nội vụ', 'done-on-time'],
      ['Sở Tài chính', 'not-done-overdue'],
    ]);
    expect(view.budgets[0].holder).toBe('Sở Thông tin và Truyền thông');
    expect(view.budgets[0].lines.map((l) => l.spent)).toEqual(['25000000', '50000000']);
  });

  it('knew nothing before the first recording', () => {
    const view = onDay('2025-01-05', 'recorded');
    expect(view).toMatchObject({ regulation: null, roster: [], meetings: [], budgets: [], events: { folded: 0, ignored: 0 } });
  });
});
