import { builtInPack } from '@bcd/regulation';
import { say } from './testing.js';

describe('rulebook events in Vietnamese', () => {
  const pack = builtInPack('thanh-hoa-2018');

  it('a regulation adopted, superseding the earlier one; tenant decisions; a revised pack', () => {
    expect(
      say('rulebook.RegulationAdopted', {
        adoptionId: 'ad1',
        source: { kind: 'built-in', packId: 'thanh-hoa-2018' },
        pack,
        decisionNumber: '4095/QĐ-BCĐ',
        signedOn: '2018-10-19',
        effectiveFrom: '2018-10-19',
        supersedes: '3461/QĐ-BCĐ',
      }),
    ).toBe(`Áp dụng Quy chế "${pack.title}" ban hành kèm theo Quyết định số 4095/QĐ-BCĐ ngày 19/10/2018, có hiệu lực từ ngày 19/10/2018, thay thế 3461/QĐ-BCĐ.`);
    expect(say('rulebook.TenantDecisionConfigured', { adoptionId: 'ad1', settings: { 'reporting.memberReports.due': {}, 'meetings.signer': {} } })).toBe(
      'Tỉnh quyết định 2 nội dung quy chế để ngỏ: reporting.memberReports.due, meetings.signer.',
    );
    expect(say('rulebook.AdoptedPackRevised', { adoptionId: 'ad1', pack, reason: 'Sửa lỗi mã hóa Điều 8' })).toBe(`Hiệu chỉnh bộ quy tắc của Quy chế "${pack.title}"; lý do: Sửa lỗi mã hóa Điều 8.`);
  });
});

describe('identity events in Vietnamese: users by id, never their username or display name', () => {
  it('tenants', () => {
    expect(say('tenancy.TenantCreated', { code: 'thanh-hoa', name: 'Tỉnh Thanh Hóa' })).toBe('Tạo tỉnh "Tỉnh Thanh Hóa" (mã thanh-hoa).');
    expect(say('tenancy.TenantRenamed', { code: 'thanh-hoa', name: 'Tỉnh Thanh Hoá', previousName: 'Tỉnh Thanh Hóa' })).toBe('Tỉnh "Tỉnh Thanh Hóa" (mã thanh-hoa) đổi tên thành "Tỉnh Thanh Hoá".');
    expect(say('tenancy.TenantMerged', { code: 'vinh-phuc', into: 'phu-tho', effectiveAt: '2025-07-01T00:00:00+07:00' })).toBe('Sáp nhập tỉnh mã vinh-phuc vào tỉnh mã phu-tho từ 00:00 ngày 01/07/2025.');
  });

  it('users and roles', () => {
    const created = say('tenancy.UserCreated', { userId: 'u-1', username: 'nguyen.van.a', displayName: 'Nguyễn Văn A' });
    expect(created).toBe('Tạo tài khoản người dùng u-1.');
    expect(say('tenancy.UsernameReserved', { username: 'nguyen.van.a', userId: 'u-1' })).toBe('Giữ tên đăng nhập cho tài khoản u-1.');
    expect(say('tenancy.UserDisabled', { userId: 'u-1' })).toBe('Khóa tài khoản người dùng u-1.');
    expect(say('tenancy.PasswordReset', { userId: 'u-1' })).toBe('Đặt lại mật khẩu của tài khoản u-1.');
    expect(say('tenancy.RoleGranted', { userId: 'u-1', role: 'auditor', tenant: 'thanh-hoa' })).toBe('Cấp vai trò kiểm toán viên tại tỉnh thanh-hoa cho tài khoản u-1.');
    expect(say('tenancy.RoleRevoked', { userId: 'u-1', role: 'platform_auditor' })).toBe('Thu hồi vai trò kiểm toán nền tảng trên toàn nền tảng của tài khoản u-1.');
  });
});
