// Operators see every read model's lag here (and on /metrics as projection_lag_events / projection_lag_seconds).
import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { RoleGroups } from '@bcd/auth';
import { Read } from '../http/routes.js';
import { ReadModels, type ProjectionLag } from './read-models.js';

const ProjectionLagSchema = z.strictObject({
  projectionId: z.string(),
  context: z.string(),
  readYourWrites: z.boolean(),
  position: z.string().nullable(),
  checkpointUpdatedAt: z.string().nullable(),
  eventsBehind: z.int(),
  secondsBehind: z.number(),
});

@ApiTags('operations')
@Controller('api/admin/projections')
export class ProjectionsAdminController {
  constructor(private readonly readModels: ReadModels) {}

  @Read('', {
    operationId: 'listProjections',
    summary: 'Every read model of this host and how far it is behind the store: events not yet processed and seconds since the oldest of them was recorded.',
    roles: RoleGroups.platformReaders,
    response: z.array(ProjectionLagSchema),
  })
  list(): Promise<ProjectionLag[]> {
    return this.readModels.lag();
  }
}
