// Given/when/then for the appropriation (dự toán được giao) and its changes, each by a decision (RULES.md §4): after
// the estimate's steps where the regulation has them (Kiên Giang 2008 Điều 12: appraised by Sở Tài chính, within
// Sở TTTT's ceiling; Thanh Hóa 2018 Điều 11.2, Bình Định 2021 Điều 6.2: submitted), straight away in Phú Thọ 2022
// (Điều 11.2: each agency's own recurrent budget); supplements; reallocations never taking more than remains.
import { NotFound, RuleViolation } from '@bcd/kernel';
import { Rules } from '../rules.js';
import type { OpenBudget as OpenBudgetState } from './fiscal-year.js';
import {
  ADMIN,
  after,
  appraise,
  appropriate,
  review,
  appropriated2019,
  APPROPRIATION,
  ARTICLE,
  bd2021,
  BUDGET_POLICY,
  budgetId,
  contractsOf,
  d,
  decision,
  draft,
  id,
  kg2008,
  open,
  PROMO,
  pt2022,
  reallocate,
  regulationRef,
  spec,
  standingViceChair,
  spend,
  stateOf,
  story,
  submit,
  submitSettlement,
  supplement,
  th2014,
  th2018,
} from './testing.js';

const linesOf = (state: ReturnType<typeof stateOf>) => (state as OpenBudgetState).lines;
const TH2018_ESTIMATE = 'thanh-hoa-2018/budget.estimate';
const KG2008_ESTIMATE = 'kien-giang-2008/budget.estimate';

describe('appropriation: Thanh Hóa 2018 Điều 11.2, the estimate goes through the chair to the competent authority', () => {
  it('passes through the chair before it is approved ("thông qua Trưởng Ban Chỉ đạo"): the chair of the day reviews it once, after submission', () => {
    spec.given(story(open(), draft(), submit())).when(appropriate()).thenThrowsRule(TH2018_ESTIMATE, ARTICLE.th2018);
    spec.given(story(open(), draft())).when(review()).thenThrowsRule(Rules.flow, BUDGET_POLICY);
    spec.given(story(open(), draft(), submit())).when(review({ reviewedBy: standingViceChair })).thenThrowsRule(TH2018_ESTIMATE, ARTICLE.th2018);
    spec.given(story(open(), draft(), submit(), review())).when(review()).thenThrowsRule(Rules.flow, BUDGET_POLICY);
    // Kiên Giang 2008 has no such step: nothing to review.
    spec.given(story(open({ fiscalYear: 2009, openedOn: d('2008-11-03'), regulation: kg2008 }), draft({ draftedOn: d('2008-11-05'), regulation: kg2008 }), submit({ submittedOn: d('2008-11-10'), regulation: kg2008 })))
      .when(review({ reviewedOn: d('2008-11-12'), regulation: kg2008 }))
      .thenThrows(RuleViolation, (e) => e.rule === KG2008_ESTIMATE);
  });

  it('is appropriated by decision once the estimate was submitted, with an amount per line and the total', () => {
    const events = story(open(), draft(), submit(), review(), appropriate());
    expect(events[3]).toMatchObject({ type: 'EstimateReviewed', data: { reviewedBy: { role: 'chair' }, article: ARTICLE.th2018 } });
    expect(events[4]).toEqual({
      type: 'Appropriated',
      data: {
        budgetId,
        decision: APPROPRIATION,
        lines: [
          { lineId: ADMIN, category: 'administration', title: 'Chi hành chính của Ban Chỉ đạo', amount: '100000000' },
          { lineId: PROMO, category: 'communication-and-pilots', title: 'Chi tuyên truyền, xúc tiến ứng dụng', amount: '50000000' },
        ],
        total: '150000000',
        ceiling: null,
        regulation: regulationRef(th2018, ARTICLE.th2018),
      },
    });
    expect(contractsOf(events)).toHaveLength(5);
    expect(linesOf(stateOf(events))[ADMIN]).toEqual({ lineId: ADMIN, category: 'administration', title: 'Chi hành chính của Ban Chỉ đạo', appropriated: 100_000_000n, spent: 0n });
  });

  it('refuses an appropriation of an estimate not yet submitted (Điều 11 khoản 2)', () => {
    spec.given(story(open())).when(appropriate()).thenThrowsRule(TH2018_ESTIMATE, ARTICLE.th2018);
    spec.given(story(open(), draft())).when(appropriate()).thenThrowsRule(TH2018_ESTIMATE, ARTICLE.th2018);
  });

  it('Thanh Hóa 2014 Điều 12.1 (in force in early 2018): the estimate is part of Sở TTTT\'s own, submitted first too', () => {
    const th = { regulation: th2014 };
    const opened = story(open({ fiscalYear: 2018, openedOn: d('2018-01-03'), ...th }), draft({ draftedOn: d('2018-01-05'), ...th }));
    spec.given(opened).when(appropriate({ decision: decision('50/QĐ-UBND', '2018-02-01'), ...th })).thenThrowsRule('thanh-hoa-2014/budget.estimate', ARTICLE.th2014Funding);
  });

  it('is appropriated once: a change is a supplement or a reallocation (BUDGET-flow); not before the budget is opened (404); not once settled', () => {
    spec.given(appropriated2019()).when(appropriate()).thenThrowsRule(Rules.flow, BUDGET_POLICY);
    spec.given([]).when(appropriate()).thenThrows(NotFound);
    spec.given(after(appropriated2019(), submitSettlement())).when(appropriate()).thenThrowsRule(Rules.flow, BUDGET_POLICY);
    spec.given(story(open(), draft(), submit())).when(appropriate({ regulation: undefined })).thenThrowsRule(Rules.noRegulationInForce, BUDGET_POLICY);
  });

  it('keeps an amount above 2^53 đồng exact when written as a string, and refuses it as a JSON number (inexact, BUDGET-amount)', () => {
    const huge = '123456789012345678901234567890';
    const events = story(open(), draft(), submit(), review(), appropriate({ lines: [{ lineId: ADMIN, category: 'administration', title: 'Chi hành chính', amount: huge }] }));
    expect(events[4].data).toMatchObject({ lines: [{ amount: huge }], total: huge });
    expect(linesOf(stateOf(events))[ADMIN].appropriated).toBe(123456789012345678901234567890n);
    expect(contractsOf(events)[4]).toMatchObject({ total: huge });
    spec.given(story(open(), draft(), submit(), review()))
      .when(appropriate({ lines: [{ lineId: ADMIN, category: 'administration', title: 'Chi hành chính', amount: 2 ** 53 }] }))
      .thenThrows(RuleViolation, (e) => e.rule === Rules.amount && /not exact/.test(e.message));
  });
});

