import { Inject, Injectable } from '@nestjs/common';
import { fileURLToPath } from 'node:url';
import { ContextReadModel } from '@bcd/service-host';
import { applyMembershipEvents, MEMBERSHIP_EVENT_PREFIX, MEMBERSHIP_PROJECTION_ID } from '../read-model/projection.js';
import { MEMBERSHIP_PROJECTION_HOST, type ProjectionHost } from './tokens.js';

export const MEMBERSHIP_MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));
export const MEMBERSHIP_MIGRATIONS_TABLE = 'membership_schema_migrations';

/** Applies the read-model migrations, runs the projection, and lets commands wait for it (read-your-writes). */
@Injectable()
export class MembershipProjection extends ContextReadModel {
  constructor(@Inject(MEMBERSHIP_PROJECTION_HOST) host: ProjectionHost | null) {
    super(host, {
      context: 'membership',
      projectionId: MEMBERSHIP_PROJECTION_ID,
      typePrefix: MEMBERSHIP_EVENT_PREFIX,
      migrations: { dir: MEMBERSHIP_MIGRATIONS_DIR, table: MEMBERSHIP_MIGRATIONS_TABLE },
      apply: applyMembershipEvents,
    });
  }
}
