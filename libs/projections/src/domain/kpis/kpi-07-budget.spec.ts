import { foldTenantState } from '../tenant-state/tenant-state.js';
import { tenantKpis } from './catalogue.js';
import { kpi07Budget, kpi07Special } from './kpi-07-budget.js';
import { appropriated, asOfPeriodEnd, BD, binhDinhHistory, budgetOpened, KG, kienGiangHistory, PT, phuThoHistory, spent, type Raw } from './seed-histories-reporting.js';
import { history, IDS, idsNaming, period } from './testing.js';

const kpi = (events: ReturnType<typeof history>, label: string, id: string) => tenantKpis(events, period(label)).find((k) => k.id === id);
const RULE = { packId: 'thanh-hoa-2018', decisionNumber: '4095/QĐ-BCĐ', effectiveFrom: '2018-10-19', article: 'Điều 11 khoản 2, Quyết định 4095/QĐ-BCĐ ngày 19/10/2018' };
const B = IDS.budget2019;
const special = [
  { type: 'budget.SpecialExpenditureProposed', data: { budgetId: B, specialExpenditureId: 'sp-1', lineId: 'tuyen-truyen', title: 'Hội thảo Chính quyền điện tử', amount: '10000000', reason: 'Chưa có định mức', proposedOn: '2019-04-01', regulation: RULE }, occurredAt: '2019-04-01' },
  { type: 'budget.SpecialExpenditureDecided', data: { budgetId: B, specialExpenditureId: 'sp-1', decidedOn: '2019-04-10', approved: true, approvedAmount: '10000000', decidedBy: { memberId: IDS.members.chair, role: 'chair' }, note: null, article: RULE.article }, occurredAt: '2019-04-10' },
  { type: 'budget.ExpenditureRecorded', data: { budgetId: B, expenditureId: 'e-sp-1', lineId: 'tuyen-truyen', amount: '10000000', spentOn: '2019-04-20', voucher: 'PC-sp-1', payee: 'Trung tâm Hội nghị tỉnh', description: 'Hội thảo', specialExpenditureId: 'sp-1', decidedBy: null }, occurredAt: '2019-04-20' },
  { type: 'budget.SpecialExpenditureProposed', data: { budgetId: B, specialExpenditureId: 'sp-2', lineId: 'hanh-chinh', title: 'Thuê chuyên gia', amount: '7000000', reason: 'Chưa có định mức', proposedOn: '2019-05-02', regulation: RULE }, occurredAt: '2019-05-02' },
];

describe('KPI 7: budget execution and special expenditures (Thanh Hóa 2018, budget of 2019)', () => {
  it('2019-H1: 50,000,000 spent of 320,000,000 appropriated → 15.62 % (15.625 cut off), per line', () => {
    const events = history();
    const k = kpi(events, '2019-H1', 'kpi-07-budget');
    expect(k).toMatchObject({ value: '15.62', numerator: '50000000', denominator: '320000000' });
    expect(k?.breakdown).toEqual([
      { label: `line:${B}/hanh-chinh`, value: '0/120000000' },
      { label: `line:${B}/tuyen-truyen`, value: '50000000/200000000' },
    ]);
    // opened, appropriated, the one expenditure of the first half
    expect(k?.drillDown).toEqual(idsNaming(events.filter((e) => e.occurredAt < new Date('2019-07-01T00:00:00+07:00')), 'budgetId', B));
    expect(k?.drillDown).toHaveLength(3);
  });

  it('2019: 80,000,000 ÷ 320,000,000 = 25.00 %; the correction of 2020 is not known at the end of 2019', () => {
    expect(kpi(history(), '2019', 'kpi-07-budget')).toMatchObject({ value: '25.00', numerator: '80000000', denominator: '320000000' });
  });

  it('another year has no budget: no rate', () => {
    expect(kpi(history(), '2018', 'kpi-07-budget')).toMatchObject({ value: null, numerator: '0', denominator: '0', drillDown: [] });
  });

  it('special expenditures: one approved by the chair and spent, one only proposed → 1 ÷ 2 = 50.00 %', () => {
    const events = history(...special);
    const k = kpi(events, '2019', 'kpi-07-special');
    expect(k).toMatchObject({ value: '50.00', numerator: '1', denominator: '2' });
    expect(k?.breakdown).toEqual([
      { label: 'special:sp-1', value: 'approved; 10000000/10000000' },
      { label: 'special:sp-2', value: 'proposed; 0/7000000' },
    ]);
    expect(k?.drillDown).toEqual([...idsNaming(events, 'specialExpenditureId', 'sp-1'), ...idsNaming(events, 'specialExpenditureId', 'sp-2')]);
    expect(kpi(events, '2019', 'kpi-07-budget')).toMatchObject({ value: '28.12', numerator: '90000000' });
  });
});

