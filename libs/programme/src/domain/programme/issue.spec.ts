// Given/when/then for issuing the programme: by the chair (Thanh Hóa 2018, Bình Định 2021, Phú Thọ 2022 Điều 3.1:
// "ban hành chương trình, kế hoạch công tác, kiểm tra hàng năm của Ban Chỉ đạo"), as the roster of the decision's
// date has them, with its tasks; on time or not against the deadline the tenant set (none by default).
import { Rules } from '../rules.js';
import {
  after,
  ARTICLE,
  bd2021,
  chair,
  contractsOf,
  d,
  decision,
  draft2019,
  id,
  ISSUE,
  issue,
  issued2019,
  kg2008,
  open,
  planTask,
  programmeId,
  PROGRAMME_POLICY,
  pt2022,
  regulationRef,
  spec,
  standingMember,
  stateOf,
  story,
  th2018,
  viceChair,
} from './testing.js';

const ISSUE_RULE = 'thanh-hoa-2018/programme.issue';

describe('issuing the programme', () => {
  it('is issued by the chair by decision, with its tasks and inspections, on time against the tenant\'s deadline (15/1 ≤ 31/1)', () => {
    spec.given(draft2019()).when(issue()).then([
      {
        type: 'ProgrammeIssued',
        data: {
          programmeId,
          year: 2019,
          decision: ISSUE,
          issuedBy: { memberId: chair.memberId, role: 'chair' },
          tasks: 2,
          inspections: 1,
          timeliness: { issueBy: d('2019-01-31'), onTime: true },
          regulation: regulationRef(th2018, ARTICLE.th2018),
        },
      },
    ]);
    expect(contractsOf(issued2019())).toHaveLength(5);
    expect(stateOf(issued2019())).toMatchObject({ issuedOn: '2019-01-15' });
  });

  it('is late when issued after the tenant\'s deadline (20/2 > 31/1), and not judged when the tenant set none', () => {
    spec.given(draft2019()).when(issue({ decision: decision('88/QĐ-BCĐ', '2019-02-20') })).then([expect.objectContaining({ data: expect.objectContaining({ timeliness: { issueBy: d('2019-01-31'), onTime: false } }) })]);
    spec.given(draft2019()).when(issue({ decision: decision('31/QĐ-BCĐ', '2019-01-31') })).then([expect.objectContaining({ data: expect.objectContaining({ timeliness: { issueBy: d('2019-01-31'), onTime: true } }) })]);
    const noDeadline = story(open({ issueBy: null }), planTask());
    spec.given(noDeadline).when(issue({ decision: decision('250/QĐ-BCĐ', '2019-06-03') })).then([expect.objectContaining({ data: expect.objectContaining({ timeliness: { issueBy: null, onTime: null } }) })]);
  });

  it('is issued by the chair only: a vice chair or the standing member is refused (Điều 3 khoản 1)', () => {
    spec.given(draft2019()).when(issue({ issuedBy: viceChair })).thenThrowsRule(ISSUE_RULE, ARTICLE.th2018);
    spec.given(draft2019()).when(issue({ issuedBy: standingMember })).thenThrowsRule(ISSUE_RULE, ARTICLE.th2018);
  });

  it('is issued by the chair of the programme\'s own committee', () => {
    spec.given(draft2019()).when(issue({ issuedBy: { ...chair, committeeId: id(999) } })).thenThrowsRule(ISSUE_RULE, ARTICLE.th2018);
  });

  it('is issued by the chair under Bình Định 2021 and Phú Thọ 2022 Điều 3.1, and under Kiên Giang 2008 (Điều 5.2) where no programme is named', () => {
    for (const [regulation, article, date] of [
      [bd2021, ARTICLE.bd2021, '2021-12-20'],
      [pt2022, ARTICLE.pt2022, '2022-12-20'],
      [kg2008, ARTICLE.kg2008, '2008-12-20'],
    ] as const) {
      const year = Number(date.slice(0, 4)) + 1;
      const drafted = story(open({ regulation, year, openedOn: d(date), issueBy: null }), planTask({ plannedOn: d(date), dueOn: d(`${year}-06-30`) }));
      const issuedOn = `${year}-01-10`;
      spec.given(drafted).when(issue({ regulation, decision: decision('1/QĐ-BCĐ', issuedOn) })).then([expect.objectContaining({ data: expect.objectContaining({ regulation: expect.objectContaining({ article }) }) })]);
      spec.given(drafted).when(issue({ regulation, decision: decision('1/QĐ-BCĐ', issuedOn), issuedBy: viceChair })).thenThrowsRule(`${regulation.adoption.pack.id}/programme.issue`, article);
    }
  });

  it('is issued once, after the draft it issues, with at least one task, none due before the issue (PROGRAMME-flow, PROGRAMME-task)', () => {
    spec.given(issued2019()).when(issue()).thenThrowsRule(Rules.flow, PROGRAMME_POLICY);
    spec.given(draft2019()).when(issue({ decision: decision('1/QĐ-BCĐ', '2018-12-09') })).thenThrowsRule(Rules.flow, PROGRAMME_POLICY);
    spec.given(story(open())).when(issue()).thenThrowsRule(Rules.task, PROGRAMME_POLICY);
    const early = after(story(open()), planTask({ dueOn: d('2019-01-10') }));
    spec.given(early).when(issue()).thenThrowsRule(Rules.task, PROGRAMME_POLICY);
    spec.given(early).when(issue({ decision: decision('2/QĐ-BCĐ', '2019-01-10') })).then([expect.objectContaining({ type: 'ProgrammeIssued' })]);
  });

  it('is issued only on a day a regulation is in force', () => {
    spec.given(draft2019()).when(issue({ regulation: undefined })).thenThrowsRule(Rules.noRegulationInForce, PROGRAMME_POLICY);
  });
});
