// Given/when/then for special expenditure (chi đặc thù), Thanh Hóa 2018 Điều 11.2: "Trường hợp phát sinh các nội
// dung chi đặc thù chưa có tiêu chuẩn, định mức, chế độ chi, cơ quan Thường trực Ban Chỉ đạo chủ trì, phối hợp với
// Sở Tài chính để thống nhất nội dung trình Trưởng Ban Chỉ đạo xem xét, quyết định": proposed by the standing agency
// → Sở Tài chính's opinion → the chair decides → spent only once approved, up to the amount approved (RULES.md §4).
// Refused under a regulation without the flow (Kiên Giang 2008, Thanh Hóa 2014, Phú Thọ 2022).
import { Rules } from '../rules.js';
import type { OpenBudget as OpenBudgetState } from './fiscal-year.js';
import {
  after,
  appraise,
  appropriate,
  appropriated2019,
  ARTICLE,
  BUDGET_POLICY,
  budgetId,
  chair,
  contractsOf,
  coordinate,
  d,
  decide,
  decision,
  draft,
  id,
  kg2008,
  open,
  PROMO,
  ADMIN,
  propose,
  pt2022,
  regulationRef,
  spec,
  SPECIAL,
  spend,
  standingViceChair,
  stateOf,
  story,
  submit,
  submitSettlement,
  th2014,
  th2018,
  viceChair,
} from './testing.js';

const SPECIAL_RULE = 'thanh-hoa-2018/budget.specialExpenditure';
const proposed = () => after(appropriated2019(), propose());
const coordinated = () => after(proposed(), coordinate());
const approved = () => after(coordinated(), decide());
/** Spent under the approved special expenditure, on its line. */
const spendSpecial = (o: Parameters<typeof spend>[0] = {}) => spend({ lineId: PROMO, specialExpenditureId: SPECIAL, amount: '35000000', spentOn: d('2019-04-20'), ...o });

