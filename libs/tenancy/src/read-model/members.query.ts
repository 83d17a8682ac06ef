// Who holds which roles in a tenant.
import { Query } from '@nestjs/cqrs';
import { z } from 'zod';
import { isTenantRole, TENANT_ROLES } from '@bcd/auth';
import { readModelQueryHandler, View } from '@bcd/service-host';

export const MemberViewSchema = z.strictObject({
  userId: View.id,
  username: z.string(),
  displayName: z.string(),
  disabled: z.boolean(),
  roles: z.array(z.enum(TENANT_ROLES)),
});
export type MemberView = z.infer<typeof MemberViewSchema>;

export class ListMembersQuery extends Query<MemberView[]> {
  constructor(readonly tenant: string) {
    super();
  }
}

export const ListMembersHandler = readModelQueryHandler(ListMembersQuery, async (tx, { tenant }) => {
  const rows = await tx.query<{ user_id: string; username: string; display_name: string; disabled: boolean; roles: string[] }>(
    `SELECT user_id::text AS user_id, username, display_name, disabled, roles FROM tenancy_members WHERE tenant_id = $1 ORDER BY username`,
    [tenant],
  );
  return rows.map((r) => ({ userId: r.user_id, username: r.username, displayName: r.display_name, disabled: r.disabled, roles: r.roles.filter(isTenantRole) }));
});
