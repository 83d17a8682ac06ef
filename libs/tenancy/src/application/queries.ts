// Queries: the read model under the request's scope (row-level security), and the user stream for history.
import { Inject, Injectable } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFound, type StreamStore } from '@bcd/kernel';
import { requestScope, type AccessDirectory, type DirectoryTenant, type DirectoryUser } from '@bcd/auth';
import { IdentityQueries, type AccessLogEntry, type MemberView, type TenantView, type UserView } from '../read-model/queries.js';
import { IdentityProjection } from './identity-projection.js';
import { IDENTITY_TENANT, streamIds } from './streams.js';
import { TENANCY_EVENT_STORE } from './tokens.js';

/** The read model's queries on the store's SQL database. */
@Injectable()
export class IdentityReadModel extends IdentityQueries {
  constructor(projection: IdentityProjection) {
    super({ transaction: (work) => projection.executor.transaction(work) });
  }
}

/** The AccessDirectory port of @bcd/auth, on the read model (the guard calls it on every request). */
@Injectable()
export class ReadModelAccessDirectory implements AccessDirectory {
  constructor(private readonly readModel: IdentityReadModel) {}
  findUser(userId: string): Promise<DirectoryUser | undefined> {
    return this.readModel.directoryUser(userId);
  }
  findTenant(code: string): Promise<DirectoryTenant | undefined> {
    return this.readModel.directoryTenant(code);
  }
}

export class ListTenantsQuery {}
export class GetTenantQuery {
  constructor(readonly code: string) {}
}
export class ListUsersQuery {}
export class GetUserQuery {
  constructor(readonly userId: string) {}
}
export class ListMembersQuery {
  constructor(readonly tenant: string) {}
}
export class AccessLogQuery {}

export interface UserHistoryEntry {
  type: string;
  data: unknown;
  actor?: unknown;
  tenantId?: unknown;
  occurredAt: string;
  recordedAt: string;
}

@QueryHandler(ListTenantsQuery)
export class ListTenantsHandler implements IQueryHandler<ListTenantsQuery, TenantView[]> {
  constructor(private readonly readModel: IdentityReadModel) {}
  execute(): Promise<TenantView[]> {
    return this.readModel.listTenants(requestScope());
  }
}

@QueryHandler(GetTenantQuery)
export class GetTenantHandler implements IQueryHandler<GetTenantQuery, TenantView> {
  constructor(private readonly readModel: IdentityReadModel) {}
  async execute({ code }: GetTenantQuery): Promise<TenantView> {
    const tenant = await this.readModel.getTenant(requestScope(), code);
    if (!tenant) throw new NotFound('Tenant', code);
    return tenant;
  }
}

@QueryHandler(ListUsersQuery)
export class ListUsersHandler implements IQueryHandler<ListUsersQuery, UserView[]> {
  constructor(private readonly readModel: IdentityReadModel) {}
  execute(): Promise<UserView[]> {
    return this.readModel.listUsers(requestScope());
  }
}

@QueryHandler(GetUserQuery)
export class GetUserHandler implements IQueryHandler<GetUserQuery, UserView & { history: UserHistoryEntry[] }> {
  constructor(
    private readonly readModel: IdentityReadModel,
    @Inject(TENANCY_EVENT_STORE) private readonly store: StreamStore,
  ) {}
  async execute({ userId }: GetUserQuery): Promise<UserView & { history: UserHistoryEntry[] }> {
    const user = await this.readModel.getUser(requestScope(), userId);
    if (!user) throw new NotFound('User', userId);
    // Who granted what to whom, and when: straight from the user's stream.
    const events = await this.store.readStream(IDENTITY_TENANT, streamIds.user(userId));
    const history = events.map((e) => ({
      type: e.type,
      data: e.data,
      actor: e.metadata.actor,
      tenantId: e.metadata.tenantId,
      occurredAt: e.occurredAt.toISOString(),
      recordedAt: e.recordedAt.toISOString(),
    }));
    return { ...user, history };
  }
}

@QueryHandler(ListMembersQuery)
export class ListMembersHandler implements IQueryHandler<ListMembersQuery, MemberView[]> {
  constructor(private readonly readModel: IdentityReadModel) {}
  execute({ tenant }: ListMembersQuery): Promise<MemberView[]> {
    return this.readModel.listMembers(requestScope(), tenant);
  }
}

/** The access log of the request's tenant and of the tenants merged into it. */
@QueryHandler(AccessLogQuery)
export class AccessLogHandler implements IQueryHandler<AccessLogQuery, AccessLogEntry[]> {
  constructor(private readonly readModel: IdentityReadModel) {}
  execute(): Promise<AccessLogEntry[]> {
    const scope = requestScope();
    return this.readModel.accessLog(scope, scope.platform ? [] : scope.tenantIds);
  }
}

export const identityQueryHandlers = [
  ListTenantsHandler,
  GetTenantHandler,
  ListUsersHandler,
  GetUserHandler,
  ListMembersHandler,
  AccessLogHandler,
];
