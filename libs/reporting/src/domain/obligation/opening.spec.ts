// Given/when/then for opening obligations: the plan from each seed regulation (RULES.md §3, §7) and what the
// opening process records — once, following a new regulation only while an obligation is not yet due.
import { LocalDate, vietnamCalendar } from '@bcd/calendar';
import { DeciderSpecification } from '@bcd/kernel';
import { adoptionOf, builtInPack, configurePack, scheduleForAdoptions, type Adoption } from '@bcd/regulation';
import { REPORTING_POLICY, Rules } from '../rules.js';
import { obligationDecider } from './obligation.decider.js';
import type { ObligationEvent } from './obligation.js';
import { planObligations, type PlannedObligation, type Reporters } from './opening.js';

const d = (value: string) => LocalDate.parse(value);
const now = new Date('2025-07-01T03:00:00.000Z');
const spec = DeciderSpecification.for(obligationDecider);
const TENANT = 'tinh-x';
const agency = (n: number) => `01960000-0000-7000-8000-${String(300 + n).padStart(12, '0')}`;
const reporters: Reporters = { memberAgencies: [agency(1), agency(2)], designatedAgencies: [agency(5)] };

const plan = (adoptions: Adoption[], from: string, to: string, who: Reporters = reporters): PlannedObligation[] =>
  planObligations(TENANT, scheduleForAdoptions(adoptions, d(from), d(to), vietnamCalendar).reportObligations, adoptions, () => who);
const opened = (planned: PlannedObligation): ObligationEvent => ({ type: 'ObligationOpened', data: { ...planned, subject: null, requestedBy: null } });
const open = (planned: PlannedObligation) => ({ type: 'OpenObligation' as const, data: { planned }, metadata: { now } });

const kienGiang = [adoptionOf(builtInPack('kien-giang-2008'))];
const thanhHoa = [adoptionOf(builtInPack('thanh-hoa-2014')), adoptionOf(builtInPack('thanh-hoa-2018'), { supersedes: '3461/QĐ-BCĐ' })];

