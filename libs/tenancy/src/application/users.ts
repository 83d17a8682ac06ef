// User commands: create (with initial roles), disable, reset password, grant and revoke roles.
import { Inject, Injectable } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { aggregateStream, CLOCK, newId, ValidationFailed, type Clock, type EventMetadata, type StreamStore, handleCommand } from '@bcd/kernel';
import { checkPasswordPolicy, hashPassword, type PlatformRole, type Role, type TenantRole } from '@bcd/auth';
import { userDecider, type GrantSpec, type UserCommand, type UserState } from '../domain/user.js';
import { normalizeUsername, USERNAME, usernameDecider } from '../domain/username.js';
import { actingUserId } from './context.js';
import { CredentialStore } from './credentials.js';
import { IdentityProjection } from './identity-projection.js';
import { IDENTITY_TENANT, streamIds, userCodec, usernameCodec } from './streams.js';
import { loadTenant } from './tenants.js';
import { TENANCY_EVENT_STORE } from './tokens.js';

export const DISPLAY_NAME_MAX_LENGTH = 200;

export type RoleRequest = { role: PlatformRole; tenant?: undefined } | { role: TenantRole; tenant: string };

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
  roles: RoleRequest[];
}

export type ActiveUser = Exclude<UserState, { status: 'absent' }>;

/** The use cases on user accounts; the CQRS handlers below and the bootstrap call them. */
@Injectable()
export class UserAccounts {
  constructor(
    @Inject(TENANCY_EVENT_STORE) private readonly store: StreamStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly credentials: CredentialStore,
    private readonly projection: IdentityProjection,
  ) {}

  /** Reserves the username (unique), records the user and their roles, then stores the password hash. */
  async create(input: NewUser, metadata?: EventMetadata): Promise<ActiveUser> {
    const username = checkUsername(input.username);
    const displayName = checkDisplayName(input.displayName);
    const password = checkPasswordPolicy(input.password, username);
    const roles = await this.grantSpecs(input.roles);
    const passwordHash = await hashPassword(password);
    const now = this.clock.now();
    const userId = newId();
    const create: UserCommand = { type: 'CreateUser', data: { userId, username, displayName, roles }, metadata: { now } };
    // Refusals first (a role in a merged tenant...): a refused creation must not keep the username.
    userDecider.decide(create, userDecider.initialState());

    await handleCommand(this.store, usernameDecider, {
      tenantId: IDENTITY_TENANT,
      streamId: streamIds.username(username),
      command: { type: 'ReserveUsername', data: { username, userId }, metadata: { now } },
      occurredAt: now,
      metadata,
      codec: usernameCodec,
    });
    const result = await this.decide(userId, create, metadata);
    await this.credentials.set(userId, passwordHash, now);
    return result as ActiveUser;
  }

  async resetPassword(userId: string, password: string): Promise<ActiveUser> {
    const current = await this.load(userId);
    const checked = checkPasswordPolicy(password, current.status === 'absent' ? undefined : current.username);
    const passwordHash = await hashPassword(checked);
    const now = this.clock.now();
    const state = await this.decide(userId, { type: 'ResetPassword', data: { userId }, metadata: { now } });
    await this.credentials.set(userId, passwordHash, now);
    return state as ActiveUser;
  }

  async disable(userId: string): Promise<ActiveUser> {
    const now = this.clock.now();
    return (await this.decide(userId, { type: 'DisableUser', data: { userId, actorUserId: actingUserId() }, metadata: { now } })) as ActiveUser;
  }

  async grant(userId: string, request: RoleRequest): Promise<ActiveUser> {
    const [spec] = await this.grantSpecs([request]);
    const now = this.clock.now();
    return (await this.decide(userId, { type: 'GrantRole', data: { userId, ...spec }, metadata: { now } })) as ActiveUser;
  }

  async revoke(userId: string, role: Role, tenant?: string): Promise<ActiveUser> {
    const now = this.clock.now();
    return (await this.decide(userId, {
      type: 'RevokeRole',
      data: { userId, role, ...(tenant === undefined ? {} : { tenant }), actorUserId: actingUserId() },
      metadata: { now },
    })) as ActiveUser;
  }

  async load(userId: string): Promise<UserState> {
    return (await aggregateStream(this.store, userDecider, IDENTITY_TENANT, streamIds.user(userId), { codec: userCodec })).state;
  }