describe('appropriation: Kiên Giang 2008 Điều 12, appraised by Sở Tài chính and within Sở TTTT\'s ceiling', () => {
  const kg = { regulation: kg2008 };
  const KG_DECISION = decision('210/QĐ-UBND', '2009-02-10');
  const opened = () => story(open({ fiscalYear: 2009, openedOn: d('2009-01-05'), ...kg }), draft({ draftedOn: d('2009-01-10'), ...kg }));
  const submitted = () => after(opened(), submit({ submittedOn: d('2009-01-15'), ...kg }));
  const appraised = () => after(submitted(), appraise({ appraisedOn: d('2009-01-25') }));
  const appropriatedKg = () => after(appraised(), appropriate({ decision: KG_DECISION, ceiling: '500000000', ...kg }));

  it('is approved by UBND tỉnh after Sở Tài chính\'s appraisal, within the ceiling the decision states, recorded with it', () => {
    spec.given(appraised()).when(appropriate({ decision: KG_DECISION, ceiling: '500000000', ...kg })).then([
      {
        type: 'Appropriated',
        data: {
          budgetId,
          decision: KG_DECISION,
          lines: [
            { lineId: ADMIN, category: 'administration', title: 'Chi hành chính của Ban Chỉ đạo', amount: '100000000' },
            { lineId: PROMO, category: 'communication-and-pilots', title: 'Chi tuyên truyền, xúc tiến ứng dụng', amount: '50000000' },
          ],
          total: '150000000',
          ceiling: '500000000',
          regulation: regulationRef(kg2008, ARTICLE.kg2008),
        },
      },
    ]);
    // Exactly at the ceiling is within it.
    spec.given(appraised()).when(appropriate({ decision: KG_DECISION, ceiling: 150_000_000, ...kg })).then([expect.objectContaining({ data: expect.objectContaining({ ceiling: '150000000' }) })]);
  });

  it('refuses an appropriation before the estimate is submitted, or submitted but not appraised by Sở Tài chính (Điều 12)', () => {
    spec.given(opened()).when(appropriate({ decision: KG_DECISION, ceiling: '500000000', ...kg })).thenThrowsRule(KG2008_ESTIMATE, ARTICLE.kg2008);
    spec.given(submitted()).when(appropriate({ decision: KG_DECISION, ceiling: '500000000', ...kg })).thenThrowsRule(KG2008_ESTIMATE, ARTICLE.kg2008);
  });

  it('refuses an appropriation that states no ceiling, or exceeds it (Điều 12: "trong tổng hạn mức kinh phí hoạt động của Sở TTTT")', () => {
    spec.given(appraised()).when(appropriate({ decision: KG_DECISION, ceiling: null, ...kg })).thenThrowsRule(KG2008_ESTIMATE, ARTICLE.kg2008);
    spec.given(appraised()).when(appropriate({ decision: KG_DECISION, ceiling: '149999999', ...kg })).thenThrowsRule(KG2008_ESTIMATE, ARTICLE.kg2008);
    spec.given(appraised()).when(appropriate({ decision: KG_DECISION, ceiling: '-1', ...kg })).thenThrowsRule(Rules.amount, BUDGET_POLICY);
  });

  it('keeps supplements within the last ceiling stated, or a new one the supplement states', () => {
    const kgSupplement = (o: Parameters<typeof supplement>[0]) => supplement({ decision: decision('640/QĐ-UBND', '2009-07-01'), ...kg, ...o });
    // 150 000 000 appropriated of 500 000 000: 350 000 000 more fits exactly; the event leaves the ceiling unchanged (null).
    spec.given(appropriatedKg()).when(kgSupplement({ lines: [{ lineId: ADMIN, amount: '350000000' }] })).then([
      { type: 'AppropriationSupplemented', data: { budgetId, supplementId: id(601), decision: decision('640/QĐ-UBND', '2009-07-01'), lines: [{ lineId: ADMIN, category: 'administration', title: 'Chi hành chính của Ban Chỉ đạo', amount: '350000000' }], total: '350000000', ceiling: null } },
    ]);
    spec.given(appropriatedKg()).when(kgSupplement({ lines: [{ lineId: ADMIN, amount: '350000001' }] })).thenThrowsRule(KG2008_ESTIMATE, ARTICLE.kg2008);
    // A supplement raising the ceiling by the same decision.
    const raised = after(appropriatedKg(), kgSupplement({ lines: [{ lineId: ADMIN, amount: '400000000' }], ceiling: '1000000000' }));
    expect(raised[raised.length - 1].data).toMatchObject({ ceiling: '1000000000' });
    expect(stateOf(raised)).toMatchObject({ ceiling: 1_000_000_000n });
    spec.given(raised).when(kgSupplement({ supplementId: id(603), lines: [{ lineId: PROMO, amount: '450000000' }] })).then([expect.objectContaining({ type: 'AppropriationSupplemented' })]);
    spec.given(raised).when(kgSupplement({ supplementId: id(603), lines: [{ lineId: PROMO, amount: '450000001' }] })).thenThrowsRule(KG2008_ESTIMATE, ARTICLE.kg2008);
  });
});

