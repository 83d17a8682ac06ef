// `npm run projections:rebuild [-- <projectionId>…]`: rebuilds read models from position 0 (all of them, or the
// ones named), each into new tables that replace the live ones in one transaction (libs/service-host rebuild.ts),
// with a progress bar per projection. On PGlite (no DATABASE_URL) stop the platform first: one process owns
// DATA_DIR. On PostgreSQL the platform may keep running (GET /api/admin/projections shows the same progress, and
// POST /api/admin/projections/:id/rebuild does it from there).
import 'reflect-metadata';
import cliProgress from 'cli-progress';
import { ReadModels } from '@bcd/service-host';
import { createApp } from './app.factory.js';
import { loadConfig } from './config.js';

async function main(args: readonly string[]): Promise<number> {
  // The log would write over the progress bars: warnings and errors only, unless asked otherwise.
  process.env.LOG_LEVEL ??= 'warn';
  const app = await createApp(loadConfig());
  try {
    const readModels = app.get(ReadModels);
    const known = readModels.projectionIds();
    const unknown = args.filter((id) => !known.includes(id));
    if (unknown.length > 0) {
      process.stderr.write(`Unknown projection(s): ${unknown.join(', ')}. Known: ${known.join(', ')}\n`);
      return 2;
    }
    const ids = args.length > 0 ? args : known;
    const bars = new cliProgress.MultiBar(
      { format: '{projection} [{bar}] {percentage}% | {value}/{total} events | {phase}', hideCursor: true, clearOnComplete: false, stopOnComplete: false },
      cliProgress.Presets.shades_classic,
    );
    try {
      for (const id of ids) {
        const projection = id.padEnd(28);
        const bar = bars.create(1, 0, { projection, phase: 'starting' });
        const result = await readModels.rebuild(id, (p) => {
          bar.setTotal(Math.max(p.total, p.processed, 1));
          bar.update(p.processed, { projection, phase: p.phase });
        });
        const seconds = (Date.parse(result.finishedAt ?? result.startedAt) - Date.parse(result.startedAt)) / 1000;
        bar.update(result.processed, { projection, phase: `${result.phase} in ${seconds.toFixed(1)} s` });
      }
    } finally {
      bars.stop();
    }
    return 0;
  } finally {
    await app.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Rebuild failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
