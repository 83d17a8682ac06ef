import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { loadMigrations, migrate, type GlobalCheckpoint, type Subscription } from '@bcd/event-store';
import { fileURLToPath } from 'node:url';
import { applyRulebookEvents, RULEBOOK_EVENT_PREFIX, RULEBOOK_PROJECTION_ID } from '../read-model/projection.js';
import { RULEBOOK_PROJECTION_HOST, type ProjectionHost } from './tokens.js';

export const RULEBOOK_MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));
export const RULEBOOK_MIGRATIONS_TABLE = 'rulebook_schema_migrations';

/** How long a command waits for its events to reach the read model before answering. */
const READ_YOUR_WRITES_TIMEOUT_MS = 10_000;

/** Applies the read-model migrations, runs the projection, and lets commands wait for it (read-your-writes). */
@Injectable()
export class RulebookProjection implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(RulebookProjection.name);
  private subscription: Subscription | undefined;

  constructor(@Inject(RULEBOOK_PROJECTION_HOST) private readonly host: ProjectionHost | null) {}

  get executor(): ProjectionHost['executor'] {
    return this.requireHost().executor;
  }

  async onModuleInit(): Promise<void> {
    const host = this.requireHost();
    await migrate(host.executor, await loadMigrations(RULEBOOK_MIGRATIONS_DIR), RULEBOOK_MIGRATIONS_TABLE);
    this.subscription = host.project({
      projectionId: RULEBOOK_PROJECTION_ID,
      typePrefix: RULEBOOK_EVENT_PREFIX,
      apply: applyRulebookEvents,
      onError: (error) => this.logger.error({ err: error }, 'rulebook projection failed; retrying'),
    });
    // Other contexts ask which regulation is in force (the RegulationsInForce port): be current first.
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
      throw new Error('The rulebook context needs the event store\'s SQL database (PostgreSQL or PGlite) for its read model');
    }
    return this.host;
  }
}
