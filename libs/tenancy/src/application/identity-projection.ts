import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { ReadModelProjection, type GlobalCheckpoint } from '@bcd/event-store';
import { fileURLToPath } from 'node:url';
import { applyIdentityEvents, IDENTITY_EVENT_PREFIX, IDENTITY_PROJECTION_ID } from '../read-model/projection.js';
import { TENANCY_PROJECTION_HOST, type ProjectionHost } from './tokens.js';

export const IDENTITY_MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));
export const IDENTITY_MIGRATIONS_TABLE = 'tenancy_schema_migrations';

/** Applies the read-model migrations, runs the projection, and lets commands wait for it (read-your-writes). */
@Injectable()
export class IdentityProjection implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(IdentityProjection.name);
  private readonly readModel: ReadModelProjection | undefined;

  constructor(@Inject(TENANCY_PROJECTION_HOST) host: ProjectionHost | null) {
    this.readModel = host
      ? new ReadModelProjection(host, {
          projectionId: IDENTITY_PROJECTION_ID,
          typePrefix: IDENTITY_EVENT_PREFIX,
          migrations: { dir: IDENTITY_MIGRATIONS_DIR, table: IDENTITY_MIGRATIONS_TABLE },
          apply: applyIdentityEvents,
          onError: (error) => this.logger.error({ err: error }, 'identity projection failed; retrying'),
        })
      : undefined;
  }

  get executor(): ProjectionHost['executor'] {
    return this.requireReadModel().executor;
  }

  async onModuleInit(): Promise<void> {
    // The guard reads this model on every request: be current before taking any (start awaits the catch-up).
    await this.requireReadModel().start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.readModel?.stop();
  }

  /** Resolves once the read model includes the event at `checkpoint`. */
  async waitFor(checkpoint: GlobalCheckpoint | undefined): Promise<void> {
    await this.readModel?.waitFor(checkpoint);
  }

  private requireReadModel(): ReadModelProjection {
    if (!this.readModel) {
      throw new Error('The identity context needs the event store\'s SQL database (PostgreSQL or PGlite) for its read models');
    }
    return this.readModel;
  }
}
