// Given a programme's events (as the decider gave them), then its view and its progress as of a day: the tasks in the
// four buckets of Báo cáo 1270/BC-TCTTTg, owed from the issue, with the deadline in force on the day asked.
import { after, d, done, extend, INSPECTION, inspected, issued2019, programmeId, story, open, planTask, TASK_A, TASK_B } from '../domain/programme/testing.js';
import type { ProgrammeEvent } from '../domain/programme/programme.js';
import { foldProgramme, progressOf, ProgrammeViewSchema, type ProgrammeView } from './programme.view.js';

/** The view through JSON, as the jsonb column keeps it. */
const viewOf = (events: readonly ProgrammeEvent[]): ProgrammeView => JSON.parse(JSON.stringify(events.reduce<ProgrammeView | null>((v, e, i) => foldProgramme(v, e, i + 1), null)));

describe('the programme view', () => {
  // Sở TTTT's task done on 20/6 (due 30/6); Sở Nội vụ's task (due 31/10) not done; the inspection of May done on 22/5.
  const events = after(issued2019(), inspected(), done());

  it('keeps the draft, the chair\'s issue and the follow-up, in the shape its schema publishes', () => {
    const view = viewOf(events);
    expect(ProgrammeViewSchema.parse(view)).toEqual(view);
    expect(view).toMatchObject({ programmeId, year: 2019, status: 'issued', issueBy: '2019-01-31', version: 7, issue: { decision: { number: '45/QĐ-BCĐ', date: '2019-01-15' }, timeliness: { issueBy: '2019-01-31', onTime: true } } });
    expect(view.tasks.map((t) => [t.taskId, t.dueOn, t.doneOn])).toEqual([
      [TASK_A, '2019-06-30', '2019-06-20'],
      [TASK_B, '2019-10-31', null],
    ]);
    expect(view.inspections).toEqual([expect.objectContaining({ inspectionId: INSPECTION, month: '2019-05', doneOn: '2019-05-22', findings: 'Cổng dịch vụ công hoạt động ổn định' })]);
  });

  it('30/06/2019: one done on time, one still in time → 1 ÷ (1 + 0) = 100.00 %; 31/12/2019: Sở Nội vụ\'s task overdue → 1 ÷ (1 + 1) = 50.00 %', () => {
    const view = viewOf(events);
    expect(progressOf(view, d('2019-06-30'))).toEqual({
      asOf: '2019-06-30',
      counts: { 'done-on-time': 1, 'done-late': 0, 'not-done-in-time': 1, 'not-done-overdue': 0 },
      completionRate: { rate: '100.00', complement: '0.00' },
      tasks: [
        { taskId: TASK_A, dueOn: '2019-06-30', doneOn: '2019-06-20', bucket: 'done-on-time' },
        { taskId: TASK_B, dueOn: '2019-10-31', doneOn: null, bucket: 'not-done-in-time' },
      ],
      inspections: { planned: 1, done: 1 },
    });
    expect(progressOf(view, d('2019-12-31'))).toMatchObject({ counts: { 'done-on-time': 1, 'not-done-overdue': 1 }, completionRate: { rate: '50.00', complement: '50.00' } });
  });

  it('reads an extension from the day it was approved: Sở TTTT\'s task, due 30/6, extended on 25/6 to 30/9, is in time on 31/7 (without the extension: overdue)', () => {
    const view = viewOf(after(issued2019(), extend()));
    expect(progressOf(view, d('2019-06-24')).tasks[0]).toEqual({ taskId: TASK_A, dueOn: '2019-06-30', doneOn: null, bucket: 'not-done-in-time' });
    expect(progressOf(view, d('2019-07-31')).tasks[0]).toEqual({ taskId: TASK_A, dueOn: '2019-09-30', doneOn: null, bucket: 'not-done-in-time' });
    expect(progressOf(viewOf(issued2019()), d('2019-07-31')).tasks[0]).toMatchObject({ bucket: 'not-done-overdue' });
  });

  it('a draft owes nothing: no task counted before the issue', () => {
    expect(progressOf(viewOf(story(open(), planTask())), d('2019-12-31'))).toMatchObject({ counts: { 'done-on-time': 0, 'done-late': 0, 'not-done-in-time': 0, 'not-done-overdue': 0 }, completionRate: null, tasks: [] });
  });
});
