import { currentRequestContext, PLATFORM_TENANT } from '@bcd/auth';
import type { EventMetadata } from '@bcd/kernel';

/** Who acts, for rules that need it (no self-lockout). Outside a request: the system. */
export function actingUserId(): string {
  return currentRequestContext()?.actor?.userId ?? SYSTEM_ACTOR.userId;
}

/** The actor of what the platform does by itself (bootstrap). */
export const SYSTEM_ACTOR = { userId: 'system', role: 'bootstrap' } as const;

/** Metadata for events appended outside a request (the host's store adds the request's own inside one). */
export function systemMetadata(): EventMetadata {
  return { actor: { ...SYSTEM_ACTOR }, tenantId: PLATFORM_TENANT };
}
