// Given/when/then for drafting the annual programme: opened for a committee and year under the regulation in force
// (with the tenant's optional deadline for its issue), tasks with an owner agency and a deadline, inspections of
// agencies by month, amended until the chair issues it (Thanh Hóa 2018 Điều 7.1: "Xây dựng chương trình, kế hoạch
// công tác, kế hoạch kiểm tra hàng năm của Ban Chỉ đạo").
import { NotFound } from '@bcd/kernel';
import { Rules } from '../rules.js';
import {
  amendInspection,
  amendTask,
  ARTICLE,
  bd2021,
  committeeId,
  contractsOf,
  d,
  draft2019,
  INSPECTION,
  issued2019,
  kg2008,
  open,
  planInspection,
  planTask,
  programmeId,
  PROGRAMME_POLICY,
  pt2022,
  regulationRef,
  SNV,
  spec,
  STTTT,
  story,
  TASK_A,
  th2014,
  th2018,
} from './testing.js';

describe('opening the year\'s programme', () => {
  it('opens it for a committee and year, with the deadline the tenant sets for its issue, citing the chair\'s article (Thanh Hóa 2018 Điều 3.1)', () => {
    spec.given([]).when(open()).then([
      {
        type: 'ProgrammeOpened',
        data: { programmeId, committeeId, year: 2019, title: 'Chương trình công tác năm 2019', openedOn: d('2018-12-03'), issueBy: d('2019-01-31'), regulation: regulationRef(th2018, ARTICLE.th2018), annual: true },
      },
    ]);
  });

  it('sets no deadline for the issue by default (no seed regulation sets one)', () => {
    spec.given([]).when(open({ issueBy: null })).then([expect.objectContaining({ data: expect.objectContaining({ issueBy: null }) })]);
  });

  it('reads each seed regulation: the annual programme is named by TH2014 Điều 5.1d, BĐ 2021 and PT 2022 Điều 3.1; not by Kiên Giang 2008 (Điều 5.2 only lets the chair decide the committee\'s work)', () => {
    const opened = (regulation: typeof th2018, openedOn: string) => story(open({ regulation, openedOn: d(openedOn) }))[0].data;
    expect(opened(th2014, '2017-12-01')).toMatchObject({ annual: true, regulation: { packId: 'thanh-hoa-2014', article: ARTICLE.th2014 } });
    expect(opened(bd2021, '2021-12-01')).toMatchObject({ annual: true, regulation: { packId: 'binh-dinh-2021', article: ARTICLE.bd2021 } });
    expect(opened(pt2022, '2022-12-01')).toMatchObject({ annual: true, regulation: { packId: 'phu-tho-2022', article: ARTICLE.pt2022 } });
    expect(opened(kg2008, '2008-12-01')).toMatchObject({ annual: false, regulation: { packId: 'kien-giang-2008', article: ARTICLE.kg2008 } });
  });

  it('is opened once per committee and year (PROGRAMME-flow), and only on a day a regulation is in force', () => {
    spec.given(story(open())).when(open({ openedOn: d('2018-12-05') })).thenThrowsRule(Rules.flow, PROGRAMME_POLICY);
    spec.given([]).when(open({ regulation: undefined })).thenThrowsRule(Rules.noRegulationInForce, PROGRAMME_POLICY);
  });
});

describe('drafting tasks and inspections', () => {
  it('plans a task with its owner agency and deadline, and an inspection of an agency in a month of the year', () => {
    spec.given(story(open())).when(planTask()).then([
      { type: 'TaskPlanned', data: { programmeId, taskId: TASK_A, description: 'Xây dựng Kiến trúc Chính quyền điện tử phiên bản 2.0', ownerAgencyId: STTTT, dueOn: d('2019-06-30'), plannedOn: d('2018-12-10') } },
    ]);
    spec.given(story(open())).when(planInspection()).then([
      { type: 'InspectionPlanned', data: { programmeId, inspectionId: INSPECTION, agencyId: SNV, month: '2019-05', subject: 'Kiểm tra ứng dụng CNTT tại Sở Nội vụ', plannedOn: d('2018-12-10') } },
    ]);
    expect(contractsOf(draft2019())).toHaveLength(4);
  });

  it('amends a task or an inspection of the draft; the same values again change nothing', () => {
    spec.given(draft2019()).when(amendTask()).then([
      { type: 'TaskAmended', data: { programmeId, taskId: TASK_A, description: 'Xây dựng Kiến trúc Chính quyền điện tử phiên bản 2.0', ownerAgencyId: STTTT, dueOn: d('2019-07-31'), amendedOn: d('2018-12-20') } },
    ]);
    spec.given(draft2019()).when(amendTask({ dueOn: d('2019-06-30') })).thenNothingHappened();
    spec.given(draft2019()).when(amendInspection()).then([expect.objectContaining({ type: 'InspectionAmended', data: expect.objectContaining({ month: '2019-09' }) })]);
    spec.given(draft2019()).when(amendInspection({ month: '2019-05' })).thenNothingHappened();
  });

  it('names a task or an inspection once, and amends only those in the draft (PROGRAMME-task, PROGRAMME-inspection)', () => {
    spec.given(draft2019()).when(planTask()).thenThrowsRule(Rules.task, PROGRAMME_POLICY);
    spec.given(draft2019()).when(amendTask({ taskId: SNV })).thenThrowsRule(Rules.task, PROGRAMME_POLICY);
    spec.given(draft2019()).when(planInspection()).thenThrowsRule(Rules.inspection, PROGRAMME_POLICY);
    spec.given(draft2019()).when(amendInspection({ inspectionId: SNV })).thenThrowsRule(Rules.inspection, PROGRAMME_POLICY);
  });

  it('plans inspections in a month of the programme\'s year only (the annual inspection plan, PROGRAMME-inspection)', () => {
    spec.given(story(open())).when(planInspection({ month: '2020-01' })).thenThrowsRule(Rules.inspection, PROGRAMME_POLICY);
    spec.given(draft2019()).when(amendInspection({ month: '2018-12' })).thenThrowsRule(Rules.inspection, PROGRAMME_POLICY);
  });

  it('changes the draft only on or after the day it was opened, and never once issued (PROGRAMME-flow)', () => {
    spec.given(story(open())).when(planTask({ plannedOn: d('2018-12-02') })).thenThrowsRule(Rules.flow, PROGRAMME_POLICY);
    spec.given(issued2019()).when(planTask({ taskId: SNV })).thenThrowsRule(Rules.flow, PROGRAMME_POLICY);
    spec.given(issued2019()).when(amendTask()).thenThrowsRule(Rules.flow, PROGRAMME_POLICY);
    spec.given(issued2019()).when(amendInspection()).thenThrowsRule(Rules.flow, PROGRAMME_POLICY);
  });

  it('answers 404 for a programme never opened', () => {
    spec.given([]).when(planTask()).thenThrows(NotFound);
  });
});
