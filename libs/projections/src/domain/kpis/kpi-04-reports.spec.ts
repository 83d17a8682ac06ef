import { indexEvents } from './kpi.js';
import { kpi04Reports } from './kpi-04-reports.js';
import { tenantKpis } from './catalogue.js';
import { history, IDS, idsNaming, period } from './testing.js';
import { foldTenantState } from '../tenant-state/tenant-state.js';
import { asOfPeriodEnd, BD, binhDinhHistory, KG, kienGiangHistory, opened, PT, phuThoHistory, ruleOf, submitted, type Raw } from './seed-histories-reporting.js';

const kpi04 = (events: ReturnType<typeof history>, label: string) => tenantKpis(events, period(label)).find((k) => k.id === 'kpi-04');
const lateSubmission = {
  type: 'reporting.ReportSubmitted',
  data: {
    obligationId: IDS.obligations.STC, submissionId: 's-2', submittedAt: '2019-06-14T10:00:00+07:00', channel: 'official-email', summary: 'Báo cáo 6 tháng', values: {}, attachments: [], template: null, resubmission: false,
    timeliness: { onTime: false, daysLate: { working: 4, calendar: 4 }, judgedAt: '2019-06-14T10:00:00+07:00' },
  },
  occurredAt: '2019-06-14T10:00:00+07:00',
};

describe('KPI 4: periodic reports by the deadline (Thanh Hóa 2018, reports due 10 June 2019)', () => {
  it('2019-H1: Sở Nội vụ on time, Sở Tài chính missing → 1 ÷ (1 + 1) = 50.00 %, under Điều 10 khoản 2 of QĐ 4095', () => {
    const events = history();
    const kpi = kpi04(events, '2019-H1');
    expect(kpi).toMatchObject({ value: '50.00', numerator: '1', denominator: '2', target: null });
    expect(kpi?.citation).toContain('Điều 10 khoản 2, Quyết định 4095/QĐ-BCĐ');
    expect(kpi?.breakdown).toEqual(expect.arrayContaining([{ label: 'done-on-time', value: '1' }, { label: 'not-done-overdue', value: '1' }, { label: `missing:${IDS.obligations.STC}`, value: '2019-06-10' }]));
    expect(kpi?.drillDown.sort()).toEqual([...idsNaming(events, 'obligationId', IDS.obligations.SNV), ...idsNaming(events, 'obligationId', IDS.obligations.STC)].sort());
  });

  it('a late report counts as done with its days late: 2 ÷ 2 = 100.00 %, 4 days late', () => {
    const kpi = kpi04(history(lateSubmission), '2019-Q2');
    expect(kpi).toMatchObject({ value: '100.00', numerator: '2', denominator: '2' });
    expect(kpi?.breakdown).toEqual(expect.arrayContaining([{ label: 'done-late', value: '1' }, { label: `days-late:${IDS.obligations.STC}`, value: '4' }, { label: 'on-time', value: '1' }]));
  });

  it('a period with no report due has no rate; reports due later are not counted', () => {
    expect(kpi04(history(), '2019-Q1')).toMatchObject({ value: null, numerator: '0', denominator: '0', drillDown: [] });
    expect(kpi04(history(), '2019-Q3')).toMatchObject({ value: null, denominator: '0' });
  });

  it('is the same computed directly from the state', () => {
    const events = history();
    const p = period('2019');
    expect(kpi04Reports({ state: foldTenantState(events), period: p, events: indexEvents(events) })).toMatchObject({ value: '50.00' });
  });
});

