// The tenant state's folds: every context's events read through their contracts, the rest left alone, nothing
// changed in place, amounts in whole đồng whatever their size, and the same budget whatever order its events come in.
import { LocalDate } from '@bcd/calendar';
import { evolveTenantState, foldInto, foldTenantState, initialTenantState } from './tenant-state.js';
import { asOfDay, inBusinessOrder } from './tenant-event.js';
import { addDong, percentOf } from './budgets.js';
import { IDS, thanhHoaHistory } from './testing.js';
import { tenantView } from './tenant-view.js';

const at = new Date('2025-01-01T00:00:00Z');
const event = (type: string, data: unknown) => ({ type, data, occurredAt: at, recordedAt: at });

describe('the tenant state fold', () => {
  it('reads every context through its contract and counts what it could not read', () => {
    const state = foldTenantState([
      event('membership.AgencyRegistered', { agencyId: 'a-1', code: 'STTTT', name: 'Sở Thông tin và Truyền thông', kind: 'department' }),
      event('membership.AgencyRegistered', { agencyId: 'a-2', code: 'STC' }), // refused by its contract
      event('meetings.SomethingNew', {}), // a type of a later version
      event('tenancy.TenantCreated', { code: 'thanh-hoa' }), // another namespace: not the tenant's committee
      event('identity.UserCreated', {}),
    ]);
    expect(state.folded).toBe(1);
    expect(state.ignored).toBe(2);
    expect(Object.keys(state.roster.agencies)).toEqual(['a-1']);
  });

  it('leaves the state as it was for an event its contract accepts but a fold cannot apply', () => {
    const [adopted] = thanhHoaHistory();
    const state = foldTenantState([adopted, event('rulebook.TenantDecisionConfigured', { adoptionId: IDS.adoption2014, settings: { 'no.such.slot': { kind: 'fixed' } } })]);
    expect(state).toMatchObject({ folded: 1, ignored: 1 });
    expect(state.adoptions[0].configuration).toEqual({});
  });

  it('never changes the state it is given', () => {
    const events = thanhHoaHistory();
    const before = foldTenantState(events.slice(0, 10));
    const copy = structuredClone(before);
    foldTenantState(events.slice(10), before);
    for (const e of events.slice(10)) evolveTenantState(before, e);
    expect(before).toEqual(copy);
    expect(evolveTenantState(before, event('tenancy.TenantCreated', {}))).toEqual(before);
  });

  it('folds in place into a state the caller owns, to the same state as a fold from the start', () => {
    const events = thanhHoaHistory();
    const owned = foldTenantState(events.slice(0, 10));
    const returned = foldInto(owned, events.slice(10));
    expect(returned).toBe(owned);
    expect(owned).toEqual(foldTenantState(events));
  });

  it('names agencies and committees as they were named on the day (renames take effect on their date)', () => {
    const state = foldTenantState([
      event('membership.AgencyRegistered', { agencyId: 'a-1', code: 'STTTT', name: 'Sở Thông tin và Truyền thông', kind: 'department' }),
      event('membership.AgencyRenamed', { agencyId: 'a-1', name: 'Sở Khoa học và Công nghệ', previousName: 'Sở Thông tin và Truyền thông', effectiveOn: '2025-03-01', decision: { number: '1/QĐ-UBND', date: '2025-02-20' } }),
      event('membership.CommitteeEstablished', { committeeId: 'c-1', name: 'Ban Chỉ đạo xây dựng Chính quyền điện tử', decision: { number: '4094/QĐ-UBND', date: '2018-10-19' }, establishedOn: '2018-10-19', regulation: null, standingAgencyId: 'a-1' }),
      event('membership.CommitteeRenamed', { committeeId: 'c-1', name: 'Ban Chỉ đạo Chuyển đổi số', previousName: 'Ban Chỉ đạo xây dựng Chính quyền điện tử', decision: { number: '2/QĐ-UBND', date: '2021-01-05' }, effectiveOn: '2021-01-05' }),
      event('membership.MemberAppointed', { committeeId: 'c-1', memberId: 'm-1', personId: 'p-1', role: 'standing-member', agencyId: 'a-1', decision: { number: '4094/QĐ-UBND', date: '2018-10-19' }, effectiveOn: '2018-10-19', replaces: null }),
      event('membership.MemberRoleChanged', { committeeId: 'c-1', memberId: 'm-1', role: 'standing-vice-chair', previousRole: 'standing-member', decision: { number: '3/QĐ-UBND', date: '2022-01-10' }, effectiveOn: '2022-01-10' }),
    ]);
    const seat = (date: string) => tenantView(state, asOfDay(LocalDate.parse(date), 'recorded')).roster;
    expect(seat('2020-01-01')).toEqual([expect.objectContaining({ committee: 'Ban Chỉ đạo xây dựng Chính quyền điện tử', agency: 'Sở Thông tin và Truyền thông', role: 'standing-member', since: '2018-10-19', decision: { number: '4094/QĐ-UBND', date: '2018-10-19' } })]);
    expect(seat('2022-06-01')).toEqual([expect.objectContaining({ committee: 'Ban Chỉ đạo Chuyển đổi số', role: 'standing-vice-chair', since: '2022-01-10', decision: { number: '3/QĐ-UBND', date: '2022-01-10' } })]);
    expect(seat('2025-03-01')).toEqual([expect.objectContaining({ agency: 'Sở Khoa học và Công nghệ' })]);
  });

  it('follows a meeting rescheduled and cancelled, its documents, absences and delegates', () => {
    const events = thanhHoaHistory();
    const scheduled = events.find((e) => e.type === 'meetings.MeetingScheduled')!;
    const m = IDS.meeting2016;
    const state = foldTenantState([
      scheduled,
      event('meetings.MeetingRescheduled', { meetingId: m, scheduledOn: '2016-12-27', startsAt: '2016-12-27T08:00:00+07:00', place: null, onlineLink: null, reason: 'Trùng lịch HĐND', regulation: { packId: 'thanh-hoa-2014', decisionNumber: '3461/QĐ-BCĐ', effectiveFrom: '2014-10-16' } }),
      event('meetings.DocumentDistributed', { meetingId: m, documentId: 'd-1', title: 'Báo cáo năm 2016', agendaItemId: null, contentHash: 'a'.repeat(64), sizeBytes: 10, channel: 'electronic', sentAt: '2016-12-15T08:00:00+07:00', leadTime: { outcome: 'met', latestSendDate: '2016-12-20', latestSendAt: null, flag: null } }),
      event('meetings.AbsenceRequested', { meetingId: m, memberId: IDS.members.SNV2014, reason: 'Đi công tác' }),
      event('meetings.AbsenceDecided', { meetingId: m, memberId: IDS.members.SNV2014, decision: 'approved', decidedBy: IDS.members.chair2014, as: 'chair', rule: 'r', article: 'Điều 9' }),
      event('meetings.AbsenceRequested', { meetingId: m, memberId: IDS.members.standing2014, reason: 'Ốm' }),
      event('meetings.DelegateNamed', { meetingId: m, memberId: IDS.members.standing2014, delegate: { personId: 'p-9', agencyId: IDS.agencies.STTTT }, writtenOpinion: null, flag: null }),
      event('meetings.MeetingCancelled', { meetingId: m, reason: 'Dịch bệnh' }),
      event('meetings.MeetingHeld', { meetingId: 'unknown', heldAt: '2016-12-27T08:00:00+07:00', presidedBy: 'x', attendance: [] }),
    ]);
    const [meeting] = tenantView(state, asOfDay(LocalDate.parse('2016-12-31'), 'recorded')).meetings;
    expect(meeting).toMatchObject({
      status: 'cancelled',
      cancelledReason: 'Dịch bệnh',
      scheduledOn: '2016-12-27',
      startsAt: '2016-12-27T01:00:00.000Z',
      rescheduled: 1,
      documents: [{ documentId: 'd-1', title: 'Báo cáo năm 2016', sentAt: '2016-12-15T01:00:00.000Z', leadTime: 'met' }],
      absences: { approved: 1, refused: 0, undecided: 1 },
      delegates: 1,
    });
    expect(Object.keys(state.meetings.meetings)).toEqual([m]);
  });

  it('follows an obligation redetermined, returned, resubmitted and accepted, and one withdrawn (not counted)', () => {
    const events = thanhHoaHistory().filter((e) => e.type === 'reporting.ObligationOpened');
    const [snv, stc] = [IDS.obligations.SNV, IDS.obligations.STC];
    const rule = { packId: 'thanh-hoa-2018', decisionNumber: '4095/QĐ-BCĐ', effectiveFrom: '2018-10-19', article: 'Điều 10 khoản 2' };
    const submitted = (submissionId: string, submittedAt: string, onTime: boolean) =>
      event('reporting.ReportSubmitted', { obligationId: snv, submissionId, submittedAt, channel: 'online', summary: 'x', values: {}, attachments: [], template: null, resubmission: submissionId !== 's-1', timeliness: { onTime, daysLate: { working: 0, calendar: 0 }, judgedAt: '2019-06-05T09:00:00+07:00' } });
    const state = foldTenantState([
      ...events,
      event('reporting.ObligationRedetermined', { obligationId: snv, due: { literalDueDate: '2019-06-24', dueDate: '2019-06-24', rolledOver: null, wording: 'trước ngày 25/6', reading: 'before' }, rule }),
      submitted('s-1', '2019-06-05T09:00:00+07:00', true),
      event('reporting.ReportReturned', { obligationId: snv, submissionId: 's-1', reason: 'Thiếu số liệu', returnedAt: '2019-06-06T09:00:00+07:00' }),
      submitted('s-2', '2019-06-28T09:00:00+07:00', true),
      event('reporting.ReportAccepted', { obligationId: snv, submissionId: 's-2', acceptedAt: '2019-06-29T09:00:00+07:00' }),
      event('reporting.ObligationWithdrawn', { obligationId: stc, reason: 'Không còn là thành viên', rule: null }),
    ]);
    const view = tenantView(state, asOfDay(LocalDate.parse('2019-12-31'), 'recorded')).obligations;
    expect(view.items).toEqual([
      expect.objectContaining({ obligationId: stc, status: 'withdrawn', bucket: null }),
      expect.objectContaining({ obligationId: snv, status: 'accepted', dueDate: '2019-06-24', firstSubmittedAt: '2019-06-05T02:00:00.000Z', onTime: true, bucket: 'done-on-time', rule: { packId: 'thanh-hoa-2018', decisionNumber: '4095/QĐ-BCĐ', article: 'Điều 10 khoản 2' } }),
    ]);
    expect(view.counts).toEqual({ 'done-on-time': 1, 'done-late': 0, 'not-done-in-time': 0, 'not-done-overdue': 0 });
  });

  describe('budgets', () => {
    const budget = 'b-1';
    const decision = { number: '1/QĐ-UBND', date: '2022-06-01' };
    const rule = { packId: 'phu-tho-2022', decisionNumber: '1344/QĐ-BCĐCĐS', effectiveFrom: '2022-05-18', article: 'Điều 11 khoản 2' };
    const big = '9007199254740993123';
    const events = [
      event('budget.BudgetOpened', { budgetId: budget, fiscalYear: 2022, holderAgencyId: 'a-1', source: 'each-agency-recurrent-budget', openedOn: '2022-06-01', regulation: rule }),
      event('budget.Appropriated', { budgetId: budget, decision, lines: [{ lineId: 'l-1', category: 'c', title: 'Dòng 1', amount: big }, { lineId: 'l-2', category: 'c', title: 'Dòng 2', amount: '1000' }], total: '9007199254740994123', ceiling: null, regulation: rule }),
      event('budget.AppropriationSupplemented', { budgetId: budget, supplementId: 's-1', decision, lines: [{ lineId: 'l-3', category: 'c', title: 'Dòng 3', amount: '500' }], total: '500', ceiling: null }),
      event('budget.AppropriationReallocated', { budgetId: budget, reallocationId: 'r-1', decision, fromLineId: 'l-2', toLineId: 'l-3', amount: '250' }),
      event('budget.SpecialExpenditureProposed', { budgetId: budget, specialExpenditureId: 'x-1', lineId: 'l-3', title: 'Hội thảo', amount: '700', reason: 'Chưa có định mức', proposedOn: '2022-07-01', regulation: rule }),
      event('budget.SpecialExpenditureCoordinated', { budgetId: budget, specialExpenditureId: 'x-1', coordinatedOn: '2022-07-02', agrees: true, agreedAmount: '600', opinion: 'Đồng ý' }),
      event('budget.SpecialExpenditureDecided', { budgetId: budget, specialExpenditureId: 'x-1', decidedOn: '2022-07-03', approved: true, approvedAmount: '600', decidedBy: { memberId: 'm-1', role: 'chair' }, note: null, article: 'Điều 11' }),
      event('budget.ExpenditureRecorded', { budgetId: budget, expenditureId: 'e-1', lineId: 'l-3', amount: '600', spentOn: '2022-07-10', voucher: 'PC-1', payee: 'Công ty A', description: 'Hội thảo', specialExpenditureId: 'x-1', decidedBy: null }),
      event('budget.ExpenditureRecorded', { budgetId: budget, expenditureId: 'e-2', lineId: 'l-1', amount: '5000000000000000001', spentOn: '2022-07-11', voucher: 'PC-2', payee: 'Công ty B', description: 'Phần mềm', specialExpenditureId: null, decidedBy: null }),
      event('budget.UnplannedTaskAssigned', { budgetId: budget, taskId: 't-1', description: 'Hỗ trợ chuyển đổi số cấp xã', assignment: decision, assignedOn: '2022-08-01', regulation: rule }),
      event('budget.UnplannedTaskFundingDecided', { budgetId: budget, taskId: 't-1', decision, funded: true, amount: '300' }),
    ];

    it('adds whole đồng as bigint, beyond 2^53, and rates them to two decimals cut off', () => {
      const [view] = tenantView(foldTenantState(events), asOfDay(LocalDate.parse('2022-12-31'), 'recorded')).budgets;
      expect(view.lines).toEqual([
        { lineId: 'l-1', category: 'c', title: 'Dòng 1', appropriated: big, spent: '5000000000000000001', remaining: '4007199254740993122', rate: '55.51' },
        { lineId: 'l-2', category: 'c', title: 'Dòng 2', appropriated: '750', spent: '0', remaining: '750', rate: '0.00' },
        { lineId: 'l-3', category: 'c', title: 'Dòng 3', appropriated: '750', spent: '600', remaining: '150', rate: '80.00' },
        { lineId: 't-1', category: 'unplanned-task', title: 'Hỗ trợ chuyển đổi số cấp xã', appropriated: '300', spent: '0', remaining: '300', rate: '0.00' },
      ]);
      expect(view.total).toEqual({ appropriated: '9007199254740994923', spent: '5000000000000000601', remaining: '4007199254740994322', rate: '55.51' });
      expect(view.specialExpenditures).toEqual([{ specialExpenditureId: 'x-1', lineId: 'l-3', title: 'Hội thảo', amount: '700', status: 'approved', approvedAmount: '600', spent: '600' }]);
      expect(addDong('-5', '3')).toBe('-2');
      expect(percentOf('1', '3')).toBe('33.33');
      expect(percentOf('-1', '3')).toBe('-33.33');
      expect(percentOf('1', '0')).toBeNull();
    });

    it('comes to the same amounts whatever order its events are folded in', () => {
      const view = (list: typeof events) => tenantView(foldTenantState(list), asOfDay(LocalDate.parse('2022-12-31'), 'recorded')).budgets[0];
      const forwards = view(events);
      const backwards = view([...events].reverse());
      const byLine = (b: typeof forwards) => Object.fromEntries(b.lines.map((l) => [l.lineId, [l.appropriated, l.spent, l.title]]));
      expect(byLine(backwards)).toEqual(byLine(forwards));
      expect(backwards).toMatchObject({ fiscalYear: 2022, holderAgencyId: 'a-1', stage: 'appropriated', total: forwards.total });
    });
  });

  it('folds in business order the same history as in recorded order, to the same state today', () => {
    const events = thanhHoaHistory();
    const today = asOfDay(LocalDate.parse('2025-12-31'), 'business');
    const business = tenantView(foldTenantState(inBusinessOrder(events)), today);
    const recorded = tenantView(foldTenantState(events), { ...today, axis: 'business' });
    expect(business).toEqual(recorded);
    expect(initialTenantState().folded).toBe(0);
  });
});
