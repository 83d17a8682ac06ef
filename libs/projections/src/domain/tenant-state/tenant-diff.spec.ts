// What changed in Thanh Hóa between two days, on each axis.
import { LocalDate } from '@bcd/calendar';
import { asOfDay, asOfInstant, type AsOf, type Axis } from './tenant-event.js';
import { diffViews } from './tenant-diff.js';
import { stateAsOf } from './tenant-state.js';
import { IDS, RECORDED, thanhHoaHistory } from './testing.js';
import { tenantView } from './tenant-view.js';

const events = thanhHoaHistory();
const view = (asOf: AsOf) => tenantView(stateAsOf(events, asOf), asOf);
const day = (date: string, axis: Axis = 'business') => view(asOfDay(LocalDate.parse(date), axis));
const M = IDS.members;

describe('the diff between two days', () => {
  it('2016 → 2019 on the business axis: a new regulation and committee, members in and out, meetings, obligations and the budget', () => {
    const diff = diffViews(day('2016-06-30'), day('2019-06-30'));
    expect(diff).toMatchObject({ axis: 'business', from: { date: '2016-06-30', at: '2016-06-30T16:59:59.999Z' }, to: { date: '2019-06-30' } });
    expect(diff.roster.joined.map((s) => s.memberId)).toEqual([M.chair, M.standing, M.SNV, M.STC, M.SYT]);
    expect(diff.roster.left.map((s) => s.memberId)).toEqual([M.chair2014, M.standing2014, M.SNV2014]);
    expect(diff.roster.roleChanged).toEqual([]);
    expect(diff.regulation).toEqual({ before: expect.objectContaining({ packId: 'thanh-hoa-2014' }), after: expect.objectContaining({ packId: 'thanh-hoa-2018' }) });
    expect(diff.meetings.added.map((m) => [m.meetingId, m.status])).toEqual([[IDS.meeting2016, 'held']]);
    expect(diff.actionItems.added.map((i) => [i.itemId, i.bucket])).toEqual([[IDS.item2016, 'done-on-time']]);
    expect(diff.obligations.added.map((o) => [o.obligationId, o.status, o.bucket])).toEqual([
      [IDS.obligations.SNV, 'submitted', 'done-on-time'],
      [IDS.obligations.STC, 'open', 'not-done-overdue'],
    ]);
    expect(diff.budgets.lines).toEqual([
      { budgetId: IDS.budget2019, fiscalYear: 2019, lineId: 'hanh-chinh', title: 'Chi quản lý hành chính', appropriated: { before: '0', after: '120000000', change: '120000000' }, spent: { before: '0', after: '0', change: '0' } },
      { budgetId: IDS.budget2019, fiscalYear: 2019, lineId: 'tuyen-truyen', title: 'Tuyên truyền về Chính quyền điện tử', appropriated: { before: '0', after: '200000000', change: '200000000' }, spent: { before: '0', after: '50000000', change: '50000000' } },
    ]);
  });

  it('statuses and buckets that moved: a meeting held, an action item extended then done, an obligation falling overdue, spending corrected', () => {
    const meeting = diffViews(day('2016-12-01'), day('2016-12-31'));
    expect(meeting.meetings).toEqual({ added: [], statusChanged: [{ meetingId: IDS.meeting2016, kind: 'plenary', scheduledOn: '2016-12-20', before: 'scheduled', after: 'held' }] });
    expect(meeting.actionItems.added).toHaveLength(1);
    const item = diffViews(day('2017-01-20'), day('2017-03-01'));
    expect(item.actionItems.changed).toEqual([{ itemId: IDS.item2016, description: 'Xây dựng Kiến trúc Chính quyền điện tử', before: { dueOn: '2017-01-31', bucket: 'not-done-in-time' }, after: { dueOn: '2017-02-28', bucket: 'done-on-time' } }]);
    const overdue = diffViews(day('2019-06-10'), day('2019-06-11'));
    expect(overdue.obligations.changed).toEqual([{ obligationId: IDS.obligations.STC, period: '2019-H1', reporterName: null, before: { status: 'open', bucket: 'not-done-in-time' }, after: { status: 'open', bucket: 'not-done-overdue' } }]);
    expect(overdue.regulation).toBeNull();
    expect(overdue.roster).toEqual({ joined: [], left: [], roleChanged: [] });
    const corrected = diffViews(day('2020-02-15'), day('2020-03-15'));
    expect(corrected.budgets.lines).toEqual([expect.objectContaining({ lineId: 'hanh-chinh', appropriated: { before: '120000000', after: '120000000', change: '0' }, spent: { before: '30000000', after: '25000000', change: '-5000000' } })]);
  });

  it('on the recorded axis: what the platform showed before and after the late appointment was recorded', () => {
    const late = new Date(RECORDED.late);
    const diff = diffViews(view(asOfInstant(new Date(late.getTime() - 1), 'recorded')), view(asOfInstant(late, 'recorded')));
    expect(diff.roster.joined).toEqual([expect.objectContaining({ memberId: M.SYT, since: '2019-03-01', agency: 'Sở Y tế' })]);
    expect(diff.roster.left).toEqual([]);
    expect(diff.meetings).toEqual({ added: [], statusChanged: [] });
  });

  it('reports a role change by seat', () => {
    const decision = { number: '9/QĐ-UBND', date: '2020-05-04' };
    const change = { type: 'membership.MemberRoleChanged', data: { committeeId: IDS.committee2018, memberId: M.STC, role: 'vice-chair', previousRole: 'member', decision, effectiveOn: '2020-05-04' }, occurredAt: new Date('2020-05-03T17:00:00Z'), recordedAt: new Date('2025-04-01T00:00:00Z') };
    const all = [...events, change];
    const on = (date: string) => {
      const asOf = asOfDay(LocalDate.parse(date), 'business');
      return tenantView(stateAsOf(all, asOf), asOf);
    };
    const diff = diffViews(on('2020-05-03'), on('2020-05-04'));
    expect(diff.roster.roleChanged).toEqual([{ before: expect.objectContaining({ memberId: M.STC, role: 'member' }), after: expect.objectContaining({ memberId: M.STC, role: 'vice-chair', since: '2020-05-04', decision }) }]);
    expect(diff.roster.joined).toEqual([]);
  });
});
