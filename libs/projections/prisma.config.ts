// Prisma's CLI configuration for this context, used by the `build` script's `prisma generate` only (README "Reads
// through Prisma"). No datasource: nothing here migrates or pushes (the SQL migrations in ./migrations are applied by
// the event store's runner), and the client gets its connection from the driver adapter at run time.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';

// `prisma generate` asks for a schema engine binary and downloads one from binaries.prisma.sh when none is given,
// although generating needs no engine: any existing file will do, and it is never run. This file exists everywhere.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url);
// Nothing phones home (shared/design/TOOLCHAIN.md), even from a plain `npm start`: without this the CLI starts its
// telemetry and update check (checkpoint.prisma.io) in a detached child process.
process.env.CHECKPOINT_DISABLE ??= '1';

export default defineConfig({
  schema: 'prisma/schema.prisma',
});
