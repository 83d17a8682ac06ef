// Given/when/then for following the issued programme: tasks done (on the day they were done), deadlines extended by
// the chair only (who issued the programme), inspections done; nothing of a draft, nothing before the issue.
import { Rules } from '../rules.js';
import {
  after,
  ARTICLE,
  chair,
  contractsOf,
  d,
  done,
  draft2019,
  extend,
  INSPECTION,
  inspected,
  issued2019,
  programmeId,
  PROGRAMME_POLICY,
  SNV,
  spec,
  standingMember,
  stateOf,
  TASK_A,
  TASK_B,
  viceChair,
} from './testing.js';
import { dueOnAsOf } from './programme.js';

const ISSUE_RULE = 'thanh-hoa-2018/programme.issue';

describe('tasks of the issued programme', () => {
  it('records a task done on its day, with a note; the same day again changes nothing', () => {
    spec.given(issued2019()).when(done({ note: 'Đã trình UBND tỉnh phê duyệt' })).then([{ type: 'TaskDone', data: { programmeId, taskId: TASK_A, doneOn: d('2019-06-20'), note: 'Đã trình UBND tỉnh phê duyệt' } }]);
    spec.given(after(issued2019(), done())).when(done()).thenNothingHappened();
  });

  it('records a task done once, on or after the issue, of the programme\'s tasks only (PROGRAMME-task, PROGRAMME-flow)', () => {
    spec.given(after(issued2019(), done())).when(done({ doneOn: d('2019-06-21') })).thenThrowsRule(Rules.task, PROGRAMME_POLICY);
    spec.given(issued2019()).when(done({ doneOn: d('2019-01-14') })).thenThrowsRule(Rules.flow, PROGRAMME_POLICY);
    spec.given(issued2019()).when(done({ taskId: SNV })).thenThrowsRule(Rules.task, PROGRAMME_POLICY);
  });

  it('follows nothing of a draft: a draft owes nothing yet (PROGRAMME-flow)', () => {
    spec.given(draft2019()).when(done()).thenThrowsRule(Rules.flow, PROGRAMME_POLICY);
    spec.given(draft2019()).when(extend()).thenThrowsRule(Rules.flow, PROGRAMME_POLICY);
    spec.given(draft2019()).when(inspected()).thenThrowsRule(Rules.flow, PROGRAMME_POLICY);
  });
});

describe('extending a task\'s deadline', () => {
  it('is approved by the chair on a day, from the deadline in force then, citing Điều 3 khoản 1', () => {
    spec.given(issued2019()).when(extend()).then([
      {
        type: 'TaskExtended',
        data: {
          programmeId,
          taskId: TASK_A,
          dueOn: d('2019-09-30'),
          previousDueOn: d('2019-06-30'),
          approvedOn: d('2019-06-25'),
          approvedBy: { memberId: chair.memberId, role: 'chair' },
          reason: 'Chờ hướng dẫn của Bộ Thông tin và Truyền thông',
          article: ARTICLE.th2018,
        },
      },
    ]);
    const twice = after(issued2019(), extend(), extend({ dueOn: d('2019-11-30'), approvedOn: d('2019-09-20') }));
    expect(contractsOf(twice)).toHaveLength(7);
    expect(twice.at(-1)?.data).toMatchObject({ previousDueOn: '2019-09-30', dueOn: '2019-11-30' });
  });

  it('counts an extension from the day it was approved', () => {
    const task = (stateOf(after(issued2019(), extend())) as { tasks: Record<string, Parameters<typeof dueOnAsOf>[0]> }).tasks[TASK_A];
    expect([dueOnAsOf(task, d('2019-06-24')), dueOnAsOf(task, d('2019-06-25'))]).toEqual(['2019-06-30', '2019-09-30']);
  });

  it('is approved by the chair only: a vice chair or the standing member is refused (Điều 3 khoản 1)', () => {
    spec.given(issued2019()).when(extend({ approvedBy: viceChair })).thenThrowsRule(ISSUE_RULE, ARTICLE.th2018);
    spec.given(issued2019()).when(extend({ approvedBy: standingMember })).thenThrowsRule(ISSUE_RULE, ARTICLE.th2018);
  });

  it('moves a deadline forward only, of a task not done yet (PROGRAMME-task)', () => {
    spec.given(issued2019()).when(extend({ dueOn: d('2019-06-30') })).thenThrowsRule(Rules.task, PROGRAMME_POLICY);
    spec.given(issued2019()).when(extend({ dueOn: d('2019-06-01') })).thenThrowsRule(Rules.task, PROGRAMME_POLICY);
    spec.given(after(issued2019(), done({ doneOn: d('2019-06-20') }))).when(extend()).thenThrowsRule(Rules.task, PROGRAMME_POLICY);
    spec.given(issued2019()).when(extend({ taskId: SNV })).thenThrowsRule(Rules.task, PROGRAMME_POLICY);
  });

  it('is approved on or after the issue, on a day a regulation is in force', () => {
    spec.given(issued2019()).when(extend({ approvedOn: d('2019-01-14') })).thenThrowsRule(Rules.flow, PROGRAMME_POLICY);
    spec.given(issued2019()).when(extend({ regulation: undefined })).thenThrowsRule(Rules.noRegulationInForce, PROGRAMME_POLICY);
  });
});

describe('inspections of the issued plan', () => {
  it('records an inspection done with its findings, naming the agency inspected; the same day again changes nothing', () => {
    spec.given(issued2019()).when(inspected()).then([{ type: 'InspectionDone', data: { programmeId, inspectionId: INSPECTION, agencyId: SNV, doneOn: d('2019-05-22'), findings: 'Cổng dịch vụ công hoạt động ổn định' } }]);
    spec.given(after(issued2019(), inspected())).when(inspected()).thenNothingHappened();
  });

  it('records an inspection of the plan once, on or after the issue (PROGRAMME-inspection, PROGRAMME-flow)', () => {
    spec.given(after(issued2019(), inspected())).when(inspected({ doneOn: d('2019-05-23') })).thenThrowsRule(Rules.inspection, PROGRAMME_POLICY);
    spec.given(issued2019()).when(inspected({ inspectionId: TASK_B })).thenThrowsRule(Rules.inspection, PROGRAMME_POLICY);
    spec.given(issued2019()).when(inspected({ doneOn: d('2019-01-02') })).thenThrowsRule(Rules.flow, PROGRAMME_POLICY);
  });
});
