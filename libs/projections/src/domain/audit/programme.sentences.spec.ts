import { say } from './testing.js';

const P = (type: string) => `programme.${type}`;
const programmeId = 'prog-2019';
const regulation = { packId: 'thanh-hoa-2018', decisionNumber: '4095/QĐ-BCĐ', effectiveFrom: '2018-10-19', article: 'Điều 3 khoản 1' };
const issued = (timeliness: { issueBy: string | null; onTime: boolean | null }) => ({
  programmeId,
  year: 2019,
  decision: { number: '45/QĐ-BCĐ', date: '2019-01-15' },
  issuedBy: { memberId: 'm-chair', role: 'chair' },
  tasks: 12,
  inspections: 3,
  timeliness,
  regulation,
});

describe('work programme events in Vietnamese', () => {
  it('opened, with or without the tenant\'s deadline for its issue', () => {
    const opened = { programmeId, committeeId: 'c-1', year: 2019, title: 'Chương trình công tác năm 2019', openedOn: '2018-12-03', issueBy: '2019-01-31', regulation, annual: true };
    expect(say(P('ProgrammeOpened'), opened)).toBe('Mở dự thảo chương trình công tác năm 2019 "Chương trình công tác năm 2019" ngày 03/12/2018, hạn ban hành 31/01/2019 (Điều 3 khoản 1).');
    expect(say(P('ProgrammeOpened'), { ...opened, issueBy: null })).toBe('Mở dự thảo chương trình công tác năm 2019 "Chương trình công tác năm 2019" ngày 03/12/2018, không đặt hạn ban hành (Điều 3 khoản 1).');
  });

  it('tasks and inspections drafted and amended, naming the agencies', () => {
    const task = { programmeId, taskId: 't-1', description: 'Xây dựng Kiến trúc Chính quyền điện tử', ownerAgencyId: 'a-stttt', dueOn: '2019-06-30' };
    expect(say(P('TaskPlanned'), { ...task, plannedOn: '2018-12-10' })).toBe('Dự thảo nhiệm vụ "Xây dựng Kiến trúc Chính quyền điện tử" giao Sở Thông tin và Truyền thông, hạn hoàn thành 30/06/2019.');
    expect(say(P('TaskAmended'), { ...task, dueOn: '2019-07-31', amendedOn: '2018-12-20' })).toBe('Sửa nhiệm vụ trong dự thảo: "Xây dựng Kiến trúc Chính quyền điện tử" giao Sở Thông tin và Truyền thông, hạn hoàn thành 31/07/2019.');
    const inspection = { programmeId, inspectionId: 'i-1', agencyId: 'a-snv', month: '2019-05', subject: 'Ứng dụng CNTT tại Sở Nội vụ' };
    expect(say(P('InspectionPlanned'), { ...inspection, plannedOn: '2018-12-10' })).toBe('Dự kiến kiểm tra Sở Nội vụ tháng 05/2019: "Ứng dụng CNTT tại Sở Nội vụ".');
    expect(say(P('InspectionAmended'), { ...inspection, month: '2019-09', amendedOn: '2018-12-20' })).toBe('Sửa kế hoạch kiểm tra: Sở Nội vụ tháng 09/2019, "Ứng dụng CNTT tại Sở Nội vụ".');
  });

  it('issued by the chair: on time, late, or with no deadline set', () => {
    expect(say(P('ProgrammeIssued'), issued({ issueBy: '2019-01-31', onTime: true }))).toBe(
      'Ông/Bà Nguyễn Đình Xứng (Trưởng ban) ban hành chương trình công tác năm 2019 theo Quyết định số 45/QĐ-BCĐ ngày 15/01/2019, gồm 12 nhiệm vụ và 3 cuộc kiểm tra, đúng hạn (hạn 31/01/2019) (Điều 3 khoản 1).',
    );
    expect(say(P('ProgrammeIssued'), issued({ issueBy: '2019-01-10', onTime: false }))).toContain('chậm so với hạn 10/01/2019');
    expect(say(P('ProgrammeIssued'), issued({ issueBy: null, onTime: null }))).toContain('3 cuộc kiểm tra, không đặt hạn ban hành (');
  });

  it('followed: a task done, a deadline extended by the chair, an inspection done', () => {
    expect(say(P('TaskDone'), { programmeId, taskId: 't-1', doneOn: '2019-06-20', note: null })).toBe('Nhiệm vụ của chương trình công tác hoàn thành ngày 20/06/2019.');
    expect(say(P('TaskDone'), { programmeId, taskId: 't-1', doneOn: '2019-06-20', note: 'Đã trình UBND tỉnh' })).toBe('Nhiệm vụ của chương trình công tác hoàn thành ngày 20/06/2019: "Đã trình UBND tỉnh".');
    expect(
      say(P('TaskExtended'), { programmeId, taskId: 't-1', dueOn: '2019-09-30', previousDueOn: '2019-06-30', approvedOn: '2019-06-25', approvedBy: { memberId: 'm-chair', role: 'chair' }, reason: 'Chờ hướng dẫn của Bộ', article: 'Điều 3 khoản 1' }),
    ).toBe('Ông/Bà Nguyễn Đình Xứng (Trưởng ban) gia hạn nhiệm vụ của chương trình công tác từ 30/06/2019 đến 30/09/2019 ngày 25/06/2019; lý do: "Chờ hướng dẫn của Bộ" (Điều 3 khoản 1).');
    expect(say(P('InspectionDone'), { programmeId, inspectionId: 'i-1', agencyId: 'a-snv', doneOn: '2019-05-22', findings: 'Đạt yêu cầu' })).toBe('Đã kiểm tra Sở Nội vụ ngày 22/05/2019; kết quả: "Đạt yêu cầu".');
    expect(say(P('InspectionDone'), { programmeId, inspectionId: 'i-1', agencyId: 'a-snv', doneOn: '2019-05-22', findings: null })).toBe('Đã kiểm tra Sở Nội vụ ngày 22/05/2019.');
  });
});