describe('planning obligations from the regulation in force', () => {
  it('Kiên Giang 2008 Điều 11: each member\'s agency, quarterly, "chậm nhất ngày 15" of the quarter\'s last month — Q3 2019: Sunday 15/9, due Monday 16/9', () => {
    const q3 = plan(kienGiang, '2019-07-01', '2019-09-30').filter((p) => p.report === 'member-report');
    expect(q3.map((p) => [p.reporter, p.period, p.due.literalDueDate, p.due.dueDate])).toEqual([
      [{ kind: 'agency', agencyId: agency(1) }, '2019-Q3', '2019-09-15', '2019-09-16'],
      [{ kind: 'agency', agencyId: agency(2) }, '2019-Q3', '2019-09-15', '2019-09-16'],
    ]);
    expect(q3[0].due).toMatchObject({ reading: 'no-later-than', rolledOver: { article: expect.stringContaining('Điều 148') } });
    expect(q3[0].rule).toMatchObject({ packId: 'kien-giang-2008', decisionNumber: '1507/QĐ-UBND', article: expect.stringMatching(/^Điều 11/) });
    // The same agency and period is the same obligation, whoever plans it.
    expect(plan(kienGiang, '2019-07-01', '2019-09-30')[0].obligationId).toBe(q3[0].obligationId);
  });

  it('Thanh Hóa: the annual report of 2018 falls due after 2018-10-19, so it is the 2018 regulation\'s (before 5 December: the 4th), not the 2014 one\'s (before 25 November)', () => {
    const annual = plan(thanhHoa, '2018-01-01', '2018-12-31').filter((p) => p.report === 'member-report' && p.cadence === 'annual');
    expect(annual.map((p) => [p.rule.packId, p.due.literalDueDate, p.reporter])).toEqual([['thanh-hoa-2018', '2018-12-04', { kind: 'agency', agencyId: agency(5) }]]);
    const firstHalf = plan(thanhHoa, '2018-01-01', '2018-12-31').filter((p) => p.report === 'member-report' && p.period === '2018-H1');
    expect(firstHalf.map((p) => [p.rule.packId, p.due.literalDueDate])).toEqual([['thanh-hoa-2014', '2018-06-24']]);
    // Thanh Hóa's reporters are the agencies running programmes: the province names them.
    expect(plan(thanhHoa, '2018-01-01', '2018-12-31', { memberAgencies: [agency(1)], designatedAgencies: null }).filter((p) => p.report === 'member-report')).toEqual([]);
  });

  it('Bình Định 2021 Điều 10.2a: twice a year, before 30 June and before 30 December', () => {
    const binhDinh = [adoptionOf(builtInPack('binh-dinh-2021'), { effectiveFrom: d('2021-03-15') })];
    const year = plan(binhDinh, '2022-01-01', '2022-12-31', { memberAgencies: [agency(1)], designatedAgencies: null }).filter((p) => p.report === 'member-report');
    expect(year.map((p) => [p.period, p.due.literalDueDate, p.due.dueDate])).toEqual([
      ['2022-H1', '2022-06-29', '2022-06-29'],
      ['2022-H2', '2022-12-29', '2022-12-29'],
    ]);
  });

  it('Phú Thọ 2022: nothing until the province sets the dates (Điều 4.3), then each designated agency\'s', () => {
    const phuTho = builtInPack('phu-tho-2022');
    expect(plan([adoptionOf(phuTho)], '2023-01-01', '2023-12-31').filter((p) => p.report === 'member-report')).toEqual([]);
    const configured = configurePack(phuTho, {
      'reporting.memberReports.due': {
        kind: 'fixed',
        deadlines: [{ cadence: 'quarterly', periods: 'all', due: { month: 'last-month-of-period', day: 20, reading: 'no-later-than', wording: 'chậm nhất ngày 20 tháng cuối quý' } }],
        citation: { article: 'Mục III', decision: '45/KH-BCĐCĐS', signedOn: d('2022-07-01') },
      },
    });
    const quarters = plan([adoptionOf(configured)], '2023-01-01', '2023-12-31').filter((p) => p.report === 'member-report');
    expect(quarters.map((p) => [p.reporter, p.period, p.due.dueDate])).toEqual([
      [{ kind: 'agency', agencyId: agency(5) }, '2023-Q1', '2023-03-20'],
      [{ kind: 'agency', agencyId: agency(5) }, '2023-Q2', '2023-06-20'],
      [{ kind: 'agency', agencyId: agency(5) }, '2023-Q3', '2023-09-20'],
      [{ kind: 'agency', agencyId: agency(5) }, '2023-Q4', '2023-12-20'],
    ]);
  });

  it('gives the committee\'s own activity reports to its body once the province sets their dates (Thanh Hóa 2018 Điều 7.9: the working group, quarterly)', () => {
    expect(plan(thanhHoa, '2019-01-01', '2019-12-31').filter((p) => p.report === 'activity-report')).toEqual([]);
    const configured = configurePack(builtInPack('thanh-hoa-2018'), {
      'reporting.activityReports.1.due': {
        kind: 'fixed',
        deadlines: [{ cadence: 'quarterly', periods: 'all', due: { month: 'last-month-of-period', day: 25, reading: 'no-later-than', wording: 'chậm nhất ngày 25 tháng cuối quý' } }],
        citation: { article: 'Mục II', decision: '12/KH-BCĐ', signedOn: d('2019-01-10') },
      },
    });
    const activity = plan([adoptionOf(configured)], '2019-01-01', '2019-12-31').filter((p) => p.report === 'activity-report');
    expect(activity.map((p) => [p.reporter, p.period, p.due.dueDate])).toEqual([
      [{ kind: 'committee', body: 'working-group' }, '2019-Q1', '2019-03-25'],
      [{ kind: 'committee', body: 'working-group' }, '2019-Q2', '2019-06-25'],
      [{ kind: 'committee', body: 'working-group' }, '2019-Q3', '2019-09-25'],
      [{ kind: 'committee', body: 'working-group' }, '2019-Q4', '2019-12-25'],
    ]);
  });

  it('makes Bình Định 2021\'s report upward (Điều 8.1: "có trách nhiệm báo cáo … theo quy định") the committee\'s own obligation once the province sets its dates', () => {
    const binhDinh = builtInPack('binh-dinh-2021');
    const upward = (adoptions: Adoption[]) => plan(adoptions, '2022-01-01', '2022-12-31', { memberAgencies: [agency(1)], designatedAgencies: null }).filter((p) => p.report === 'activity-report' && p.reporter.kind === 'committee' && p.reporter.body === 'committee');
    expect(upward([adoptionOf(binhDinh, { effectiveFrom: d('2021-03-15') })])).toEqual([]);
    const configured = configurePack(binhDinh, {
      'reporting.activityReports.1.due': {
        kind: 'fixed',
        deadlines: [{ cadence: 'semiannual', periods: 'all', due: { month: 'last-month-of-period', day: 15, reading: 'no-later-than', wording: 'chậm nhất ngày 15 tháng 6 và ngày 15 tháng 12' } }],
        citation: { article: 'Công văn hướng dẫn', decision: '25/UBQGCĐS', signedOn: d('2022-01-05') },
      },
    });
    const planned = upward([adoptionOf(configured, { effectiveFrom: d('2021-03-15') })]);
    expect(planned.map((p) => [p.period, p.due.literalDueDate, p.due.dueDate])).toEqual([
      ['2022-H1', '2022-06-15', '2022-06-15'],
      // Thursday 15/12/2022 is a working day.
      ['2022-H2', '2022-12-15', '2022-12-15'],
    ]);
    expect(planned[0].rule).toMatchObject({ packId: 'binh-dinh-2021' });
  });
});