const TH14 = { packId: 'thanh-hoa-2014', decisionNumber: '3461/QĐ-BCĐ', effectiveFrom: '2014-10-16' };
const TH18 = { packId: 'thanh-hoa-2018', decisionNumber: '4095/QĐ-BCĐ', effectiveFrom: '2018-10-19' };
const ARTICLE_2014 = 'Điều 11 khoản 2, Quyết định 3461/QĐ-BCĐ ngày 16/10/2014';
const ARTICLE_2018 = 'Điều 10 khoản 2, Quyết định 4095/QĐ-BCĐ ngày 19/10/2018';
const TH = { SNV_H1: 'o-snv-2018-h1', STC_H1: 'o-stc-2018-h1', SNV_YEAR: 'o-snv-2018', STC_YEAR: 'o-stc-2018' };
/**
 * Thanh Hóa's agencies' reports of 2018: the 6-month ones under 2014 (Điều 11.2, "trước ngày 25 tháng 6": Sunday 24/6 →
 * Monday 25/6); the annual ones opened under 2014 (before 25/11: Saturday 24/11 → Monday 26/11) and redetermined on
 * 2018-10-19, not yet due, to 2018 (Điều 10.2, "trước ngày 05 tháng 12": Tuesday 4/12).
 */
const thanhHoa2018: Raw[] = [
  ...([[TH.SNV_H1, IDS.agencies.SNV], [TH.STC_H1, IDS.agencies.STC]] as const).map(([id, agencyId]) =>
    opened(id, 'member-report', { kind: 'agency', agencyId }, 'semiannual', '2018-H1', ['2018-06-24', '2018-06-25'], 'trước ngày 25 tháng 6', ruleOf(TH14, ARTICLE_2014), 'before'),
  ),
  ...([[TH.SNV_YEAR, IDS.agencies.SNV], [TH.STC_YEAR, IDS.agencies.STC]] as const).map(([id, agencyId]) =>
    opened(id, 'member-report', { kind: 'agency', agencyId }, 'annual', '2018', ['2018-11-24', '2018-11-26'], 'trước ngày 25 tháng 11', ruleOf(TH14, ARTICLE_2014), 'before'),
  ),
  submitted(TH.SNV_H1, '2018-06-22T10:00:00+07:00'),
  ...[TH.SNV_YEAR, TH.STC_YEAR].map((obligationId) => ({
    type: 'reporting.ObligationRedetermined',
    data: { obligationId, due: { literalDueDate: '2018-12-04', dueDate: '2018-12-04', rolledOver: null, wording: 'trước ngày 05 tháng 12', reading: 'before' }, rule: ruleOf(TH18, ARTICLE_2018) },
    occurredAt: '2018-10-19',
  })),
  submitted(TH.STC_YEAR, '2018-11-30T10:00:00+07:00'),
  submitted(TH.SNV_YEAR, '2018-12-06T10:00:00+07:00', [2, 2]),
];
const direct = (events: Parameters<typeof asOfPeriodEnd>[0], label: string) => kpi04Reports(asOfPeriodEnd(events, label));