describe('special expenditure, Thanh Hóa 2018 Điều 11.2: proposed → coordinated with Sở Tài chính → decided by the chair', () => {
  it('is proposed by the standing agency on a line, with its reason and amount, citing the article', () => {
    spec.given(appropriated2019()).when(propose()).then([
      {
        type: 'SpecialExpenditureProposed',
        data: {
          budgetId,
          specialExpenditureId: SPECIAL,
          lineId: PROMO,
          title: 'Thuê chuyên gia đánh giá Chỉ số chuyển đổi số',
          amount: '40000000',
          reason: 'Nội dung chi chưa có tiêu chuẩn, định mức',
          proposedOn: d('2019-04-01'),
          regulation: regulationRef(th2018, ARTICLE.th2018),
        },
      },
    ]);
  });

  it('takes Sở Tài chính\'s opinion: the amount it agrees to (the proposed one when it names none), or that it does not agree', () => {
    spec.given(proposed()).when(coordinate()).then([
      { type: 'SpecialExpenditureCoordinated', data: { budgetId, specialExpenditureId: SPECIAL, coordinatedOn: d('2019-04-10'), agrees: true, agreedAmount: '35000000', opinion: 'Sở Tài chính thống nhất 35 triệu đồng' } },
    ]);
    spec.given(proposed()).when(coordinate({ agreedAmount: null })).then([expect.objectContaining({ data: expect.objectContaining({ agrees: true, agreedAmount: '40000000' }) })]);
    spec.given(proposed()).when(coordinate({ agrees: false, agreedAmount: null, opinion: 'Không thống nhất: đã có định mức' })).then([
      { type: 'SpecialExpenditureCoordinated', data: { budgetId, specialExpenditureId: SPECIAL, coordinatedOn: d('2019-04-10'), agrees: false, agreedAmount: null, opinion: 'Không thống nhất: đã có định mức' } },
    ]);
  });

  it('is approved by the chair, at the amount agreed or less, citing the article', () => {
    spec.given(coordinated()).when(decide()).then([
      {
        type: 'SpecialExpenditureDecided',
        data: { budgetId, specialExpenditureId: SPECIAL, decidedOn: d('2019-04-15'), approved: true, approvedAmount: '35000000', decidedBy: chair, note: null, article: ARTICLE.th2018 },
      },
    ]);
    spec.given(coordinated()).when(decide({ approvedAmount: '30000000', note: 'Phê duyệt 30 triệu đồng' })).then([expect.objectContaining({ data: expect.objectContaining({ approvedAmount: '30000000', note: 'Phê duyệt 30 triệu đồng' }) })]);
    expect(contractsOf(approved())).toHaveLength(approved().length);
    expect((stateOf(approved()) as OpenBudgetState).specials[SPECIAL]).toMatchObject({ status: 'approved', agreedAmount: 35_000_000n, approvedAmount: 35_000_000n, spent: 0n });
  });

  it('is decided by the chair only: a vice chair, even the standing one, is refused (Điều 11 khoản 2: "trình Trưởng Ban Chỉ đạo … quyết định")', () => {
    spec.given(coordinated()).when(decide({ decidedBy: viceChair })).thenThrowsRule(SPECIAL_RULE, ARTICLE.th2018);
    spec.given(coordinated()).when(decide({ decidedBy: standingViceChair })).thenThrowsRule(SPECIAL_RULE, ARTICLE.th2018);
  });

  it('is decided only after Sở Tài chính\'s opinion, recorded and dated before the decision (Điều 11 khoản 2: "phối hợp với Sở Tài chính để thống nhất nội dung trình")', () => {
    spec.given(proposed()).when(decide()).thenThrowsRule(SPECIAL_RULE, ARTICLE.th2018);
    spec.given(proposed()).when(decide({ approved: false })).thenThrowsRule(SPECIAL_RULE, ARTICLE.th2018);
    // Back-dated before the opinion it rests on.
    spec.given(coordinated()).when(decide({ decidedOn: d('2019-04-09') })).thenThrowsRule(SPECIAL_RULE, ARTICLE.th2018);
    spec.given(coordinated()).when(decide({ decidedOn: d('2019-04-10') })).then([expect.objectContaining({ type: 'SpecialExpenditureDecided' })]);
  });

  it('is not approved without Sở Tài chính\'s agreement (Điều 11 khoản 2); it may be rejected', () => {
    const disagreed = after(proposed(), coordinate({ agrees: false, agreedAmount: null }));
    spec.given(disagreed).when(decide()).thenThrowsRule(SPECIAL_RULE, ARTICLE.th2018);
    spec.given(disagreed).when(decide({ approved: false, note: 'Không phê duyệt' })).then([
      {
        type: 'SpecialExpenditureDecided',
        data: { budgetId, specialExpenditureId: SPECIAL, decidedOn: d('2019-04-15'), approved: false, approvedAmount: null, decidedBy: chair, note: 'Không phê duyệt', article: ARTICLE.th2018 },
      },
    ]);
  });

  it('is approved no higher than the amount agreed with Sở Tài chính (BUDGET-special)', () => {
    spec.given(coordinated()).when(decide({ approvedAmount: '35000001' })).thenThrowsRule(Rules.special, BUDGET_POLICY);
    spec.given(coordinated()).when(decide({ approvedAmount: '40000000' })).thenThrowsRule(Rules.special, BUDGET_POLICY);
  });

  it('goes through each step once, in order, with consistent amounts (BUDGET-special)', () => {
    spec.given(proposed()).when(propose()).thenThrowsRule(Rules.special, BUDGET_POLICY);
    spec.given(coordinated()).when(coordinate()).thenThrowsRule(Rules.special, BUDGET_POLICY);
    spec.given(approved()).when(decide()).thenThrowsRule(Rules.special, BUDGET_POLICY);
    spec.given(after(coordinated(), decide({ approved: false }))).when(decide()).thenThrowsRule(Rules.special, BUDGET_POLICY);
    spec.given(appropriated2019()).when(coordinate()).thenThrowsRule(Rules.special, BUDGET_POLICY);
    spec.given(appropriated2019()).when(decide()).thenThrowsRule(Rules.special, BUDGET_POLICY);
    // Sở Tài chính's opinion comes after the proposal, agrees to no more than proposed, and names no amount when it disagrees.
    spec.given(proposed()).when(coordinate({ coordinatedOn: d('2019-03-31') })).thenThrowsRule(Rules.special, BUDGET_POLICY);
    spec.given(proposed()).when(coordinate({ agreedAmount: '40000001' })).thenThrowsRule(Rules.special, BUDGET_POLICY);
    spec.given(proposed()).when(coordinate({ agrees: false, agreedAmount: '35000000' })).thenThrowsRule(Rules.special, BUDGET_POLICY);
    // A rejection approves no amount.
    spec.given(coordinated()).when(decide({ approved: false, approvedAmount: '35000000' })).thenThrowsRule(Rules.special, BUDGET_POLICY);
  });

  it('takes positive whole amounts (BUDGET-amount), on a line of the budget (BUDGET-line), once appropriated (BUDGET-flow), before the settlement (BUDGET-settled)', () => {
    spec.given(appropriated2019()).when(propose({ amount: 0 })).thenThrowsRule(Rules.amount, BUDGET_POLICY);
    spec.given(proposed()).when(coordinate({ agreedAmount: '35000000.5' })).thenThrowsRule(Rules.amount, BUDGET_POLICY);
    spec.given(coordinated()).when(decide({ approvedAmount: -1 })).thenThrowsRule(Rules.amount, BUDGET_POLICY);
    spec.given(appropriated2019()).when(propose({ lineId: 'khong-co' })).thenThrowsRule(Rules.line, BUDGET_POLICY);
    spec.given(story(open(), draft(), submit())).when(propose()).thenThrowsRule(Rules.flow, BUDGET_POLICY);
    spec.given(appropriated2019()).when(propose({ regulation: undefined })).thenThrowsRule(Rules.noRegulationInForce, BUDGET_POLICY);
    spec.given(coordinated()).when(decide({ regulation: undefined })).thenThrowsRule(Rules.noRegulationInForce, BUDGET_POLICY);
    const settling = (events: ReturnType<typeof story>) => after(events, submitSettlement());
    spec.given(settling(appropriated2019())).when(propose()).thenThrowsRule(Rules.settled, BUDGET_POLICY);
    spec.given(settling(proposed())).when(coordinate()).thenThrowsRule(Rules.settled, BUDGET_POLICY);
    spec.given(settling(coordinated())).when(decide()).thenThrowsRule(Rules.settled, BUDGET_POLICY);
  });
});

