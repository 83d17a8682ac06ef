// Tenant commands: create, rename, merge. Thin: validate the input, load what the decider needs,
// decide and append (kernel handleCommand), wait for the read model (read-your-writes).
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { aggregateStream, CLOCK, TenantId, ValidationFailed, type Clock, type StreamStore, handleCommand } from '@bcd/kernel';
import { tenantDecider, type TenantState } from '../domain/tenant.js';
import { IdentityProjection } from './identity-projection.js';
import { IDENTITY_TENANT, streamIds, tenantCodec } from './streams.js';
import { TENANCY_EVENT_STORE } from './tokens.js';

export const TENANT_NAME_MAX_LENGTH = 200;

export class CreateTenantCommand {
  constructor(
    readonly code: string,
    readonly name: string,
  ) {}
}

export class RenameTenantCommand {
  constructor(
    readonly code: string,
    readonly name: string,
  ) {}
}

export class MergeTenantCommand {
  constructor(
    readonly code: string,
    readonly into: string,
    readonly effectiveAt: Date,
  ) {}
}

export async function loadTenant(store: StreamStore, code: string): Promise<TenantState> {
  if (!TenantId.is(code)) return { status: 'absent' };
  return (await aggregateStream(store, tenantDecider, IDENTITY_TENANT, streamIds.tenant(code), { codec: tenantCodec })).state;
}

export function tenantName(value: string, path = 'name'): string {
  const name = value.trim().replace(/\s+/g, ' ');
  if (name.length === 0) throw new ValidationFailed([{ path, message: 'must not be empty' }]);
  if (name.length > TENANT_NAME_MAX_LENGTH) throw new ValidationFailed([{ path, message: `must be at most ${TENANT_NAME_MAX_LENGTH} characters` }]);
  return name;
}

@CommandHandler(CreateTenantCommand)
export class CreateTenantHandler implements ICommandHandler<CreateTenantCommand, TenantState> {
  constructor(
    @Inject(TENANCY_EVENT_STORE) private readonly store: StreamStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly projection: IdentityProjection,
  ) {}

  async execute({ code, name }: CreateTenantCommand): Promise<TenantState> {
    const tenant = TenantId.parse(code, 'code');
    const now = this.clock.now();
    const result = await handleCommand(this.store, tenantDecider, {
      tenantId: IDENTITY_TENANT,
      streamId: streamIds.tenant(tenant),
      command: { type: 'CreateTenant', data: { code: tenant, name: tenantName(name) }, metadata: { now } },
      occurredAt: now,
      codec: tenantCodec,
    });
    await this.projection.waitFor(result.checkpoint);
    return result.newState;
  }
}

@CommandHandler(RenameTenantCommand)
export class RenameTenantHandler implements ICommandHandler<RenameTenantCommand, TenantState> {
  constructor(
    @Inject(TENANCY_EVENT_STORE) private readonly store: StreamStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly projection: IdentityProjection,
  ) {}

  async execute({ code, name }: RenameTenantCommand): Promise<TenantState> {
    const now = this.clock.now();
    const result = await handleCommand(this.store, tenantDecider, {
      tenantId: IDENTITY_TENANT,
      streamId: streamIds.tenant(code),
      command: { type: 'RenameTenant', data: { code, name: tenantName(name) }, metadata: { now } },
      occurredAt: now,
      codec: tenantCodec,
    });
    await this.projection.waitFor(result.checkpoint);
    return result.newState;
  }
}

@CommandHandler(MergeTenantCommand)
export class MergeTenantHandler implements ICommandHandler<MergeTenantCommand, TenantState> {
  constructor(
    @Inject(TENANCY_EVENT_STORE) private readonly store: StreamStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly projection: IdentityProjection,
  ) {}

  async execute({ code, into, effectiveAt }: MergeTenantCommand): Promise<TenantState> {
    const now = this.clock.now();
    const target = await loadTenant(this.store, into);
    const result = await handleCommand(this.store, tenantDecider, {
      tenantId: IDENTITY_TENANT,
      streamId: streamIds.tenant(code),
      command: { type: 'MergeTenant', data: { code, into: { code: into, state: target }, effectiveAt }, metadata: { now } },
      // Business time: the day the merge took effect (may be before it is recorded).
      occurredAt: effectiveAt,
      codec: tenantCodec,
    });
    await this.projection.waitFor(result.checkpoint);
    return result.newState;
  }
}

export const tenantCommandHandlers = [CreateTenantHandler, RenameTenantHandler, MergeTenantHandler];
