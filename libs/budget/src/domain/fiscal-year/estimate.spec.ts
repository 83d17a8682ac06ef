// Given/when/then for opening a fiscal year's budget and its estimate (RULES.md §4): the funding source the
// regulation in force names (Phú Thọ 2022 Điều 11.2: each agency's own recurrent budget), the estimate drafted by
// the standing agency, submitted, and appraised by Sở Tài chính (Kiên Giang 2008 Điều 12); the lines in the
// categories Bình Định 2021 lists (Điều 13.1). And the aggregate's binding.
import { NotFound } from '@bcd/kernel';
import { builtInPack, refuseByRegulation } from '@bcd/regulation';
import { Rules } from '../rules.js';
import { budgetAggregate, budgetIdOf, budgetStream } from './fiscal-year.decider.js';
import { remaining } from './fiscal-year.js';
import {
  ADMIN,
  after,
  appraise,
  appropriate,
  review,
  ARTICLE,
  bd2021,
  BUDGET_POLICY,
  budgetId,
  contractsOf,
  d,
  draft,
  kg2008,
  open,
  PROMO,
  pt2022,
  regulationRef,
  spec,
  spend,
  standingAgency,
  stateOf,
  story,
  submit,
  th2014,
  th2018,
} from './testing.js';

describe('opening a budget: the funding source the regulation in force names', () => {
  it('Thanh Hóa 2018 Điều 11.1: Sở TTTT\'s 2019 budget is opened on the standing agency\'s budget, citing the article', () => {
    spec.given([]).when(open()).then([
      {
        type: 'BudgetOpened',
        data: { budgetId, fiscalYear: 2019, holderAgencyId: standingAgency, source: 'standing-agency-budget', openedOn: d('2019-01-02'), regulation: regulationRef(th2018, ARTICLE.th2018Funding) },
      },
    ]);
    expect(contractsOf(story(open()))).toEqual([expect.objectContaining({ budgetId, source: 'standing-agency-budget' })]);
  });

  it('Thanh Hóa 2018 Điều 11.1 also funds it from other lawful sources; Kiên Giang 2008 Điều 12 from Sở TTTT\'s budget only', () => {
    spec.given([]).when(open({ source: 'other-lawful-sources' })).then([expect.objectContaining({ type: 'BudgetOpened', data: expect.objectContaining({ source: 'other-lawful-sources' }) })]);
    spec.given([]).when(open({ fiscalYear: 2009, openedOn: d('2009-01-05'), source: 'other-lawful-sources', regulation: kg2008 })).thenThrowsRule('kien-giang-2008/budget.funding', ARTICLE.kg2008);
  });

  it('judges by the regulation in force on the day it is opened: Thanh Hóa 2014 Điều 12.1 for 2018 (before 19/10/2018)', () => {
    const [opened] = story(open({ fiscalYear: 2018, openedOn: d('2018-01-03'), regulation: th2014 }));
    expect(opened.data).toMatchObject({ regulation: regulationRef(th2014, ARTICLE.th2014Funding) });
  });

  it('Phú Thọ 2022 Điều 11.2: each agency\'s own recurrent budget is accepted, the standing agency\'s budget refused (budget.funding)', () => {
    const pt = { fiscalYear: 2023, openedOn: d('2023-01-03'), regulation: pt2022 };
    spec.given([]).when(open({ ...pt, source: 'each-agency-recurrent-budget' })).then([
      {
        type: 'BudgetOpened',
        data: { budgetId, fiscalYear: 2023, holderAgencyId: standingAgency, source: 'each-agency-recurrent-budget', openedOn: d('2023-01-03'), regulation: regulationRef(pt2022, ARTICLE.pt2022Funding) },
      },
    ]);
    spec.given([]).when(open({ ...pt, source: 'standing-agency-budget' })).thenThrowsRule('phu-tho-2022/budget.funding', ARTICLE.pt2022Funding);
    // Under Thanh Hóa 2018, by contrast, each agency's own budget is not a source.
    spec.given([]).when(open({ source: 'each-agency-recurrent-budget' })).thenThrowsRule('thanh-hoa-2018/budget.funding', ARTICLE.th2018Funding);
  });

  it('refuses a budget opened on a day no regulation covers (BUDGET-no-regulation-in-force), and one opened twice (BUDGET-flow)', () => {
    spec.given([]).when(open({ regulation: undefined })).thenThrowsRule(Rules.noRegulationInForce, BUDGET_POLICY);
    spec.given(story(open())).when(open()).thenThrowsRule(Rules.flow, BUDGET_POLICY);
  });
});