describe('spending a special expenditure (RULES.md §4: "a special expenditure spent before approval … is refused")', () => {
  it('is refused before the chair approved it: proposed, coordinated, or rejected (Điều 11 khoản 2)', () => {
    spec.given(proposed()).when(spendSpecial()).thenThrowsRule(SPECIAL_RULE, ARTICLE.th2018);
    spec.given(coordinated()).when(spendSpecial()).thenThrowsRule(SPECIAL_RULE, ARTICLE.th2018);
    spec.given(after(coordinated(), decide({ approved: false }))).when(spendSpecial()).thenThrowsRule(SPECIAL_RULE, ARTICLE.th2018);
  });

  it('is refused when its voucher is dated before the approval, even if recorded after it (Điều 11 khoản 2)', () => {
    spec.given(approved()).when(spendSpecial({ spentOn: d('2019-04-14') })).thenThrowsRule(SPECIAL_RULE, ARTICLE.th2018);
    spec.given(approved()).when(spendSpecial({ spentOn: d('2019-04-15') })).then([expect.objectContaining({ type: 'ExpenditureRecorded' })]);
  });

  it('is recorded under the special expenditure once approved, up to the amount approved, in one or several expenditures', () => {
    spec.given(approved()).when(spendSpecial()).then([
      {
        type: 'ExpenditureRecorded',
        data: {
          budgetId,
          expenditureId: id(701),
          lineId: PROMO,
          amount: '35000000',
          spentOn: d('2019-04-20'),
          voucher: 'PC-0315',
          payee: 'Công ty TNHH Hội nghị Sao Mai',
          description: 'Hội nghị sơ kết quý I',
          specialExpenditureId: SPECIAL,
          decidedBy: null,
        },
      },
    ]);
    const partly = after(approved(), spendSpecial({ amount: '20000000' }));
    expect((stateOf(partly) as OpenBudgetState).specials[SPECIAL].spent).toBe(20_000_000n);
    spec.given(partly).when(spendSpecial({ expenditureId: id(702), amount: '15000000' })).then([expect.objectContaining({ type: 'ExpenditureRecorded' })]);
    spec.given(partly).when(spendSpecial({ expenditureId: id(702), amount: '15000001' })).thenThrowsRule(Rules.special, BUDGET_POLICY);
  });

  it('is refused beyond the amount approved though the line has room (BUDGET-special), and beyond what remains on the line though approved (BUDGET-line-remaining)', () => {
    spec.given(approved()).when(spendSpecial({ amount: '35000001' })).thenThrowsRule(Rules.special, BUDGET_POLICY);
    // 50 000 000 on the line; 20 000 000 spent on ordinary items leaves 30 000 000, less than the 35 000 000 approved.
    const lineUsed = after(approved(), spend({ expenditureId: id(720), lineId: PROMO, amount: '20000000' }));
    spec.given(lineUsed).when(spendSpecial()).thenThrowsRule(Rules.lineRemaining, BUDGET_POLICY);
  });

  it('is spent on its own line, under a special expenditure the budget has (BUDGET-special)', () => {
    spec.given(approved()).when(spendSpecial({ lineId: ADMIN })).thenThrowsRule(Rules.special, BUDGET_POLICY);
    spec.given(approved()).when(spendSpecial({ specialExpenditureId: id(899) })).thenThrowsRule(Rules.special, BUDGET_POLICY);
  });
});

