// The data of the identity context's events (libs/tenancy), as other contexts and services read them
// from the shared store: tenants, users and their roles, stored as `tenancy.<Type>` under the
// platform pseudo-tenant. libs/tenancy declares its event types from these schemas.
import { z } from 'zod';

const ROLES = ['platform_admin', 'platform_auditor', 'tenant_admin', 'secretariat', 'finance_department', 'member', 'auditor', 'viewer'] as const;
const tenantCode = z.string().min(1);

export const TENANCY_EVENT_TYPES = {
  tenantCreated: 'tenancy.TenantCreated',
  tenantRenamed: 'tenancy.TenantRenamed',
  tenantMerged: 'tenancy.TenantMerged',
  usernameReserved: 'tenancy.UsernameReserved',
  userCreated: 'tenancy.UserCreated',
  userDisabled: 'tenancy.UserDisabled',
  passwordReset: 'tenancy.PasswordReset',
  roleGranted: 'tenancy.RoleGranted',
  roleRevoked: 'tenancy.RoleRevoked',
} as const;

export const TenantCreatedDataSchema = z.object({ code: tenantCode, name: z.string() });
export const TenantRenamedDataSchema = z.object({ code: tenantCode, name: z.string(), previousName: z.string() });
/** `effectiveAt` (ISO instant) is also the event's business time. */
export const TenantMergedDataSchema = z.object({ code: tenantCode, into: tenantCode, effectiveAt: z.string() });
export const UsernameReservedDataSchema = z.object({ username: z.string(), userId: z.string() });
export const UserCreatedDataSchema = z.object({ userId: z.string(), username: z.string(), displayName: z.string() });
export const UserDisabledDataSchema = z.object({ userId: z.string() });
/** The password was replaced; the hash itself is never in an event. */
export const PasswordResetDataSchema = z.object({ userId: z.string() });
/** `tenant` absent: a platform role. */
export const RoleGrantedDataSchema = z.object({ userId: z.string(), role: z.enum(ROLES), tenant: tenantCode.optional() });
export const RoleRevokedDataSchema = RoleGrantedDataSchema;

export type TenantCreatedData = z.infer<typeof TenantCreatedDataSchema>;
export type TenantRenamedData = z.infer<typeof TenantRenamedDataSchema>;
export type TenantMergedData = z.infer<typeof TenantMergedDataSchema>;
export type UsernameReservedData = z.infer<typeof UsernameReservedDataSchema>;
export type UserCreatedData = z.infer<typeof UserCreatedDataSchema>;
export type UserDisabledData = z.infer<typeof UserDisabledDataSchema>;
export type PasswordResetData = z.infer<typeof PasswordResetDataSchema>;
export type RoleGrantedData = z.infer<typeof RoleGrantedDataSchema>;
export type RoleRevokedData = z.infer<typeof RoleRevokedDataSchema>;

/** Every identity event's data by its type (without the `tenancy.` namespace). */
export interface TenancyEventData {
  TenantCreated: TenantCreatedData;
  TenantRenamed: TenantRenamedData;
  /** `effectiveAt` (ISO) is also the event's business time. */
  TenantMerged: TenantMergedData;
  UsernameReserved: UsernameReservedData;
  UserCreated: UserCreatedData;
  UserDisabled: UserDisabledData;
  /** The password was replaced (by an administrator); the hash itself is never in an event. */
  PasswordReset: PasswordResetData;
  /** `tenant` absent: a platform role. */
  RoleGranted: RoleGrantedData;
  RoleRevoked: RoleRevokedData;
}
