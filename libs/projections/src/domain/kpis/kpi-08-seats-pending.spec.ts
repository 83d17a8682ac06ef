import { foldTenantState } from '../tenant-state/tenant-state.js';
import { kpi08SeatsPending, type Kpi08Options } from './kpi-08-seats-pending.js';
import { asOfPeriodEnd, binhDinhHistory, kienGiangHistory, phuThoHistory } from './seed-histories-reporting.js';
import { history, IDS, idsNaming } from './testing.js';

const kpi08 = (events: Parameters<typeof asOfPeriodEnd>[0], label: string, options?: Kpi08Options) => kpi08SeatsPending(asOfPeriodEnd(events, label), options);

const C14 = IDS.committee2014;
const M = IDS.members;
const REPLACEMENT = { number: '310/QĐ-UBND', date: '2016-04-15' };
const ARTICLE_2014 = 'Điều 2 khoản 4, Quyết định 3461/QĐ-BCĐ ngày 16/10/2014';
const NONE = 'Quy chế (không quy định việc cử người thay thế Ủy viên vắng mặt dài ngày)';
const BLDS = 'Điều 147 khoản 2, Bộ luật Dân sự số 91/2015/QH13 ngày 24/11/2015';
const SNV = `${M.SNV2014}@2016-03-01`;
const STTTT_2017 = `${M.standing2014}@2017-02-10`;
const STTTT_2018 = `${M.standing2014}@2018-05-02`;
/**
 * Long absences in Thanh Hóa's 2014 committee (Điều 2.4): Sở Nội vụ's member away studying from 15/3/2016 to 31/1/2017,
 * notified 1/3/2016, replacement proposed 20/3 and appointed 15/4; Sở TTTT's standing member on a work trip, notified
 * 10/2/2017 and back 4/9/2017; the same member retiring, notified 2/5/2018, never replaced before the 2014 committee
 * was dissolved on 19/10/2018 (in the base history).
 */
const absences = [
  { type: 'membership.LongAbsenceNotified', data: { committeeId: C14, memberId: M.SNV2014, reason: 'study', from: '2016-03-15', expectedUntil: '2017-01-31', noticeReference: '45/SNV-VP', notifiedOn: '2016-03-01' }, occurredAt: '2016-03-01' },
  { type: 'membership.ReplacementProposed', data: { committeeId: C14, memberId: M.SNV2014, personId: 'p-lan', proposedOn: '2016-03-20', proposalReference: '52/SNV-VP' }, occurredAt: '2016-03-20' },
  { type: 'membership.MemberDismissed', data: { committeeId: C14, memberId: M.SNV2014, reason: 'replaced', decision: REPLACEMENT, effectiveOn: '2016-04-15' }, occurredAt: '2016-04-15' },
  { type: 'membership.MemberAppointed', data: { committeeId: C14, memberId: 'm-snv-2016', personId: 'p-lan', role: 'member', agencyId: IDS.agencies.SNV, decision: REPLACEMENT, effectiveOn: '2016-04-15', replaces: M.SNV2014 }, occurredAt: '2016-04-15' },
  { type: 'membership.LongAbsenceNotified', data: { committeeId: C14, memberId: M.standing2014, reason: 'work-trip', from: '2017-03-01', expectedUntil: '2017-10-31', noticeReference: '12/STTTT-VP', notifiedOn: '2017-02-10' }, occurredAt: '2017-02-10' },
  { type: 'membership.LongAbsenceEnded', data: { committeeId: C14, memberId: M.standing2014, endedOn: '2017-09-04' }, occurredAt: '2017-09-04' },
  { type: 'membership.LongAbsenceNotified', data: { committeeId: C14, memberId: M.standing2014, reason: 'retirement', from: '2018-06-01', expectedUntil: null, noticeReference: '30/STTTT-TCCB', notifiedOn: '2018-05-02' }, occurredAt: '2018-05-02' },
];