describe('the estimate: drafted by the standing agency, submitted, appraised by Sở Tài chính', () => {
  it('Thanh Hóa 2018 Điều 11.2: drafted with its lines and total, then submitted with the total of the last draft', () => {
    const events = story(open(), draft());
    expect(events[1]).toEqual({
      type: 'EstimateDrafted',
      data: {
        budgetId,
        draftedOn: d('2019-01-05'),
        lines: [
          { lineId: ADMIN, category: 'administration', title: 'Chi hành chính của Ban Chỉ đạo', amount: '120000000' },
          { lineId: PROMO, category: 'communication-and-pilots', title: 'Chi tuyên truyền, xúc tiến ứng dụng', amount: '60000000' },
        ],
        total: '180000000',
        regulation: regulationRef(th2018, ARTICLE.th2018),
      },
    });
    // Drafted again before submission: the last draft is the one submitted.
    const redrafted = story(open(), draft(), draft({ draftedOn: d('2019-01-07'), lines: [{ lineId: ADMIN, category: 'administration', title: 'Chi hành chính', amount: 90_000_000 }] }));
    spec.given(redrafted).when(submit()).then([{ type: 'EstimateSubmitted', data: { budgetId, submittedOn: d('2019-01-10'), total: '90000000', regulation: regulationRef(th2018, ARTICLE.th2018) } }]);
    expect(contractsOf(story(open(), draft(), submit()))).toHaveLength(3);
  });

  it('runs its steps in order, each once (BUDGET-flow): no draft before opening (404: it names nothing), no submission before a draft nor twice, no draft after submission', () => {
    spec.given([]).when(draft()).thenThrows(NotFound);
    spec.given(story(open())).when(submit()).thenThrowsRule(Rules.flow, BUDGET_POLICY);
    spec.given(story(open(), draft(), submit())).when(submit()).thenThrowsRule(Rules.flow, BUDGET_POLICY);
    spec.given(story(open(), draft(), submit())).when(draft()).thenThrowsRule(Rules.flow, BUDGET_POLICY);
    spec.given(story(open(), draft())).when(submit({ regulation: undefined })).thenThrowsRule(Rules.noRegulationInForce, BUDGET_POLICY);
  });

  it('names each line once, new lines with a category and a title, at least one line (BUDGET-line), in whole đồng (BUDGET-amount)', () => {
    const given = story(open());
    spec.given(given).when(draft({ lines: [] })).thenThrowsRule(Rules.line, BUDGET_POLICY);
    spec.given(given).when(draft({ lines: [{ lineId: ADMIN, category: 'administration', title: 'A', amount: 1 }, { lineId: ADMIN, category: 'administration', title: 'B', amount: 2 }] })).thenThrowsRule(Rules.line, BUDGET_POLICY);
    spec.given(given).when(draft({ lines: [{ lineId: ADMIN, title: 'Chi hành chính', amount: 1 }] })).thenThrowsRule(Rules.line, BUDGET_POLICY);
    spec.given(given).when(draft({ lines: [{ lineId: ADMIN, category: 'administration', amount: 1 }] })).thenThrowsRule(Rules.line, BUDGET_POLICY);
    spec.given(given).when(draft({ lines: [{ lineId: ADMIN, category: 'administration', title: 'Chi hành chính', amount: '1.5' }] })).thenThrowsRule(Rules.amount, BUDGET_POLICY);
    spec.given(given).when(draft({ lines: [{ lineId: ADMIN, category: 'administration', title: 'Chi hành chính', amount: 0 }] })).thenThrowsRule(Rules.amount, BUDGET_POLICY);
    spec.given([]).when(draft({ regulation: undefined })).thenThrows(NotFound);
    spec.given(given).when(draft({ regulation: undefined })).thenThrowsRule(Rules.noRegulationInForce, BUDGET_POLICY);
  });

  it('Bình Định 2021 Điều 13.1: a line is in one of the categories the regulation lists; another is refused (budget.categories)', () => {
    const bd = { regulation: bd2021 };
    const given = story(open({ fiscalYear: 2022, openedOn: d('2022-01-04'), ...bd }));
    spec.given(given).when(draft({ ...bd, draftedOn: d('2022-01-10') })).then([expect.objectContaining({ type: 'EstimateDrafted', data: expect.objectContaining({ regulation: regulationRef(bd2021, ARTICLE.bd2021Estimate) }) })]);
    spec.given(given)
      .when(draft({ ...bd, draftedOn: d('2022-01-10'), lines: [{ lineId: 'xe', category: 'vehicles', title: 'Mua xe ô tô', amount: '900000000' }] }))
      .thenThrowsRule('binh-dinh-2021/budget.categories', ARTICLE.bd2021Categories);
    expect(refuseByRegulation(builtInPack('binh-dinh-2021'), 'budget.categories', '')).toMatchObject({ article: ARTICLE.bd2021Categories });
  });
});

