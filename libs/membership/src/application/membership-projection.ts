import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { fileURLToPath } from 'node:url';
import { loadMigrations, migrate, type GlobalCheckpoint, type Subscription } from '@bcd/event-store';
import { applyMembershipEvents, MEMBERSHIP_EVENT_PREFIX, MEMBERSHIP_PROJECTION_ID } from '../read-model/projection.js';
import { MEMBERSHIP_PROJECTION_HOST, type ProjectionHost } from './tokens.js';

export const MEMBERSHIP_MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));
export const MEMBERSHIP_MIGRATIONS_TABLE = 'membership_schema_migrations';

/** How long a command waits for its events to reach the read model before answering. */
const READ_YOUR_WRITES_TIMEOUT_MS = 10_000;

/** Applies the read-model migrations, runs the projection, and lets commands wait for it (read-your-writes). */
@Injectable()
export class MembershipProjection implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(MembershipProjection.name);
  private subscription: Subscription | undefined;

  constructor(@Inject(MEMBERSHIP_PROJECTION_HOST) private readonly host: ProjectionHost | null) {}

  get executor(): ProjectionHost['executor'] {
    return this.requireHost().executor;
  }

  async onModuleInit(): Promise<void> {
    const host = this.requireHost();
    await migrate(host.executor, await loadMigrations(MEMBERSHIP_MIGRATIONS_DIR), MEMBERSHIP_MIGRATIONS_TABLE);
    this.subscription = host.project({
      projectionId: MEMBERSHIP_PROJECTION_ID,
      typePrefix: MEMBERSHIP_EVENT_PREFIX,
      apply: applyMembershipEvents,
      onError: (error) => this.logger.error({ err: error }, 'membership projection failed; retrying'),
    });
    await this.subscription.caughtUp();
  }

  async onModuleDestroy(): Promise<void> {
    await this.subscription?.stop();
  }

  /** Resolves once the read model includes the event at `checkpoint`. */
  async waitFor(checkpoint: GlobalCheckpoint | undefined): Promise<void> {
    if (checkpoint === undefined || this.subscription === undefined) return;
    await this.subscription.reached(checkpoint, READ_YOUR_WRITES_TIMEOUT_MS);
  }

  private requireHost(): ProjectionHost {
    if (!this.host) throw new Error('The membership context needs the event store\'s SQL database (PostgreSQL or PGlite) for its read models');
    return this.host;
  }
}
