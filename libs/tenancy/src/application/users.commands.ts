// User commands: create (with initial roles), disable, reset password, grant and revoke roles. The
// account service checks the input, reads the tenants a grant names, and runs the user aggregate; the
// password hash is stored after the event that justifies it (README "Passwords").
import { Injectable } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TenantId, ValidationFailed, type CommandInput } from '@bcd/kernel';
import { checkPasswordPolicy, currentRequestContext, hashPassword, isPlatformRole, PLATFORM_TENANT, type PlatformRole, type Role, type TenantRole } from '@bcd/auth';
import { CommandRunner } from '@bcd/service-host';
import { checkedGrant, type GrantSpec } from '../domain/user/roles.js';
import { tenantAggregate } from '../domain/tenant/tenant.decider.js';
import type { TenantState } from '../domain/tenant/tenant.js';
import { userAggregate, type UserCommand } from '../domain/user/user.decider.js';
import type { ExistingUser, UserState } from '../domain/user/user.js';
import { normalizeUsername, USERNAME, usernameAggregate } from '../domain/username/username.js';
import { CredentialStore } from './credentials.js';

export const DISPLAY_NAME_MAX_LENGTH = 200;

export type RoleRequest = { role: PlatformRole; tenant?: undefined } | { role: TenantRole; tenant: string };

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
  roles: RoleRequest[];
}

export interface UserOutcome {
  user: ExistingUser;
  /** The user stream's version: its ETag. */
  version: number;
}

/** The actor of what the platform does by itself (bootstrap). */
export const SYSTEM_ACTOR = { userId: 'system', role: 'bootstrap' } as const;

/** Who acts, for the rules against locking oneself out. Outside a request: the system. */
function actingUserId(): string {
  return currentRequestContext()?.actor?.userId ?? SYSTEM_ACTOR.userId;
}

/** `byAdminOf` of a role change in `tenant`: set unless the actor acts in a platform role (or is the platform). */
function actingAdmin(tenant: string | undefined): { byAdminOf?: string } {
  const role = currentRequestContext()?.actor?.role;
  return tenant === undefined || role === undefined || isPlatformRole(role) ? {} : { byAdminOf: tenant };
}

/** The use cases on user accounts; the command handler below and the bootstrap call them. */
@Injectable()
export class UserAccounts {
  constructor(
    private readonly runner: CommandRunner,
    private readonly credentials: CredentialStore,
  ) {}

  /**
   * Reserves the username (unique), records the user and their roles and stores the password hash, in
   * one transaction: a refusal or a failure at any step leaves the username free.
   */
  async create(input: NewUser): Promise<UserOutcome> {
    const username = checkUsername(input.username);
    const displayName = checkDisplayName(input.displayName);
    const password = checkPasswordPolicy(input.password, username);
    const roles = await this.grantSpecs(input.roles);
    const passwordHash = await hashPassword(password);
    const userId = this.runner.newId();
    // Refusals first (a role in a merged tenant...): a refused creation must not keep the username.
    for (const spec of roles) checkedGrant(spec);

    return this.runner.atomically(PLATFORM_TENANT, async (unit) => {
      await unit.run(usernameAggregate, { tenantId: PLATFORM_TENANT, id: username }, () => ({ type: 'ReserveUsername' as const, data: { username, userId } }));
      const { state, version } = await unit.run(userAggregate, { tenantId: PLATFORM_TENANT, id: userId }, () => ({
        type: 'CreateUser' as const,
        data: { userId, username, displayName, roles },
      }));
      await this.credentials.set(unit.sql, userId, passwordHash);
      return { user: state as ExistingUser, version };
    });
  }

  async resetPassword(userId: string, password: string, expectedVersion?: number): Promise<UserOutcome> {
    const current = await this.load(userId);
    const checked = checkPasswordPolicy(password, current.status === 'absent' ? undefined : current.username);
    const passwordHash = await hashPassword(checked);
    const { state, version } = await this.runner.run(
      userAggregate,
      { tenantId: PLATFORM_TENANT, id: userId, expectedVersion, alsoWrite: (sql) => this.credentials.set(sql, userId, passwordHash) },
      () => ({ type: 'ResetPassword' as const, data: { userId } }),
    );
    return { user: state as ExistingUser, version };
  }

  disable(userId: string, expectedVersion?: number): Promise<UserOutcome> {
    return this.run(userId, expectedVersion, () => ({ type: 'DisableUser', data: { userId, actorUserId: actingUserId() } }));
  }

