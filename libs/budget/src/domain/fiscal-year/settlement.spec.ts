// Given/when/then for the settlement (quyết toán, RULES.md §4): Sở TTTT settles the year (Thanh Hóa 2018 Điều 11.2;
// Kiên Giang 2008 Điều 12 "quyết toán tài chính hàng năm với Sở Tài chính"), submitted with its totals → approved →
// the year is closed to spending and appropriation changes. After approval, what was spent changes only by a
// correction under a new decision: never above what was appropriated on the line, never below nothing.
import { NotFound } from '@bcd/kernel';
import { Rules } from '../rules.js';
import type { OpenBudget as OpenBudgetState } from './fiscal-year.js';
import {
  ADMIN,
  after,
  appraise,
  appropriate,
  appropriated2019,
  approveSettlement,
  ARTICLE,
  BUDGET_POLICY,
  budgetId,
  contractsOf,
  correct,
  d,
  decision,
  draft,
  id,
  kg2008,
  open,
  propose,
  reallocate,
  regulationRef,
  spec,
  spend,
  stateOf,
  story,
  submit,
  submitSettlement,
  supplement,
  th2018,
  PROMO,
} from './testing.js';

/** 2019: 150 000 000 đồng appropriated, 30 000 000 spent on administration (of 100 000 000). */
const spent2019 = () => after(appropriated2019(), spend());
const submitted = () => after(spent2019(), submitSettlement());
const settled = () => after(submitted(), approveSettlement());
const spentOn = (events: ReturnType<typeof story>, lineId: string) => (stateOf(events) as OpenBudgetState).lines[lineId].spent;

describe('settlement: submitted with the year\'s totals, then approved', () => {
  it('Thanh Hóa 2018 Điều 11.2: Sở TTTT submits the settlement with what was appropriated and spent', () => {
    spec.given(spent2019()).when(submitSettlement()).then([
      { type: 'SettlementSubmitted', data: { budgetId, submittedOn: d('2020-01-20'), appropriated: '150000000', spent: '30000000', regulation: regulationRef(th2018, ARTICLE.th2018) } },
    ]);
    expect(stateOf(submitted())).toMatchObject({ stage: 'settlement-submitted', settlementSubmittedOn: d('2020-01-20') });
  });

  it('Kiên Giang 2008 Điều 12: the annual settlement with Sở Tài chính cites the article', () => {
    const kg = { regulation: kg2008 };
    const year2009 = story(
      open({ fiscalYear: 2009, openedOn: d('2009-01-05'), ...kg }),
      draft({ draftedOn: d('2009-01-10'), ...kg }),
      submit({ submittedOn: d('2009-01-15'), ...kg }),
      appraise({ appraisedOn: d('2009-01-25') }),
      appropriate({ decision: decision('210/QĐ-UBND', '2009-02-10'), ceiling: '500000000', ...kg }),
    );
    spec.given(year2009).when(submitSettlement({ submittedOn: d('2010-01-25'), ...kg })).then([
      { type: 'SettlementSubmitted', data: { budgetId, submittedOn: d('2010-01-25'), appropriated: '150000000', spent: '0', regulation: regulationRef(kg2008, ARTICLE.kg2008) } },
    ]);
  });

  it('is approved by decision, on or after the day it was submitted', () => {
    spec.given(submitted()).when(approveSettlement()).then([{ type: 'SettlementApproved', data: { budgetId, approvedOn: d('2020-03-02'), decision: decision('410/QĐ-STC', '2020-03-02') } }]);
    spec.given(submitted()).when(approveSettlement({ approvedOn: d('2020-01-20') })).then([expect.objectContaining({ type: 'SettlementApproved' })]);
    expect(stateOf(settled())).toMatchObject({ stage: 'settled' });
    expect(contractsOf(settled())).toHaveLength(settled().length);
  });

  it('runs in order, once each (BUDGET-flow): submitted once something is appropriated; approved once submitted, not before it, not twice', () => {
    spec.given(story(open(), draft(), submit())).when(submitSettlement()).thenThrowsRule(Rules.flow, BUDGET_POLICY);
    spec.given(spent2019()).when(approveSettlement()).thenThrowsRule(Rules.flow, BUDGET_POLICY);
    spec.given(submitted()).when(approveSettlement({ approvedOn: d('2020-01-19') })).thenThrowsRule(Rules.flow, BUDGET_POLICY);
    spec.given(settled()).when(approveSettlement()).thenThrowsRule(Rules.flow, BUDGET_POLICY);
    spec.given([]).when(approveSettlement()).thenThrows(NotFound);
    spec.given(spent2019()).when(submitSettlement({ regulation: undefined })).thenThrowsRule(Rules.noRegulationInForce, BUDGET_POLICY);
    // A submitted settlement is not submitted again.
    spec.given(submitted()).when(submitSettlement()).thenThrowsRule(Rules.settled, BUDGET_POLICY);
    spec.given(settled()).when(submitSettlement()).thenThrowsRule(Rules.settled, BUDGET_POLICY);
  });

  it('closes the year once submitted: no spending, supplement, reallocation or special expenditure (BUDGET-settled), no second appropriation (BUDGET-flow)', () => {
    for (const closed of [submitted(), settled()]) {
      spec.given(closed).when(spend({ expenditureId: id(702), spentOn: d('2019-12-31') })).thenThrowsRule(Rules.settled, BUDGET_POLICY);
      spec.given(closed).when(supplement()).thenThrowsRule(Rules.settled, BUDGET_POLICY);
      spec.given(closed).when(reallocate()).thenThrowsRule(Rules.settled, BUDGET_POLICY);
      spec.given(closed).when(propose()).thenThrowsRule(Rules.settled, BUDGET_POLICY);
      spec.given(closed).when(appropriate()).thenThrowsRule(Rules.flow, BUDGET_POLICY);
    }
  });
});

