import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { ReadModelProjection, type GlobalCheckpoint } from '@bcd/event-store';
import { fileURLToPath } from 'node:url';
import { applyMembershipEvents, MEMBERSHIP_EVENT_PREFIX, MEMBERSHIP_PROJECTION_ID } from '../read-model/projection.js';
import { MEMBERSHIP_PROJECTION_HOST, type ProjectionHost } from './tokens.js';

export const MEMBERSHIP_MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));
export const MEMBERSHIP_MIGRATIONS_TABLE = 'membership_schema_migrations';

/** Applies the read-model migrations, runs the projection, and lets commands wait for it (read-your-writes). */
@Injectable()
export class MembershipProjection implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(MembershipProjection.name);
  private readonly readModel: ReadModelProjection | undefined;

  constructor(@Inject(MEMBERSHIP_PROJECTION_HOST) host: ProjectionHost | null) {
    this.readModel = host
      ? new ReadModelProjection(host, {
          projectionId: MEMBERSHIP_PROJECTION_ID,
          typePrefix: MEMBERSHIP_EVENT_PREFIX,
          migrations: { dir: MEMBERSHIP_MIGRATIONS_DIR, table: MEMBERSHIP_MIGRATIONS_TABLE },
          apply: applyMembershipEvents,
          onError: (error) => this.logger.error({ err: error }, 'membership projection failed; retrying'),
        })
      : undefined;
  }

  get executor(): ProjectionHost['executor'] {
    return this.requireReadModel().executor;
  }

  async onModuleInit(): Promise<void> {
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
      throw new Error('The membership context needs the event store\'s SQL database (PostgreSQL or PGlite) for its read models');
    }
    return this.readModel;
  }
}
