// Given/when/then for spending (RULES.md §4: "Spending beyond what was appropriated … is refused"; money is whole
// VND, never a float): an expenditure on a line of its fiscal year, never beyond what remains on it, never once the
// settlement is submitted; recording who decides it where the regulation names someone (Kiên Giang 2008 Điều 12:
// "Thường trực Ban chỉ đạo … quyết định các khoản chi"). Special expenditures: special-expenditure.spec.ts.
import { NotFound } from '@bcd/kernel';
import { RuleViolation } from '@bcd/kernel';
import { Rules, type AmountInput } from '../rules.js';
import type { OpenBudget as OpenBudgetState } from './fiscal-year.js';
import {
  ADMIN,
  after,
  appraise,
  appropriate,
  appropriated2019,
  ARTICLE,
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
  reallocate,
  spec,
  spend,
  stateOf,
  story,
  submit,
  submitSettlement,
  approveSettlement,
  supplement,
} from './testing.js';

const lineOf = (events: ReturnType<typeof story>, lineId: string) => (stateOf(events) as OpenBudgetState).lines[lineId];

describe('an expenditure: Thanh Hóa 2018, Sở TTTT\'s 2019 budget (100 000 000 đồng on administration)', () => {
  it('is recorded on its line with its voucher, payee and day; no one is named to decide it under this regulation', () => {
    const events = after(appropriated2019(), spend());
    expect(events[events.length - 1]).toEqual({
      type: 'ExpenditureRecorded',
      data: {
        budgetId,
        expenditureId: id(701),
        lineId: ADMIN,
        amount: '30000000',
        spentOn: d('2019-03-15'),
        voucher: 'PC-0315',
        payee: 'Công ty TNHH Hội nghị Sao Mai',
        description: 'Hội nghị sơ kết quý I',
        specialExpenditureId: null,
        decidedBy: null,
      },
    });
    expect(contractsOf(events)).toHaveLength(events.length);
    expect(lineOf(events, ADMIN)).toMatchObject({ appropriated: 100_000_000n, spent: 30_000_000n });
  });

  it('never takes more than remains on its line (BUDGET-line-remaining); exactly what remains is allowed', () => {
    spec.given(appropriated2019()).when(spend({ amount: '100000001' })).thenThrowsRule(Rules.lineRemaining, BUDGET_POLICY);
    spec.given(appropriated2019()).when(spend({ amount: 100_000_000 })).then([expect.objectContaining({ type: 'ExpenditureRecorded', data: expect.objectContaining({ amount: '100000000' }) })]);
    // What another line has left does not count.
    spec.given(appropriated2019()).when(spend({ lineId: PROMO, amount: '50000001' })).thenThrowsRule(Rules.lineRemaining, BUDGET_POLICY);
  });

  it('two expenditures that together exceed the line: once the first is folded in, the second is refused', () => {
    const first = spend({ expenditureId: id(711), amount: '60000000' });
    const second = spend({ expenditureId: id(712), amount: '60000000', spentOn: d('2019-03-16') });
    // Each fits alone …
    spec.given(appropriated2019()).when(first).then([expect.objectContaining({ type: 'ExpenditureRecorded' })]);
    spec.given(appropriated2019()).when(second).then([expect.objectContaining({ type: 'ExpenditureRecorded' })]);
    // … not both: the version the second is decided on holds the first (a concurrent append is refused by the store).
    spec.given(after(appropriated2019(), first)).when(second).thenThrowsRule(Rules.lineRemaining, BUDGET_POLICY);
    spec.given(after(appropriated2019(), first)).when(spend({ expenditureId: id(712), amount: '40000000' })).then([expect.objectContaining({ type: 'ExpenditureRecorded' })]);
  });

  it('follows the line\'s changes: a reallocation away leaves less to spend, a supplement more', () => {
    const reallocated = after(appropriated2019(), reallocate({ fromLineId: ADMIN, toLineId: PROMO, amount: '30000000' }));
    spec.given(reallocated).when(spend({ amount: '70000001' })).thenThrowsRule(Rules.lineRemaining, BUDGET_POLICY);
    spec.given(reallocated).when(spend({ lineId: PROMO, amount: '80000000' })).then([expect.objectContaining({ type: 'ExpenditureRecorded' })]);
    const supplemented = after(appropriated2019(), supplement());
    spec.given(supplemented).when(spend({ amount: '120000000' })).then([expect.objectContaining({ type: 'ExpenditureRecorded' })]);
  });

  it('records nothing when the same expenditure is recorded again (idempotent by its id), even where it would no longer fit', () => {
    const spent = after(appropriated2019(), spend({ amount: '80000000' }));
    spec.given(spent).when(spend({ amount: '80000000' })).thenNothingHappened();
    expect(lineOf(spent, ADMIN).spent).toBe(80_000_000n);
  });

  it('falls within its fiscal year (BUDGET-fiscal-year)', () => {
    spec.given(appropriated2019()).when(spend({ spentOn: d('2018-12-31') })).thenThrowsRule(Rules.fiscalYear, BUDGET_POLICY);
    spec.given(appropriated2019()).when(spend({ spentOn: d('2020-01-01') })).thenThrowsRule(Rules.fiscalYear, BUDGET_POLICY);
    spec.given(appropriated2019()).when(spend({ spentOn: d('2019-01-01') })).then([expect.objectContaining({ type: 'ExpenditureRecorded' })]);
    spec.given(appropriated2019()).when(spend({ spentOn: d('2019-12-31') })).then([expect.objectContaining({ type: 'ExpenditureRecorded' })]);
  });

  it('is spent on a line of the budget (BUDGET-line), once something is appropriated (BUDGET-flow), under a regulation in force', () => {
    spec.given(appropriated2019()).when(spend({ lineId: 'khong-co' })).thenThrowsRule(Rules.line, BUDGET_POLICY);
    spec.given(story(open(), draft(), submit())).when(spend()).thenThrowsRule(Rules.flow, BUDGET_POLICY);
    spec.given([]).when(spend()).thenThrows(NotFound);
    spec.given(appropriated2019()).when(spend({ regulation: undefined })).thenThrowsRule(Rules.noRegulationInForce, BUDGET_POLICY);
  });

  it('takes no spending once the settlement is submitted, nor after it is approved (BUDGET-settled)', () => {
    const submitted = after(appropriated2019(), spend(), submitSettlement());
    spec.given(submitted).when(spend({ expenditureId: id(702), spentOn: d('2019-12-30') })).thenThrowsRule(Rules.settled, BUDGET_POLICY);
    spec.given(after(submitted, approveSettlement())).when(spend({ expenditureId: id(702) })).thenThrowsRule(Rules.settled, BUDGET_POLICY);
  });
});

