// The AccessDirectory the auth guard reads users and tenants through on every request, folded in memory
// from the identity context's published events (`tenancy.*`, schemas in libs/contracts) in the shared
// store: every host serves the port with it (the platform too), so a request costs no query for it.
// The fold is an in-memory catch-up subscription that turns live: it is current before the host takes
// requests; a command of this host that changes identities waits for it (ReadModels, read-your-writes);
// an append of another process reaches it with the store's notification, and a lookup made after the
// notification waits for that read (Subscription.settled). So a disabled user or a revoked role stops
// working on the next request.
import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { dictionary, type RecordedEvent } from '@bcd/kernel';
import type { EventStore, Subscription } from '@bcd/event-store';
import { isPlatformRole, isTenantRole, type AccessDirectory, type DirectoryTenant, type DirectoryUser } from '@bcd/auth';
import {
  RoleGrantedDataSchema,
  TENANCY_EVENT_TYPES,
  TenantCreatedDataSchema,
  TenantMergedDataSchema,
  TenantRenamedDataSchema,
  UserCreatedDataSchema,
  UserDisabledDataSchema,
} from '@bcd/contracts';
import { EVENT_STORE } from '../event-store.module.js';
import { ReadModels } from '../read-models/read-models.js';

interface User {
  userId: string;
  username: string;
  disabled: boolean;
  roles: { role: string; tenant?: string }[];
}

/** How deep merges of merged tenants are followed. */
const MAX_MERGE_DEPTH = 32;

@Injectable()
export class EventLogAccessDirectory implements AccessDirectory, OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(EventLogAccessDirectory.name);
  private readonly tenants = new Map<string, { mergedInto: string | null; name: string }>();
  private readonly users = new Map<string, User>();
  private subscription: Subscription | undefined;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly readModels: ReadModels,
  ) {}

  async onModuleInit(): Promise<void> {
    this.subscription = this.store.subscribe({
      subscriptionId: 'access-directory',
      durable: false,
      typePrefix: 'tenancy.',
      handler: async (events) => {
        for (const event of events) this.apply(event);
      },
      onError: (error) => this.logger.error({ err: error }, 'access directory fold failed; retrying'),
    });
    await this.subscription.caughtUp();
    this.readModels.follow('tenancy.', this.subscription);
  }

  async onModuleDestroy(): Promise<void> {
    await this.subscription?.stop();
  }

  async findUser(userId: string): Promise<DirectoryUser | undefined> {
    await this.current();
    const user = this.users.get(userId);
    if (!user) return undefined;
    const tenantRoles: DirectoryUser['tenantRoles'] = dictionary();
    for (const { role, tenant } of user.roles) {
      // Roles in a merged tenant give no access.
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

  async activeTenants(): Promise<string[]> {
    await this.current();
    return [...this.tenants].filter(([, tenant]) => tenant.mergedInto === null).map(([code]) => code).sort();
  }

  async findTenant(code: string): Promise<DirectoryTenant | undefined> {
    await this.current();
    const tenant = this.tenants.get(code);
    if (!tenant) return undefined;
    const predecessors: string[] = [];
    for (let frontier = [code]; frontier.length > 0; ) {
      frontier = [...this.tenants].filter(([id, t]) => t.mergedInto !== null && frontier.includes(t.mergedInto) && !predecessors.includes(id)).map(([id]) => id);
      predecessors.push(...frontier);
    }
    if (tenant.mergedInto === null) return { tenantId: code, status: 'active', predecessors, name: tenant.name };
    let successor = tenant.mergedInto;
    for (let depth = 0; depth < MAX_MERGE_DEPTH; depth++) {
      const next = this.tenants.get(successor)?.mergedInto;
      if (!next) break;
      successor = next;
    }
    return { tenantId: code, status: 'merged', successor, predecessors, name: tenant.name };
  }

  /** Every identity event the store has notified this process of is in the fold. */
  private async current(): Promise<void> {
    if (!this.subscription) throw new Error('The access directory is read before the host started');
    await this.subscription.settled();
  }

  private apply(event: RecordedEvent): void {
    switch (event.type) {
      case TENANCY_EVENT_TYPES.tenantCreated:
      {
        const { code, name } = TenantCreatedDataSchema.parse(event.data);
        this.tenants.set(code, { mergedInto: null, name });
        return;
      }
      case TENANCY_EVENT_TYPES.tenantRenamed: {
        const { code, name } = TenantRenamedDataSchema.parse(event.data);
        const tenant = this.tenants.get(code);
        if (tenant) tenant.name = name;
        return;
      }
      case TENANCY_EVENT_TYPES.tenantMerged: {
        const { code, into } = TenantMergedDataSchema.parse(event.data);
        const tenant = this.tenants.get(code);
        this.tenants.set(code, { mergedInto: into, name: tenant?.name ?? code });
        return;
      }
      case TENANCY_EVENT_TYPES.userCreated: {
        const { userId, username } = UserCreatedDataSchema.parse(event.data);
        this.users.set(userId, { userId, username, disabled: false, roles: [] });
        return;
      }
      case TENANCY_EVENT_TYPES.userDisabled: {
        const user = this.users.get(UserDisabledDataSchema.parse(event.data).userId);
        if (user) user.disabled = true;
        return;
      }
      case TENANCY_EVENT_TYPES.roleGranted:
      case TENANCY_EVENT_TYPES.roleRevoked: {
        const { userId, role, tenant } = RoleGrantedDataSchema.parse(event.data);
        const user = this.users.get(userId);
        if (!user) return;
        user.roles = user.roles.filter((g) => g.role !== role || g.tenant !== tenant);
        if (event.type === TENANCY_EVENT_TYPES.roleGranted) user.roles.push(tenant === undefined ? { role } : { role, tenant });
        return;
      }
      default:
        return; // renames, usernames, passwords: nothing the guard needs
    }
  }
}
