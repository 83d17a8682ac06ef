// Fixtures of the KPI specs for reports, budgets and seats (KPIs 4, 6, 7, 8): a small history per seed regulation
// other than Thanh Hóa's (kpis/testing.ts has that one; the specs add its 2018 facts with the builders here) —
// Kiên Giang 2008 (2019), Bình Định 2021 (2022), Phú Thọ 2022 (2023). Each history: the adoption of the built-in
// pack, the province's decisions on what the regulation leaves to it (the committee's activity-report dates; Phú
// Thọ's report dates), the agencies and members the obligations name, the obligations with their due dates as the
// reporting context plans them (the regulation in force on the literal due date, rolled over a day off: Bộ luật Dân
// sự 2015 Điều 148 khoản 5) and a budget. Numbers of decisions other than the regulations' own are made up. Every
// event passes its contract (the specs check that the fold ignored nothing).
import { binhDinh2021, CIVIL_CODE, formatCitation, kienGiang2008, phuTho2022, type RulePack } from '@bcd/regulation';
import { asOfDay, eventsAsOf } from '../tenant-state/tenant-event.js';
import { foldTenantState } from '../tenant-state/tenant-state.js';
import { indexEvents, type IdentifiedEvent, type KpiInput } from './kpi.js';
import { period } from './testing.js';

/** An event as written here: its type, data and business time (a day at midnight in Vietnam, or an instant). */
export interface Raw {
  type: string;
  data: unknown;
  occurredAt: string;
}

const at = (time: string) => new Date(time.length === 10 ? `${time}T00:00:00+07:00` : time);

/** The events with ids `<prefix>-1`, `<prefix>-2`…, recorded a second apart in the order given. */
function identified(prefix: string, raws: readonly Raw[]): IdentifiedEvent[] {
  const first = at('2025-02-03T09:00:00+07:00').getTime();
  return raws.map((e, i) => ({ type: e.type, data: e.data, occurredAt: at(e.occurredAt), recordedAt: new Date(first + 1000 * i), eventId: `${prefix}-${i + 1}` }));
}

/** What a KPI of `label` is computed from: the events known at the period's end (business axis), folded and indexed. */
export function asOfPeriodEnd(events: readonly IdentifiedEvent[], label: string): KpiInput {
  const p = period(label);
  const known = eventsAsOf(events, asOfDay(p.end, 'business'));
  return { state: foldTenantState(known), period: p, events: indexEvents(known) };
}

// ---- builders: one event each, data as the contracts define it ----

type Regulation = { packId: string; decisionNumber: string | null; effectiveFrom: string };
export const ruleOf = (regulation: Regulation, article: string) => ({ ...regulation, article });

const adopted = (adoptionId: string, pack: RulePack, regulation: Regulation, signedOn: string | null, supersedes: string | null): Raw => ({
  type: 'rulebook.RegulationAdopted',
  data: { adoptionId, source: { kind: 'built-in', packId: pack.id }, pack, decisionNumber: regulation.decisionNumber, signedOn, effectiveFrom: regulation.effectiveFrom, supersedes },
  occurredAt: regulation.effectiveFrom,
});

/** A due rule the province sets: `cadence` reports, due on `day` of `month` ('last-month-of-period' for quarters), by its plan's `article`. */
export const dueSet = (adoptionId: string, path: string, deadlines: [string, number[] | 'all', number | 'last-month-of-period', number, string][], article: string, decision: string, signedOn: string): Raw => ({
  type: 'rulebook.TenantDecisionConfigured',
  data: {
    adoptionId,
    settings: {
      [path]: {
        kind: 'fixed',
        deadlines: deadlines.map(([cadence, periods, month, day, wording]) => ({ cadence, periods, due: { month, day, reading: 'no-later-than', wording } })),
        citation: { article, decision, signedOn },
      },
    },
  },
  occurredAt: signedOn,
});

const agency = (agencyId: string, code: string, name: string, kind = 'department'): Raw => ({ type: 'membership.AgencyRegistered', data: { agencyId, code, name, kind }, occurredAt: '2000-01-01' });

