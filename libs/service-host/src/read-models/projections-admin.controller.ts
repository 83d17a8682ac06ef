// Operators see every read model's lag here (and on /metrics as projection_lag_events / projection_lag_seconds),
// and rebuild one from position 0 while it keeps serving (rebuild.ts); `npm run projections:rebuild` does the same
// from a shell, with a progress bar.
import { Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { RoleGroups } from '@bcd/auth';
import { Change, Read } from '../http/routes.js';
import { ReadModels, type ProjectionLag } from './read-models.js';
import type { RebuildProgress } from './rebuild.js';

const RebuildProgressSchema = z.strictObject({
  projectionId: z.string(),
  phase: z.enum(['migrating', 'replaying', 'indexing', 'switching', 'done', 'failed']),
  processed: z.int(),
  total: z.int(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  error: z.string().nullable(),
});

const ProjectionSchema = z.strictObject({
  projectionId: z.string(),
  context: z.string(),
  readYourWrites: z.boolean(),
  position: z.string().nullable(),
  checkpointUpdatedAt: z.string().nullable(),
  eventsBehind: z.int(),
  secondsBehind: z.number(),
  /** The last rebuild this process ran or runs, if any. */
  rebuild: RebuildProgressSchema.nullable(),
});

@ApiTags('operations')
@Controller('api/admin/projections')
export class ProjectionsAdminController {
  constructor(private readonly readModels: ReadModels) {}

  @Read('', {
    operationId: 'listProjections',
    summary: 'Every read model of this host and how far it is behind the store (events not yet processed, seconds since the oldest was recorded), with its last rebuild.',
    roles: RoleGroups.platformReaders,
    response: z.array(ProjectionSchema),
  })
  async list(): Promise<(ProjectionLag & { rebuild: RebuildProgress | null })[]> {
    return (await this.readModels.lag()).map((lag) => ({ ...lag, rebuild: this.readModels.rebuilds.get(lag.projectionId) ?? null }));
  }

  @Change('POST', ':projectionId/rebuild', {
    operationId: 'rebuildProjection',
    summary:
      'Rebuild a read model from position 0 into new tables while the live ones keep serving, then switch them in one transaction (202: it runs in the background; follow it on GET /api/admin/projections). 409 while one runs.',
    status: 202,
    roles: RoleGroups.platformAdmins,
    response: RebuildProgressSchema,
  })
  async rebuild(@Param('projectionId') projectionId: string): Promise<RebuildProgress> {
    let first: RebuildProgress | undefined;
    const started = new Promise<RebuildProgress>((resolve, reject) => {
      this.readModels
        .rebuild(projectionId, (progress) => {
          if (!first) {
            first = progress;
            resolve(progress);
          }
        })
        // The outcome is on GET /api/admin/projections (phase `failed` with the error); nothing waits for it here.
        .catch((error: unknown) => (first ? undefined : reject(error)));
    });
    return started;
  }
}