describe('the appraisal: Sở Tài chính appraises each line of the submitted estimate (Kiên Giang 2008 Điều 12)', () => {
  const kg = { regulation: kg2008 };
  const submitted = () =>
    story(open({ fiscalYear: 2009, openedOn: d('2009-01-05'), ...kg }), draft({ draftedOn: d('2009-01-10'), ...kg }), submit({ submittedOn: d('2009-01-15'), ...kg }));

  it('gives an amount and a comment per line, once; a line may be appraised at nothing', () => {
    spec.given(submitted()).when(appraise({ appraisedOn: d('2009-01-25'), lines: [{ lineId: ADMIN, amount: '100000000', comment: 'Giảm chi hội nghị' }, { lineId: PROMO, amount: 0, comment: 'Chưa bố trí' }] })).then([
      {
        type: 'EstimateAppraised',
        data: {
          budgetId,
          appraisedOn: d('2009-01-25'),
          lines: [
            { lineId: ADMIN, amount: '100000000', comment: 'Giảm chi hội nghị' },
            { lineId: PROMO, amount: '0', comment: 'Chưa bố trí' },
          ],
          total: '100000000',
          comments: 'Thống nhất dự toán',
        },
      },
    ]);
    expect(contractsOf(story(open(), draft(), submit(), appraise()))[3]).toMatchObject({ total: '150000000' });
    const appraised = after(submitted(), appraise());
    expect(stateOf(appraised)).toMatchObject({ stage: 'appraised', appraised: true });
  });

  it('comes after the submission, once (BUDGET-flow)', () => {
    spec.given(story(open(), draft())).when(appraise()).thenThrowsRule(Rules.flow, BUDGET_POLICY);
    const appraisedOnce = after(submitted(), appraise());
    spec.given(appraisedOnce).when(appraise()).thenThrowsRule(Rules.flow, BUDGET_POLICY);
    spec.given([]).when(appraise()).thenThrows(NotFound);
  });

  it('covers exactly the lines of the estimate, each once (BUDGET-line), at a whole non-negative amount (BUDGET-amount)', () => {
    spec.given(submitted()).when(appraise({ lines: [{ lineId: ADMIN, amount: '100000000', comment: null }] })).thenThrowsRule(Rules.line, BUDGET_POLICY);
    spec.given(submitted())
      .when(appraise({ lines: [{ lineId: ADMIN, amount: 1, comment: null }, { lineId: PROMO, amount: 1, comment: null }, { lineId: 'khac', amount: 1, comment: null }] }))
      .thenThrowsRule(Rules.line, BUDGET_POLICY);
    spec.given(submitted())
      .when(appraise({ lines: [{ lineId: ADMIN, amount: 1, comment: null }, { lineId: ADMIN, amount: 2, comment: null }, { lineId: PROMO, amount: 1, comment: null }] }))
      .thenThrowsRule(Rules.line, BUDGET_POLICY);
    spec.given(submitted()).when(appraise({ lines: [{ lineId: ADMIN, amount: -1, comment: null }, { lineId: PROMO, amount: 1, comment: null }] })).thenThrowsRule(Rules.amount, BUDGET_POLICY);
    spec.given(submitted()).when(appraise({ lines: [{ lineId: ADMIN, amount: '1.5', comment: null }, { lineId: PROMO, amount: 1, comment: null }] })).thenThrowsRule(Rules.amount, BUDGET_POLICY);
  });
});

