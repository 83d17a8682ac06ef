// Given/when/then for the funding of unplanned tasks UBND tỉnh assigns, Phú Thọ 2022 Điều 11.3: "Trường hợp có phát
// sinh các nhiệm vụ được giao việc đột xuất của UBND tỉnh, Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Tài
// chính trình cấp có thẩm quyền xem xét, quyết định": assigned → funding proposed with Sở Tài chính → decided by the
// competent authority; funded, it opens a line of its own (the task's id), spent like any other. Its own flow, not
// a special expenditure (RULES.md §4); refused under a regulation without it (Thanh Hóa 2018, Kiên Giang 2008).
import { NotFound } from '@bcd/kernel';
import { Rules } from '../rules.js';
import { UNPLANNED_TASK_CATEGORY, type OpenBudget as OpenBudgetState } from './fiscal-year.js';
import {
  after,
  appropriate,
  appropriated2019,
  ARTICLE,
  assign,
  BUDGET_POLICY,
  budgetId,
  contractsOf,
  d,
  decideFunding,
  decision,
  id,
  kg2008,
  open,
  proposeFunding,
  pt2022,
  regulationRef,
  spec,
  spend,
  stateOf,
  story,
  submitSettlement,
  TASK,
  th2018,
  ADMIN,
} from './testing.js';

const pt = { regulation: pt2022 };
const TASK_DESCRIPTION = 'Triển khai nền tảng họp trực tuyến đến cấp xã';
/** Phú Thọ 2023: Sở TTTT's allocation from its own recurrent budget, recorded without an estimate (Điều 11.2). */
const budget2023 = () =>
  story(open({ fiscalYear: 2023, openedOn: d('2023-01-03'), source: 'each-agency-recurrent-budget', ...pt }), appropriate({ decision: decision('12/QĐ-STTTT', '2023-01-10'), ...pt }));
const assigned = () => after(budget2023(), assign());
const proposed = () => after(assigned(), proposeFunding());
const funded = () => after(proposed(), decideFunding());
const spendOnTask = (o: Parameters<typeof spend>[0] = {}) => spend({ lineId: TASK, amount: '200000000', spentOn: d('2023-07-10'), ...pt, ...o });