describe('corrections after settlement: by a new decision, never above what was appropriated nor below nothing', () => {
  it('are refused before the settlement is approved: until then spending is recorded as expenditures (BUDGET-correction)', () => {
    spec.given(spent2019()).when(correct()).thenThrowsRule(Rules.correction, BUDGET_POLICY);
    spec.given(submitted()).when(correct()).thenThrowsRule(Rules.correction, BUDGET_POLICY);
    spec.given([]).when(correct()).thenThrows(NotFound);
  });

  it('lower what was spent on a line by decision, recorded as a correction', () => {
    spec.given(settled()).when(correct()).then([
      { type: 'SettlementCorrected', data: { budgetId, correctionId: id(951), decision: decision('77/QĐ-STC', '2020-05-04'), lineId: ADMIN, amount: '-2000000', reason: 'Thu hồi khoản chi sai chế độ' } },
    ]);
    const corrected = after(settled(), correct());
    expect(spentOn(corrected, ADMIN)).toBe(28_000_000n);
    expect(contractsOf(corrected)).toHaveLength(corrected.length);
  });

  it('raise it up to what remains appropriated on the line, not beyond (BUDGET-line-remaining)', () => {
    // 100 000 000 appropriated, 30 000 000 spent: up to 70 000 000 more.
    spec.given(settled()).when(correct({ amount: '70000000' })).then([expect.objectContaining({ data: expect.objectContaining({ amount: '70000000' }) })]);
    spec.given(settled()).when(correct({ amount: '70000001' })).thenThrowsRule(Rules.lineRemaining, BUDGET_POLICY);
    spec.given(settled()).when(correct({ lineId: PROMO, amount: '50000001' })).thenThrowsRule(Rules.lineRemaining, BUDGET_POLICY);
  });

  it('never leave less than nothing spent (BUDGET-line-remaining)', () => {
    spec.given(settled()).when(correct({ amount: '-30000000' })).then([expect.objectContaining({ type: 'SettlementCorrected' })]);
    spec.given(settled()).when(correct({ amount: '-30000001' })).thenThrowsRule(Rules.lineRemaining, BUDGET_POLICY);
    spec.given(settled()).when(correct({ lineId: PROMO, amount: -1 })).thenThrowsRule(Rules.lineRemaining, BUDGET_POLICY);
    // Judged on what the earlier corrections left.
    const lowered = after(settled(), correct({ amount: '-20000000' }));
    spec.given(lowered).when(correct({ correctionId: id(952), amount: '-10000001' })).thenThrowsRule(Rules.lineRemaining, BUDGET_POLICY);
    spec.given(lowered).when(correct({ correctionId: id(952), amount: '90000000' })).then([expect.objectContaining({ type: 'SettlementCorrected' })]);
  });

  it('are a non-zero whole number of đồng, signed (BUDGET-amount), on a line of the budget (BUDGET-line)', () => {
    for (const amount of [0, '0', '-0', '+2000000', '-2000000.5', 1.5, 2 ** 53]) {
      spec.given(settled()).when(correct({ amount })).thenThrowsRule(Rules.amount, BUDGET_POLICY);
    }
    spec.given(settled()).when(correct({ lineId: 'khong-co' })).thenThrowsRule(Rules.line, BUDGET_POLICY);
  });

  it('record nothing when the same correction is recorded again (idempotent by its id)', () => {
    const corrected = after(settled(), correct());
    spec.given(corrected).when(correct()).thenNothingHappened();
    spec.given(corrected).when(correct({ correctionId: id(952) })).then([expect.objectContaining({ type: 'SettlementCorrected' })]);
  });
});
