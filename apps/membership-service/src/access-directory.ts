// The AccessDirectory the auth guard reads users and tenants through. In the embedded platform the
// identity context serves it from its read model; this service hosts no identity context, so it folds
// the identity events (`tenancy.*`, the contract of libs/tenancy/README.md "Streams and events") from
// the shared event store itself, catching up before every lookup: a disabled user or a revoked role
// stops working on the next request here too.
import { Inject, Injectable } from '@nestjs/common';
import type { EventStore, GlobalCheckpoint } from '@bcd/event-store';
import { isPlatformRole, isTenantRole, type AccessDirectory, type DirectoryTenant, type DirectoryUser } from '@bcd/auth';
import { EVENT_STORE } from '@bcd/service-host';

interface User {
  userId: string;
  username: string;
  disabled: boolean;
  roles: { role: string; tenant?: string }[];
}

@Injectable()
export class EventLogAccessDirectory implements AccessDirectory {
  private readonly tenants = new Map<string, { mergedInto: string | null }>();
  private readonly users = new Map<string, User>();
  private checkpoint: GlobalCheckpoint | undefined;
  private refreshing: Promise<void> = Promise.resolve();

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async findUser(userId: string): Promise<DirectoryUser | undefined> {
    await this.catchUp();
    const user = this.users.get(userId);
    if (!user) return undefined;
    const tenantRoles: DirectoryUser['tenantRoles'] = {};
    for (const { role, tenant } of user.roles) {
      if (tenant === undefined || !isTenantRole(role) || this.tenants.get(tenant)?.mergedInto !== null) continue;
      (tenantRoles[tenant] ??= []).push(role);
    }
    return {
      userId,
      username: user.username,
      disabled: user.disabled,
      platformRoles: user.roles.filter((g) => g.tenant === undefined).map((g) => g.role).filter(isPlatformRole),
      tenantRoles,
    };
  }

  async findTenant(code: string): Promise<DirectoryTenant | undefined> {
    await this.catchUp();
    const tenant = this.tenants.get(code);
    if (!tenant) return undefined;
    const predecessors: string[] = [];
    for (let frontier = [code]; frontier.length > 0; ) {
      frontier = [...this.tenants].filter(([id, t]) => t.mergedInto !== null && frontier.includes(t.mergedInto) && !predecessors.includes(id)).map(([id]) => id);
      predecessors.push(...frontier);
    }
    if (tenant.mergedInto === null) return { tenantId: code, status: 'active', predecessors };
    let successor = tenant.mergedInto;
    for (let depth = 0; depth < 32; depth++) {
      const next = this.tenants.get(successor)?.mergedInto;
      if (!next) break;
      successor = next;
    }
    return { tenantId: code, status: 'merged', successor, predecessors };
  }

  /** Reads the identity events appended since the last lookup (one at a time). */
  private catchUp(): Promise<void> {
    this.refreshing = this.refreshing.catch(() => undefined).then(async () => {
      for (;;) {
        const page = await this.store.readAll({ after: this.checkpoint, typePrefix: 'tenancy.', maxCount: 1000 });
        for (const event of page.events) this.apply(event.type, event.data as Record<string, string>);
        this.checkpoint = page.checkpoint;
        if (page.isEnd) return;
      }
    });
    return this.refreshing;
  }

  private apply(type: string, data: Record<string, string>): void {
    switch (type) {
      case 'tenancy.TenantCreated':
        this.tenants.set(data.code, { mergedInto: null });
        return;
      case 'tenancy.TenantMerged':
        this.tenants.set(data.code, { mergedInto: data.into });
        return;
      case 'tenancy.UserCreated':
        this.users.set(data.userId, { userId: data.userId, username: data.username, disabled: false, roles: [] });
        return;
      case 'tenancy.UserDisabled': {
        const user = this.users.get(data.userId);
        if (user) user.disabled = true;
        return;
      }
      case 'tenancy.RoleGranted':
      case 'tenancy.RoleRevoked': {
        const user = this.users.get(data.userId);
        if (!user) return;
        user.roles = user.roles.filter((g) => g.role !== data.role || g.tenant !== data.tenant);
        if (type === 'tenancy.RoleGranted') user.roles.push(data.tenant === undefined ? { role: data.role } : { role: data.role, tenant: data.tenant });
        return;
      }
    }
  }
}
