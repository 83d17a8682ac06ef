// The work-programme part of the tenant state: a programme, its tasks and inspections as their events made them, read
// through their contracts; the deadline in force on a day is the extension approved last by then.
import { LocalDate } from '@bcd/calendar';
import { foldTenantState } from './tenant-state.js';
import { taskDueOnAsOf } from './programme.js';

const at = new Date('2025-01-06T02:00:00Z');
const event = (type: string, data: unknown) => ({ type: `programme.${type}`, data, occurredAt: at, recordedAt: at });
const regulation = { packId: 'thanh-hoa-2018', decisionNumber: '4095/QĐ-BCĐ', effectiveFrom: '2018-10-19', article: 'Điều 3 khoản 1' };
const P = 'prog-2019';
const extension = (dueOn: string, approvedOn: string) => ({ programmeId: P, taskId: 't-1', dueOn, previousDueOn: '2019-06-30', approvedOn, approvedBy: { memberId: 'm-chair', role: 'chair' }, reason: 'Chờ hướng dẫn', article: 'Điều 3 khoản 1' });

describe('the work programmes of a tenant', () => {
  const state = foldTenantState([
    event('ProgrammeOpened', { programmeId: P, committeeId: 'c-1', year: 2019, title: 'Chương trình công tác năm 2019', openedOn: '2018-12-03', issueBy: '2019-01-31', regulation, annual: true }),
    event('TaskPlanned', { programmeId: P, taskId: 't-1', description: 'Kiến trúc CQĐT', ownerAgencyId: 'a-stttt', dueOn: '2019-05-31', plannedOn: '2018-12-10' }),
    event('TaskAmended', { programmeId: P, taskId: 't-1', description: 'Kiến trúc CQĐT 2.0', ownerAgencyId: 'a-stttt', dueOn: '2019-06-30', amendedOn: '2018-12-20' }),
    event('InspectionPlanned', { programmeId: P, inspectionId: 'i-1', agencyId: 'a-snv', month: '2019-05', subject: 'Ứng dụng CNTT', plannedOn: '2018-12-10' }),
    event('ProgrammeIssued', { programmeId: P, year: 2019, decision: { number: '45/QĐ-BCĐ', date: '2019-01-15' }, issuedBy: { memberId: 'm-chair', role: 'chair' }, tasks: 1, inspections: 1, timeliness: { issueBy: '2019-01-31', onTime: true }, regulation }),
    event('TaskExtended', extension('2019-09-30', '2019-06-25')),
    event('TaskExtended', extension('2019-11-30', '2019-09-20')),
    event('InspectionDone', { programmeId: P, inspectionId: 'i-1', agencyId: 'a-snv', doneOn: '2019-05-22', findings: null }),
    event('TaskDone', { programmeId: P, taskId: 't-1', doneOn: '2019-11-15', note: null }),
    event('TaskDone', { programmeId: P, taskId: 't-1' }), // refused by its contract
  ]);

  it('folds a programme, its tasks and inspections, and counts what its contract refused', () => {
    expect(state).toMatchObject({ folded: 9, ignored: 1 });
    expect(state.programmes.programmes[P]).toEqual({
      programmeId: P,
      committeeId: 'c-1',
      year: 2019,
      openedOn: '2018-12-03',
      issueBy: '2019-01-31',
      annual: true,
      regulation: { packId: 'thanh-hoa-2018', decisionNumber: '4095/QĐ-BCĐ', article: 'Điều 3 khoản 1' },
      issue: { decision: { number: '45/QĐ-BCĐ', date: '2019-01-15' }, onTime: true },
      inspections: { 'i-1': { agencyId: 'a-snv', month: '2019-05', doneOn: '2019-05-22' } },
    });
    expect(state.programmes.tasks['t-1']).toMatchObject({ programmeId: P, description: 'Kiến trúc CQĐT 2.0', dueOn: '2019-06-30', doneOn: '2019-11-15' });
  });

  it('reads the deadline in force on a day: as issued, then each extension from the day it was approved', () => {
    const task = state.programmes.tasks['t-1'];
    expect(['2019-06-24', '2019-06-25', '2019-09-19', '2019-09-20'].map((day) => taskDueOnAsOf(task, LocalDate.parse(day)))).toEqual(['2019-06-30', '2019-09-30', '2019-09-30', '2019-11-30']);
  });
});