describe('appropriation: Bình Định 2021 Điều 6.2 and 13.1', () => {
  const bd = { regulation: bd2021 };
  const submitted = () => story(open({ fiscalYear: 2022, openedOn: d('2022-01-04'), ...bd }), draft({ draftedOn: d('2022-01-10'), ...bd }), submit({ submittedOn: d('2022-01-14'), ...bd }));
  const BD_DECISION = decision('320/QĐ-UBND', '2022-02-08');

  it('is approved by UBND tỉnh once the estimate made with Sở Tài chính is submitted; not before (Điều 6 khoản 2)', () => {
    spec.given(submitted()).when(appropriate({ decision: BD_DECISION, ...bd })).then([expect.objectContaining({ data: expect.objectContaining({ regulation: regulationRef(bd2021, ARTICLE.bd2021Estimate) }) })]);
    spec.given(story(open({ fiscalYear: 2022, openedOn: d('2022-01-04'), ...bd }))).when(appropriate({ decision: BD_DECISION, ...bd })).thenThrowsRule('binh-dinh-2021/budget.estimate', ARTICLE.bd2021Estimate);
  });

  it('appropriates and supplements only the categories the regulation lists (Điều 13 khoản 1); an existing line needs no category again', () => {
    spec.given(submitted())
      .when(appropriate({ decision: BD_DECISION, lines: [{ lineId: 'xe', category: 'vehicles', title: 'Mua xe', amount: 1 }], ...bd }))
      .thenThrowsRule('binh-dinh-2021/budget.categories', ARTICLE.bd2021Categories);
    const appropriatedBd = after(submitted(), appropriate({ decision: BD_DECISION, ...bd }));
    const bdSupplement = (o: Parameters<typeof supplement>[0]) => supplement({ decision: decision('900/QĐ-UBND', '2022-06-01'), ...bd, ...o });
    spec.given(appropriatedBd).when(bdSupplement({ lines: [{ lineId: 'xe', category: 'vehicles', title: 'Mua xe', amount: 1 }] })).thenThrowsRule('binh-dinh-2021/budget.categories', ARTICLE.bd2021Categories);
    spec.given(appropriatedBd)
      .when(bdSupplement({ lines: [{ lineId: ADMIN, amount: 5_000_000 }, { lineId: 'hoi-nghi', category: 'inspection-and-events', title: 'Hội nghị sơ kết', amount: '8000000' }] }))
      .then([
        {
          type: 'AppropriationSupplemented',
          data: {
            budgetId,
            supplementId: id(601),
            decision: decision('900/QĐ-UBND', '2022-06-01'),
            lines: [
              { lineId: ADMIN, category: 'administration', title: 'Chi hành chính của Ban Chỉ đạo', amount: '5000000' },
              { lineId: 'hoi-nghi', category: 'inspection-and-events', title: 'Hội nghị sơ kết', amount: '8000000' },
            ],
            total: '13000000',
            ceiling: null,
          },
        },
      ]);
  });
});

