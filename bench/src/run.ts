// Entry point: `node bench/dist/run.js [name ...]` (root script: `npm run bench -- <name>`).
// No name or `all` runs every benchmark. Figures go to stdout as JSON lines; progress to stderr.

import { runAdminBench } from './admin.bench.js';
import { runEventStoreBench } from './event-store.bench.js';
import { runFreshStartBench } from './fresh-start.bench.js';
import { runHttpBench } from './http.bench.js';
import { runProjectionsBench } from './projections.bench.js';

interface Benchmark {
  description: string;
  run: () => Promise<void>;
}

const BENCHMARKS: Record<string, Benchmark> = {
  admin: {
    description: 'the first `npm start` (demo history) until the dashboard draws its first KPI, and the dashboard\'s load in headless Chromium (cold and cached), against baselines of the same run',
    run: runAdminBench,
  },
  'event-store': {
    description: 'append and catch-up throughput of the event store on PGlite and PostgreSQL (BENCH_DATABASE_URL), against plain-table baselines',
    run: runEventStoreBench,
  },
  'fresh-start': {
    description: '`npm start` on a fresh clone of HEAD (after `npm ci`, not timed) until the dashboard draws its first KPI, against a second `npm start` in the same clone',
    run: runFreshStartBench,
  },
  http: {
    description: 'the request path (a read route and a command route) of the platform in a child process, from outside, against bare-Fastify baselines running the same SQL',
    run: runHttpBench,
  },
  projections: {
    description: 'read models built from position 0 over a generated 34-tenant history, the audit projections per event, and the as-of, KPI, ranking, audit-search and inclusion-proof routes',
    run: runProjectionsBench,
  },
};

function usage(): string {
  const names = Object.entries(BENCHMARKS).map(([name, b]) => `  ${name.padEnd(14)} ${b.description}`);
  return [
    'usage: npm run bench -- [all | <name> ...]',
    '',
    'benchmarks:',
    `  ${'all'.padEnd(14)} every benchmark below (the default)`,
    ...names,
    '',
    'environment:',
    '  BENCH_DATABASE_URL  postgres://… of a database on the server to measure (a scratch database is created next to it); unset: PostgreSQL is skipped',
    '  BENCH_SCALE         multiplies every operation count (default 1; e.g. 0.1 for a smoke run)',
    '  BENCH_DRIVERS       pglite,postgres (default both): narrows the http and projections benchmarks',
    '',
  ].join('\n');
}

async function main(args: string[]): Promise<number> {
  if (args.some((a) => a === '-h' || a === '--help')) {
    process.stderr.write(usage());
    return 0;
  }
  const unknown = args.filter((a) => a !== 'all' && !(a in BENCHMARKS));
  if (unknown.length > 0) {
    process.stderr.write(`unknown benchmark: ${unknown.join(', ')}\n\n${usage()}`);
    return 2;
  }
  const names = args.length === 0 || args.includes('all') ? Object.keys(BENCHMARKS) : [...new Set(args)];
  for (const name of names) await BENCHMARKS[name].run();
  return 0;
}

const code = await main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 1;
});
process.exitCode = code;
// Every benchmark closes what it opened; if a handle still holds the event loop, say so and exit anyway.
setTimeout(() => {
  process.stderr.write('bench: some handle is still open 5 s after the end; exiting\n');
  process.exit(code);
}, 5000).unref();
