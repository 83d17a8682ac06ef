// Tenant commands: create, rename, merge. The handler normalises the name and reads the merge target's
// state (the decider sees both sides of a merge); the kit's runner decides and appends.
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TenantId, ValidationFailed } from '@bcd/kernel';
import { PLATFORM_TENANT } from '@bcd/auth';
import { CommandRunner } from '@bcd/service-host';
import { tenantAggregate } from '../domain/tenant/tenant.decider.js';
import type { TenantState } from '../domain/tenant/tenant.js';

export const TENANT_NAME_MAX_LENGTH = 200;

export type TenantRequest =
  | { type: 'CreateTenant'; code: string; name: string }
  | { type: 'RenameTenant'; code: string; name: string }
  | { type: 'MergeTenant'; code: string; into: string; effectiveAt: Date };

/** A change of a tenant; `expectedVersion` (If-Match) names the tenant's version. */
export class ChangeTenant extends Command<{ state: TenantState; version: number }> {
  constructor(
    readonly request: TenantRequest,
    readonly expectedVersion?: number,
  ) {
    super();
  }
}

@CommandHandler(ChangeTenant)
export class TenantCommands implements ICommandHandler<ChangeTenant> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ request, expectedVersion }: ChangeTenant): Promise<{ state: TenantState; version: number }> {
    const code = request.type === 'CreateTenant' ? TenantId.parse(request.code, 'code') : request.code;
    const target = { tenantId: PLATFORM_TENANT, id: code, expectedVersion };
    switch (request.type) {
      case 'CreateTenant':
      case 'RenameTenant': {
        const data = { code, name: tenantName(request.name) };
        return this.runner.run(tenantAggregate, target, () => ({ type: request.type, data }));
      }
      case 'MergeTenant': {
        const into = { code: request.into, state: await this.load(request.into) };
        return this.runner.run(tenantAggregate, target, () => ({ type: 'MergeTenant' as const, data: { code, into, effectiveAt: request.effectiveAt } }));
      }
      default: {
        const _exhaustive: never = request;
        return _exhaustive;
      }
    }
  }

  private async load(code: string): Promise<TenantState> {
    if (!TenantId.is(code)) return { status: 'absent' };
    return (await this.runner.load(tenantAggregate, PLATFORM_TENANT, code)).state;
  }
}

export function tenantName(value: string, path = 'name'): string {
  const name = value.trim().replace(/\s+/g, ' ');
  if (name.length === 0) throw new ValidationFailed([{ path, message: 'must not be empty' }]);
  if (name.length > TENANT_NAME_MAX_LENGTH) throw new ValidationFailed([{ path, message: `must be at most ${TENANT_NAME_MAX_LENGTH} characters` }]);
  return name;
}