const committee = (committeeId: string, name: string, decision: { number: string; date: string }, regulation: Regulation, standingAgencyId: string): Raw => ({
  type: 'membership.CommitteeEstablished',
  data: { committeeId, name, decision, establishedOn: decision.date, regulation, standingAgencyId },
  occurredAt: decision.date,
});

const member = (committeeId: string, memberId: string, role: string, agencyId: string, decision: { number: string; date: string }): Raw => ({
  type: 'membership.MemberAppointed',
  data: { committeeId, memberId, personId: `p-${memberId}`, role, agencyId, decision, effectiveOn: decision.date, replaces: null },
  occurredAt: decision.date,
});

/** A periodic obligation, opened at the start of its period unless said; `due` = [literal due date, due date after a day off]. */
export function opened(obligationId: string, report: 'member-report' | 'activity-report', reporter: object, cadence: string, label: string, due: [string, string], wording: string, rule: object, reading = 'no-later-than', openedAt?: string): Raw {
  const p = period(label);
  const rolledOver = due[0] === due[1] ? null : { because: `${due[0]} is a ${new Date(`${due[0]}T00:00:00Z`).getUTCDay() === 0 ? 'Sunday' : 'Saturday'}`, article: formatCitation(CIVIL_CODE.dayOffRollsOver), holidaysKnown: true };
  return {
    type: 'reporting.ObligationOpened',
    data: { obligationId, report, reporter, cadence, period: label, periodStart: p.start, periodEnd: p.end, subject: null, due: { literalDueDate: due[0], dueDate: due[1], rolledOver, wording, reading }, rule, requestedBy: null },
    occurredAt: openedAt ?? p.start,
  };
}

/** The report sent at `submittedAt`; `late` = days late (working, calendar) or null when on time. */
export function submitted(obligationId: string, submittedAt: string, late: [number, number] | null = null): Raw {
  const timeliness = { onTime: late === null, daysLate: { working: late?.[0] ?? 0, calendar: late?.[1] ?? 0 }, judgedAt: submittedAt };
  return {
    type: 'reporting.ReportSubmitted',
    data: { obligationId, submissionId: `s-${obligationId}`, submittedAt, channel: 'official-email', summary: 'Báo cáo định kỳ', values: {}, attachments: [], template: null, resubmission: false, timeliness },
    occurredAt: submittedAt,
  };
}

export const budgetOpened = (budgetId: string, fiscalYear: number, holderAgencyId: string, source: string, openedOn: string, regulation: object): Raw => ({
  type: 'budget.BudgetOpened',
  data: { budgetId, fiscalYear, holderAgencyId, source, openedOn, regulation },
  occurredAt: openedOn,
});

/** Appropriated by `decision`: lines [lineId, category, title, amount]. */
export const appropriated = (budgetId: string, decision: { number: string; date: string }, lines: [string, string, string, string][], ceiling: string | null, regulation: object): Raw => {
  const total = lines.reduce((sum, [, , , amount]) => sum + BigInt(amount), 0n).toString();
  return {
    type: 'budget.Appropriated',
    data: { budgetId, decision, lines: lines.map(([lineId, category, title, amount]) => ({ lineId, category, title, amount })), total, ceiling, regulation },
    occurredAt: decision.date,
  };
};

export const spent = (budgetId: string, expenditureId: string, lineId: string, amount: string, spentOn: string, decidedBy: object | null = null, specialExpenditureId: string | null = null): Raw => ({
  type: 'budget.ExpenditureRecorded',
  data: { budgetId, expenditureId, lineId, amount, spentOn, voucher: `PC-${expenditureId}`, payee: 'Công ty TNHH Tin học Hồng Hà', description: 'Chi theo dự toán', specialExpenditureId, decidedBy },
  occurredAt: spentOn,
});

// ---- Kiên Giang 2008, in 2019 ----

export const KG = {
  regulation: { packId: 'kien-giang-2008', decisionNumber: '1507/QĐ-UBND', effectiveFrom: '2008-06-23' },
  agencies: { STTTT: 'kg-a-stttt', SNV: 'kg-a-snv', STC: 'kg-a-stc' },
  reportsQ3: { STTTT: 'kg-o-stttt-2019-q3', SNV: 'kg-o-snv-2019-q3', STC: 'kg-o-stc-2019-q3' },
  activity: { Q2: 'kg-o-committee-2019-q2', Q3: 'kg-o-committee-2019-q3' },
  budget: 'kg-budget-2019',
} as const;

