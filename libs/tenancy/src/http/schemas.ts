// Request bodies (zod: one source for validation and, later, libs/contracts) and the one place their
// errors become ValidationFailed (400 problem with field paths). Messages never echo values.
import { z } from 'zod';
import { isUuid, NotFound, ValidationFailed } from '@bcd/kernel';
import { PLATFORM_ROLES, TENANT_ROLES, type PlatformRole, type TenantRole } from '@bcd/auth';

export function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  throw new ValidationFailed(result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })));
}

export const LoginBody = z.object({ username: z.string().max(256), password: z.string().max(1024) });
export const CreateTenantBody = z.object({ code: z.string(), name: z.string() });
export const RenameTenantBody = z.object({ name: z.string() });

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
export const MergeTenantBody = z.object({
  into: z.string(),
  /** `YYYY-MM-DD` (the start of that day in Asia/Ho_Chi_Minh) or an ISO date-time with offset. */
  effectiveDate: z
    .string()
    .transform((value) => new Date(DATE_ONLY.test(value) ? `${value}T00:00:00+07:00` : value))
    .refine((date) => !Number.isNaN(date.getTime()), { error: 'must be a date (YYYY-MM-DD) or an ISO date-time' }),
});

export const CreateUserBody = z.object({
  username: z.string(),
  displayName: z.string(),
  password: z.string(),
  platformRoles: z.array(z.enum(PLATFORM_ROLES)).default([]),
});

export const CreateMemberBody = z.object({
  username: z.string(),
  displayName: z.string(),
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

/** A user id from the path: anything but a UUID names no user. */
export function userIdParam(value: string): string {
  if (!isUuid(value)) throw new NotFound('User', value);
  return value.toLowerCase();
}