describe('amounts: a positive whole number of đồng, written exactly (BUDGET-amount)', () => {
  const refused: [string, AmountInput][] = [
    ['zero', 0],
    ['zero as a string', '0'],
    ['a negative number', -1_000_000],
    ['a negative string', '-1000000'],
    ['a fraction', 1_500_000.5],
    ['a string with decimals', '1500000.00'],
    ['a string with a sign', '+1500000'],
    ['a string with a thousands separator', '1.500.000'],
    ['a string in exponent notation', '1e6'],
    ['a string with spaces', ' 1500000'],
    ['an empty string', ''],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
  ];
  it.each(refused)('refuses %s', (_what, amount) => {
    spec.given(appropriated2019()).when(spend({ amount })).thenThrowsRule(Rules.amount, BUDGET_POLICY);
  });

  it('refuses a JSON number above 2^53 − 1 as inexact (the parser already rounded it), and takes the largest exact one', () => {
    const huge = after(appropriated2019(), supplement({ lines: [{ lineId: ADMIN, amount: '100000000000000000000' }] }));
    for (const amount of [2 ** 53, 2 ** 53 + 2, 1e20]) {
      spec.given(huge).when(spend({ amount })).thenThrows(RuleViolation, (e) => e.rule === Rules.amount && /not exact/.test(e.message));
    }
    spec.given(huge).when(spend({ amount: Number.MAX_SAFE_INTEGER })).then([expect.objectContaining({ data: expect.objectContaining({ amount: '9007199254740991' }) })]);
  });

  it('takes an amount above 2^53 written as a string and keeps it exact, to the last đồng', () => {
    const huge = after(appropriated2019(), supplement({ lines: [{ lineId: ADMIN, amount: '100000000000000000000' }] }));
    const events = after(huge, spend({ amount: '9007199254740993' }), spend({ expenditureId: id(702), amount: '90071992547409930001' }));
    expect(events.slice(-2).map((e) => (e.data as { amount: string }).amount)).toEqual(['9007199254740993', '90071992547409930001']);
    const line = lineOf(events, ADMIN);
    expect(line.spent).toBe(9007199254740993n + 90071992547409930001n);
    expect(line.appropriated).toBe(100_000_000_000_100_000_000n);
    expect(line.appropriated - line.spent).toBe(9_919_000_253_435_329_006n);
    expect(contractsOf(events).slice(-1)).toEqual([expect.objectContaining({ amount: '90071992547409930001' })]);
    // One đồng more than remains is refused, however large the numbers.
    spec.given(events).when(spend({ expenditureId: id(703), amount: String(line.appropriated - line.spent + 1n) })).thenThrowsRule(Rules.lineRemaining, BUDGET_POLICY);
    spec.given(events).when(spend({ expenditureId: id(703), amount: String(line.appropriated - line.spent) })).then([expect.objectContaining({ type: 'ExpenditureRecorded' })]);
  });
});

describe('an expenditure: Kiên Giang 2008 Điều 12, the standing office decides each expenditure', () => {
  it('records that the standing agency decided it, citing the article', () => {
    const kg = { regulation: kg2008 };
    const appropriatedKg = story(
      open({ fiscalYear: 2009, openedOn: d('2009-01-05'), ...kg }),
      draft({ draftedOn: d('2009-01-10'), ...kg }),
      submit({ submittedOn: d('2009-01-15'), ...kg }),
      appraise({ appraisedOn: d('2009-01-25') }),
      appropriate({ decision: decision('210/QĐ-UBND', '2009-02-10'), ceiling: '500000000', ...kg }),
    );
    spec.given(appropriatedKg).when(spend({ spentOn: d('2009-04-02'), ...kg })).then([
      {
        type: 'ExpenditureRecorded',
        data: {
          budgetId,
          expenditureId: id(701),
          lineId: ADMIN,
          amount: '30000000',
          spentOn: d('2009-04-02'),
          voucher: 'PC-0315',
          payee: 'Công ty TNHH Hội nghị Sao Mai',
          description: 'Hội nghị sơ kết quý I',
          specialExpenditureId: null,
          decidedBy: { actor: 'standing-agency', article: ARTICLE.kg2008 },
        },
      },
    ]);
  });
});
