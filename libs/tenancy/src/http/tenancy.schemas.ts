// Requests of the identity routes (zod: validation, OpenAPI and types from one source), and the
// summaries commands answer with. Messages never echo values.
import { z } from 'zod';
import { isTenantRole, PLATFORM_ROLES, TENANT_ROLES, type PlatformRole, type TenantRole } from '@bcd/auth';
import { localDate, parse, storableText, View } from '@bcd/service-host';
import type { ExistingUser } from '../domain/user/user.js';
import type { MemberView } from '../read-model/members.query.js';

export const LoginBody = z.object({ username: z.string().max(256).meta({ example: 'admin' }), password: z.string().max(1024) });
export const TokenSchema = z.strictObject({ accessToken: z.string(), tokenType: z.literal('Bearer'), expiresAt: View.instant });
export const MeSchema = z.strictObject({
  userId: z.string(),
  username: z.string(),
  source: z.enum(['password', 'oidc']),
  roles: z.array(z.strictObject({ role: z.enum([...PLATFORM_ROLES, ...TENANT_ROLES]), tenant: z.string().optional() })),
});

export const CreateTenantBody = z.object({ code: z.string().meta({ example: 'thanh-hoa' }), name: storableText().meta({ example: 'Tỉnh Thanh Hóa' }) });
export const RenameTenantBody = z.object({ name: storableText() });

export const MergeTenantBody = z.object({
  into: z.string(),
  /** `YYYY-MM-DD`: the merger takes effect at the start of that day in Asia/Ho_Chi_Minh. */
  effectiveDate: localDate.transform((date) => new Date(`${date}T00:00:00+07:00`)).meta({ example: '2025-07-01' }),
});

export const CreateUserBody = z.object({
  username: z.string().meta({ example: 'lan.nguyen' }),
  displayName: storableText().meta({ example: 'Nguyễn Thị Lan' }),
  password: z.string(),
  platformRoles: z.array(z.enum(PLATFORM_ROLES)).default([]),
});

export const CreateMemberBody = z.object({
  username: z.string().meta({ example: 'sotttt.th' }),
  displayName: storableText().meta({ example: 'Sở TTTT Thanh Hóa' }),
  password: z.string(),
  role: z.enum(TENANT_ROLES),
});

export const ResetPasswordBody = z.object({ password: z.string() });

export function tenantRoleParam(value: string): TenantRole {
  return parse(z.enum(TENANT_ROLES), value);
}

export function platformRoleParam(value: string): PlatformRole {
  return parse(z.enum(PLATFORM_ROLES), value);
}

export const UserSummarySchema = z.strictObject({
  userId: View.id,
  username: z.string(),
  displayName: z.string(),
  status: z.enum(['active', 'disabled']),
  roles: z.array(z.strictObject({ role: z.enum([...PLATFORM_ROLES, ...TENANT_ROLES]), tenant: z.string().optional() })),
});
export type UserSummary = z.infer<typeof UserSummarySchema>;

export function userSummary(user: ExistingUser): UserSummary {
  return { userId: user.userId, username: user.username, displayName: user.displayName, status: user.status, roles: user.roles };
}

/** The user as a member of one tenant. */
export function memberSummary(user: ExistingUser, tenant: string): MemberView {
  return {
    userId: user.userId,
    username: user.username,
    displayName: user.displayName,
    disabled: user.status === 'disabled',
    roles: user.roles.filter((grant) => grant.tenant === tenant).map((grant) => grant.role).filter(isTenantRole),
  };
}
