// Fixtures of the tenant-state specs: Thanh Hóa's history as events of every context, each with its business time
// and the time it was recorded. The history was entered in January 2025 (a migration of the paper records), except
// one appointment (Sở Y tế's member, by a decision of 2019-03-01) recorded only on 2025-03-01.
import { thanhHoa2014, thanhHoa2018 } from '@bcd/regulation';
import type { TenantEvent } from './tenant-event.js';

export const IDS = {
  adoption2014: 'adoption-2014',
  adoption2018: 'adoption-2018',
  committee2014: 'committee-2014',
  committee2018: 'committee-2018',
  agencies: { UBND: 'a-ubnd', STTTT: 'a-stttt', SNV: 'a-snv', STC: 'a-stc', SYT: 'a-syt' },
  members: { chair2014: 'm-chair-2014', standing2014: 'm-standing-2014', SNV2014: 'm-snv-2014', chair: 'm-chair', standing: 'm-standing', SNV: 'm-snv', STC: 'm-stc', SYT: 'm-syt' },
  meeting2016: 'meeting-2016',
  item2016: 'item-2016',
  obligations: { SNV: 'o-snv-2019-h1', STC: 'o-stc-2019-h1' },
  budget2019: 'budget-2019',
} as const;

export const DECISION_2014 = { number: '1832/QĐ-UBND', date: '2014-10-16' };
export const DECISION_2018 = { number: '4094/QĐ-UBND', date: '2018-10-19' };
export const DECISION_SYT = { number: '512/QĐ-UBND', date: '2019-03-01' };
const REG_2014 = { packId: 'thanh-hoa-2014', decisionNumber: '3461/QĐ-BCĐ', effectiveFrom: '2014-10-16' };
const REG_2018 = { packId: 'thanh-hoa-2018', decisionNumber: '4095/QĐ-BCĐ', effectiveFrom: '2018-10-19' };

/** When the paper records were entered, and when the late appointment was. */
export const RECORDED = {
  first: '2025-01-06T09:00:00+07:00',
  second: '2025-01-08T09:00:00+07:00',
  late: '2025-03-01T10:00:00+07:00',
} as const;

/** A business time: a day at midnight in Vietnam, or an instant. */
const at = (time: string) => new Date(time.length === 10 ? `${time}T00:00:00+07:00` : time);