describe('appropriation: Phú Thọ 2022 Điều 11.2, no estimate flow', () => {
  it('records the agency\'s allocation from its own recurrent budget straight after opening, without an estimate', () => {
    const pt = { regulation: pt2022 };
    const opened = story(open({ fiscalYear: 2023, openedOn: d('2023-01-03'), source: 'each-agency-recurrent-budget', ...pt }));
    const events = after(opened, appropriate({ decision: decision('12/QĐ-STTTT', '2023-01-10'), ...pt }));
    expect(events[1]).toMatchObject({ type: 'Appropriated', data: { total: '150000000', ceiling: null, regulation: { packId: 'phu-tho-2022', decisionNumber: '1344/QĐ-BCĐCĐS' } } });
    expect(stateOf(events)).toMatchObject({ stage: 'appropriated' });
    expect(contractsOf(events)).toHaveLength(2);
  });
});

describe('supplementary appropriation, by decision', () => {
  it('adds to a line and opens new ones (with their category and title)', () => {
    const given = appropriated2019();
    const withNew = supplement({ lines: [{ lineId: ADMIN, amount: '20000000' }, { lineId: 'dao-tao', category: 'training', title: 'Đào tạo cán bộ chuyên trách', amount: '15000000' }] });
    spec.given(given).when(withNew).then([
      {
        type: 'AppropriationSupplemented',
        data: {
          budgetId,
          supplementId: id(601),
          decision: decision('820/QĐ-UBND', '2019-07-01'),
          lines: [
            { lineId: ADMIN, category: 'administration', title: 'Chi hành chính của Ban Chỉ đạo', amount: '20000000' },
            { lineId: 'dao-tao', category: 'training', title: 'Đào tạo cán bộ chuyên trách', amount: '15000000' },
          ],
          total: '35000000',
          ceiling: null,
        },
      },
    ]);
    const lines = linesOf(stateOf(after(given, withNew)));
    expect(lines[ADMIN].appropriated).toBe(120_000_000n);
    expect(lines['dao-tao']).toEqual({ lineId: 'dao-tao', category: 'training', title: 'Đào tạo cán bộ chuyên trách', appropriated: 15_000_000n, spent: 0n });
  });

  it('records nothing when the same supplement is recorded again (idempotent by its id)', () => {
    const given = after(appropriated2019(), supplement());
    spec.given(given).when(supplement()).thenNothingHappened();
    spec.given(given).when(supplement({ lines: [{ lineId: ADMIN, amount: '999' }] })).thenNothingHappened();
  });

  it('refuses a new line without a category or title, a line in another category, or no line (BUDGET-line); amounts in whole đồng (BUDGET-amount)', () => {
    const given = appropriated2019();
    spec.given(given).when(supplement({ lines: [{ lineId: 'moi', amount: 1 }] })).thenThrowsRule(Rules.line, BUDGET_POLICY);
    spec.given(given).when(supplement({ lines: [{ lineId: ADMIN, category: 'training', amount: 1 }] })).thenThrowsRule(Rules.line, BUDGET_POLICY);
    spec.given(given).when(supplement({ lines: [] })).thenThrowsRule(Rules.line, BUDGET_POLICY);
    spec.given(given).when(supplement({ lines: [{ lineId: ADMIN, amount: '-20000000' }] })).thenThrowsRule(Rules.amount, BUDGET_POLICY);
    spec.given(given).when(supplement({ lines: [{ lineId: ADMIN, amount: 0.5 }] })).thenThrowsRule(Rules.amount, BUDGET_POLICY);
  });

  it('comes after the appropriation (BUDGET-flow) and before the settlement is submitted (BUDGET-settled)', () => {
    spec.given(story(open(), draft(), submit())).when(supplement()).thenThrowsRule(Rules.flow, BUDGET_POLICY);
    spec.given(after(appropriated2019(), submitSettlement())).when(supplement()).thenThrowsRule(Rules.settled, BUDGET_POLICY);
    spec.given(appropriated2019()).when(supplement({ regulation: undefined })).thenThrowsRule(Rules.noRegulationInForce, BUDGET_POLICY);
  });
});

