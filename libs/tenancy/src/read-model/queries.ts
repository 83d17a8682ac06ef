// Reads of the identity read model. Every query runs through readInScope: as `bcd_reader`, under
// the row-level security settings of the caller's scope; and every query also filters by tenant
// itself (the application check), so either wall alone keeps tenants apart.
import { isUuid } from '@bcd/kernel';
import {
  isPlatformRole,
  isTenantRole,
  PLATFORM_SCOPE,
  readInScope,
  type DirectoryTenant,
  type DirectoryUser,
  type PlatformRole,
  type ScopedSqlDatabase,
  type TenantRole,
  type TenantScope,
} from '@bcd/auth';

export interface TenantView {
  code: string;
  name: string;
  status: 'active' | 'merged';
  mergedInto?: string;
  mergeEffectiveAt?: string;
  /** Tenants merged into this one (directly): their history reads here. */
  mergedFrom: string[];
  createdAt: string;
}

export interface UserView {
  userId: string;
  username: string;
  displayName: string;
  disabled: boolean;
  platformRoles: PlatformRole[];
  tenantRoles: Record<string, TenantRole[]>;
  createdAt: string;
}

export interface MemberView {
  userId: string;
  username: string;
  displayName: string;
  disabled: boolean;
  roles: TenantRole[];
}

export interface AccessLogEntry {
  tenant: string;
  type: string;
  userId?: string;
  username?: string;
  role?: string;
  detail: Record<string, unknown>;
  actor?: { userId: string; role?: string };
  occurredAt: string;
  recordedAt: string;
  globalPosition: string;
}

interface TenantRow {
  tenant_id: string;
  name: string;
  status: 'active' | 'merged';
  merged_into: string | null;
  merge_effective_at: Date | string | null;
  created_at: Date | string;
}

const TENANT_COLUMNS = 'tenant_id, name, status, merged_into, merge_effective_at, created_at';

export class IdentityQueries {
  constructor(private readonly db: ScopedSqlDatabase) {}

  /** Tenants in the scope (platform: all). */
  async listTenants(scope: TenantScope): Promise<TenantView[]> {
    return readInScope(this.db, scope, async (tx) => {
      const rows = await tx.query<TenantRow>(
        `SELECT ${TENANT_COLUMNS} FROM tenancy_tenants WHERE $1::boolean OR tenant_id = ANY($2::text[]) ORDER BY tenant_id`,
        scopeParams(scope),
      );
      return rows.map((row) => tenantView(row, rows));
    });
  }

  async getTenant(scope: TenantScope, code: string): Promise<TenantView | undefined> {
    return readInScope(this.db, scope, async (tx) => {
      const rows = await tx.query<TenantRow>(
        `SELECT ${TENANT_COLUMNS} FROM tenancy_tenants WHERE (tenant_id = $3 OR merged_into = $3) AND ($1::boolean OR tenant_id = ANY($2::text[]))`,
        [...scopeParams(scope), code],
      );
      const row = rows.find((r) => r.tenant_id === code);
      return row && tenantView(row, rows);
    });
  }

  /** Users are platform-level rows: platform scope only. */
  async listUsers(scope: TenantScope): Promise<UserView[]> {
    if (!scope.platform) return [];
    return readInScope(this.db, scope, async (tx) => (await tx.query<UserRow>(`${USER_SELECT} ORDER BY u.username`)).map(userView));
  }

  async getUser(scope: TenantScope, userId: string): Promise<UserView | undefined> {
    if (!scope.platform || !isUuid(userId)) return undefined;
    return readInScope(this.db, scope, async (tx) => {
      const [row] = await tx.query<UserRow>(`${USER_SELECT} WHERE u.user_id = $1`, [userId]);
      return row && userView(row);
    });
  }

  async listMembers(scope: TenantScope, tenant: string): Promise<MemberView[]> {
    return readInScope(this.db, scope, async (tx) => {
      const rows = await tx.query<{ user_id: string; username: string; display_name: string; disabled: boolean; roles: string[] }>(
        `SELECT user_id::text AS user_id, username, display_name, disabled, roles FROM tenancy_members WHERE tenant_id = $1 ORDER BY username`,
        [tenant],
      );
      return rows.map((r) => ({
        userId: r.user_id,
        username: r.username,
        displayName: r.display_name,
        disabled: r.disabled,
        roles: r.roles.filter(isTenantRole),
      }));
    });
  }

