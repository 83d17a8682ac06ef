// The demo users: one per role in each province and a platform auditor, with passwords generated at random
// (never derived from the seed, which is public: a demo reachable on the network must not have guessable
// passwords). They are printed once, in the table below, and never logged.
import { generatePassword } from '@bcd/auth';
import type { Caller } from './demo-api.js';

/** The roles a demo user holds in a province; `chair` and `member` are `member` grants linked to a person. */
export type ActingRole = 'tenant_admin' | 'secretariat' | 'finance_department' | 'chair' | 'member' | 'auditor' | 'viewer';

export interface DemoUser {
  /** The province's tenant code; null for a platform role. */
  tenant: string | null;
  username: string;
  password: string;
  userId: string;
  /** The role granted (`member` for the chair's account too). */
  role: string;
  acting: ActingRole | 'platform_auditor';
  vi: string;
  en: string;
}

const TENANT_USERS: Array<[suffix: string, acting: ActingRole, vi: string, en: string]> = [
  ['quantri', 'tenant_admin', 'Quản trị của tỉnh', 'tenant admin'],
  ['vanphong', 'secretariat', 'Cơ quan thường trực (Sở TTTT)', 'secretariat (standing agency)'],
  ['taichinh', 'finance_department', 'Sở Tài chính', 'finance department'],
  ['truongban', 'chair', 'Trưởng ban (tài khoản gắn với Trưởng ban)', 'the chair (a member account)'],
  ['thanhvien', 'member', 'Ủy viên (tài khoản gắn với một ủy viên)', 'a member'],
  ['kiemtoan', 'auditor', 'Kiểm tra, kiểm toán (chỉ đọc)', 'auditor (read-only)'],
  ['xem', 'viewer', 'Xem bảng điều khiển', 'viewer (dashboards)'],
];

/** The demo users who act while the history is written (the others only read). */
const ACTING: readonly ActingRole[] = ['tenant_admin', 'secretariat', 'finance_department', 'chair', 'member'];

export function actsInHistory(user: DemoUser): user is DemoUser & { acting: ActingRole } {
  return (ACTING as readonly string[]).includes(user.acting);
}

/** Creates the demo users of one province (as the platform admin). */
export async function createTenantUsers(admin: Caller, tenant: string, prefix: string): Promise<DemoUser[]> {
  const users: DemoUser[] = [];
  for (const [suffix, acting, vi, en] of TENANT_USERS) {
    const username = `${prefix}.${suffix}`;
    const password = generatePassword(16);
    const role = acting === 'chair' ? 'member' : acting;
    const { userId } = await admin.post<{ userId: string }>(`/api/tenants/${tenant}/members`, { username, displayName: `${vi} (${tenant})`, password, role });
    users.push({ tenant, username, password, userId, role, acting, vi, en });
  }
  return users;
}

export async function createPlatformAuditor(admin: Caller): Promise<DemoUser> {
  const username = 'kiemtoan';
  const password = generatePassword(16);
  const body = { username, displayName: 'Kiểm toán nền tảng', password, platformRoles: ['platform_auditor'] };
  const { userId } = await admin.post<{ userId: string }>('/api/users', body);
  return { tenant: null, username, password, userId, role: 'platform_auditor', acting: 'platform_auditor', vi: 'Kiểm toán toàn nền tảng (chỉ đọc)', en: 'platform auditor (read-only)' };
}

/** The table printed once at the end of the first start (Vietnamese and English). */
export function usersTable(users: readonly DemoUser[], url: string | undefined, admin: string): string {
  const rows = users.map((u) => [u.tenant ?? '(nền tảng / platform)', u.username, u.password, u.role, `${u.vi} / ${u.en}`]);
  const header = ['Tỉnh / tenant', 'Tên đăng nhập / username', 'Mật khẩu / password', 'Vai trò / role', 'Là ai / who'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [
    '',
    'Dữ liệu mẫu đã được tạo. Tài khoản mẫu (chỉ in một lần, hãy lưu lại):',
    'Demo history created. Demo users (printed this once only: keep them):',
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    `Quản trị nền tảng / platform admin: ${admin} (mật khẩu: ADMIN_PASSWORD hoặc dòng log khi khởi động lần đầu / password: ADMIN_PASSWORD or the first start's log line)`,
    ...(url ? [`Mở / open: ${url}`] : []),
    '',
  ].join('\n');
}
