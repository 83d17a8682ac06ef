import { DECISION, REGULATION, say } from './testing.js';

const M = (type: string) => `membership.${type}`;

describe('membership events in Vietnamese', () => {
  it('an appointment: the person, the role, the decision, the agency', () => {
    expect(
      say(M('MemberAppointed'), { committeeId: 'c1', memberId: 'm-standing', personId: 'p-thang', role: 'standing-vice-chair', agencyId: 'a-stttt', decision: DECISION, effectiveOn: '2018-10-19', replaces: null }),
    ).toBe('Ông/Bà Trần Đức Thắng được bổ nhiệm làm Phó Trưởng ban thường trực theo Quyết định số 4094/QĐ-UBND ngày 19/10/2018, đại diện Sở Thông tin và Truyền thông.');
  });

  it('names every role as the glossary does', () => {
    const appointed = (role: string) =>
      say(M('MemberAppointed'), { committeeId: 'c1', memberId: 'm1', personId: 'p-anh', role, agencyId: 'a-stc', decision: DECISION, effectiveOn: '2018-10-19', replaces: null });
    expect(appointed('chair')).toContain('làm Trưởng ban theo');
    expect(appointed('vice-chair')).toContain('làm Phó Trưởng ban theo');
    expect(appointed('standing-member')).toContain('làm Ủy viên thường trực theo');
    expect(appointed('member')).toContain('làm Ủy viên theo');
    expect(appointed('secretary')).toContain('làm Thư ký theo');
  });

  it('a replacement taking effect after its signing', () => {
    expect(
      say(M('MemberAppointed'), { committeeId: 'c1', memberId: 'm2', personId: 'p-anh', role: 'member', agencyId: 'a-stc', decision: { number: '15/QĐ-UBND', date: '2019-01-03' }, effectiveOn: '2019-01-10', replaces: 'm-erased' }),
    ).toBe('Ông/Bà Đỗ Thị Ngọc Ánh được bổ nhiệm làm Ủy viên theo Quyết định số 15/QĐ-UBND ngày 03/01/2019, đại diện Sở Tài chính, có hiệu lực từ ngày 10/01/2019, thay (người đã bị xóa dữ liệu cá nhân).');
  });

  it('agencies', () => {
    expect(say(M('AgencyRegistered'), { agencyId: 'a-stc', code: 'STC', name: 'Sở Tài chính', kind: 'department' })).toBe('Đăng ký cơ quan "Sở Tài chính" (mã STC, sở).');
    expect(say(M('AgencyRenamed'), { agencyId: 'a-stttt', name: 'Sở Khoa học và Công nghệ', previousName: 'Sở Thông tin và Truyền thông', effectiveOn: '2025-03-01', decision: { number: '12/QĐ-UBND', date: '2025-02-20' } })).toBe(
      'Cơ quan "Sở Thông tin và Truyền thông" đổi tên thành "Sở Khoa học và Công nghệ" từ ngày 01/03/2025 theo Quyết định số 12/QĐ-UBND ngày 20/02/2025.',
    );
    expect(say(M('AgencyMerged'), { agencyId: 'a-snv', into: 'a-stc', effectiveOn: '2025-03-01', decision: { number: '13/QĐ-UBND', date: '2025-03-01' } })).toBe(
      'Sở Nội vụ được hợp nhất vào Sở Tài chính từ ngày 01/03/2025 theo Quyết định số 13/QĐ-UBND ngày 01/03/2025.',
    );
  });

  it('a committee: established, re-established, renamed, dissolved, its standing agency', () => {
    expect(
      say(M('CommitteeEstablished'), { committeeId: 'c1', name: 'Ban Chỉ đạo xây dựng Chính quyền điện tử tỉnh Thanh Hóa', decision: DECISION, establishedOn: '2018-10-19', regulation: REGULATION, standingAgencyId: 'a-stttt' }),
    ).toBe(
      'Thành lập "Ban Chỉ đạo xây dựng Chính quyền điện tử tỉnh Thanh Hóa" theo Quyết định số 4094/QĐ-UBND ngày 19/10/2018, hoạt động theo Quy chế ban hành kèm theo Quyết định số 4095/QĐ-BCĐ; cơ quan thường trực: Sở Thông tin và Truyền thông.',
    );
    expect(say(M('CommitteeEstablished'), { committeeId: 'c1', name: 'Ban Chỉ đạo', decision: DECISION, establishedOn: '2018-10-20', regulation: null, standingAgencyId: null })).toBe(
      'Thành lập "Ban Chỉ đạo" theo Quyết định số 4094/QĐ-UBND ngày 19/10/2018, có hiệu lực từ ngày 20/10/2018.',
    );
    expect(say(M('CommitteeReestablished'), { committeeId: 'c1', decision: DECISION, effectiveOn: '2018-10-19', carriedOver: ['m1', 'm2'] })).toBe(
      'Kiện toàn Ban Chỉ đạo theo Quyết định số 4094/QĐ-UBND ngày 19/10/2018; 2 thành viên được giữ lại.',
    );
    expect(say(M('CommitteeRenamed'), { committeeId: 'c1', name: 'Ban Chỉ đạo Chuyển đổi số', previousName: 'Ban Chỉ đạo xây dựng Chính quyền điện tử', decision: DECISION, effectiveOn: '2018-10-19' })).toBe(
      'Ban Chỉ đạo "Ban Chỉ đạo xây dựng Chính quyền điện tử" đổi tên thành "Ban Chỉ đạo Chuyển đổi số" từ ngày 19/10/2018 theo Quyết định số 4094/QĐ-UBND ngày 19/10/2018.',
    );
    expect(say(M('CommitteeDissolved'), { committeeId: 'c1', decision: DECISION, effectiveOn: '2018-10-19' })).toBe('Giải thể Ban Chỉ đạo theo Quyết định số 4094/QĐ-UBND ngày 19/10/2018.');
    expect(say(M('StandingAgencyDesignated'), { committeeId: 'c1', agencyId: 'a-stttt', decision: DECISION, effectiveOn: '2018-10-19' })).toBe(
      'Sở Thông tin và Truyền thông được giao làm cơ quan thường trực Ban Chỉ đạo theo Quyết định số 4094/QĐ-UBND ngày 19/10/2018.',
    );
  });

  it('a member: role changed, responsibilities, dismissed', () => {
    expect(say(M('MemberRoleChanged'), { committeeId: 'c1', memberId: 'm-standing', role: 'standing-vice-chair', previousRole: 'standing-member', decision: DECISION, effectiveOn: '2018-10-19' })).toBe(
      'Ông/Bà Trần Đức Thắng chuyển từ Ủy viên thường trực sang Phó Trưởng ban thường trực theo Quyết định số 4094/QĐ-UBND ngày 19/10/2018.',
    );
    expect(
      say(M('ResponsibilitiesAssigned'), {
        committeeId: 'c1',
        memberId: 'm-stc',
        responsibilities: [
          { area: 'kinh phí chi thường xuyên', text: 'Bố trí kinh phí' },
          { area: 'thẩm định dự toán', text: 'Thẩm định' },
        ],
        effectiveOn: '2022-05-18',
        decision: null,
      }),
    ).toBe('Ông/Bà Đỗ Thị Ngọc Ánh được phân công 2 nhiệm vụ (kinh phí chi thường xuyên; thẩm định dự toán), từ ngày 18/05/2022.');
    expect(say(M('MemberDismissed'), { committeeId: 'c1', memberId: 'm-chair', reason: 'not-carried-over', decision: DECISION, effectiveOn: '2018-10-19' })).toBe(
      'Ông/Bà Nguyễn Đình Xứng thôi làm thành viên Ban Chỉ đạo (không được giữ lại khi kiện toàn Ban Chỉ đạo) theo Quyết định số 4094/QĐ-UBND ngày 19/10/2018.',
    );
  });

  it('a long absence (Thanh Hóa 2014 Điều 2.4): notified, replacement proposed, ended', () => {
    expect(
      say(M('LongAbsenceNotified'), { committeeId: 'c1', memberId: 'm-stc', reason: 'study', from: '2019-09-01', expectedUntil: '2020-06-30', noticeReference: '125/STC-VP', notifiedOn: '2019-08-20' }),
    ).toBe('Cơ quan thông báo Ông/Bà Đỗ Thị Ngọc Ánh vắng mặt dài ngày (đi học tập trung) từ ngày 01/09/2019 đến ngày 30/06/2020 bằng văn bản 125/STC-VP ngày 20/08/2019; vị trí chờ người thay thế.');
    expect(say(M('ReplacementProposed'), { committeeId: 'c1', memberId: 'm-stc', personId: 'p-thang', proposedOn: '2019-08-25', proposalReference: '130/STC-VP' })).toBe(
      'Đề xuất Ông/Bà Trần Đức Thắng thay thế Ông/Bà Đỗ Thị Ngọc Ánh (văn bản 130/STC-VP ngày 25/08/2019).',
    );
    expect(say(M('LongAbsenceEnded'), { committeeId: 'c1', memberId: 'm-stc', endedOn: '2020-07-01' })).toBe(
      'Ông/Bà Đỗ Thị Ngọc Ánh trở lại làm việc từ ngày 01/07/2020; vị trí không còn chờ người thay thế.',
    );
  });

  it('people: registered, personal data changed (which fields, never values), erased, account linked', () => {
    expect(say(M('PersonRegistered'), { personId: 'p-anh' })).toBe('Ghi nhận Ông/Bà Đỗ Thị Ngọc Ánh vào danh sách nhân sự.');
    expect(say(M('PersonalDataChanged'), { personId: 'p-anh', fields: ['fullName', 'phone'] })).toBe('Cập nhật họ tên, số điện thoại của Ông/Bà Đỗ Thị Ngọc Ánh.');
    expect(say(M('PersonErased'), { personId: 'p-erased', requestReference: 'YC-2025-017', erasedOn: '2025-02-01' })).toBe(
      'Xóa dữ liệu cá nhân của (người đã bị xóa dữ liệu cá nhân) theo yêu cầu YC-2025-017 ngày 01/02/2025.',
    );
    expect(say(M('PersonAccountLinked'), { personId: 'p-xung', userId: 'u-1' })).toBe('Liên kết Ông/Bà Nguyễn Đình Xứng với tài khoản đăng nhập u-1.');
    expect(say(M('PersonAccountLinked'), { personId: 'p-xung', userId: null })).toBe('Hủy liên kết tài khoản đăng nhập của Ông/Bà Nguyễn Đình Xứng.');
  });

  it('the working group', () => {
    expect(say(M('WorkingGroupFormed'), { committeeId: 'c1', name: 'Tổ giúp việc Ban Chỉ đạo', decision: DECISION, formedOn: '2018-10-19' })).toBe(
      'Thành lập tổ giúp việc "Tổ giúp việc Ban Chỉ đạo" theo Quyết định số 4094/QĐ-UBND ngày 19/10/2018.',
    );
    expect(say(M('WorkingGroupLeaderSet'), { committeeId: 'c1', personId: 'p-thang', decision: DECISION, effectiveOn: '2018-10-19' })).toBe(
      'Ông/Bà Trần Đức Thắng được giao làm Tổ trưởng tổ giúp việc theo Quyết định số 4094/QĐ-UBND ngày 19/10/2018.',
    );
    expect(say(M('SubGroupFormed'), { committeeId: 'c1', subGroupId: 's1', name: 'Nhóm hạ tầng', formedOn: '2018-11-01' })).toBe('Thành lập nhóm công tác "Nhóm hạ tầng" thuộc tổ giúp việc từ ngày 01/11/2018.');
    expect(
      say(M('WorkingGroupMemberAdded'), { committeeId: 'c1', personId: 'p-anh', agencyId: 'a-stc', subGroupId: null, joinedOn: '2018-11-01', nomination: { number: '88/QĐ-STC', date: '2018-10-30' } }),
    ).toBe('Ông/Bà Đỗ Thị Ngọc Ánh (Sở Tài chính) tham gia tổ giúp việc từ ngày 01/11/2018, được cử theo Quyết định số 88/QĐ-STC ngày 30/10/2018.');
    expect(say(M('WorkingGroupMemberRemoved'), { committeeId: 'c1', personId: 'p-anh', leftOn: '2019-01-01', reason: 'Chuyển công tác' })).toBe(
      'Ông/Bà Đỗ Thị Ngọc Ánh thôi tham gia tổ giúp việc từ ngày 01/01/2019; lý do: Chuyển công tác.',
    );
  });
});
