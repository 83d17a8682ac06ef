// Conclusions and action items (RULES.md §2, §6 KPI 5): the four buckets of Báo cáo 1270/BC-TCTTTg as of
// any date, the completion rate to two decimals adding to 100 % with its complement, and new due dates only
// with the chair's approval.
import type { LocalDate } from '@bcd/calendar';
import { MEETINGS_POLICY, Rules } from '../rules.js';
import { actionItemBuckets, type ExtendActionItem } from './follow-up.js';
import { chair, d, id, meetingId, now, scheduled, spec, standingMember, stateOf, viceChair } from './meeting.fixtures.js';
import type { ActionItem, MeetingEvent } from './meeting.js';

const held: MeetingEvent[] = [...scheduled(), { type: 'MeetingHeld', data: { meetingId, heldAt: '2019-09-20T01:10:00.000Z', presidedBy: chair.memberId, attendance: [] } }];
const conclusion: MeetingEvent = { type: 'ConclusionRecorded', data: { meetingId, conclusionId: id(950), text: 'Đẩy mạnh dịch vụ công trực tuyến' } };
const assigned = (n: number, dueOn: string, assignedOn = '2019-09-23'): MeetingEvent => ({
  type: 'ActionItemAssigned',
  data: { meetingId, itemId: id(960 + n), conclusionId: id(950), ownerAgencyId: standingMember.agencyId, description: `Nhiệm vụ ${n}`, assignedOn: d(assignedOn), dueOn: d(dueOn) },
});
const done = (n: number, doneOn: string): MeetingEvent => ({ type: 'ActionItemDone', data: { meetingId, itemId: id(960 + n), doneOn: d(doneOn) } });
const extend = (n: number, dueOn: string, approvedOn: string, approvedBy: ExtendActionItem['data']['approvedBy'] = { memberId: chair.memberId, role: 'chair' }): ExtendActionItem => ({
  type: 'ExtendActionItem',
  data: { meetingId, itemId: id(960 + n), dueOn: d(dueOn), reason: 'Chờ kinh phí', approvedOn: d(approvedOn), approvedBy },
  metadata: { now },
});
const items = (events: MeetingEvent[]): ActionItem[] => {
  const state = stateOf(events);
  return state.status === 'none' ? [] : Object.values(state.actionItems);
};

