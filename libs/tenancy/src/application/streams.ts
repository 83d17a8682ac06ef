import { namespacedCodec, type EventCodec } from '@bcd/kernel';
import { PLATFORM_TENANT } from '@bcd/auth';
import type { LoginEvent } from '../domain/login.js';
import type { TenantEvent } from '../domain/tenant.js';
import type { UserEvent } from '../domain/user.js';
import type { UsernameEvent } from '../domain/username.js';

/** Every stream of this context belongs to the platform pseudo-tenant. */
export const IDENTITY_TENANT = PLATFORM_TENANT;

export const streamIds = {
  tenant: (code: string) => `tenancy-tenant-${code}`,
  user: (userId: string) => `tenancy-user-${userId}`,
  username: (username: string) => `tenancy-username-${username}`,
  /** Login attempts of one username; attempts with an impossible username share `auth-login-_invalid`. */
  login: (username: string) => `auth-login-${username}`,
};

export const tenantCodec = namespacedCodec<TenantEvent>('tenancy');
export const userCodec = namespacedCodec<UserEvent>('tenancy');
export const usernameCodec = namespacedCodec<UsernameEvent>('tenancy');
export const loginCodec: EventCodec<LoginEvent> = namespacedCodec<LoginEvent>('auth');
