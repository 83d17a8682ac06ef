// `npm start` on a fresh clone, as issue 15 asks ("shows the dashboard with demo data at the printed URL within a
// minute"): the repository's HEAD cloned into a temporary directory, `npm ci` there (not timed: the quick start's
// `npm install`), then `npm start` spawned as a person types it (the build, then the platform on an empty DATA_DIR
// writing the demo history) and headless Chromium opening the dashboard at the URL the platform printed.
// Figure (one JSON line on stdout):
// - fresh-clone-start  seconds from spawning `npm start` to the dashboard's first KPI drawn, with the build's and
//                      the listening's share; baseline: `npm start` again in the same clone (the build answered from
//                      Nx's cache, the store already holding the demo history), the start of every other morning.
// Uncommitted changes are not in the clone: commit first to measure them.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { ADMIN_PASSWORD, freePort, launchChromium, logIn, signedInContext } from './embedded-platform.js';
import { emitFigure, progress, round } from './report.js';

const BENCH = 'fresh-start';
const REPOSITORY = fileURLToPath(new URL('../..', import.meta.url));
const TENANT = 'thanh-hoa';
const FIRST_KPI = '[data-kpi] [data-status]';
/** The line of the build that ends it (Nx's summary). */
const BUILD_DONE = /Successfully ran target build/;

function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: process.env });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}: ${stderr}`))));
  });
}

interface Start {
  child: ChildProcess;
  /** Seconds from the spawn. */
  built: number;
  listening: number;
  firstKpi: number;
}

/** `npm start` in `clone` until the dashboard at the printed URL draws its first KPI. */
async function npmStart(clone: string, dataDir: string, nxCache: string, port: number): Promise<Start> {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  const child = spawn('npm', ['start'], {
    cwd: clone,
    // Nx keeps its cache per workspace under ~/.nx, shared by every clone on this machine: the clone gets its own,
    // empty at first as on a machine that never built the project.
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', ADMIN_PASSWORD, DEMO: '1', NX_CACHE_DIRECTORY: nxCache },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let built = Number.NaN;
  const printed = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`npm start exited with code ${code} before printing its URL`)));
    for (const stream of [child.stdout, child.stderr]) {
      if (stream === null) continue;
      createInterface({ input: stream }).on('line', (line) => {
        if (Number.isNaN(built) && BUILD_DONE.test(line)) built = seconds();
        const url = /Listening on (http:\/\/\S+)/.exec(line);
        if (url) resolve(url[1].replace(/[",]+$/, ''));
      });
    }
  });
  const listening = seconds();
  const session = await logIn(printed);
  const browser = await launchChromium();
  try {
    const context = await signedInContext(browser, session);
    const page = await context.newPage();
    await page.goto(`${printed}/t/${TENANT}/dashboard`, { waitUntil: 'commit' });
    await page.waitForSelector(FIRST_KPI, { timeout: 120_000 });
  } finally {
    await browser.close();
  }
  return { child, built, listening, firstKpi: seconds() };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // npm and the node it started: the whole process group.
  process.kill(-child.pid, 'SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
  if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
}

export async function runFreshStartBench(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'bcd-bench-fresh-'));
  const clone = join(root, 'main');
  const dataDir = join(root, 'data');
  const nxCache = join(root, 'nx-cache');
  try {
    progress(BENCH, `git clone ${REPOSITORY} (HEAD) into ${clone}`);
    await run('git', ['clone', '-q', REPOSITORY, clone], root);
    progress(BENCH, 'npm ci in the clone (not timed)');
    await run('npm', ['ci', '--prefer-offline'], clone);
    const port = await freePort();

    progress(BENCH, 'npm start on the fresh clone (empty DATA_DIR, DEMO=1)');
    const first = await npmStart(clone, dataDir, nxCache, port);
    await stop(first.child);
    progress(BENCH, `first KPI drawn after ${first.firstKpi.toFixed(1)} s (built after ${first.built.toFixed(1)} s, listening after ${first.listening.toFixed(1)} s)`);

    progress(BENCH, 'npm start again in the same clone (baseline)');
    const again = await npmStart(clone, dataDir, nxCache, port);
    await stop(again.child);

    emitFigure({
      bench: BENCH,
      figure: 'fresh-clone-start',
      driver: 'pglite',
      seconds_to_first_kpi: round(first.firstKpi, 1),
      seconds_built: round(first.built, 1),
      seconds_to_listening: round(first.listening, 1),
      baseline: {
        what: 'npm start again in the same clone (build from Nx cache, demo history already written)',
        seconds_to_first_kpi: round(again.firstKpi, 1),
        seconds_built: round(again.built, 1),
        seconds_to_listening: round(again.listening, 1),
      },
      ratio: round(first.firstKpi / again.firstKpi, 2),
      goal_seconds: 60,
    });
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
