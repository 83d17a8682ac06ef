// The rulebook's events (a tenant's regulations) and identity's (tenants, users, roles; stored under the platform
// pseudo-tenant) in Vietnamese, as their contracts in @bcd/contracts validate them. A user's username and display
// name stay out of the trail: users appear by id.
import {
  PasswordResetDataSchema,
  RoleGrantedDataSchema,
  RoleRevokedDataSchema,
  TenantCreatedDataSchema,
  TenantMergedDataSchema,
  TenantRenamedDataSchema,
  UserCreatedDataSchema,
  UserDisabledDataSchema,
  UsernameReservedDataSchema,
  type RULEBOOK_EVENT_TYPES,
  type RoleGrantedData,
  type TenancyEventData,
} from '@bcd/contracts';
import { AdoptedPackRevisedDataSchema, RegulationAdoptedDataSchema, TenantDecisionConfiguredDataSchema } from '@bcd/contracts';
import type { z } from 'zod';
import { date, dateTime, quote, sentence, type Sentences } from './sentence.js';

/** The rulebook's events by type (without the namespace), as RULEBOOK_EVENT_TYPES lists them. */
export const RULEBOOK_EVENT_DATA = {
  RegulationAdopted: RegulationAdoptedDataSchema,
  TenantDecisionConfigured: TenantDecisionConfiguredDataSchema,
  AdoptedPackRevised: AdoptedPackRevisedDataSchema,
} as const satisfies Record<(typeof RULEBOOK_EVENT_TYPES)[keyof typeof RULEBOOK_EVENT_TYPES] extends `rulebook.${infer T}` ? T : never, z.ZodType>;

/** Identity's events by type (without the namespace), as TenancyEventData lists them. */
export const TENANCY_EVENT_DATA = {
  TenantCreated: TenantCreatedDataSchema,
  TenantRenamed: TenantRenamedDataSchema,
  TenantMerged: TenantMergedDataSchema,
  UsernameReserved: UsernameReservedDataSchema,
  UserCreated: UserCreatedDataSchema,
  UserDisabled: UserDisabledDataSchema,
  PasswordReset: PasswordResetDataSchema,
  RoleGranted: RoleGrantedDataSchema,
  RoleRevoked: RoleRevokedDataSchema,
} as const satisfies { [Type in keyof TenancyEventData]: z.ZodType<TenancyEventData[Type]> };

const ROLES: Record<RoleGrantedData['role'], string> = {
  platform_admin: 'quản trị nền tảng',
  platform_auditor: 'kiểm toán nền tảng',
  tenant_admin: 'quản trị của tỉnh',
  secretariat: 'thư ký (cơ quan thường trực)',
  finance_department: 'Sở Tài chính',
  member: 'thành viên',
  auditor: 'kiểm toán viên',
  viewer: 'người xem',
};

const grant = (g: RoleGrantedData) => `vai trò ${ROLES[g.role]} ${g.tenant ? `tại tỉnh ${g.tenant}` : 'trên toàn nền tảng'}`;

export const rulebookSentences: Sentences<typeof RULEBOOK_EVENT_DATA> = {
  RegulationAdopted: (r) =>
    sentence`Áp dụng Quy chế ${quote(r.pack.title)}${r.decisionNumber ? ` ban hành kèm theo Quyết định số ${r.decisionNumber}` : ''}${r.signedOn ? ` ngày ${date(r.signedOn)}` : ''}, có hiệu lực từ ngày ${date(
      r.effectiveFrom,
    )}${r.supersedes ? `, thay thế ${r.supersedes}` : ''}.`,
  TenantDecisionConfigured: (t) => {
    const paths = Object.keys(t.settings);
    return sentence`Tỉnh quyết định ${paths.length} nội dung quy chế để ngỏ: ${paths.join(', ')}.`;
  },
  AdoptedPackRevised: (r) => sentence`Hiệu chỉnh bộ quy tắc của Quy chế ${quote(r.pack.title)}; lý do: ${r.reason}.`,
};

export const tenancySentences: Sentences<typeof TENANCY_EVENT_DATA> = {
  TenantCreated: (t) => sentence`Tạo tỉnh ${quote(t.name)} (mã ${t.code}).`,
  TenantRenamed: (t) => sentence`Tỉnh ${quote(t.previousName)} (mã ${t.code}) đổi tên thành ${quote(t.name)}.`,
  TenantMerged: (t) => sentence`Sáp nhập tỉnh mã ${t.code} vào tỉnh mã ${t.into} từ ${dateTime(t.effectiveAt)}.`,
  UsernameReserved: (u) => sentence`Giữ tên đăng nhập cho tài khoản ${u.userId}.`,
  UserCreated: (u) => sentence`Tạo tài khoản người dùng ${u.userId}.`,
  UserDisabled: (u) => sentence`Khóa tài khoản người dùng ${u.userId}.`,
  PasswordReset: (u) => sentence`Đặt lại mật khẩu của tài khoản ${u.userId}.`,
  RoleGranted: (g) => sentence`Cấp ${grant(g)} cho tài khoản ${g.userId}.`,
  RoleRevoked: (g) => sentence`Thu hồi ${grant(g)} của tài khoản ${g.userId}.`,
};
