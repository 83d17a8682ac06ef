// POST /api/auth/login: check the rate limits, the user and the password, record the attempt as an
// event (auth.LoginSucceeded / auth.LoginFailed / auth.LoginThrottled), and issue a token.
import { Inject, Logger } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, namespacedCodec, type Clock, type EventMetadata, type StreamStore } from '@bcd/kernel';
import {
  LoginRateLimiter,
  PLATFORM_TENANT,
  TokenService,
  TooManyRequests,
  Unauthenticated,
  verifyAgainstDummy,
  verifyPassword,
  type IssuedToken,
} from '@bcd/auth';
import { EVENT_STORE } from '@bcd/service-host';
import { decideLogin, type LoginEvent } from '../domain/login/login.js';
import { normalizeUsername, USERNAME } from '../domain/username/username.js';
import { CredentialStore } from './credentials.js';
import { UserAccounts } from './users.commands.js';

/** Login attempts of one username (`auth.<Type>`); attempts with an impossible username share `auth-login-_invalid`. */
export const loginStream = (username: string): string => `auth-login-${USERNAME.test(username) ? username : '_invalid'}`;
const loginCodec = namespacedCodec<LoginEvent>('auth');

export class LogInCommand extends Command<IssuedToken> {
  constructor(
    readonly username: string,
    readonly password: string,
    /** The client's address (rate limit per address, audit). */
    readonly address: string,
  ) {
    super();
  }
}

/** The same answer for an unknown user, a wrong password and a disabled account. */
export const LOGIN_REFUSED = 'Invalid username or password.';

@CommandHandler(LogInCommand)
export class LogInHandler implements ICommandHandler<LogInCommand, IssuedToken> {
  private readonly logger = new Logger(LogInHandler.name);

  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly accounts: UserAccounts,
    private readonly credentials: CredentialStore,
    private readonly limiter: LoginRateLimiter,
    private readonly tokens: TokenService,
  ) {}

  async execute(command: LogInCommand): Promise<IssuedToken> {
    const now = this.clock.now();
    const username = normalizeUsername(command.username);
    const { address } = command;

    const block = this.limiter.check(username, address, now);
    // Refused without an event: one was recorded when the block began (a flood must not flood the log).
    if (block) throw new TooManyRequests(block.retryAfterSeconds);

    const user = await this.accounts.findByUsername(username);
    const storedHash = user.status === 'absent' ? undefined : await this.credentials.get(user.userId);
    const passwordMatches = storedHash === undefined ? await verifyAgainstDummy(command.password) : await verifyPassword(storedHash, command.password);
    const event = decideLogin({ username, address, user, hasPassword: storedHash !== undefined, passwordMatches });
    const actor = { userId: user.status === 'absent' ? 'anonymous' : user.userId };
    await this.record(username, event, now, { actor, tenantId: PLATFORM_TENANT });

    if (event.type === 'LoginFailed' || user.status === 'absent') {
      this.limiter.recordFailure(username, address, now);
      const blocked = this.limiter.check(username, address, now);
      if (blocked) {
        this.logger.warn(`Failed logins: ${blocked.key} blocked for ${blocked.retryAfterSeconds} s`);
        await this.record(
          username,
          { type: 'LoginThrottled', data: { username, address, limit: blocked.key, retryAfterSeconds: blocked.retryAfterSeconds } },
          now,
          { actor, tenantId: PLATFORM_TENANT },
        );
      }
      throw new Unauthenticated(LOGIN_REFUSED);
    }
    this.limiter.recordSuccess(username, address);
    return this.tokens.issue({ userId: user.userId, username: user.username, roles: user.roles }, now);
  }

  private async record(username: string, event: LoginEvent, now: Date, metadata: EventMetadata): Promise<void> {
    // Expected version `any`: attempts only add facts, nothing to decide on a previous state.
    await this.store.appendToStream(PLATFORM_TENANT, loginStream(username), [{ ...loginCodec.encode(event), occurredAt: now, metadata }], {
      expectedVersion: 'any',
    });
  }
}
