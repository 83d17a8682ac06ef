// Each projection of this context has its migrations in a folder of its own, recorded in a table of its own: a
// rebuild (libs/service-host rebuild.ts) replaces exactly the tables of the projection it rebuilds.
import { fileURLToPath } from 'node:url';

export type ProjectionsMigrationsFolder = 'audit' | 'transparency' | 'time-travel';

export function projectionMigrations(folder: ProjectionsMigrationsFolder): { dir: string; table: string } {
  return {
    dir: fileURLToPath(new URL(`../../migrations/${folder}/`, import.meta.url)),
    table: `projections_${folder.replace('-', '_')}_schema_migrations`,
  };
}
