import { say } from './testing.js';

const R = (type: string) => `reporting.${type}`;
const rule = { packId: 'thanh-hoa-2014', decisionNumber: '3461/QĐ-BCĐ', effectiveFrom: '2014-10-16', article: 'Điều 11 khoản 2' };
const due = (dueDate: string) => ({ literalDueDate: '2019-06-24', dueDate, rolledOver: null, wording: 'trước ngày 25/6', reading: 'before' });

describe('reporting events in Vietnamese', () => {
  it('an obligation opened (the due date rolled over a day off), redetermined, withdrawn', () => {
    expect(
      say(R('ObligationOpened'), {
        obligationId: 'o1',
        report: 'member-report',
        reporter: { kind: 'agency', agencyId: 'a-stc' },
        cadence: 'semiannual',
        period: '2019-H1',
        periodStart: '2019-01-01',
        periodEnd: '2019-06-30',
        subject: null,
        due: { ...due('2019-06-24'), literalDueDate: '2019-06-23', rolledOver: { because: 'Chủ nhật', article: 'Điều 148 khoản 5 Bộ luật Dân sự 2015', holidaysKnown: true } },
        rule,
        requestedBy: null,
      }),
    ).toBe('Mở nghĩa vụ báo cáo định kỳ 2019-H1 của Sở Tài chính, hạn nộp ngày 24/06/2019 (ngày 23/06/2019 là ngày nghỉ: Điều 148 khoản 5 Bộ luật Dân sự 2015) (Điều 11 khoản 2).');
    expect(
      say(R('ObligationOpened'), {
        obligationId: 'o2',
        report: 'ad-hoc',
        reporter: { kind: 'committee', body: 'standing-agency' },
        cadence: null,
        period: null,
        periodStart: null,
        periodEnd: null,
        subject: 'Tình hình an toàn thông tin',
        due: due('2019-07-01'),
        rule,
        requestedBy: { memberId: 'm-chair', role: 'chair' },
      }),
    ).toBe('Mở nghĩa vụ báo cáo đột xuất về "Tình hình an toàn thông tin" của cơ quan thường trực, hạn nộp ngày 01/07/2019 (Điều 11 khoản 2).');
    expect(say(R('ObligationRedetermined'), { obligationId: 'o1', due: due('2019-06-09'), rule: { ...rule, article: 'Điều 10 khoản 2' } })).toBe(
      'Xác định lại hạn nộp báo cáo theo quy chế mới: ngày 09/06/2019 (Điều 10 khoản 2).',
    );
    expect(say(R('ObligationWithdrawn'), { obligationId: 'o1', reason: 'Cơ quan không còn là thành viên', rule: null })).toBe('Hủy nghĩa vụ báo cáo; lý do: Cơ quan không còn là thành viên.');
  });

  it('a report submitted late, returned, accepted', () => {
    expect(
      say(R('ReportSubmitted'), {
        obligationId: 'o1',
        submissionId: 's1',
        submittedAt: '2019-06-27T09:00:00+07:00',
        channel: 'official-email',
        summary: 'Báo cáo 6 tháng',
        values: {},
        attachments: [{ name: 'bao-cao.pdf', contentHash: 'b'.repeat(64), sizeBytes: 100 }],
        template: null,
        resubmission: false,
        timeliness: { onTime: false, daysLate: { working: 3, calendar: 3 }, judgedAt: '2019-06-27T09:00:00+07:00' },
      }),
    ).toBe('Nộp báo cáo lúc 09:00 ngày 27/06/2019 qua thư điện tử công vụ, kèm 1 tệp: trễ hạn 3 ngày làm việc (3 ngày).');
    expect(say(R('ReportReturned'), { obligationId: 'o1', submissionId: 's1', reason: 'Thiếu số liệu', returnedAt: '2019-06-28T10:00:00+07:00' })).toBe(
      'Trả lại báo cáo để chỉnh sửa lúc 10:00 ngày 28/06/2019; lý do: Thiếu số liệu.',
    );
    expect(say(R('ReportAccepted'), { obligationId: 'o1', submissionId: 's1', acceptedAt: '2019-06-30T10:00:00+07:00' })).toBe('Chấp nhận báo cáo lúc 10:00 ngày 30/06/2019.');
  });

  it('templates, reporting agencies, reminders', () => {
    expect(
      say(R('TemplateDefined'), {
        templateId: 't1',
        version: 2,
        name: 'Mẫu báo cáo chuyển đổi số',
        appliesTo: ['member-report'],
        effectiveFrom: '2022-07-01',
        fields: [{ key: 'dvc', label: 'Dịch vụ công', type: 'number', required: true }],
      }),
    ).toBe('Ban hành mẫu báo cáo "Mẫu báo cáo chuyển đổi số" (phiên bản 2, 1 chỉ tiêu), áp dụng từ ngày 01/07/2022.');
    expect(say(R('ReportingAgenciesDesignated'), { agencyIds: ['a-stc', 'a-snv'], effectiveFrom: '2022-07-01', decision: { number: '20/QĐ-BCĐ', date: '2022-06-20' } })).toBe(
      'Xác định 2 cơ quan phải báo cáo định kỳ từ ngày 01/07/2022 theo Quyết định số 20/QĐ-BCĐ ngày 20/06/2022: Sở Tài chính, Sở Nội vụ.',
    );
    expect(say(R('ReminderHorizonSet'), { days: 7 })).toBe('Đặt thời gian nhắc hạn báo cáo trước 7 ngày.');
  });

  it('the consolidated report: drafted, circulated, commented, revised, submitted to the chair', () => {
    expect(
      say(R('ConsolidatedReportDrafted'), {
        reportId: 'c1',
        cadence: 'semiannual',
        period: '2019-H1',
        title: 'Báo cáo 6 tháng đầu năm 2019',
        draftedOn: '2019-07-05',
        draftedBy: { agencyId: 'a-stttt' },
        sourceObligationIds: ['o1', 'o2'],
        contentHash: 'c'.repeat(64),
        regulation: { ...rule, article: 'Điều 11 khoản 3' },
        commentRound: { rule: 'r', article: 'Điều 11 khoản 3' },
      }),
    ).toBe('Sở Thông tin và Truyền thông (cơ quan thường trực) dự thảo báo cáo tổng hợp 6 tháng "Báo cáo 6 tháng đầu năm 2019" kỳ 2019-H1 ngày 05/07/2019, tổng hợp từ 2 báo cáo (Điều 11 khoản 3).');
    expect(say(R('ConsolidatedReportCirculated'), { reportId: 'c1', circulatedOn: '2019-07-06', commentDeadline: '2019-07-12', recipients: ['m-stc', 'm-chair'], article: 'Điều 11 khoản 3' })).toBe(
      'Gửi dự thảo báo cáo tổng hợp tới 2 thành viên để góp ý ngày 06/07/2019, hạn góp ý ngày 12/07/2019 (Điều 11 khoản 3).',
    );
    expect(say(R('ConsolidatedReportCommented'), { reportId: 'c1', memberId: 'm-stc', receivedOn: '2019-07-10', summary: 'Bổ sung số liệu', late: false })).toBe(
      'Ông/Bà Đỗ Thị Ngọc Ánh góp ý dự thảo báo cáo tổng hợp ngày 10/07/2019.',
    );
    expect(say(R('ConsolidatedReportRevised'), { reportId: 'c1', revisedOn: '2019-07-13', contentHash: 'd'.repeat(64), note: 'Tiếp thu ý kiến Sở Tài chính' })).toBe(
      'Chỉnh sửa dự thảo báo cáo tổng hợp ngày 13/07/2019: "Tiếp thu ý kiến Sở Tài chính".',
    );
    expect(say(R('ConsolidatedReportSubmitted'), { reportId: 'c1', submittedOn: '2019-07-15', to: { memberId: 'm-chair', role: 'chair' }, commentsReceived: 1, commentsMissing: ['m-standing'] })).toBe(
      'Trình báo cáo tổng hợp lên Ông/Bà Nguyễn Đình Xứng (Trưởng ban) ngày 15/07/2019; 1 thành viên đã góp ý, 1 thành viên chưa góp ý.',
    );
  });
});