  async grant(userId: string, request: RoleRequest, expectedVersion?: number): Promise<UserOutcome> {
    const [spec] = await this.grantSpecs([request]);
    return this.run(userId, expectedVersion, () => ({ type: 'GrantRole', data: { userId, ...spec, ...actingAdmin(request.tenant) } }));
  }

  revoke(userId: string, role: Role, tenant: string | undefined, expectedVersion?: number): Promise<UserOutcome> {
    return this.run(userId, expectedVersion, () => ({
      type: 'RevokeRole',
      data: { userId, role, ...(tenant === undefined ? {} : { tenant }), actorUserId: actingUserId(), ...actingAdmin(tenant) },
    }));
  }

  async load(userId: string): Promise<UserState> {
    return (await this.runner.load(userAggregate, PLATFORM_TENANT, userId)).state;
  }

  /** The user a username was reserved for, if any. */
  async findByUsername(username: string): Promise<UserState> {
    if (!USERNAME.test(username)) return { status: 'absent' };
    const { state } = await this.runner.load(usernameAggregate, PLATFORM_TENANT, username);
    return state.reservedFor === undefined ? { status: 'absent' } : this.load(state.reservedFor);
  }

  private async run(userId: string, expectedVersion: number | undefined, build: () => CommandInput<UserCommand>): Promise<UserOutcome> {
    const { state, version } = await this.runner.run(userAggregate, { tenantId: PLATFORM_TENANT, id: userId, expectedVersion }, build);
    return { user: state as ExistingUser, version };
  }

  private async grantSpecs(requests: readonly RoleRequest[]): Promise<GrantSpec[]> {
    return Promise.all(
      requests.map(async (request): Promise<GrantSpec> =>
        request.tenant === undefined ? { role: request.role } : { role: request.role, tenant: { code: request.tenant, state: await this.tenant(request.tenant) } },
      ),
    );
  }

  private async tenant(code: string): Promise<TenantState> {
    if (!TenantId.is(code)) return { status: 'absent' };
    return (await this.runner.load(tenantAggregate, PLATFORM_TENANT, code)).state;
  }
}

export function checkUsername(value: string, path = 'username'): string {
  const username = normalizeUsername(value);
  if (!USERNAME.test(username)) {
    throw new ValidationFailed([{ path, message: 'must be 3 to 64 characters: lowercase letters, digits and . _ - @ inside (e.g. lan.nguyen)' }]);
  }
  return username;
}

function checkDisplayName(value: string, path = 'displayName'): string {
  const name = value.trim().replace(/\s+/g, ' ');
  if (name.length === 0) throw new ValidationFailed([{ path, message: 'must not be empty' }]);
  if (name.length > DISPLAY_NAME_MAX_LENGTH) throw new ValidationFailed([{ path, message: `must be at most ${DISPLAY_NAME_MAX_LENGTH} characters` }]);
  return name;
}

export type UserRequest =
  | { type: 'CreateUser'; user: NewUser }
  | { type: 'DisableUser'; userId: string }
  | { type: 'ResetPassword'; userId: string; password: string }
  | { type: 'GrantRole'; userId: string; role: RoleRequest }
  | { type: 'RevokeRole'; userId: string; role: Role; tenant?: string };

/** A change of a user; `expectedVersion` (If-Match) names the user's version. */
export class ChangeUser extends Command<UserOutcome> {
  constructor(
    readonly request: UserRequest,
    readonly expectedVersion?: number,
  ) {
    super();
  }
}

@CommandHandler(ChangeUser)
export class UserCommands implements ICommandHandler<ChangeUser> {
  constructor(private readonly accounts: UserAccounts) {}

  execute({ request, expectedVersion }: ChangeUser): Promise<UserOutcome> {
    switch (request.type) {
      case 'CreateUser':
        return this.accounts.create(request.user);
      case 'DisableUser':
        return this.accounts.disable(request.userId, expectedVersion);
      case 'ResetPassword':
        return this.accounts.resetPassword(request.userId, request.password, expectedVersion);
      case 'GrantRole':
        return this.accounts.grant(request.userId, request.role, expectedVersion);
      case 'RevokeRole':
        return this.accounts.revoke(request.userId, request.role, request.tenant, expectedVersion);
      default: {
        const _exhaustive: never = request;
        return _exhaustive;
      }
    }
  }
}