describe('reallocation between lines, by decision: never more than remains on the line it leaves', () => {
  it('moves appropriation from one line to another, the total unchanged', () => {
    const given = appropriated2019();
    spec.given(given).when(reallocate()).then([
      { type: 'AppropriationReallocated', data: { budgetId, reallocationId: id(602), decision: decision('901/QĐ-UBND', '2019-08-01'), fromLineId: PROMO, toLineId: ADMIN, amount: '10000000' } },
    ]);
    const lines = linesOf(stateOf(after(given, reallocate())));
    expect([lines[PROMO].appropriated, lines[ADMIN].appropriated]).toEqual([40_000_000n, 110_000_000n]);
    expect(contractsOf(after(given, reallocate()))).toHaveLength(given.length + 1);
  });

  it('refuses to take more than remains unspent on the line it leaves (BUDGET-line-remaining); exactly what remains is allowed', () => {
    // 50 000 000 on communication, 45 000 000 of it spent: 5 000 000 remains.
    const given = after(appropriated2019(), spend({ lineId: PROMO, amount: '45000000' }));
    spec.given(given).when(reallocate({ amount: '5000001' })).thenThrowsRule(Rules.lineRemaining, BUDGET_POLICY);
    spec.given(given).when(reallocate({ amount: 5_000_000 })).then([expect.objectContaining({ type: 'AppropriationReallocated', data: expect.objectContaining({ amount: '5000000' }) })]);
  });

  it('moves between two different existing lines (BUDGET-line), a positive whole amount (BUDGET-amount)', () => {
    const given = appropriated2019();
    spec.given(given).when(reallocate({ toLineId: PROMO })).thenThrowsRule(Rules.line, BUDGET_POLICY);
    spec.given(given).when(reallocate({ fromLineId: 'khong-co' })).thenThrowsRule(Rules.line, BUDGET_POLICY);
    spec.given(given).when(reallocate({ toLineId: 'khong-co' })).thenThrowsRule(Rules.line, BUDGET_POLICY);
    spec.given(given).when(reallocate({ amount: 0 })).thenThrowsRule(Rules.amount, BUDGET_POLICY);
    spec.given(given).when(reallocate({ amount: '10000000.00' })).thenThrowsRule(Rules.amount, BUDGET_POLICY);
  });

  it('records nothing when the same reallocation is recorded again; comes after the appropriation and before the settlement', () => {
    spec.given(after(appropriated2019(), reallocate())).when(reallocate()).thenNothingHappened();
    spec.given(story(open(), draft(), submit())).when(reallocate()).thenThrowsRule(Rules.flow, BUDGET_POLICY);
    spec.given(after(appropriated2019(), submitSettlement())).when(reallocate()).thenThrowsRule(Rules.settled, BUDGET_POLICY);
  });
});