describe('KPI 8: seats pending replacement after a long-absence notice (Thanh Hóa 2014 Điều 2.4)', () => {
  it('the history passes its contracts: the fold ignores none of its events', () => {
    expect(foldTenantState(history(...absences)).ignored).toBe(0);
  });

  it('2016-Q1: Sở Nội vụ\'s seat, notified 1/3, replacement proposed 20/3, still pending on 31/3 → 30 days (from 2/3, BLDS Điều 147.2); no deadline: no rate, 0 resolved of 1', () => {
    const kpi = kpi08(history(...absences), '2016-Q1');
    expect(kpi).toMatchObject({ id: 'kpi-08', value: null, numerator: '0', denominator: '1', target: null });
    expect(kpi.breakdown).toEqual([
      { label: 'pending-at-end', value: '1' },
      { label: 'resolved-in-period', value: '0' },
      { label: `pending:${SNV}`, value: '30' },
      { label: `proposed:${SNV}`, value: '2016-03-20' },
    ]);
    expect(kpi.citation).toBe(`RULES.md §6 mục 8; ${ARTICLE_2014}; ${BLDS}`);
  });

  it('2016-Q2: replaced on 15/4 after 30 + 15 = 45 days → 1 resolved of 1, still no rate; the drill-down holds both members\' events', () => {
    const events = history(...absences);
    const kpi = kpi08(events, '2016-Q2');
    expect(kpi).toMatchObject({ value: null, numerator: '1', denominator: '1' });
    expect(kpi.breakdown).toEqual(expect.arrayContaining([{ label: 'pending-at-end', value: '0' }, { label: `replaced:${SNV}`, value: '45' }, { label: `replaced-by:${SNV}`, value: 'm-snv-2016' }]));
    // the seat's appointment (2014), the notice, the proposal, the dismissal; the replacement's appointment
    expect(kpi.drillDown.sort()).toEqual([...idsNaming(events, 'memberId', M.SNV2014), ...idsNaming(events, 'memberId', 'm-snv-2016')].sort());
    expect(kpi.drillDown).toHaveLength(5);
  });

  it('2016-Q3: a seat resolved before the period is not counted → 0 of 0', () => {
    expect(kpi08(history(...absences), '2016-Q3')).toMatchObject({ value: null, numerator: '0', denominator: '0', drillDown: [] });
  });

  it('a deadline the province sets: 2016-Q2 with 30 days (due 31/3) → replaced 15 days late, 0 ÷ 1 = 0.00 %; with 60 days (due 30/4) → 1 ÷ 1 = 100.00 %', () => {
    const late = kpi08(history(...absences), '2016-Q2', { replacementDeadlineDays: 30 });
    expect(late).toMatchObject({ value: '0.00', numerator: '0', denominator: '1' });
    expect(late.breakdown).toEqual(expect.arrayContaining([{ label: 'deadline-days', value: '30' }, { label: 'done-late', value: '1' }, { label: `days-over-deadline:${SNV}`, value: '15' }]));
    expect(kpi08(history(...absences), '2016-Q2', { replacementDeadlineDays: 60 })).toMatchObject({ value: '100.00', numerator: '1', denominator: '1' });
  });

  it('a deadline, seat still pending on 31/3/2016: within 60 days (due 30/4) it is not judged yet → 0 ÷ 0, no rate; past 20 days (due 21/3) it is overdue by 10 → 0 ÷ 1 = 0.00 %', () => {
    expect(kpi08(history(...absences), '2016-Q1', { replacementDeadlineDays: 60 })).toMatchObject({ value: null, numerator: '0', denominator: '0' });
    const overdue = kpi08(history(...absences), '2016-Q1', { replacementDeadlineDays: 20 });
    expect(overdue).toMatchObject({ value: '0.00', numerator: '0', denominator: '1' });
    expect(overdue.breakdown).toEqual(expect.arrayContaining([{ label: 'not-done-overdue', value: '1' }, { label: `days-over-deadline:${SNV}`, value: '10' }]));
  });

  it('refuses a deadline that is not a whole number of days', () => {
    expect(() => kpi08(history(...absences), '2016', { replacementDeadlineDays: 1.5 })).toThrow(RangeError);
  });

  it('2017: Sở TTTT\'s standing member back on 4/9 after 18 + 31 + 30 + 31 + 30 + 31 + 31 + 4 = 206 days → 1 resolved of 1', () => {
    const kpi = kpi08(history(...absences), '2017');
    expect(kpi).toMatchObject({ value: null, numerator: '1', denominator: '1' });
    expect(kpi.breakdown).toEqual(expect.arrayContaining([{ label: `returned:${STTTT_2017}`, value: '206' }]));
  });

  it('Thanh Hóa 2018, 2014 → 2018 on 2018-10-19: the seat notified 2/5 pending 29 + 30 = 59 days on 30/6; the 2014 committee dissolved on 19/10 ends it after 170 days; the 2018 regulation has no such procedure', () => {
    const events = history(...absences);
    const half = kpi08(events, '2018-H1');
    expect(half).toMatchObject({ value: null, numerator: '0', denominator: '1', citation: `RULES.md §6 mục 8; ${ARTICLE_2014}; ${BLDS}` });
    expect(half.breakdown).toEqual(expect.arrayContaining([{ label: `pending:${STTTT_2018}`, value: '59' }]));
    const year = kpi08(events, '2018');
    expect(year).toMatchObject({ value: null, numerator: '1', denominator: '1' });
    expect(year.breakdown).toEqual(expect.arrayContaining([{ label: `seat-ended:${STTTT_2018}`, value: '170' }]));
    expect(year.citation).toBe(`RULES.md §6 mục 8; ${ARTICLE_2014}; ${NONE}, Quyết định 4095/QĐ-BCĐ ngày 19/10/2018; ${BLDS}`);
  });

  it('regulations without a long-absence procedure (Thanh Hóa 2018, Kiên Giang 2008, Bình Định 2021, Phú Thọ 2022): nothing pending, 0 of 0, and the citation says the regulation sets nothing', () => {
    const cases = [
      [history(...absences), '2019', 'Quyết định 4095/QĐ-BCĐ ngày 19/10/2018'],
      [kienGiangHistory(), '2019', 'Quyết định 1507/QĐ-UBND ngày 23/06/2008'],
      [binhDinhHistory(), '2022', 'Quyết định …/QĐ-BCĐ năm 2021 (số, ngày để trống)'],
      [phuThoHistory(), '2023', 'Quyết định 1344/QĐ-BCĐCĐS ngày 18/05/2022'],
    ] as const;
    for (const [events, label, decision] of cases) {
      const kpi = kpi08(events, label);
      expect(kpi).toMatchObject({ value: null, numerator: '0', denominator: '0', drillDown: [] });
      expect(kpi.citation).toBe(`RULES.md §6 mục 8; ${NONE}, ${decision}; ${BLDS}`);
    }
  });
});