const TH14_BUDGET = { packId: 'thanh-hoa-2014', decisionNumber: '3461/QĐ-BCĐ', effectiveFrom: '2014-10-16', article: 'Điều 12 khoản 1, Quyết định 3461/QĐ-BCĐ ngày 16/10/2014' };
const B18 = 'budget-2018';
/**
 * Thanh Hóa's budget of 2018, opened and appropriated under 2014 (Điều 12.1, Sở TTTT's budget), spent on both sides of
 * 2018-10-19; a special expenditure (no norm) only under 2018 (Điều 11.2: the chair decides), approved and spent.
 */
const budget2018: Raw[] = [
  budgetOpened(B18, 2018, IDS.agencies.STTTT, 'standing-agency-budget', '2017-11-01', TH14_BUDGET),
  appropriated(B18, { number: '4890/QĐ-UBND', date: '2017-12-12' }, [['hanh-chinh', 'quan-ly-hanh-chinh', 'Chi quản lý hành chính', '100000000'], ['tuyen-truyen', 'tuyen-truyen', 'Tuyên truyền ứng dụng CNTT', '150000000']], null, TH14_BUDGET),
  spent(B18, 'e18-1', 'tuyen-truyen', '40000000', '2018-03-10'),
  spent(B18, 'e18-2', 'hanh-chinh', '20000000', '2018-09-05'),
  { type: 'budget.SpecialExpenditureProposed', data: { budgetId: B18, specialExpenditureId: 'sp18-1', lineId: 'tuyen-truyen', title: 'Ra mắt Cổng dịch vụ công', amount: '10000000', reason: 'Chưa có định mức', proposedOn: '2018-11-05', regulation: RULE }, occurredAt: '2018-11-05' },
  { type: 'budget.SpecialExpenditureDecided', data: { budgetId: B18, specialExpenditureId: 'sp18-1', decidedOn: '2018-11-12', approved: true, approvedAmount: '10000000', decidedBy: { memberId: IDS.members.chair, role: 'chair' }, note: null, article: RULE.article }, occurredAt: '2018-11-12' },
  spent(B18, 'e18-3', 'tuyen-truyen', '10000000', '2018-11-20', null, 'sp18-1'),
  spent(B18, 'e18-4', 'hanh-chinh', '30000000', '2018-12-10'),
];
const input = asOfPeriodEnd;

