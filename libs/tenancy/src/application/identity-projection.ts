import { Inject, Injectable } from '@nestjs/common';
import { fileURLToPath } from 'node:url';
import { ContextReadModel } from '@bcd/service-host';
import { applyIdentityEvents, IDENTITY_EVENT_PREFIX, IDENTITY_PROJECTION_ID } from '../read-model/projection.js';
import { TENANCY_PROJECTION_HOST, type ProjectionHost } from './tokens.js';

export const IDENTITY_MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));
export const IDENTITY_MIGRATIONS_TABLE = 'tenancy_schema_migrations';

/** Applies the read-model migrations, runs the projection, and lets commands wait for it (read-your-writes). */
// The guard reads this model on every request: be current before taking any (start awaits the catch-up).
@Injectable()
export class IdentityProjection extends ContextReadModel {
  constructor(@Inject(TENANCY_PROJECTION_HOST) host: ProjectionHost | null) {
    super(host, {
      context: 'identity',
      projectionId: IDENTITY_PROJECTION_ID,
      typePrefix: IDENTITY_EVENT_PREFIX,
      migrations: { dir: IDENTITY_MIGRATIONS_DIR, table: IDENTITY_MIGRATIONS_TABLE },
      apply: applyIdentityEvents,
    });
  }
}
