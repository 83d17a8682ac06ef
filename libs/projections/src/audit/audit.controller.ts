import { Controller, Param, Query as QueryParams } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { requestScope, RoleGroups } from '@bcd/auth';
import { parse, Read } from '@bcd/service-host';
import { SearchAuditQuery, StreamHistoryQuery } from './audit.query.js';
import { AuditPageSchema, AuditSearchQuerySchema, PlatformAuditSearchQuerySchema, StreamHistoryQuerySchema, type AuditPage } from './audit.schemas.js';

/**
 * Who reads the audit trail: the tenant's auditors and admins, and the platform roles — the readers of the access
 * log (RoleGroups.accessReaders). Not the secretariat, finance staff, members or viewers: the trail shows who did
 * what across every context (actors by user id, people by name), an overseer's view; viewers have dashboards only.
 */
const AUDIT_READERS = RoleGroups.accessReaders;

const SEARCH_SUMMARY =
  'One entry per recorded event — tenant, actor and role, type, stream, business and recorded time, correlation and causation — with a Vietnamese sentence rendered with today\'s names (an erased person shows as erased). Filters combine (AND); pages are keyset by global position (`next` → `after`). Eventually consistent: an event appears shortly after it is recorded.';

/** The audit trail of a tenant (and of the tenants merged into it): every event of every context, searchable. */
@ApiTags('audit')
@Controller('api/tenants/:tenant/audit')
export class AuditController {
  constructor(private readonly queries: QueryBus) {}

  @Read('events', { operationId: 'searchAuditTrail', summary: SEARCH_SUMMARY, roles: AUDIT_READERS, query: AuditSearchQuerySchema, response: AuditPageSchema })
  search(@Param('tenant') _tenant: string, @QueryParams() query: unknown): Promise<AuditPage> {
    const search = parse(AuditSearchQuerySchema, query);
    return this.queries.execute(new SearchAuditQuery({ ...search, tenants: requestTenants() }));
  }

  @Read('streams/:streamId', {
    operationId: 'getStreamHistory',
    summary: 'A stream\'s history (e.g. `membership-committee-<tenant>-<id>`), oldest first, as the audit trail holds it; 404 when it holds none of it.',
    roles: AUDIT_READERS,
    query: StreamHistoryQuerySchema,
    response: AuditPageSchema,
  })
  stream(@Param('tenant') _tenant: string, @Param('streamId') streamId: string, @QueryParams() query: unknown): Promise<AuditPage> {
    const { limit, after } = parse(StreamHistoryQuerySchema, query);
    return this.queries.execute(new StreamHistoryQuery({ tenants: requestTenants(), streamId, limit, after }));
  }
}

/** The audit trail across tenants, platform-level events included (tenant `platform`): platform roles only. */
@ApiTags('audit')
@Controller('api/audit')
export class PlatformAuditController {
  constructor(private readonly queries: QueryBus) {}

  @Read('events', {
    operationId: 'searchPlatformAuditTrail',
    summary: `${SEARCH_SUMMARY} Every tenant, or one (\`tenant=platform\`: tenants, users, roles, logins).`,
    roles: RoleGroups.platformReaders,
    query: PlatformAuditSearchQuerySchema,
    response: AuditPageSchema,
  })
  search(@QueryParams() query: unknown): Promise<AuditPage> {
    const { tenant, ...search } = parse(PlatformAuditSearchQuerySchema, query);
    return this.queries.execute(new SearchAuditQuery({ ...search, tenants: tenant === undefined ? null : [tenant] }));
  }
}

/** A tenant route's tenants: the tenant and those merged into it (the guard's scope). */
function requestTenants(): readonly string[] {
  const scope = requestScope();
  if (scope.platform) throw new Error('A tenant route runs under a tenant scope');
  return scope.tenantIds;
}