describe('KPI 7 per seed regulation', () => {
  it('the fixtures pass their contracts: the fold ignores none of their events', () => {
    for (const events of [kienGiangHistory(), binhDinhHistory(), phuThoHistory(), history(...budget2018)]) expect(foldTenantState(events).ignored).toBe(0);
  });

  it('Kiên Giang 2008 Điều 12 (Sở TTTT\'s budget, the standing office decides each expenditure): 2019-Q3 45,000,000 ÷ 150,000,000 = 30.00 %; 2019 65,000,000 ÷ 150,000,000 = 43.33 % (43.333… cut off)', () => {
    const events = kienGiangHistory();
    expect(kpi07Budget(input(events, '2019-Q3'))).toMatchObject({ value: '30.00', numerator: '45000000', denominator: '150000000' });
    const year = kpi07Budget(input(events, '2019'));
    expect(year).toMatchObject({ value: '43.33', numerator: '65000000', denominator: '150000000' });
    expect(year.breakdown).toEqual([
      { label: `line:${KG.budget}/hoat-dong`, value: '50000000/90000000' },
      { label: `line:${KG.budget}/ung-dung`, value: '15000000/60000000' },
    ]);
    expect(year.drillDown).toEqual(idsNaming(events, 'budgetId', KG.budget));
  });

  it('Bình Định 2021 Điều 13.1, a line per category: 2022-H1 45,000,000 ÷ 200,000,000 = 22.50 %; 2022 70,000,000 ÷ 200,000,000 = 35.00 %', () => {
    const events = binhDinhHistory();
    expect(kpi07Budget(input(events, '2022-H1'))).toMatchObject({ value: '22.50', numerator: '45000000', denominator: '200000000' });
    const year = kpi07Budget(input(events, '2022'));
    expect(year).toMatchObject({ value: '35.00', numerator: '70000000', denominator: '200000000' });
    expect(year.breakdown).toEqual([
      { label: `line:${BD.budget}/hanh-chinh`, value: '45000000/100000000' },
      { label: `line:${BD.budget}/tuyen-truyen`, value: '20000000/60000000' },
      { label: `line:${BD.budget}/hoi-nghi`, value: '5000000/40000000' },
    ]);
  });

  it('Phú Thọ 2022 Điều 11.2, each agency\'s own budget: 2023-H1 (30,000,000 + 10,000,000) ÷ (90,000,000 + 30,000,000) = 33.33 %; 2023 with the unplanned task funded on 20/7 (Điều 11.3): 45,000,000 ÷ 140,000,000 = 32.14 % (32.142… cut off)', () => {
    const events = phuThoHistory();
    expect(kpi07Budget(input(events, '2023-H1'))).toMatchObject({ value: '33.33', numerator: '40000000', denominator: '120000000' });
    const year = kpi07Budget(input(events, '2023'));
    expect(year).toMatchObject({ value: '32.14', numerator: '45000000', denominator: '140000000' });
    expect(year.breakdown).toEqual([
      { label: `line:${PT.budgets.CA}/an-ninh-mang`, value: '10000000/30000000' },
      { label: `line:${PT.budgets.STTTT}/chuyen-doi-so`, value: '30000000/90000000' },
      { label: `line:${PT.budgets.STTTT}/pt-task-1`, value: '5000000/20000000' },
    ]);
    expect(year.drillDown.sort()).toEqual([...idsNaming(events, 'budgetId', PT.budgets.STTTT), ...idsNaming(events, 'budgetId', PT.budgets.CA)].sort());
  });

  it('Kiên Giang 2008, Bình Định 2021 and Phú Thọ 2022 provide no special expenditure: 0 ÷ 0, no rate', () => {
    for (const [events, label] of [[kienGiangHistory(), '2019'], [binhDinhHistory(), '2022'], [phuThoHistory(), '2023']] as const) {
      expect(kpi07Special(input(events, label))).toMatchObject({ value: null, numerator: '0', denominator: '0', breakdown: [] });
    }
  });

  it('Thanh Hóa 2018, 2014 → 2018 on 2018-10-19: the budget of 2018 (opened under 2014 Điều 12.1) 2018-H1 40,000,000 ÷ 250,000,000 = 16.00 %, 2018 100,000,000 ÷ 250,000,000 = 40.00 %; the one special expenditure, under 2018 Điều 11.2, approved by the chair and spent → 1 ÷ 1 = 100.00 %', () => {
    const events = history(...budget2018);
    expect(kpi(events, '2018-H1', 'kpi-07-budget')).toMatchObject({ value: '16.00', numerator: '40000000', denominator: '250000000' });
    expect(kpi(events, '2018', 'kpi-07-budget')).toMatchObject({ value: '40.00', numerator: '100000000', denominator: '250000000' });
    expect(kpi(events, '2018', 'kpi-07-special')).toMatchObject({ value: '100.00', numerator: '1', denominator: '1', breakdown: [{ label: 'special:sp18-1', value: 'approved; 10000000/10000000' }] });
    expect(kpi(events, '2018-H1', 'kpi-07-special')).toMatchObject({ value: null, denominator: '0' });
    // the budget of 2019 is another year's
    expect(kpi(events, '2019', 'kpi-07-budget')).toMatchObject({ value: '25.00', denominator: '320000000' });
  });
});