describe('special expenditure under a regulation without the flow', () => {
  it('Kiên Giang 2008: nothing is proposed; spending follows the norms on the budget\'s lines', () => {
    const kg = { regulation: kg2008 };
    const kgBudget = story(
      open({ fiscalYear: 2009, openedOn: d('2009-01-05'), ...kg }),
      draft({ draftedOn: d('2009-01-10'), ...kg }),
      submit({ submittedOn: d('2009-01-15'), ...kg }),
    );
    const appropriatedKg = after(kgBudget, appraise({ appraisedOn: d('2009-01-25') }), appropriate({ decision: decision('210/QĐ-UBND', '2009-02-10'), ceiling: '500000000', ...kg }));
    spec.given(appropriatedKg).when(propose({ proposedOn: d('2009-04-01'), ...kg })).thenThrowsRule('kien-giang-2008/budget.specialExpenditure', ARTICLE.kg2008None);
  });

  it('Thanh Hóa: judged on the day it is proposed — refused under 3461 (2014) until 18/10/2018, proposed under 4095 (2018) from 19/10/2018', () => {
    const th = { regulation: th2014 };
    const budget2018 = story(open({ fiscalYear: 2018, openedOn: d('2018-01-03'), ...th }), draft({ draftedOn: d('2018-01-05'), ...th }), submit({ submittedOn: d('2018-01-10'), ...th }), appropriate({ decision: decision('50/QĐ-UBND', '2018-02-01'), ...th }));
    spec.given(budget2018).when(propose({ proposedOn: d('2018-10-18'), ...th })).thenThrowsRule('thanh-hoa-2014/budget.specialExpenditure', 'Quy chế (không quy định), Quyết định 3461/QĐ-BCĐ ngày 16/10/2014');
    spec.given(budget2018).when(propose({ proposedOn: d('2018-10-19'), regulation: th2018 })).then([expect.objectContaining({ data: expect.objectContaining({ regulation: regulationRef(th2018, ARTICLE.th2018) }) })]);
  });

  it('Phú Thọ 2022: Điều 11.3 funds unplanned tasks, not special expenditure: nothing is proposed (unplanned-task.spec.ts)', () => {
    const pt = { regulation: pt2022 };
    const ptBudget = story(open({ fiscalYear: 2023, openedOn: d('2023-01-03'), source: 'each-agency-recurrent-budget', ...pt }), appropriate({ decision: decision('12/QĐ-STTTT', '2023-01-10'), ...pt }));
    spec.given(ptBudget).when(propose({ proposedOn: d('2023-04-01'), ...pt })).thenThrowsRule('phu-tho-2022/budget.specialExpenditure', 'Quy chế (không quy định), Quyết định 1344/QĐ-BCĐCĐS ngày 18/05/2022');
  });
});