/** Members' reports quarterly, "chậm nhất ngày 15" of the quarter's last month (Điều 11): Q3 2019 due Sunday 15/9 → Monday 16/9. */
export function kienGiangHistory(): IdentifiedEvent[] {
  const { agencies: A, regulation } = KG;
  const decision = { number: '1520/QĐ-UBND', date: '2008-06-25' };
  const memberRule = ruleOf(regulation, 'Điều 11, Quyết định 1507/QĐ-UBND ngày 23/06/2008');
  const activityRule = ruleOf(regulation, 'Mục 2, Công văn 845/UBND-VX ngày 10/01/2019');
  const budgetRule = ruleOf(regulation, 'Điều 12, Quyết định 1507/QĐ-UBND ngày 23/06/2008');
  const byStandingOffice = { actor: 'standing-agency', article: budgetRule.article };
  const quarterly = 'chậm nhất ngày 15 của tháng cuối quý';
  const activity = 'chậm nhất ngày 25 tháng cuối quý';
  return identified('kg', [
    adopted('kg-adoption', kienGiang2008, regulation, '2008-06-23', null),
    // Điều 11: the committee reports to UBND tỉnh "theo yêu cầu": the province set quarterly dates.
    dueSet('kg-adoption', 'reporting.activityReports.0.due', [['quarterly', 'all', 'last-month-of-period', 25, activity]], 'Mục 2', 'Công văn 845/UBND-VX', '2019-01-10'),
    agency(A.STTTT, 'STTTT', 'Sở Thông tin và Truyền thông'),
    agency(A.SNV, 'SNV', 'Sở Nội vụ'),
    agency(A.STC, 'STC', 'Sở Tài chính'),
    committee('kg-committee', 'Ban Chỉ đạo Công nghệ thông tin tỉnh Kiên Giang', decision, regulation, A.STTTT),
    member('kg-committee', 'kg-m-stttt', 'standing-vice-chair', A.STTTT, decision),
    member('kg-committee', 'kg-m-snv', 'member', A.SNV, decision),
    member('kg-committee', 'kg-m-stc', 'member', A.STC, decision),
    ...(['STTTT', 'SNV', 'STC'] as const).map((code) => opened(KG.reportsQ3[code], 'member-report', { kind: 'agency', agencyId: A[code] }, 'quarterly', '2019-Q3', ['2019-09-15', '2019-09-16'], quarterly, memberRule)),
    opened(KG.activity.Q2, 'activity-report', { kind: 'committee', body: 'committee' }, 'quarterly', '2019-Q2', ['2019-06-25', '2019-06-25'], activity, activityRule),
    opened(KG.activity.Q3, 'activity-report', { kind: 'committee', body: 'committee' }, 'quarterly', '2019-Q3', ['2019-09-25', '2019-09-25'], activity, activityRule),
    submitted(KG.activity.Q2, '2019-07-01T10:00:00+07:00', [4, 6]),
    submitted(KG.reportsQ3.SNV, '2019-09-16T16:30:00+07:00'),
    submitted(KG.reportsQ3.STC, '2019-09-18T09:00:00+07:00', [2, 2]),
    submitted(KG.activity.Q3, '2019-09-24T15:00:00+07:00'),
    budgetOpened(KG.budget, 2019, A.STTTT, 'standing-agency-budget', '2018-11-15', budgetRule),
    appropriated(KG.budget, { number: '2950/QĐ-UBND', date: '2018-12-20' }, [['hoat-dong', 'ttlt-43-2008', 'Chi hoạt động của Ban Chỉ đạo và Tổ giúp việc', '90000000'], ['ung-dung', 'ttlt-43-2008', 'Chi ứng dụng công nghệ thông tin', '60000000']], '800000000', budgetRule),
    spent(KG.budget, 'kg-e-1', 'hoat-dong', '30000000', '2019-05-20', byStandingOffice),
    spent(KG.budget, 'kg-e-2', 'ung-dung', '15000000', '2019-08-12', byStandingOffice),
    spent(KG.budget, 'kg-e-3', 'hoat-dong', '20000000', '2019-11-05', byStandingOffice),
  ]);
}