function history(): TenantEvent[] {
  const events: TenantEvent[] = [];
  let recorded = 0;
  let batch: string = RECORDED.first;
  /** Recorded a second after the previous event of the batch. */
  const record = (type: string, data: unknown, occurred: string) => {
    events.push({ type, data, occurredAt: at(occurred), recordedAt: new Date(at(batch).getTime() + 1000 * recorded++) });
  };
  const seat = (memberId: string, role: string, agencyId: string, committeeId: string, decision: { number: string; date: string }, personId = `p-${memberId}`) =>
    record('membership.MemberAppointed', { committeeId, memberId, personId, role, agencyId, decision, effectiveOn: decision.date, replaces: null }, decision.date);
  const { agencies: A, members: M } = IDS;

  // January 6th: the 2014 regulation, the agencies, the 2014 committee, its 2016 plenary and action item.
  record('rulebook.RegulationAdopted', { adoptionId: IDS.adoption2014, source: { kind: 'built-in', packId: 'thanh-hoa-2014' }, pack: thanhHoa2014, decisionNumber: '3461/QĐ-BCĐ', signedOn: '2014-10-16', effectiveFrom: '2014-10-16', supersedes: null }, '2014-10-16');
  for (const [code, name, kind] of [
    ['UBND', 'Ủy ban nhân dân tỉnh Thanh Hóa', 'people-committee'],
    ['STTTT', 'Sở Thông tin và Truyền thông', 'department'],
    ['SNV', 'Sở Nội vụ', 'department'],
    ['STC', 'Sở Tài chính', 'department'],
    ['SYT', 'Sở Y tế', 'department'],
  ] as const) {
    record('membership.AgencyRegistered', { agencyId: A[code], code, name, kind }, RECORDED.first);
  }
  record('membership.CommitteeEstablished', { committeeId: IDS.committee2014, name: 'Ban Chỉ đạo ứng dụng công nghệ thông tin tỉnh Thanh Hóa', decision: DECISION_2014, establishedOn: '2014-10-16', regulation: REG_2014, standingAgencyId: A.STTTT }, '2014-10-16');
  seat(M.chair2014, 'chair', A.UBND, IDS.committee2014, DECISION_2014, 'p-xung');
  seat(M.standing2014, 'standing-member', A.STTTT, IDS.committee2014, DECISION_2014, 'p-thang');
  seat(M.SNV2014, 'member', A.SNV, IDS.committee2014, DECISION_2014, 'p-tuan');
  const invitees = [
    { memberId: M.chair2014, personId: 'p-xung', role: 'chair', agencyId: A.UBND },
    { memberId: M.standing2014, personId: 'p-thang', role: 'standing-member', agencyId: A.STTTT },
    { memberId: M.SNV2014, personId: 'p-tuan', role: 'member', agencyId: A.SNV },
  ];
  record('meetings.MeetingScheduled', {
    meetingId: IDS.meeting2016, kind: 'plenary', period: '2016', scheduledOn: '2016-12-20', startsAt: '2016-12-20T08:00:00+07:00', place: 'Hội trường UBND tỉnh', onlineLink: null,
    agenda: [], invitees, guests: [], presidedBy: M.chair2014, convenedBy: { memberId: M.chair2014, role: 'chair' }, proposedBy: null, regulation: REG_2014, article: 'Điều 9 khoản 1, Quyết định 3461/QĐ-BCĐ ngày 16/10/2014',
  }, '2016-11-01T09:00:00+07:00');
  record('meetings.MeetingHeld', {
    meetingId: IDS.meeting2016, heldAt: '2016-12-20T08:05:00+07:00', endedAt: '2016-12-20T11:00:00+07:00', presidedBy: M.chair2014,
    attendance: [
      { memberId: M.chair2014, status: 'present', arrivedLate: false, leftEarly: false },
      { memberId: M.standing2014, status: 'present', arrivedLate: false, leftEarly: false },
      { memberId: M.SNV2014, status: 'absent-unapproved', arrivedLate: false, leftEarly: false },
    ],
  }, '2016-12-20T11:00:00+07:00');
  record('meetings.ActionItemAssigned', { meetingId: IDS.meeting2016, itemId: IDS.item2016, conclusionId: null, ownerAgencyId: A.STTTT, description: 'Xây dựng Kiến trúc Chính quyền điện tử', assignedOn: '2016-12-20', dueOn: '2017-01-31' }, '2016-12-20T11:30:00+07:00');
  record('meetings.ActionItemExtended', { meetingId: IDS.meeting2016, itemId: IDS.item2016, dueOn: '2017-02-28', previousDueOn: '2017-01-31', approvedBy: M.chair2014, approvedOn: '2017-01-25', reason: 'Chờ ý kiến Bộ' }, '2017-01-25T15:00:00+07:00');
  record('meetings.ActionItemDone', { meetingId: IDS.meeting2016, itemId: IDS.item2016, doneOn: '2017-02-20' }, '2017-02-20T16:00:00+07:00');

  // January 8th: the 2018 regulation and committee, the 2019 obligations and budget.
  batch = RECORDED.second;
  recorded = 0;
  record('rulebook.RegulationAdopted', { adoptionId: IDS.adoption2018, source: { kind: 'built-in', packId: 'thanh-hoa-2018' }, pack: thanhHoa2018, decisionNumber: '4095/QĐ-BCĐ', signedOn: '2018-10-19', effectiveFrom: '2018-10-19', supersedes: '3461/QĐ-BCĐ' }, '2018-10-19');
  record('membership.CommitteeDissolved', { committeeId: IDS.committee2014, decision: DECISION_2018, effectiveOn: '2018-10-19' }, '2018-10-19');
  record('membership.CommitteeEstablished', { committeeId: IDS.committee2018, name: 'Ban Chỉ đạo xây dựng Chính quyền điện tử tỉnh Thanh Hóa', decision: DECISION_2018, establishedOn: '2018-10-19', regulation: REG_2018, standingAgencyId: A.STTTT }, '2018-10-19');
  seat(M.chair, 'chair', A.UBND, IDS.committee2018, DECISION_2018, 'p-xung');
  seat(M.standing, 'standing-member', A.STTTT, IDS.committee2018, DECISION_2018, 'p-thang');
  seat(M.SNV, 'member', A.SNV, IDS.committee2018, DECISION_2018, 'p-tuan');
  seat(M.STC, 'member', A.STC, IDS.committee2018, DECISION_2018, 'p-anh');
  const rule = { ...REG_2018, article: 'Điều 10 khoản 2, Quyết định 4095/QĐ-BCĐ ngày 19/10/2018' };
  for (const [code, obligationId] of [['SNV', IDS.obligations.SNV], ['STC', IDS.obligations.STC]] as const) {
    record('reporting.ObligationOpened', {
      obligationId, report: 'member-report', reporter: { kind: 'agency', agencyId: A[code] }, cadence: 'semiannual', period: '2019-H1', periodStart: '2019-01-01', periodEnd: '2019-06-30', subject: null,
      due: { literalDueDate: '2019-06-09', dueDate: '2019-06-10', rolledOver: { because: 'Chủ nhật', article: 'Điều 148 khoản 5 Bộ luật Dân sự 2015', holidaysKnown: true }, wording: 'trước ngày 10 tháng 6', reading: 'before' },
      rule, requestedBy: null,
    }, '2019-01-02T08:00:00+07:00');
  }
  record('reporting.ReportSubmitted', {
    obligationId: IDS.obligations.SNV, submissionId: 's-1', submittedAt: '2019-06-05T09:00:00+07:00', channel: 'official-email', summary: 'Báo cáo 6 tháng', values: {}, attachments: [], template: null, resubmission: false,
    timeliness: { onTime: true, daysLate: { working: 0, calendar: 0 }, judgedAt: '2019-06-05T09:00:00+07:00' },
  }, '2019-06-05T09:00:00+07:00');
  const budgetRule = { ...REG_2018, article: 'Điều 11 khoản 1, Quyết định 4095/QĐ-BCĐ ngày 19/10/2018' };
  const spend = (expenditureId: string, lineId: string, amount: string, spentOn: string) =>
    record('budget.ExpenditureRecorded', { budgetId: IDS.budget2019, expenditureId, lineId, amount, spentOn, voucher: `PC-${expenditureId}`, payee: 'Công ty TNHH Hồng Đức', description: 'Chi theo dự toán', specialExpenditureId: null, decidedBy: null }, spentOn);
  record('budget.BudgetOpened', { budgetId: IDS.budget2019, fiscalYear: 2019, holderAgencyId: A.STTTT, source: 'standing-agency-budget', openedOn: '2018-11-01', regulation: budgetRule }, '2018-11-01');
  record('budget.Appropriated', {
    budgetId: IDS.budget2019, decision: { number: '5012/QĐ-UBND', date: '2018-12-10' },
    lines: [
      { lineId: 'hanh-chinh', category: 'quan-ly-hanh-chinh', title: 'Chi quản lý hành chính', amount: '120000000' },
      { lineId: 'tuyen-truyen', category: 'tuyen-truyen', title: 'Tuyên truyền về Chính quyền điện tử', amount: '200000000' },
    ],
    total: '320000000', ceiling: null, regulation: budgetRule,
  }, '2018-12-10');
  spend('e-1', 'tuyen-truyen', '50000000', '2019-03-15');
  spend('e-2', 'hanh-chinh', '30000000', '2019-07-01');
  record('budget.SettlementSubmitted', { budgetId: IDS.budget2019, submittedOn: '2020-01-15', appropriated: '320000000', spent: '80000000', regulation: budgetRule }, '2020-01-15');
  record('budget.SettlementApproved', { budgetId: IDS.budget2019, approvedOn: '2020-02-01', decision: { number: '88/QĐ-STC', date: '2020-02-01' } }, '2020-02-01');
  record('budget.SettlementCorrected', { budgetId: IDS.budget2019, correctionId: 'c-1', decision: { number: '120/QĐ-STC', date: '2020-03-01' }, lineId: 'hanh-chinh', amount: '-5000000', reason: 'Thu hồi khoản chi sai chế độ' }, '2020-03-01');

  // March 1st 2025: Sở Y tế's member, appointed by a decision of 2019-03-01, recorded only now.
  batch = RECORDED.late;
  recorded = 0;
  seat(M.SYT, 'member', A.SYT, IDS.committee2018, DECISION_SYT, 'p-huong');
  return events;
}

/** Thanh Hóa's history, in the order it was recorded. */
export function thanhHoaHistory(): TenantEvent[] {
  return history();
}

/** The members on the roster of a view, by id. */
export const memberIds = (view: { roster: readonly { memberId: string }[] }): string[] => view.roster.map((seat) => seat.memberId);
