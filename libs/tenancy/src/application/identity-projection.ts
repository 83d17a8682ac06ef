import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { loadMigrations, migrate, type GlobalCheckpoint, type Subscription } from '@bcd/event-store';
import { fileURLToPath } from 'node:url';
import { applyIdentityEvents, IDENTITY_EVENT_PREFIX, IDENTITY_PROJECTION_ID } from '../read-model/projection.js';
import { TENANCY_PROJECTION_HOST, type ProjectionHost } from './tokens.js';

export const IDENTITY_MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));
export const IDENTITY_MIGRATIONS_TABLE = 'tenancy_schema_migrations';

/** How long a command waits for its events to reach the read model before answering. */
const READ_YOUR_WRITES_TIMEOUT_MS = 10_000;

/** Applies the read-model migrations, runs the projection, and lets commands wait for it (read-your-writes). */
@Injectable()
export class IdentityProjection implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(IdentityProjection.name);
  private subscription: Subscription | undefined;

  constructor(@Inject(TENANCY_PROJECTION_HOST) private readonly host: ProjectionHost | null) {}

  get executor(): ProjectionHost['executor'] {
    return this.requireHost().executor;
  }

  async onModuleInit(): Promise<void> {
    const host = this.requireHost();
    await migrate(host.executor, await loadMigrations(IDENTITY_MIGRATIONS_DIR), IDENTITY_MIGRATIONS_TABLE);
    this.subscription = host.project({
      projectionId: IDENTITY_PROJECTION_ID,
      typePrefix: IDENTITY_EVENT_PREFIX,
      apply: applyIdentityEvents,
      onError: (error) => this.logger.error({ err: error }, 'identity projection failed; retrying'),
    });
    // The guard reads this model on every request: be current before taking any.
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
    if (!this.host) {
      throw new Error('The identity context needs the event store\'s SQL database (PostgreSQL or PGlite) for its read models');
    }
    return this.host;
  }
}