  /** The user a username was reserved for, if any. */
  async findByUsername(username: string): Promise<UserState> {
    if (!USERNAME.test(username)) return { status: 'absent' };
    const { state } = await aggregateStream(this.store, usernameDecider, IDENTITY_TENANT, streamIds.username(username), { codec: usernameCodec });
    return state.reservedFor === undefined ? { status: 'absent' } : this.load(state.reservedFor);
  }

  private async decide(userId: string, command: UserCommand, metadata?: EventMetadata): Promise<UserState> {
    const result = await handleCommand(this.store, userDecider, {
      tenantId: IDENTITY_TENANT,
      streamId: streamIds.user(userId),
      command,
      occurredAt: command.metadata.now,
      metadata,
      codec: userCodec,
    });
    await this.projection.waitFor(result.checkpoint);
    return result.newState;
  }

  private async grantSpecs(requests: readonly RoleRequest[]): Promise<GrantSpec[]> {
    return Promise.all(
      requests.map(async (request): Promise<GrantSpec> =>
        request.tenant === undefined
          ? { role: request.role }
          : { role: request.role, tenant: { code: request.tenant, state: await loadTenant(this.store, request.tenant) } },
      ),
    );
  }
}

export function checkUsername(value: string, path = 'username'): string {
  const username = normalizeUsername(value);
  if (!USERNAME.test(username)) {
    throw new ValidationFailed([
      { path, message: 'must be 3 to 64 characters: lowercase letters, digits and . _ - @ inside (e.g. lan.nguyen)' },
    ]);
  }
  return username;
}

function checkDisplayName(value: string, path = 'displayName'): string {
  const name = value.trim().replace(/\s+/g, ' ');
  if (name.length === 0) throw new ValidationFailed([{ path, message: 'must not be empty' }]);
  if (name.length > DISPLAY_NAME_MAX_LENGTH) throw new ValidationFailed([{ path, message: `must be at most ${DISPLAY_NAME_MAX_LENGTH} characters` }]);
  return name;
}

export class CreateUserCommand {
  constructor(readonly user: NewUser) {}
}
export class DisableUserCommand {
  constructor(readonly userId: string) {}
}
export class ResetPasswordCommand {
  constructor(
    readonly userId: string,
    readonly password: string,
  ) {}
}
export class GrantRoleCommand {
  constructor(
    readonly userId: string,
    readonly request: RoleRequest,
  ) {}
}
export class RevokeRoleCommand {
  constructor(
    readonly userId: string,
    readonly role: Role,
    readonly tenant?: string,
  ) {}
}

@CommandHandler(CreateUserCommand)
export class CreateUserHandler implements ICommandHandler<CreateUserCommand, ActiveUser> {
  constructor(private readonly accounts: UserAccounts) {}
  execute({ user }: CreateUserCommand): Promise<ActiveUser> {
    return this.accounts.create(user);
  }
}

@CommandHandler(DisableUserCommand)
export class DisableUserHandler implements ICommandHandler<DisableUserCommand, ActiveUser> {
  constructor(private readonly accounts: UserAccounts) {}
  execute({ userId }: DisableUserCommand): Promise<ActiveUser> {
    return this.accounts.disable(userId);
  }
}

@CommandHandler(ResetPasswordCommand)
export class ResetPasswordHandler implements ICommandHandler<ResetPasswordCommand, ActiveUser> {
  constructor(private readonly accounts: UserAccounts) {}
  execute({ userId, password }: ResetPasswordCommand): Promise<ActiveUser> {
    return this.accounts.resetPassword(userId, password);
  }
}

@CommandHandler(GrantRoleCommand)
export class GrantRoleHandler implements ICommandHandler<GrantRoleCommand, ActiveUser> {
  constructor(private readonly accounts: UserAccounts) {}
  execute({ userId, request }: GrantRoleCommand): Promise<ActiveUser> {
    return this.accounts.grant(userId, request);
  }
}

@CommandHandler(RevokeRoleCommand)
export class RevokeRoleHandler implements ICommandHandler<RevokeRoleCommand, ActiveUser> {
  constructor(private readonly accounts: UserAccounts) {}
  execute({ userId, role, tenant }: RevokeRoleCommand): Promise<ActiveUser> {
    return this.accounts.revoke(userId, role, tenant);
  }
}

export const userCommandHandlers = [CreateUserHandler, DisableUserHandler, ResetPasswordHandler, GrantRoleHandler, RevokeRoleHandler];
