// The access log of the request's tenant and of the tenants merged into it (who granted which role to
// whom, and when; the tenant's own changes), oldest first.
import { Query } from '@nestjs/cqrs';
import { z } from 'zod';
import { requestScope } from '@bcd/auth';
import { readModelQueryHandler, View } from '@bcd/service-host';

export const AccessLogEntrySchema = z.strictObject({
  tenant: z.string(),
  type: z.string().meta({ example: 'tenancy.RoleGranted' }),
  userId: View.id.optional(),
  username: z.string().optional(),
  role: z.string().optional(),
  detail: z.record(z.string(), z.unknown()),
  actor: View.actor.optional(),
  occurredAt: View.instant,
  recordedAt: View.instant,
  globalPosition: z.string(),
});
export type AccessLogEntry = z.infer<typeof AccessLogEntrySchema>;

/** At most this many entries per answer. */
const LIMIT = 1000;

export class AccessLogQuery extends Query<AccessLogEntry[]> {}

export const AccessLogHandler = readModelQueryHandler(AccessLogQuery, async (tx) => {
  const scope = requestScope();
  const rows = await tx.query<{
    tenant_id: string;
    type: string;
    user_id: string | null;
    username: string | null;
    role: string | null;
    detail: Record<string, unknown>;
    actor: { userId: string; role?: string } | null;
    occurred_at: Date | string;
    recorded_at: Date | string;
    global_position: string;
  }>(
    `SELECT tenant_id, type, user_id::text AS user_id, username, role, detail, actor, occurred_at, recorded_at,
            global_position::text AS global_position
     FROM tenancy_access_log WHERE tenant_id = ANY($1::text[]) ORDER BY tenancy_access_log.global_position, tenancy_access_log.tenant_id LIMIT $2`,
    [scope.platform ? [] : scope.tenantIds, LIMIT],
  );
  return rows.map((r) => ({
    tenant: r.tenant_id,
    type: r.type,
    ...(r.user_id === null ? {} : { userId: r.user_id }),
    ...(r.username === null ? {} : { username: r.username }),
    ...(r.role === null ? {} : { role: r.role }),
    detail: r.detail,
    ...(r.actor === null ? {} : { actor: r.actor }),
    occurredAt: new Date(r.occurred_at).toISOString(),
    recordedAt: new Date(r.recorded_at).toISOString(),
    globalPosition: r.global_position,
  }));
});