describe('unplanned task, Phú Thọ 2022 Điều 11.3: assigned → funding proposed with Sở Tài chính → decided', () => {
  it('is recorded as UBND tỉnh assigned it, by decision, citing the article', () => {
    spec.given(budget2023()).when(assign()).then([
      {
        type: 'UnplannedTaskAssigned',
        data: { budgetId, taskId: TASK, description: TASK_DESCRIPTION, assignment: decision('2101/QĐ-UBND', '2023-06-05'), assignedOn: d('2023-06-05'), regulation: regulationRef(pt2022, ARTICLE.pt2022Unplanned) },
      },
    ]);
  });

  it('has its funding proposed by Sở TTTT together with Sở Tài chính', () => {
    spec.given(assigned()).when(proposeFunding()).then([
      { type: 'UnplannedTaskFundingProposed', data: { budgetId, taskId: TASK, amount: '250000000', proposedOn: d('2023-06-20'), coordinatedWith: 'finance-department' } },
    ]);
  });

  it('funded by the competent authority, opens a line of its own, the task\'s id, at the amount decided', () => {
    spec.given(proposed()).when(decideFunding()).then([
      { type: 'UnplannedTaskFundingDecided', data: { budgetId, taskId: TASK, decision: decision('2390/QĐ-UBND', '2023-07-03'), funded: true, amount: '200000000' } },
    ]);
    const state = stateOf(funded()) as OpenBudgetState;
    expect(state.lines[TASK]).toEqual({ lineId: TASK, category: UNPLANNED_TASK_CATEGORY, title: TASK_DESCRIPTION, appropriated: 200_000_000n, spent: 0n });
    expect(state.tasks[TASK]).toEqual({ taskId: TASK, description: TASK_DESCRIPTION, status: 'funded' });
    expect(contractsOf(funded())).toHaveLength(funded().length);
  });

  it('is spent on its line up to the amount funded, and not beyond (BUDGET-line-remaining)', () => {
    spec.given(funded()).when(spendOnTask()).then([expect.objectContaining({ type: 'ExpenditureRecorded', data: expect.objectContaining({ lineId: TASK, amount: '200000000', decidedBy: null }) })]);
    spec.given(funded()).when(spendOnTask({ amount: '200000001' })).thenThrowsRule(Rules.lineRemaining, BUDGET_POLICY);
    const half = after(funded(), spendOnTask({ amount: '120000000' }));
    spec.given(half).when(spendOnTask({ expenditureId: id(702), amount: '80000001' })).thenThrowsRule(Rules.lineRemaining, BUDGET_POLICY);
    spec.given(half).when(spendOnTask({ expenditureId: id(702), amount: '80000000' })).then([expect.objectContaining({ type: 'ExpenditureRecorded' })]);
  });

  it('funded before the year\'s own allocation, is spent on its line all the same; other lines wait for the appropriation (BUDGET-flow)', () => {
    const early = story(open({ fiscalYear: 2023, openedOn: d('2023-01-03'), source: 'each-agency-recurrent-budget', ...pt }), assign(), proposeFunding(), decideFunding());
    spec.given(early).when(spendOnTask()).then([expect.objectContaining({ type: 'ExpenditureRecorded', data: expect.objectContaining({ lineId: TASK }) })]);
    spec.given(early).when(spendOnTask({ lineId: 'hanh-chinh' })).thenThrowsRule(Rules.flow, BUDGET_POLICY);
  });

  it('not funded, opens no line: nothing is spent on it (BUDGET-line); a decision not to fund names no amount (BUDGET-special)', () => {
    const notFunded = after(proposed(), decideFunding({ funded: false, amount: null }));
    expect(notFunded[notFunded.length - 1]).toEqual({ type: 'UnplannedTaskFundingDecided', data: { budgetId, taskId: TASK, decision: decision('2390/QĐ-UBND', '2023-07-03'), funded: false, amount: null } });
    expect(stateOf(notFunded)).toMatchObject({ tasks: { [TASK]: { status: 'not-funded' } } });
    spec.given(notFunded).when(spendOnTask()).thenThrowsRule(Rules.line, BUDGET_POLICY);
    spec.given(proposed()).when(decideFunding({ funded: false, amount: '200000000' })).thenThrowsRule(Rules.special, BUDGET_POLICY);
  });

  it('is funded at a positive whole amount, stated (BUDGET-amount)', () => {
    spec.given(proposed()).when(decideFunding({ amount: null })).thenThrowsRule(Rules.amount, BUDGET_POLICY);
    spec.given(proposed()).when(decideFunding({ amount: '0' })).thenThrowsRule(Rules.amount, BUDGET_POLICY);
    spec.given(assigned()).when(proposeFunding({ amount: 2.5e8 + 0.5 })).thenThrowsRule(Rules.amount, BUDGET_POLICY);
    spec.given(assigned()).when(proposeFunding({ amount: '-250000000' })).thenThrowsRule(Rules.amount, BUDGET_POLICY);
  });

  it('goes through each step once, in order (BUDGET-special)', () => {
    spec.given(assigned()).when(assign()).thenThrowsRule(Rules.special, BUDGET_POLICY);
    spec.given(budget2023()).when(proposeFunding()).thenThrowsRule(Rules.special, BUDGET_POLICY);
    spec.given(budget2023()).when(decideFunding()).thenThrowsRule(Rules.special, BUDGET_POLICY);
    spec.given(assigned()).when(decideFunding()).thenThrowsRule(Rules.special, BUDGET_POLICY);
    spec.given(proposed()).when(proposeFunding()).thenThrowsRule(Rules.special, BUDGET_POLICY);
    spec.given(funded()).when(decideFunding()).thenThrowsRule(Rules.special, BUDGET_POLICY);
    spec.given(funded()).when(proposeFunding()).thenThrowsRule(Rules.special, BUDGET_POLICY);
    // Its id is not already a line's: the funded line takes it.
    spec.given(budget2023()).when(assign({ taskId: ADMIN })).thenThrowsRule(Rules.special, BUDGET_POLICY);
  });

  it('is recorded on an open budget (BUDGET-flow) under a regulation in force, and not once the settlement is submitted (BUDGET-settled)', () => {
    spec.given([]).when(assign()).thenThrows(NotFound);
    spec.given(budget2023()).when(assign({ regulation: undefined })).thenThrowsRule(Rules.noRegulationInForce, BUDGET_POLICY);
    spec.given(assigned()).when(proposeFunding({ regulation: undefined })).thenThrowsRule(Rules.noRegulationInForce, BUDGET_POLICY);
    const settling = (events: ReturnType<typeof story>) => after(events, submitSettlement({ submittedOn: d('2024-01-15'), ...pt }));
    spec.given(settling(budget2023())).when(assign()).thenThrowsRule(Rules.settled, BUDGET_POLICY);
    spec.given(settling(assigned())).when(proposeFunding()).thenThrowsRule(Rules.settled, BUDGET_POLICY);
    spec.given(settling(proposed())).when(decideFunding()).thenThrowsRule(Rules.settled, BUDGET_POLICY);
  });
});

describe('unplanned task under a regulation without the flow', () => {
  it('Thanh Hóa 2018 has no flow for funding unplanned tasks assigned by UBND tỉnh: nothing is assigned (budget.unplannedTasks)', () => {
    spec.given(appropriated2019()).when(assign({ assignedOn: d('2019-06-05'), assignment: decision('1980/QĐ-UBND', '2019-06-05'), regulation: th2018 })).thenThrowsRule('thanh-hoa-2018/budget.unplannedTasks', ARTICLE.th2018None);
  });

  it('Kiên Giang 2008 neither; and a proposal judged by a regulation without the flow is refused too', () => {
    spec.given(budget2023()).when(assign({ regulation: kg2008 })).thenThrowsRule('kien-giang-2008/budget.unplannedTasks', ARTICLE.kg2008None);
    spec.given(assigned()).when(proposeFunding({ regulation: th2018 })).thenThrowsRule('thanh-hoa-2018/budget.unplannedTasks', ARTICLE.th2018None);
  });
});
