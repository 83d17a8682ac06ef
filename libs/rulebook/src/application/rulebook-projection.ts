import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { ReadModelProjection, type GlobalCheckpoint } from '@bcd/event-store';
import { fileURLToPath } from 'node:url';
import { applyRulebookEvents, RULEBOOK_EVENT_PREFIX, RULEBOOK_PROJECTION_ID } from '../read-model/projection.js';
import { RULEBOOK_PROJECTION_HOST, type ProjectionHost } from './tokens.js';

export const RULEBOOK_MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));
export const RULEBOOK_MIGRATIONS_TABLE = 'rulebook_schema_migrations';

/** Applies the read-model migrations, runs the projection, and lets commands wait for it (read-your-writes). */
@Injectable()
export class RulebookProjection implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(RulebookProjection.name);
  private readonly readModel: ReadModelProjection | undefined;

  constructor(@Inject(RULEBOOK_PROJECTION_HOST) host: ProjectionHost | null) {
    this.readModel = host
      ? new ReadModelProjection(host, {
          projectionId: RULEBOOK_PROJECTION_ID,
          typePrefix: RULEBOOK_EVENT_PREFIX,
          migrations: { dir: RULEBOOK_MIGRATIONS_DIR, table: RULEBOOK_MIGRATIONS_TABLE },
          apply: applyRulebookEvents,
          onError: (error) => this.logger.error({ err: error }, 'rulebook projection failed; retrying'),
        })
      : undefined;
  }

  get executor(): ProjectionHost['executor'] {
    return this.requireReadModel().executor;
  }

  async onModuleInit(): Promise<void> {
    // Other contexts ask which regulation is in force (the RegulationsInForce port): be current first (start awaits the catch-up).
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
      throw new Error('The rulebook context needs the event store\'s SQL database (PostgreSQL or PGlite) for its read model');
    }
    return this.readModel;
  }
}