describe('the fiscal-year aggregate', () => {
  it('is stored in `budget-year-<tenant>-<budgetId>` as `budget.<Type>`, one budget per agency and year whoever opens it', () => {
    expect(budgetAggregate.name).toBe('budget');
    expect(budgetAggregate.streamId('tinh-x', budgetId)).toBe(`budget-year-tinh-x-${budgetId}`);
    expect(budgetStream('tinh-x', budgetId)).toBe(`budget-year-tinh-x-${budgetId}`);
    expect(budgetIdOf('tinh-x', 2019, standingAgency)).toBe(budgetIdOf('tinh-x', 2019, standingAgency));
    expect(budgetIdOf('tinh-x', 2019, standingAgency)).not.toBe(budgetIdOf('tinh-x', 2020, standingAgency));
    expect(budgetIdOf('tinh-x', 2019, standingAgency)).not.toBe(budgetIdOf('tinh-y', 2019, standingAgency));
    const [opened] = story(open());
    expect(budgetAggregate.codec.encode(opened)).toMatchObject({ type: 'budget.BudgetOpened' });
  });

  it('dates each fact on its business day in Vietnam, back-dated or not: the day it was spent, the decision\'s date', () => {
    expect(budgetAggregate.occurredAt(open())).toEqual(new Date('2019-01-01T17:00:00.000Z'));
    expect(budgetAggregate.occurredAt(spend())).toEqual(new Date('2019-03-14T17:00:00.000Z'));
    expect(budgetAggregate.occurredAt(appropriate())).toEqual(new Date('2019-01-31T17:00:00.000Z'));
  });

  it('keeps what remains on a line as appropriated minus spent', () => {
    const state = stateOf(story(open(), draft(), submit(), review(), appropriate(), spend()));
    expect(state.status === 'open' && remaining(state.lines[ADMIN])).toBe(70_000_000n);
  });
  it('takes a line of the estimate with its category and title when the decision names only its amount; a new line needs both (BUDGET-line)', () => {
    const given = story(open(), draft(), submit(), review());
    spec.given(given).when(appropriate({ lines: [{ lineId: ADMIN, amount: '90000000' }] })).then([
      expect.objectContaining({ type: 'Appropriated', data: expect.objectContaining({ lines: [{ lineId: ADMIN, category: 'administration', title: 'Chi hành chính của Ban Chỉ đạo', amount: '90000000' }] }) }),
    ]);
    spec.given(given).when(appropriate({ lines: [{ lineId: 'moi', amount: '1' }] })).thenThrowsRule(Rules.line, BUDGET_POLICY);
  });
});
