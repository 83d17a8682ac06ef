import { Inject, Injectable } from '@nestjs/common';
import { fileURLToPath } from 'node:url';
import { ContextReadModel } from '@bcd/service-host';
import { applyRulebookEvents, RULEBOOK_EVENT_PREFIX, RULEBOOK_PROJECTION_ID } from '../read-model/projection.js';
import { RULEBOOK_PROJECTION_HOST, type ProjectionHost } from './tokens.js';

export const RULEBOOK_MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));
export const RULEBOOK_MIGRATIONS_TABLE = 'rulebook_schema_migrations';

/** Applies the read-model migrations, runs the projection, and lets commands wait for it (read-your-writes). */
// Other contexts ask which regulation is in force (the RegulationsInForce port): be current first (start awaits the catch-up).
@Injectable()
export class RulebookProjection extends ContextReadModel {
  constructor(@Inject(RULEBOOK_PROJECTION_HOST) host: ProjectionHost | null) {
    super(host, {
      context: 'rulebook',
      projectionId: RULEBOOK_PROJECTION_ID,
      typePrefix: RULEBOOK_EVENT_PREFIX,
      migrations: { dir: RULEBOOK_MIGRATIONS_DIR, table: RULEBOOK_MIGRATIONS_TABLE },
      apply: applyRulebookEvents,
    });
  }
}
