import { IDS } from '../tenant-state/testing.js';
import { foldTenantState } from '../tenant-state/tenant-state.js';
import { kpi06ActivityReports } from './kpi-06-activity-reports.js';
import { asOfPeriodEnd, BD, binhDinhHistory, dueSet, KG, kienGiangHistory, opened, PT, phuThoHistory, ruleOf, submitted, type Raw } from './seed-histories-reporting.js';
import { history, idsNaming } from './testing.js';

const kpi06 = (events: Parameters<typeof asOfPeriodEnd>[0], label: string) => kpi06ActivityReports(asOfPeriodEnd(events, label));

const TH14 = { packId: 'thanh-hoa-2014', decisionNumber: '3461/QĐ-BCĐ', effectiveFrom: '2014-10-16' };
const TH18 = { packId: 'thanh-hoa-2018', decisionNumber: '4095/QĐ-BCĐ', effectiveFrom: '2018-10-19' };
const TH = { H1: 'o-standing-2018-h1', YEAR: 'o-standing-2018', Q4: 'o-wg-2018-q4' };
const PLAN_2014 = 'Mục II, Kế hoạch 08/KH-BCĐ ngày 20/01/2015';
const PLAN_2018 = 'Mục II, Kế hoạch 02/KH-BCĐ ngày 30/10/2018';
const GROUP_2018 = 'Mục III, Kế hoạch 02/KH-BCĐ ngày 30/10/2018';
const standingDates: [string, number[] | 'all', number, number, string][] = [['semiannual', [1], 6, 30, 'chậm nhất ngày 30 tháng 6'], ['annual', 'all', 12, 15, 'chậm nhất ngày 15 tháng 12']];
/**
 * Thanh Hóa's activity reports of 2018, on the dates the province set under each regulation: the standing agency's
 * 6-month report under 2014 (Điều 11.3), its annual report and — the 2018 regulation only (Điều 7.9) — the working
 * group's quarterly report under 2018, opened when the 2018 plan set their dates.
 */
const thanhHoa2018: Raw[] = [
  dueSet(IDS.adoption2014, 'reporting.activityReports.0.due', standingDates, 'Mục II', 'Kế hoạch 08/KH-BCĐ', '2015-01-20'),
  dueSet(IDS.adoption2018, 'reporting.activityReports.0.due', standingDates, 'Mục II', 'Kế hoạch 02/KH-BCĐ', '2018-10-30'),
  dueSet(IDS.adoption2018, 'reporting.activityReports.1.due', [['quarterly', 'all', 'last-month-of-period', 25, 'chậm nhất ngày 25 tháng cuối quý']], 'Mục III', 'Kế hoạch 02/KH-BCĐ', '2018-10-30'),
  opened(TH.H1, 'activity-report', { kind: 'committee', body: 'standing-agency' }, 'semiannual', '2018-H1', ['2018-06-30', '2018-07-02'], 'chậm nhất ngày 30 tháng 6', ruleOf(TH14, PLAN_2014)),
  submitted(TH.H1, '2018-07-02T10:00:00+07:00'),
  opened(TH.YEAR, 'activity-report', { kind: 'committee', body: 'standing-agency' }, 'annual', '2018', ['2018-12-15', '2018-12-17'], 'chậm nhất ngày 15 tháng 12', ruleOf(TH18, PLAN_2018), 'no-later-than', '2018-10-30'),
  opened(TH.Q4, 'activity-report', { kind: 'committee', body: 'working-group' }, 'quarterly', '2018-Q4', ['2018-12-25', '2018-12-25'], 'chậm nhất ngày 25 tháng cuối quý', ruleOf(TH18, GROUP_2018), 'no-later-than', '2018-10-30'),
  submitted(TH.YEAR, '2018-12-20T10:00:00+07:00', [3, 3]),
];

