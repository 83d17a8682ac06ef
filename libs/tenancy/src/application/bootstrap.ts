// On an empty store (no user at all), create the platform admin from ADMIN_USERNAME/ADMIN_PASSWORD.
// Without ADMIN_PASSWORD a strong password is generated and written to the log, once.
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { newId, RuleViolation } from '@bcd/kernel';
import type { EventStore } from '@bcd/event-store';
import { generatePassword, PLATFORM_TENANT, runWithRequestContext } from '@bcd/auth';
import { EVENT_STORE } from '@bcd/service-host';
import { Rules } from '../domain/rules.js';
import { SYSTEM_ACTOR, UserAccounts } from './users.commands.js';

export interface TenancyModuleOptions {
  /** Username of the platform admin created on an empty store (ADMIN_USERNAME). */
  adminUsername: string;
  /** Its password (ADMIN_PASSWORD); absent: a strong one is generated and logged once. */
  adminPassword?: string;
}

export const TENANCY_OPTIONS = Symbol.for('bcd.tenancy.Options');

@Injectable()
export class IdentityBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger(IdentityBootstrap.name);

  constructor(
    @Inject(TENANCY_OPTIONS) private readonly options: TenancyModuleOptions,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly accounts: UserAccounts,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { events } = await this.store.readAll({ typePrefix: 'tenancy.UserCreated', maxCount: 1 });
    if (events.length > 0) return;

    const generated = this.options.adminPassword === undefined;
    const password = this.options.adminPassword ?? generatePassword();
    try {
      // The platform acts by itself: its events name the system as their actor.
      await runWithRequestContext({ correlationId: newId(), actor: { ...SYSTEM_ACTOR }, tenantId: PLATFORM_TENANT }, () =>
        this.accounts.create({ username: this.options.adminUsername, displayName: 'Platform administrator', password, roles: [{ role: 'platform_admin' }] }),
      );
    } catch (error) {
      // Another process of the same deployment bootstrapped at the same moment.
      if (error instanceof RuleViolation && error.rule === Rules.usernameUnique) return;
      throw error;
    }
    if (generated) {
      // The one place a password is written to the log, as the issue asks: once, on first start.
      this.logger.warn(
        `Created the platform admin "${this.options.adminUsername}" with the generated password ${password} ` +
          '(shown once: log in and give it to its owner, or set ADMIN_PASSWORD before the first start)',
      );
    } else {
      this.logger.log(`Created the platform admin "${this.options.adminUsername}" with the password from ADMIN_PASSWORD`);
    }
  }
}