  /** The access log of these tenants (a tenant and those merged into it), oldest first. */
  async accessLog(scope: TenantScope, tenants: readonly string[], limit = 1000): Promise<AccessLogEntry[]> {
    return readInScope(this.db, scope, async (tx) => {
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
         FROM tenancy_access_log WHERE tenant_id = ANY($1::text[]) ORDER BY global_position, tenant_id LIMIT $2`,
        [tenants, limit],
      );
      return rows.map((r) => ({
        tenant: r.tenant_id,
        type: r.type,
        ...(r.user_id === null ? {} : { userId: r.user_id }),
        ...(r.username === null ? {} : { username: r.username }),
        ...(r.role === null ? {} : { role: r.role }),
        detail: r.detail,
        ...(r.actor === null ? {} : { actor: r.actor }),
        occurredAt: iso(r.occurred_at),
        recordedAt: iso(r.recorded_at),
        globalPosition: r.global_position,
      }));
    });
  }

  // ---- for the AccessDirectory (the guard): system reads with platform access ----

  async directoryUser(userId: string): Promise<DirectoryUser | undefined> {
    const user = await this.getUser(PLATFORM_SCOPE, userId);
    if (!user) return undefined;
    return { userId: user.userId, username: user.username, disabled: user.disabled, platformRoles: user.platformRoles, tenantRoles: user.tenantRoles };
  }

  async directoryTenant(code: string): Promise<DirectoryTenant | undefined> {
    const rows = await readInScope(this.db, PLATFORM_SCOPE, (tx) =>
      tx.query<{ tenant_id: string; status: 'active' | 'merged'; merged_into: string | null }>(
        `SELECT tenant_id, status, merged_into FROM tenancy_tenants`,
      ),
    );
    return resolveTenant(rows, code);
  }
}

interface UserRow {
  user_id: string;
  username: string;
  display_name: string;
  disabled: boolean;
  platform_roles: string[];
  tenant_roles: Record<string, string[]> | string | null;
  created_at: Date | string;
}

// Tenant roles only in active tenants: a role in a merged tenant gives no access.
const USER_SELECT = `SELECT u.user_id::text AS user_id, u.username, u.display_name, u.disabled, u.platform_roles, u.created_at,
  (SELECT json_object_agg(m.tenant_id, m.roles ORDER BY m.tenant_id) FROM tenancy_members m
     JOIN tenancy_tenants t ON t.tenant_id = m.tenant_id AND t.status = 'active' WHERE m.user_id = u.user_id) AS tenant_roles
  FROM tenancy_users u`;

function userView(row: UserRow): UserView {
  const raw = typeof row.tenant_roles === 'string' ? (JSON.parse(row.tenant_roles) as Record<string, string[]>) : (row.tenant_roles ?? {});
  const tenantRoles: Record<string, TenantRole[]> = {};
  for (const [tenant, roles] of Object.entries(raw)) tenantRoles[tenant] = roles.filter(isTenantRole);
  return {
    userId: row.user_id,
    username: row.username,
    displayName: row.display_name,
    disabled: row.disabled,
    platformRoles: row.platform_roles.filter(isPlatformRole),
    tenantRoles,
    createdAt: iso(row.created_at),
  };
}

function tenantView(row: TenantRow, visible: readonly TenantRow[]): TenantView {
  return {
    code: row.tenant_id,
    name: row.name,
    status: row.status,
    ...(row.merged_into === null ? {} : { mergedInto: row.merged_into }),
    ...(row.merge_effective_at === null ? {} : { mergeEffectiveAt: iso(row.merge_effective_at) }),
    mergedFrom: visible.filter((r) => r.merged_into === row.tenant_id).map((r) => r.tenant_id),
    createdAt: iso(row.created_at),
  };
}

/** `[platform?, tenantIds]` for `WHERE $1::boolean OR tenant_id = ANY($2::text[])`. */
function scopeParams(scope: TenantScope): [boolean, string[]] {
  return scope.platform ? [true, []] : [false, scope.tenantIds];
}

function iso(value: Date | string): string {
  return new Date(value).toISOString();
}

const MAX_MERGE_DEPTH = 32;

/** Resolves a code among all tenants: its successor (following merges of merges) and everything merged into it. */
export function resolveTenant(
  rows: readonly { tenant_id: string; status: 'active' | 'merged'; merged_into: string | null }[],
  code: string,
): DirectoryTenant | undefined {
  const byId = new Map(rows.map((r) => [r.tenant_id, r]));
  const row = byId.get(code);
  if (!row) return undefined;
  const predecessors: string[] = [];
  const queue = [code];
  for (let current = queue.shift(); current !== undefined && predecessors.length < rows.length; current = queue.shift()) {
    for (const r of rows) {
      if (r.merged_into === current && !predecessors.includes(r.tenant_id) && r.tenant_id !== code) {
        predecessors.push(r.tenant_id);
        queue.push(r.tenant_id);
      }
    }
  }
  if (row.status === 'active') return { tenantId: code, status: 'active', predecessors };
  let successor = row.merged_into ?? undefined;
  for (let depth = 0; successor !== undefined && depth < MAX_MERGE_DEPTH; depth++) {
    const next = byId.get(successor);
    if (!next || next.status === 'active') break;
    successor = next.merged_into ?? undefined;
  }
  return { tenantId: code, status: 'merged', ...(successor === undefined ? {} : { successor }), predecessors };
}
