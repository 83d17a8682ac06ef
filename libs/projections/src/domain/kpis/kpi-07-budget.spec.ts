import { tenantKpis } from './catalogue.js';
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
