// The projection `programme-read-model`: every event of a programme folds its view (programme.view.ts), written back
// whole with the columns lists filter on by the kit's view-row handler, in the batch's transaction with the checkpoint.
import { fileURLToPath } from 'node:url';
import { defineProjection, viewRowHandler } from '@bcd/service-host';
import type { ProgrammeEvent } from '../domain/programme/programme.js';
import { foldProgramme, type ProgrammeView } from './programme.view.js';

export const PROGRAMME_MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));
export const PROGRAMME_MIGRATIONS_TABLE = 'programme_schema_migrations';
export const PROGRAMME_PROJECTION_ID = 'programme-read-model';

const programme = viewRowHandler<ProgrammeView>({
  namespace: 'programme',
  table: 'programme_programmes',
  key: { column: 'programme_id', field: 'programmeId' },
  fold: (view, event, recorded) => foldProgramme(view, event as ProgrammeEvent, recorded.streamVersion),
  columns: (view) => ({ committee_id: view.committeeId, year: view.year, status: view.status }),
});

export const programmeProjection = defineProjection<ProgrammeEvent>({
  context: 'programme',
  projectionId: PROGRAMME_PROJECTION_ID,
  namespace: 'programme',
  migrations: { dir: PROGRAMME_MIGRATIONS_DIR, table: PROGRAMME_MIGRATIONS_TABLE },
  handlers: {
    ProgrammeOpened: programme,
    TaskPlanned: programme,
    TaskAmended: programme,
    InspectionPlanned: programme,
    InspectionAmended: programme,
    ProgrammeIssued: programme,
    TaskDone: programme,
    TaskExtended: programme,
    InspectionDone: programme,
  },
});
