import { REGULATION, say } from './testing.js';

const M = (type: string) => `meetings.${type}`;
const invitees = [
  { memberId: 'm-chair', personId: 'p-xung', role: 'chair', agencyId: 'a-ubnd' },
  { memberId: 'm-standing', personId: 'p-thang', role: 'standing-member', agencyId: 'a-stttt' },
];
const signed = {
  meetingId: 'mt1',
  number: '85/TB-BCĐ',
  signedBy: { memberId: 'm-standing', role: 'standing-member', agencyId: 'a-stttt' },
  signedAt: '2019-09-25T09:00:00+07:00',
  seal: { kind: 'own-agency', rule: 'thanh-hoa-2018/documents.seal', article: 'Điều 5 khoản 4' },
  authority: { rule: 'thanh-hoa-2018/documents.signer', article: 'Điều 5 khoản 4, Quyết định 4095/QĐ-BCĐ' },
  assignment: null,
};

describe('meetings events in Vietnamese', () => {
  it('a plenary scheduled, moved, cancelled', () => {
    expect(
      say(M('MeetingScheduled'), {
        meetingId: 'mt1',
        kind: 'plenary',
        period: '2019-Q3',
        scheduledOn: '2019-09-20',
        startsAt: '2019-09-20T08:00:00+07:00',
        place: 'Phòng họp số 2, trụ sở UBND tỉnh',
        onlineLink: null,
        agenda: [],
        invitees,
        guests: [],
        presidedBy: 'm-chair',
        convenedBy: { memberId: 'm-chair', role: 'chair' },
        proposedBy: null,
        regulation: REGULATION,
        article: 'Điều 8 khoản 1',
      }),
    ).toBe('Lên lịch phiên họp toàn thể kỳ 2019-Q3 vào 08:00 ngày 20/09/2019 tại Phòng họp số 2, trụ sở UBND tỉnh, do Ông/Bà Nguyễn Đình Xứng chủ trì; mời 2 thành viên (Điều 8 khoản 1).');
    expect(say(M('MeetingRescheduled'), { meetingId: 'mt1', scheduledOn: '2019-11-06', startsAt: '2019-11-06T14:00:00+07:00', place: null, onlineLink: 'https://hop.example', reason: 'Trùng lịch', regulation: REGULATION })).toBe(
      'Dời cuộc họp sang 14:00 ngày 06/11/2019 theo hình thức trực tuyến; lý do: Trùng lịch.',
    );
    expect(say(M('MeetingCancelled'), { meetingId: 'mt1', reason: 'Đã xử lý bằng văn bản' })).toBe('Hủy cuộc họp; lý do: Đã xử lý bằng văn bản.');
  });

  it('documents sent late, against the lead time of the regulation', () => {
    expect(
      say(M('DocumentDistributed'), {
        meetingId: 'mt1',
        documentId: 'd1',
        title: 'Dự thảo báo cáo 9 tháng',
        agendaItemId: null,
        contentHash: 'a'.repeat(64),
        sizeBytes: 10,
        channel: 'electronic',
        sentAt: '2019-09-19T10:00:00+07:00',
        leadTime: { outcome: 'missed', latestSendDate: '2019-09-16', latestSendAt: null, flag: { rule: 'r', article: 'Điều 9 khoản 4', message: 'late' } },
      }),
    ).toBe('Gửi tài liệu "Dự thảo báo cáo 9 tháng" (bản điện tử) lúc 10:00 ngày 19/09/2019; chậm so với thời hạn gửi tài liệu (Điều 9 khoản 4).');
  });

  it('absences and delegates', () => {
    expect(say(M('AbsenceRequested'), { meetingId: 'mt1', memberId: 'm-stc', reason: 'Đi công tác' })).toBe('Ông/Bà Đỗ Thị Ngọc Ánh xin vắng mặt cuộc họp; lý do: Đi công tác.');
    expect(say(M('AbsenceDecided'), { meetingId: 'mt1', memberId: 'm-stc', decision: 'approved', decidedBy: 'm-chair', as: 'presiding-person', rule: 'r', article: 'Điều 6 khoản 5' })).toBe(
      'Ông/Bà Nguyễn Đình Xứng (người chủ trì) đồng ý cho Ông/Bà Đỗ Thị Ngọc Ánh vắng mặt cuộc họp (Điều 6 khoản 5).',
    );
    expect(
      say(M('DelegateNamed'), { meetingId: 'mt1', memberId: 'm-stc', delegate: { personId: 'p-erased', agencyId: 'a-stc' }, writtenOpinion: null, flag: { rule: 'r', article: 'Điều 6 khoản 5', message: 'no opinion' } }),
    ).toBe('Ông/Bà Đỗ Thị Ngọc Ánh cử (người đã bị xóa dữ liệu cá nhân) (Sở Tài chính) dự họp thay, không có ý kiến bằng văn bản (Điều 6 khoản 5).');
  });

  it('held, with its attendance counted; notice and minutes issued', () => {
    expect(
      say(M('MeetingHeld'), {
        meetingId: 'mt1',
        heldAt: '2019-09-20T08:05:00+07:00',
        endedAt: '2019-09-20T11:00:00+07:00',
        presidedBy: 'm-chair',
        attendance: [
          { memberId: 'm-chair', status: 'present', arrivedLate: false, leftEarly: false },
          { memberId: 'm-standing', status: 'present', arrivedLate: true, leftEarly: false },
          { memberId: 'm-stc', status: 'delegate', arrivedLate: false, leftEarly: false },
        ],
      }),
    ).toBe('Cuộc họp diễn ra lúc 08:05 ngày 20/09/2019 đến 11:00 ngày 20/09/2019, do Ông/Bà Nguyễn Đình Xứng chủ trì: 2 thành viên có mặt, 0 vắng có phép, 0 vắng không phép, 1 cử người dự thay.');
    expect(say(M('NoticeIssued'), signed)).toBe(
      'Ban hành Thông báo kết luận số 85/TB-BCĐ lúc 09:00 ngày 25/09/2019, do Ông/Bà Trần Đức Thắng (Ủy viên thường trực) ký, đóng dấu của cơ quan của người ký (Điều 5 khoản 4, Quyết định 4095/QĐ-BCĐ).',
    );
    expect(say(M('MinutesIssued'), { ...signed, number: '86/BB-BCĐ' })).toMatch(/^Ban hành Biên bản số 86\/BB-BCĐ /);
  });

  it('conclusions and action items', () => {
    expect(say(M('ConclusionRecorded'), { meetingId: 'mt1', conclusionId: 'k1', text: 'Hoàn thành cổng dịch vụ công trong quý IV' })).toBe('Ghi nhận kết luận của cuộc họp: "Hoàn thành cổng dịch vụ công trong quý IV".');
    expect(say(M('ActionItemAssigned'), { meetingId: 'mt1', itemId: 'i1', conclusionId: 'k1', ownerAgencyId: 'a-stttt', description: 'Nâng cấp cổng dịch vụ công', assignedOn: '2019-09-20', dueOn: '2019-12-31' })).toBe(
      'Giao Sở Thông tin và Truyền thông nhiệm vụ "Nâng cấp cổng dịch vụ công" ngày 20/09/2019, hạn hoàn thành ngày 31/12/2019.',
    );
    expect(say(M('ActionItemProgressNoted'), { meetingId: 'mt1', itemId: 'i1', note: 'Đã xong 50%', notedOn: '2019-11-01' })).toBe('Cập nhật tiến độ nhiệm vụ ngày 01/11/2019: "Đã xong 50%".');
    expect(say(M('ActionItemDone'), { meetingId: 'mt1', itemId: 'i1', doneOn: '2019-12-20' })).toBe('Nhiệm vụ được hoàn thành ngày 20/12/2019.');
    expect(say(M('ActionItemExtended'), { meetingId: 'mt1', itemId: 'i1', dueOn: '2020-01-31', previousDueOn: '2019-12-31', approvedBy: 'm-chair', approvedOn: '2019-12-15', reason: 'Chờ nhà thầu' })).toBe(
      'Gia hạn nhiệm vụ từ ngày 31/12/2019 đến ngày 31/01/2020, được Ông/Bà Nguyễn Đình Xứng đồng ý ngày 15/12/2019; lý do: Chờ nhà thầu.',
    );
  });

  it('a written consultation (Kiên Giang 2008 Điều 10)', () => {
    expect(
      say(M('ConsultationStarted'), {
        consultationId: 'w1',
        question: 'Thông qua kế hoạch năm 2009',
        recipients: ['m-standing', 'm-stc'],
        startedOn: '2008-12-01',
        deadlineOn: '2008-12-10',
        requestedBy: { memberId: 'm-chair', role: 'chair' },
        regulation: REGULATION,
        article: 'Điều 10',
      }),
    ).toBe('Ông/Bà Nguyễn Đình Xứng (Trưởng ban) xin ý kiến bằng văn bản của 2 thành viên về "Thông qua kế hoạch năm 2009" ngày 01/12/2008, hạn trả lời ngày 10/12/2008 (Điều 10).');
    expect(say(M('OpinionReceived'), { consultationId: 'w1', memberId: 'm-stc', receivedOn: '2008-12-12', reference: '12/STC', summary: 'Đồng ý', late: true })).toBe(
      'Nhận ý kiến bằng văn bản 12/STC của Ông/Bà Đỗ Thị Ngọc Ánh ngày 12/12/2008, sau thời hạn.',
    );
    expect(say(M('ConsultationClosed'), { consultationId: 'w1', closedOn: '2008-12-15', outcome: 'Thông qua' })).toBe('Kết thúc lấy ý kiến bằng văn bản ngày 15/12/2008: "Thông qua".');
  });
});