describe('meeting decider: conclusions and action items', () => {
  it('records conclusions and action items of a held meeting only (MEETINGS-held, MEETINGS-action-item)', () => {
    const record = { type: 'RecordConclusion' as const, data: { meetingId, conclusionId: id(950), text: 'Đẩy mạnh dịch vụ công trực tuyến' }, metadata: { now } };
    spec.given(scheduled()).when(record).thenThrowsRule(Rules.held, MEETINGS_POLICY);
    spec.given(held).when(record).then([conclusion]);
    spec.given([...held, conclusion]).when(record).thenNothingHappened();
    const assign = (conclusionId: string, dueOn: string) => ({
      type: 'AssignActionItem' as const,
      data: { meetingId, itemId: id(961), conclusionId, ownerAgencyId: standingMember.agencyId, description: 'Nhiệm vụ 1', assignedOn: d('2019-09-23'), dueOn: d(dueOn) },
      metadata: { now },
    });
    spec.given([...held, conclusion]).when(assign(id(950), '2019-12-31')).then([assigned(1, '2019-12-31')]);
    spec.given([...held, conclusion]).when(assign(id(951), '2019-12-31')).thenThrowsRule(Rules.actionItem, MEETINGS_POLICY);
    spec.given([...held, conclusion]).when(assign(id(950), '2019-09-01')).thenThrowsRule(Rules.actionItem, MEETINGS_POLICY);
    spec.given([...held, conclusion, assigned(1, '2019-12-31')]).when(assign(id(950), '2019-12-31')).thenThrowsRule(Rules.actionItem, MEETINGS_POLICY);
  });

  it('extends a due date only with the chair\'s approval, to a later date, before it is done (MEETINGS-extension-by-chair)', () => {
    const given = [...held, conclusion, assigned(1, '2019-12-31')];
    spec.given(given).when(extend(1, '2020-03-31', '2019-12-20')).then([
      { type: 'ActionItemExtended', data: { meetingId, itemId: id(961), dueOn: d('2020-03-31'), previousDueOn: d('2019-12-31'), approvedBy: chair.memberId, approvedOn: d('2019-12-20'), reason: 'Chờ kinh phí' } },
    ]);
    spec.given(given).when(extend(1, '2020-03-31', '2019-12-20', { memberId: viceChair.memberId, role: 'vice-chair' })).thenThrowsRule(Rules.extensionByChair, MEETINGS_POLICY);
    // an approver not on the roster of the day of approval
    const offRoster = extend(1, '2020-03-31', '2019-12-20');
    spec.given(given).when({ ...offRoster, data: { ...offRoster.data, approvedBy: undefined } }).thenThrowsRule(Rules.extensionByChair, MEETINGS_POLICY);
    spec.given(given).when(extend(1, '2019-12-01', '2019-11-20')).thenThrowsRule(Rules.actionItem, MEETINGS_POLICY);
    spec.given([...given, done(1, '2019-12-10')]).when(extend(1, '2020-03-31', '2019-12-20')).thenThrowsRule(Rules.actionItem, MEETINGS_POLICY);
  });

  it('sorts the items into the four buckets of Báo cáo 1270/BC-TCTTTg as of three dates, extensions counted from their approval', () => {
    const events: MeetingEvent[] = [
      ...held,
      conclusion,
      assigned(1, '2019-10-31'), // done on time
      done(1, '2019-10-25'),
      assigned(2, '2019-10-31'), // done late
      done(2, '2019-11-15'),
      assigned(3, '2019-12-31'), // never done
      assigned(4, '2019-10-31'), // extended on 2019-10-28 to 2019-11-30, done 2019-11-20: on time
      { type: 'ActionItemExtended', data: { meetingId, itemId: id(964), dueOn: d('2019-11-30'), previousDueOn: d('2019-10-31'), approvedBy: chair.memberId, approvedOn: d('2019-10-28'), reason: 'x' } },
      done(4, '2019-11-20'),
      assigned(5, '2019-11-15', '2019-11-01'), // assigned later, overdue by December
    ];
    const asOf = (date: string) => actionItemBuckets(items(events), d(date) as LocalDate);

    expect(asOf('2019-10-01')).toMatchObject({
      counts: { 'done-on-time': 0, 'done-late': 0, 'not-done-in-time': 4, 'not-done-overdue': 0 },
      completionRate: null,
    });
    expect(asOf('2019-11-05')).toMatchObject({
      counts: { 'done-on-time': 1, 'done-late': 0, 'not-done-in-time': 3, 'not-done-overdue': 1 },
      byItem: { [id(961)]: 'done-on-time', [id(962)]: 'not-done-overdue', [id(963)]: 'not-done-in-time', [id(964)]: 'not-done-in-time', [id(965)]: 'not-done-in-time' },
      completionRate: { rate: '50.00', complement: '50.00' },
    });
    const january = asOf('2020-01-15');
    expect(january).toMatchObject({
      counts: { 'done-on-time': 2, 'done-late': 1, 'not-done-in-time': 0, 'not-done-overdue': 2 },
      completionRate: { rate: '60.00', complement: '40.00' },
    });
    // thirds: 1 done of 3 counted → 33.33 % and 66.67 %, adding to 100
    const thirds = actionItemBuckets(items([...held, conclusion, assigned(1, '2019-10-31'), done(1, '2019-10-30'), assigned(2, '2019-10-31'), assigned(3, '2019-10-31')]), d('2019-12-01'));
    expect(thirds.completionRate).toEqual({ rate: '33.33', complement: '66.67' });
  });
});