// ---- Bình Định 2021, in 2022 ----

export const BD = {
  regulation: { packId: 'binh-dinh-2021', decisionNumber: null, effectiveFrom: '2021-03-15' },
  agencies: { STTTT: 'bd-a-stttt', SNV: 'bd-a-snv', STC: 'bd-a-stc', SCT: 'bd-a-sct' },
  reportsH1: { SNV: 'bd-o-snv-2022-h1', STC: 'bd-o-stc-2022-h1', SCT: 'bd-o-sct-2022-h1' },
  activity: { Q1: 'bd-o-wg-2022-q1', Q2: 'bd-o-wg-2022-q2', upwardH1: 'bd-o-committee-2022-h1' },
  budget: 'bd-budget-2022',
} as const;

/** Members' reports "trước ngày 30" of June and December (Điều 10.2a): 2022-H1 due Wednesday 29/6. */
export function binhDinhHistory(): IdentifiedEvent[] {
  const { agencies: A, regulation } = BD;
  const decision = { number: '684/QĐ-UBND', date: '2021-03-01' };
  const memberRule = ruleOf(regulation, 'Điều 10 khoản 2 điểm a, Quyết định …/QĐ-BCĐ năm 2021 (số, ngày để trống)');
  const groupRule = ruleOf(regulation, 'Mục III khoản 1, Kế hoạch 12/KH-BCĐ ngày 10/01/2022');
  const upwardRule = ruleOf(regulation, 'Mục III khoản 2, Kế hoạch 12/KH-BCĐ ngày 10/01/2022');
  const budgetRule = ruleOf(regulation, 'Điều 13 khoản 1, Quyết định …/QĐ-BCĐ năm 2021 (số, ngày để trống)');
  const group = 'chậm nhất ngày 25 tháng cuối quý';
  const upward = 'chậm nhất ngày 15 tháng 6 và ngày 15 tháng 12';
  const members = 'trước ngày 30 của tháng 6, tháng 12';
  return identified('bd', [
    adopted('bd-adoption', binhDinh2021, regulation, null, '47/QĐ-BCĐ'),
    // Điều 7.7 (the Tổ thư ký, quarterly) and Điều 8.1 (the committee, upward, "theo quy định"): the province set the dates.
    dueSet('bd-adoption', 'reporting.activityReports.0.due', [['quarterly', 'all', 'last-month-of-period', 25, group]], 'Mục III khoản 1', 'Kế hoạch 12/KH-BCĐ', '2022-01-10'),
    dueSet('bd-adoption', 'reporting.activityReports.1.due', [['semiannual', 'all', 'last-month-of-period', 15, upward]], 'Mục III khoản 2', 'Kế hoạch 12/KH-BCĐ', '2022-01-10'),
    agency(A.STTTT, 'STTTT', 'Sở Thông tin và Truyền thông'),
    agency(A.SNV, 'SNV', 'Sở Nội vụ'),
    agency(A.STC, 'STC', 'Sở Tài chính'),
    agency(A.SCT, 'SCT', 'Sở Công Thương'),
    committee('bd-committee', 'Ban Chỉ đạo xây dựng Chính quyền điện tử tỉnh Bình Định', decision, regulation, A.STTTT),
    member('bd-committee', 'bd-m-snv', 'member', A.SNV, decision),
    member('bd-committee', 'bd-m-stc', 'member', A.STC, decision),
    member('bd-committee', 'bd-m-sct', 'member', A.SCT, decision),
    ...(['SNV', 'STC', 'SCT'] as const).map((code) => opened(BD.reportsH1[code], 'member-report', { kind: 'agency', agencyId: A[code] }, 'semiannual', '2022-H1', ['2022-06-29', '2022-06-29'], members, memberRule, 'before')),
    opened(BD.activity.Q1, 'activity-report', { kind: 'committee', body: 'working-group' }, 'quarterly', '2022-Q1', ['2022-03-25', '2022-03-25'], group, groupRule),
    opened(BD.activity.Q2, 'activity-report', { kind: 'committee', body: 'working-group' }, 'quarterly', '2022-Q2', ['2022-06-25', '2022-06-27'], group, groupRule),
    opened(BD.activity.upwardH1, 'activity-report', { kind: 'committee', body: 'committee' }, 'semiannual', '2022-H1', ['2022-06-15', '2022-06-15'], upward, upwardRule),
    submitted(BD.activity.Q1, '2022-03-24T09:00:00+07:00'),
    submitted(BD.activity.upwardH1, '2022-06-20T10:00:00+07:00', [3, 5]),
    submitted(BD.activity.Q2, '2022-06-27T15:00:00+07:00'),
    submitted(BD.reportsH1.SNV, '2022-06-28T09:00:00+07:00'),
    submitted(BD.reportsH1.STC, '2022-06-29T17:00:00+07:00'),
    submitted(BD.reportsH1.SCT, '2022-06-30T08:00:00+07:00', [1, 1]),
    budgetOpened(BD.budget, 2022, A.STTTT, 'standing-agency-budget', '2021-11-10', budgetRule),
    appropriated(BD.budget, { number: '4120/QĐ-UBND', date: '2021-12-15' }, [['hanh-chinh', 'administration', 'Chi hành chính của Ban Chỉ đạo', '100000000'], ['tuyen-truyen', 'communication-and-pilots', 'Chi tuyên truyền, chỉ đạo điểm', '60000000'], ['hoi-nghi', 'inspection-and-events', 'Chi kiểm tra, hội nghị, khen thưởng', '40000000']], null, budgetRule),
    spent(BD.budget, 'bd-e-1', 'hanh-chinh', '45000000', '2022-04-12'),
    spent(BD.budget, 'bd-e-2', 'tuyen-truyen', '20000000', '2022-09-08'),
    spent(BD.budget, 'bd-e-3', 'hoi-nghi', '5000000', '2022-11-25'),
  ]);
}