describe('KPI 6: the committee\'s activity reports delivered on time, per seed regulation', () => {
  it('the fixtures pass their contracts: the fold ignores none of their events', () => {
    for (const events of [kienGiangHistory(), binhDinhHistory(), phuThoHistory(), history(...thanhHoa2018)]) expect(foldTenantState(events).ignored).toBe(0);
  });

  it('Kiên Giang 2008 Điều 11 (the committee reports to UBND tỉnh; dates by Công văn 845): 2019-Q3 due 25/9, sent 24/9 → 1 ÷ 1 = 100.00 %; the members\' reports due 16/9 are KPI 4\'s', () => {
    const events = kienGiangHistory();
    const kpi = kpi06(events, '2019-Q3');
    expect(kpi).toMatchObject({ id: 'kpi-06', value: '100.00', numerator: '1', denominator: '1', target: null });
    expect(kpi.citation).toBe('RULES.md §6 mục 6; Mục 2, Công văn 845/UBND-VX ngày 10/01/2019');
    expect(kpi.breakdown).toEqual(expect.arrayContaining([{ label: 'done-on-time', value: '1' }, { label: `report:${KG.activity.Q3}`, value: 'committee; 2019-Q3; 2019-09-25' }]));
    expect(kpi.drillDown).toEqual(idsNaming(events, 'obligationId', KG.activity.Q3));
    expect(kpi.drillDown).toHaveLength(2);
  });

  it('Kiên Giang 2008: 2019-Q2, due 25/6 and not sent by 30/6 → missing, 0 ÷ 1 = 0.00 %; the year 2019, Q2 sent 1/7 (6 days late) and Q3 on time → 1 ÷ 2 = 50.00 %', () => {
    const events = kienGiangHistory();
    const q2 = kpi06(events, '2019-Q2');
    expect(q2).toMatchObject({ value: '0.00', numerator: '0', denominator: '1' });
    expect(q2.breakdown).toEqual(expect.arrayContaining([{ label: 'not-done-overdue', value: '1' }, { label: `missing:${KG.activity.Q2}`, value: '2019-06-25' }]));
    const year = kpi06(events, '2019');
    expect(year).toMatchObject({ value: '50.00', numerator: '1', denominator: '2' });
    expect(year.breakdown).toEqual(expect.arrayContaining([{ label: 'done-late', value: '1' }, { label: `days-late:${KG.activity.Q2}`, value: '6' }]));
  });

  it('Bình Định 2021 Điều 7.7 and 8.1: 2022-H1 — the Tổ thư ký\'s Q1 (due 25/3, sent 24/3) and Q2 (due Saturday 25/6 → Monday 27/6, sent 27/6) on time, the report upward (due 15/6, sent 20/6) 5 days late → 2 ÷ 3 = 66.66 %', () => {
    const kpi = kpi06(binhDinhHistory(), '2022-H1');
    expect(kpi).toMatchObject({ value: '66.66', numerator: '2', denominator: '3' });
    expect(kpi.breakdown).toEqual(
      expect.arrayContaining([
        { label: 'done-on-time', value: '2' },
        { label: `days-late:${BD.activity.upwardH1}`, value: '5' },
        { label: `report:${BD.activity.Q2}`, value: 'working-group; 2022-Q2; 2022-06-27' },
        { label: `report:${BD.activity.upwardH1}`, value: 'committee; 2022-H1; 2022-06-15' },
      ]),
    );
    expect(kpi.citation).toBe('RULES.md §6 mục 6; Mục III khoản 1, Kế hoạch 12/KH-BCĐ ngày 10/01/2022; Mục III khoản 2, Kế hoạch 12/KH-BCĐ ngày 10/01/2022');
  });

  it('Phú Thọ 2022 Điều 7.6 (the standing agency, quarterly): 2023-H1 — Q1 due 22/3 sent 21/3, Q2 due 22/6 missing → 1 ÷ 2 = 50.00 %', () => {
    const kpi = kpi06(phuThoHistory(), '2023-H1');
    expect(kpi).toMatchObject({ value: '50.00', numerator: '1', denominator: '2' });
    expect(kpi.breakdown).toEqual(expect.arrayContaining([{ label: 'not-done-overdue', value: '1' }, { label: `missing:${PT.activity.Q2}`, value: '2023-06-22' }]));
    expect(kpi.citation).toBe('RULES.md §6 mục 6; Mục IV, Kế hoạch 45/KH-BCĐCĐS ngày 01/07/2022');
  });

  it('Thanh Hóa 2018, the year the regulation changed: the 6-month report under 2014 (due Saturday 30/6 → Monday 2/7, sent 2/7) on time, the annual one under 2018 (due Saturday 15/12 → Monday 17/12, sent 20/12) 3 days late, the working group\'s Q4 (2018 Điều 7.9; 2014 had none for Q1–Q3) missing → 1 ÷ 3 = 33.33 %', () => {
    const events = history(...thanhHoa2018);
    const kpi = kpi06(events, '2018');
    expect(kpi).toMatchObject({ value: '33.33', numerator: '1', denominator: '3' });
    expect(kpi.citation).toBe(`RULES.md §6 mục 6; ${PLAN_2014}; ${PLAN_2018}; ${GROUP_2018}`);
    expect(kpi.breakdown).toEqual(
      expect.arrayContaining([
        { label: 'done-on-time', value: '1' },
        { label: 'done-late', value: '1' },
        { label: 'not-done-overdue', value: '1' },
        { label: `days-late:${TH.YEAR}`, value: '3' },
        { label: `missing:${TH.Q4}`, value: '2018-12-25' },
      ]),
    );
    expect(kpi.drillDown.sort()).toEqual([TH.H1, TH.YEAR, TH.Q4].flatMap((id) => idsNaming(events, 'obligationId', id)).sort());
  });

  it('Thanh Hóa 2018-H1: the 6-month report falls due on 2 July, in the next quarter → nothing due, no rate', () => {
    expect(kpi06(history(...thanhHoa2018), '2018-H1')).toMatchObject({ value: null, numerator: '0', denominator: '0', drillDown: [] });
    expect(kpi06(history(...thanhHoa2018), '2018-Q3')).toMatchObject({ value: '100.00', numerator: '1', denominator: '1' });
  });

  it('counts no member\'s or agency\'s periodic report: Thanh Hóa 2019-H1 has two agencies\' reports due and no activity report → 0 ÷ 0, no rate', () => {
    expect(kpi06(history(), '2019-H1')).toMatchObject({ value: null, numerator: '0', denominator: '0' });
  });

  it('a withdrawn obligation is not due: the working group\'s Q4 withdrawn → 1 ÷ 2 = 50.00 %', () => {
    const withdrawn = { type: 'reporting.ObligationWithdrawn', data: { obligationId: TH.Q4, reason: 'Kế hoạch 02/KH-BCĐ sửa đổi', rule: null }, occurredAt: '2018-11-15' };
    expect(kpi06(history(...thanhHoa2018, withdrawn), '2018')).toMatchObject({ value: '50.00', numerator: '1', denominator: '2' });
  });
});