describe('obligation decider: opening', () => {
  const underThanHoa2014 = adoptionOf(builtInPack('thanh-hoa-2014'));
  const annual2018 = (adoptions: Adoption[]) => plan(adoptions, '2018-01-01', '2018-12-31').find((p) => p.report === 'member-report' && p.cadence === 'annual')!;

  it('opens an obligation once: the process run again records nothing', () => {
    const planned = plan(kienGiang, '2019-07-01', '2019-09-30')[0];
    spec.given([]).when(open(planned)).then([opened(planned)]);
    spec.given([opened(planned)]).when(open(planned)).thenNothingHappened();
  });

  it('follows the regulation that took effect before it fell due: opened under 2014 (due 2018-11-26), it is due 2018-12-04 under 2018', () => {
    const before = annual2018([underThanHoa2014]);
    expect([before.due.literalDueDate, before.due.dueDate]).toEqual(['2018-11-24', '2018-11-26']); // a Saturday, rolled over
    const after = annual2018(thanhHoa);
    expect(after.obligationId).toBe(before.obligationId);
    spec.given([opened(before)]).when(open(after)).then([{ type: 'ObligationRedetermined', data: { obligationId: before.obligationId, due: after.due, rule: after.rule } }]);
  });

  it('keeps the rule an obligation was due under, and one a report was sent under', () => {
    const firstHalf = plan([underThanHoa2014], '2018-01-01', '2018-06-30').find((p) => p.report === 'member-report')!;
    const laterRule = { ...firstHalf, rule: { ...firstHalf.rule, packId: 'thanh-hoa-2018', effectiveFrom: d('2018-10-19') }, due: { ...firstHalf.due, dueDate: d('2018-12-04') } };
    spec.given([opened(firstHalf)]).when(open(laterRule)).thenNothingHappened();
    const before = annual2018([underThanHoa2014]);
    const sent: ObligationEvent = {
      type: 'ReportSubmitted',
      data: { obligationId: before.obligationId, submissionId: 's', submittedAt: '2018-10-01T02:00:00.000Z', channel: 'paper', summary: 'x', values: {}, attachments: [], template: null, resubmission: false, timeliness: { onTime: true, daysLate: { working: 0, calendar: 0 }, judgedAt: '2018-10-01T02:00:00.000Z' } },
    };
    spec.given([opened(before), sent]).when(open(annual2018(thanhHoa))).thenNothingHappened();
  });

  it('withdraws an obligation the new regulation no longer asks for, only while it is not yet due', () => {
    const before = annual2018([underThanHoa2014]);
    const rule = annual2018(thanhHoa).rule;
    const withdraw = { type: 'WithdrawObligation' as const, data: { obligationId: before.obligationId, reason: 'no longer asked', rule }, metadata: { now } };
    spec.given([opened(before)]).when(withdraw).then([{ type: 'ObligationWithdrawn', data: { obligationId: before.obligationId, reason: 'no longer asked', rule } }]);
    spec.given([opened(before)]).when({ ...withdraw, data: { ...withdraw.data, rule: { ...rule, effectiveFrom: d('2018-12-01') } } }).thenNothingHappened();
  });

  it('opens an ad hoc report asked for by the chair (Kiên Giang 2008 Điều 11: on the chair\'s request); a member may not ask (rule, article)', () => {
    const adoption = kienGiang[0];
    const request = (role: string) => ({
      type: 'RequestAdHocReport' as const,
      data: { obligationId: 'adhoc-1', reporter: { kind: 'agency' as const, agencyId: agency(1) }, subject: 'Tình hình an toàn thông tin', requestedOn: d('2019-05-02'), dueDate: d('2019-05-10'), requestedBy: { memberId: 'm-1', role }, adoption },
      metadata: { now },
    });
    const events = obligationDecider.decide(request('chair'), obligationDecider.initialState());
    expect(events).toEqual([expect.objectContaining({ type: 'ObligationOpened', data: expect.objectContaining({ report: 'ad-hoc', subject: 'Tình hình an toàn thông tin', requestedBy: { memberId: 'm-1', role: 'chair' } }) })]);
    spec.given([]).when(request('member')).thenThrowsRule('kien-giang-2008/reporting.adHocReports');
    spec.given([]).when({ ...request('chair'), data: { ...request('chair').data, dueDate: d('2019-05-01') } }).thenThrowsRule(Rules.adHoc, REPORTING_POLICY);
  });
});