describe('KPI 4 per seed regulation', () => {
  it('the fixtures pass their contracts: the fold ignores none of their events', () => {
    for (const events of [kienGiangHistory(), binhDinhHistory(), phuThoHistory(), history(...thanhHoa2018)]) expect(foldTenantState(events).ignored).toBe(0);
  });

  it('Kiên Giang 2008 Điều 11, members quarterly "chậm nhất ngày 15": 2019-Q3 due Sunday 15/9 → Monday 16/9 (BLDS 2015 Điều 148.5); Sở Nội vụ sent 16/9 on time, Sở Tài chính 18/9 2 days late, Sở TTTT missing → 2 ÷ (2 + 1) = 66.66 %', () => {
    const events = kienGiangHistory();
    const kpi = direct(events, '2019-Q3');
    expect(kpi).toMatchObject({ value: '66.66', numerator: '2', denominator: '3' });
    expect(kpi.breakdown).toEqual(
      expect.arrayContaining([
        { label: 'on-time', value: '1' },
        { label: 'due', value: '3' },
        { label: `days-late:${KG.reportsQ3.STC}`, value: '2' },
        { label: `missing:${KG.reportsQ3.STTTT}`, value: '2019-09-16' },
      ]),
    );
    // the committee's own report of Q3 (due 25/9) is KPI 6's: neither counted nor cited
    expect(kpi.citation).toBe('RULES.md §6 mục 4; Báo cáo 1270/BC-TCTTTg; Điều 11, Quyết định 1507/QĐ-UBND ngày 23/06/2008');
    expect(kpi.drillDown).not.toEqual(expect.arrayContaining(idsNaming(events, 'obligationId', KG.activity.Q3)));
  });

  it('Bình Định 2021 Điều 10.2a, "trước ngày 30" of June: 2022-H1 due Wednesday 29/6; Sở Nội vụ 28/6 and Sở Tài chính 29/6 on time, Sở Công Thương 30/6 one day late → 3 ÷ 3 = 100.00 %, three activity reports of the half-year not counted', () => {
    const kpi = direct(binhDinhHistory(), '2022-H1');
    expect(kpi).toMatchObject({ value: '100.00', numerator: '3', denominator: '3' });
    expect(kpi.breakdown).toEqual(expect.arrayContaining([{ label: 'on-time', value: '2' }, { label: 'due', value: '3' }, { label: `days-late:${BD.reportsH1.SCT}`, value: '1' }]));
    expect(kpi.citation).toBe('RULES.md §6 mục 4; Báo cáo 1270/BC-TCTTTg; Điều 10 khoản 2 điểm a, Quyết định …/QĐ-BCĐ năm 2021 (số, ngày để trống)');
  });

  it('Phú Thọ 2022 Điều 4.3, the dates the committee set (Kế hoạch 45, "chậm nhất ngày 20"): 2023-Q1 due 20/3; Công an tỉnh on time, Sở TTTT 3 days late, Văn phòng UBND missing → 2 ÷ 3 = 66.66 %', () => {
    const kpi = direct(phuThoHistory(), '2023-Q1');
    expect(kpi).toMatchObject({ value: '66.66', numerator: '2', denominator: '3' });
    expect(kpi.breakdown).toEqual(expect.arrayContaining([{ label: `days-late:${PT.reportsQ1.STTTT}`, value: '3' }, { label: `missing:${PT.reportsQ1.VP}`, value: '2023-03-20' }]));
    expect(kpi.citation).toBe('RULES.md §6 mục 4; Báo cáo 1270/BC-TCTTTg; Mục III, Kế hoạch 45/KH-BCĐCĐS ngày 01/07/2022');
  });

  it('Thanh Hóa 2018, 2014 → 2018 on 2018-10-19: 6-month under 2014 (Sở Nội vụ on time, Sở Tài chính missing), annual under 2018 due 4/12 (Sở Tài chính 30/11 on time — late under 2014\'s 26/11 —, Sở Nội vụ 6/12 2 days late) → 3 ÷ (3 + 1) = 75.00 %', () => {
    const events = history(...thanhHoa2018);
    const kpi = direct(events, '2018');
    expect(kpi).toMatchObject({ value: '75.00', numerator: '3', denominator: '4' });
    expect(kpi.citation).toBe(`RULES.md §6 mục 4; Báo cáo 1270/BC-TCTTTg; ${ARTICLE_2014}; ${ARTICLE_2018}`);
    expect(kpi.breakdown).toEqual(
      expect.arrayContaining([
        { label: 'done-on-time', value: '2' },
        { label: 'done-late', value: '1' },
        { label: `days-late:${TH.SNV_YEAR}`, value: '2' },
        { label: `missing:${TH.STC_H1}`, value: '2018-06-25' },
      ]),
    );
    expect(direct(events, '2018-H1')).toMatchObject({ value: '50.00', numerator: '1', denominator: '2', citation: `RULES.md §6 mục 4; Báo cáo 1270/BC-TCTTTg; ${ARTICLE_2014}` });
  });
});