// ---- Phú Thọ 2022, in 2023 ----

export const PT = {
  regulation: { packId: 'phu-tho-2022', decisionNumber: '1344/QĐ-BCĐCĐS', effectiveFrom: '2022-05-18' },
  agencies: { STTTT: 'pt-a-stttt', CA: 'pt-a-ca', VP: 'pt-a-vp' },
  reportsQ1: { STTTT: 'pt-o-stttt-2023-q1', CA: 'pt-o-ca-2023-q1', VP: 'pt-o-vp-2023-q1' },
  activity: { Q1: 'pt-o-standing-2023-q1', Q2: 'pt-o-standing-2023-q2' },
  budgets: { STTTT: 'pt-budget-2023-stttt', CA: 'pt-budget-2023-ca' },
} as const;

/** Agencies' reports by the dates the committee sets (Điều 4.3): quarterly, "chậm nhất ngày 20" (Kế hoạch 45). */
export function phuThoHistory(): IdentifiedEvent[] {
  const { agencies: A, regulation, budgets: B } = PT;
  const plan = { decision: 'Kế hoạch 45/KH-BCĐCĐS', signedOn: '2022-07-01' };
  const memberRule = ruleOf(regulation, 'Mục III, Kế hoạch 45/KH-BCĐCĐS ngày 01/07/2022');
  const activityRule = ruleOf(regulation, 'Mục IV, Kế hoạch 45/KH-BCĐCĐS ngày 01/07/2022');
  const budgetRule = ruleOf(regulation, 'Điều 11 khoản 2, Quyết định 1344/QĐ-BCĐCĐS ngày 18/05/2022');
  const taskRule = ruleOf(regulation, 'Điều 11 khoản 3, Quyết định 1344/QĐ-BCĐCĐS ngày 18/05/2022');
  const agencies = 'chậm nhất ngày 20 tháng cuối quý';
  const standing = 'chậm nhất ngày 22 tháng cuối quý';
  const agencyReport = (code: 'STTTT' | 'CA' | 'VP') => opened(PT.reportsQ1[code], 'member-report', { kind: 'agency', agencyId: A[code] }, 'quarterly', '2023-Q1', ['2023-03-20', '2023-03-20'], agencies, memberRule);
  return identified('pt', [
    adopted('pt-adoption', phuTho2022, regulation, '2022-05-18', '1025/QĐ-BCĐXDCQĐT'),
    dueSet('pt-adoption', 'reporting.memberReports.due', [['quarterly', 'all', 'last-month-of-period', 20, agencies]], 'Mục III', plan.decision, plan.signedOn),
    // Điều 7.6: the standing agency reports quarterly; the plan sets the day.
    dueSet('pt-adoption', 'reporting.activityReports.0.due', [['quarterly', 'all', 'last-month-of-period', 22, standing]], 'Mục IV', plan.decision, plan.signedOn),
    agency(A.STTTT, 'STTTT', 'Sở Thông tin và Truyền thông'),
    agency(A.CA, 'CA', 'Công an tỉnh', 'central-agency-branch'),
    agency(A.VP, 'VP', 'Văn phòng UBND tỉnh', 'sector'),
    { type: 'reporting.ReportingAgenciesDesignated', data: { agencyIds: [A.STTTT, A.CA, A.VP], effectiveFrom: '2022-07-01', decision: { number: '45/KH-BCĐCĐS', date: '2022-07-01' } }, occurredAt: '2022-07-01' },
    agencyReport('STTTT'),
    agencyReport('CA'),
    agencyReport('VP'),
    opened(PT.activity.Q1, 'activity-report', { kind: 'committee', body: 'standing-agency' }, 'quarterly', '2023-Q1', ['2023-03-22', '2023-03-22'], standing, activityRule),
    opened(PT.activity.Q2, 'activity-report', { kind: 'committee', body: 'standing-agency' }, 'quarterly', '2023-Q2', ['2023-06-22', '2023-06-22'], standing, activityRule),
    submitted(PT.reportsQ1.CA, '2023-03-17T10:00:00+07:00'),
    submitted(PT.activity.Q1, '2023-03-21T16:00:00+07:00'),
    submitted(PT.reportsQ1.STTTT, '2023-03-23T09:00:00+07:00', [3, 3]),
    // Điều 11.2: each agency's own recurrent budget.
    budgetOpened(B.STTTT, 2023, A.STTTT, 'each-agency-recurrent-budget', '2022-11-01', budgetRule),
    appropriated(B.STTTT, { number: '3010/QĐ-UBND', date: '2022-12-20' }, [['chuyen-doi-so', 'recurrent', 'Chi thường xuyên cho chuyển đổi số', '90000000']], null, budgetRule),
    budgetOpened(B.CA, 2023, A.CA, 'each-agency-recurrent-budget', '2022-11-01', budgetRule),
    appropriated(B.CA, { number: '3011/QĐ-UBND', date: '2022-12-20' }, [['an-ninh-mang', 'recurrent', 'Bảo đảm an ninh mạng, dữ liệu dân cư', '30000000']], null, budgetRule),
    spent(B.STTTT, 'pt-e-1', 'chuyen-doi-so', '30000000', '2023-04-10'),
    spent(B.CA, 'pt-e-2', 'an-ninh-mang', '10000000', '2023-06-05'),
    // Điều 11.3: a task UBND tỉnh assigned outside the plan, funded on a line of its own.
    { type: 'budget.UnplannedTaskAssigned', data: { budgetId: B.STTTT, taskId: 'pt-task-1', description: 'Triển khai nền tảng số cấp xã', assignment: { number: '1450/QĐ-UBND', date: '2023-06-12' }, assignedOn: '2023-06-12', regulation: taskRule }, occurredAt: '2023-06-12' },
    { type: 'budget.UnplannedTaskFundingDecided', data: { budgetId: B.STTTT, taskId: 'pt-task-1', decision: { number: '1702/QĐ-UBND', date: '2023-07-20' }, funded: true, amount: '20000000' }, occurredAt: '2023-07-20' },
    spent(B.STTTT, 'pt-e-3', 'pt-task-1', '5000000', '2023-08-15'),
  ]);
}
