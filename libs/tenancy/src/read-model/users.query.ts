// Users as answers (platform-level rows: platform scope only): every user with their platform roles and
// roles per active tenant, and one user with the history of the account from its stream.
import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { z } from 'zod';
import { dictionary, isUuid, NotFound, type StreamStore } from '@bcd/kernel';
import { isPlatformRole, isTenantRole, PLATFORM_ROLES, PLATFORM_TENANT, requestScope, TENANT_ROLES, type ScopedSqlClient, type TenantRole } from '@bcd/auth';
import { EVENT_STORE, ReadModelDatabase, View } from '@bcd/service-host';
import { userStream } from '../domain/user/user.decider.js';

export const UserViewSchema = z.strictObject({
  userId: View.id,
  username: z.string().meta({ example: 'lan.nguyen' }),
  displayName: z.string(),
  disabled: z.boolean(),
  platformRoles: z.array(z.enum(PLATFORM_ROLES)),
  /** Tenant code → roles, in active tenants only. */
  tenantRoles: z.record(z.string(), z.array(z.enum(TENANT_ROLES))),
  createdAt: View.instant,
});
export type UserView = z.infer<typeof UserViewSchema>;

export const UserHistoryEntrySchema = z.strictObject({
  type: z.string().meta({ example: 'tenancy.RoleGranted' }),
  data: z.unknown(),
  actor: z.unknown().optional(),
  tenantId: z.unknown().optional(),
  occurredAt: View.instant,
  recordedAt: View.instant,
});
export const UserWithHistorySchema = UserViewSchema.extend({ history: z.array(UserHistoryEntrySchema) });
export type UserWithHistory = z.infer<typeof UserWithHistorySchema>;

interface UserRow {
  user_id: string;
  username: string;
  display_name: string;
  disabled: boolean;
  platform_roles: string[];
  tenant_roles: Record<string, string[]> | string | null;
  created_at: Date | string;
  version: number;
}

// Tenant roles only in active tenants: a role in a merged tenant gives no access.
const USER_SELECT = `SELECT u.user_id::text AS user_id, u.username, u.display_name, u.disabled, u.platform_roles, u.created_at, u.version,
  (SELECT json_object_agg(m.tenant_id, m.roles ORDER BY m.tenant_id) FROM tenancy_members m
     JOIN tenancy_tenants t ON t.tenant_id = m.tenant_id AND t.status = 'active' WHERE m.user_id = u.user_id) AS tenant_roles
  FROM tenancy_users u`;

/** Every user, or the one with `userId` (none when it is no UUID), with its version. */
export async function userViews(tx: ScopedSqlClient, userId?: string): Promise<(UserView & { version: number })[]> {
  if (userId !== undefined && !isUuid(userId)) return [];
  const rows =
    userId === undefined
      ? await tx.query<UserRow>(`${USER_SELECT} ORDER BY u.username`)
      : await tx.query<UserRow>(`${USER_SELECT} WHERE u.user_id = $1`, [userId]);
  return rows.map(userView);
}

function userView(row: UserRow): UserView & { version: number } {
  const raw = typeof row.tenant_roles === 'string' ? (JSON.parse(row.tenant_roles) as Record<string, string[]>) : (row.tenant_roles ?? {});
  const tenantRoles = dictionary<TenantRole[]>();
  for (const [tenant, roles] of Object.entries(raw)) tenantRoles[tenant] = roles.filter(isTenantRole);
  return {
    userId: row.user_id,
    username: row.username,
    displayName: row.display_name,
    disabled: row.disabled,
    platformRoles: row.platform_roles.filter(isPlatformRole),
    tenantRoles,
    createdAt: new Date(row.created_at).toISOString(),
    version: Number(row.version),
  };
}

export class ListUsersQuery extends Query<UserView[]> {}

@QueryHandler(ListUsersQuery)
export class ListUsersHandler implements IQueryHandler<ListUsersQuery> {
  constructor(private readonly db: ReadModelDatabase) {}
  async execute(): Promise<UserView[]> {
    if (!requestScope().platform) return [];
    return (await this.db.read((tx) => userViews(tx))).map(({ version: _version, ...user }) => user);
  }
}

/** A user, the history of the account (who granted what, and when), and its version (the ETag). */
export class GetUserQuery extends Query<{ user: UserWithHistory; version: number }> {
  constructor(readonly userId: string) {
    super();
  }
}

@QueryHandler(GetUserQuery)
export class GetUserHandler implements IQueryHandler<GetUserQuery> {
  constructor(
    private readonly db: ReadModelDatabase,
    @Inject(EVENT_STORE) private readonly store: StreamStore,
  ) {}

  async execute({ userId }: GetUserQuery) {
    const [found] = requestScope().platform ? await this.db.read((tx) => userViews(tx, userId)) : [];
    if (!found) throw new NotFound('User', userId);
    const { version, ...user } = found;
    // Who granted what to whom, and when: straight from the user's stream.
    const events = await this.store.readStream(PLATFORM_TENANT, userStream(userId));
    const history = events.map((e) => ({
      type: e.type,
      data: e.data,
      actor: e.metadata.actor,
      tenantId: e.metadata.tenantId,
      occurredAt: e.occurredAt.toISOString(),
      recordedAt: e.recordedAt.toISOString(),
    }));
    return { user: { ...user, history }, version };
  }
}

export const userQueryHandlers = [ListUsersHandler, GetUserHandler];
