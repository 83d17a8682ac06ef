// Tenants as answers: those the caller may see (every one for platform roles), and one tenant with the
// tenants merged into it.
import { Query } from '@nestjs/cqrs';
import { z } from 'zod';
import { NotFound } from '@bcd/kernel';
import { requestScope, type TenantScope } from '@bcd/auth';
import { readModelQueryHandler, View } from '@bcd/service-host';

export const TenantViewSchema = z.strictObject({
  code: z.string().meta({ example: 'thanh-hoa' }),
  name: z.string().meta({ example: 'Tỉnh Thanh Hóa' }),
  status: z.enum(['active', 'merged']),
  mergedInto: z.string().optional(),
  mergeEffectiveAt: View.instant.optional(),
  /** Tenants merged into this one (directly): their history reads here. */
  mergedFrom: z.array(z.string()),
  createdAt: View.instant,
});
export type TenantView = z.infer<typeof TenantViewSchema>;

interface TenantRow {
  tenant_id: string;
  name: string;
  status: 'active' | 'merged';
  merged_into: string | null;
  merge_effective_at: Date | string | null;
  created_at: Date | string;
  version: number;
}

const TENANT_COLUMNS = 'tenant_id, name, status, merged_into, merge_effective_at, created_at, version';

function tenantView(row: TenantRow, visible: readonly TenantRow[]): TenantView {
  return {
    code: row.tenant_id,
    name: row.name,
    status: row.status,
    ...(row.merged_into === null ? {} : { mergedInto: row.merged_into }),
    ...(row.merge_effective_at === null ? {} : { mergeEffectiveAt: new Date(row.merge_effective_at).toISOString() }),
    mergedFrom: visible.filter((r) => r.merged_into === row.tenant_id).map((r) => r.tenant_id),
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/** `[platform?, tenantIds]` for `WHERE $1::boolean OR tenant_id = ANY($2::text[])`: the application's own check beside RLS. */
export function scopeParams(scope: TenantScope): [boolean, string[]] {
  return scope.platform ? [true, []] : [false, scope.tenantIds];
}

export class ListTenantsQuery extends Query<TenantView[]> {}

export const ListTenantsHandler = readModelQueryHandler(ListTenantsQuery, async (tx) => {
  const rows = await tx.query<TenantRow>(
    `SELECT ${TENANT_COLUMNS} FROM tenancy_tenants WHERE $1::boolean OR tenant_id = ANY($2::text[]) ORDER BY tenant_id`,
    scopeParams(requestScope()),
  );
  return rows.map((row) => tenantView(row, rows));
});

/** A tenant with those merged into it, and its version (the ETag rename and merge name with If-Match). */
export class GetTenantQuery extends Query<{ tenant: TenantView; version: number }> {
  constructor(readonly code: string) {
    super();
  }
}

export const GetTenantHandler = readModelQueryHandler(GetTenantQuery, async (tx, { code }) => {
  const rows = await tx.query<TenantRow>(
    `SELECT ${TENANT_COLUMNS} FROM tenancy_tenants WHERE (tenant_id = $3 OR merged_into = $3) AND ($1::boolean OR tenant_id = ANY($2::text[]))`,
    [...scopeParams(requestScope()), code],
  );
  const row = rows.find((r) => r.tenant_id === code);
  if (!row) throw new NotFound('Tenant', code);
  return { tenant: tenantView(row, rows), version: Number(row.version) };
});

export const tenantQueryHandlers = [ListTenantsHandler, GetTenantHandler];
