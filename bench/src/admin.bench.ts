// The admin app as a province opens it: the platform started as `npm start` starts it (apps/platform/dist/main.js,
// the embedded default: PGlite in a fresh DATA_DIR, DEMO=1 so the first start writes the demo history), then
// headless Chromium (Debian's, through playwright-core) opening the dashboard. Figures (JSON lines on stdout):
// - first-start      seconds from spawning the platform to the dashboard's first KPI drawn in the browser at the
//                    URL the platform printed (issue 15: "within a minute"; the build before it is not counted);
//                    baseline: the same platform started on the same kind of empty DATA_DIR with DEMO=0 until
//                    it listens, i.e. what the demo history adds.
// - dashboard-first-load  ms from navigation to the first KPI drawn (its red/amber/green tag shown), a fresh
//                    browser context each time (nothing cached), signed in as the platform admin (so the ranking
//                    across provinces loads too); baseline: the same fresh context opening /health on the same
//                    origin (what a navigation costs at all).
// - dashboard-reload  the same page reloaded in a context that has loaded it once (the app's files cached);
//                    baseline: the KPI page's API request alone, from Node (what the page must wait for anyway).
// BENCH_SCALE multiplies the number of page loads (default 20 each, at least 3).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { emitFigure, percentile, progress, round } from './report.js';

const BENCH = 'admin';
const MAIN = fileURLToPath(new URL('../../apps/platform/dist/main.js', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ADMIN_PASSWORD = 'bench-admin-password-long-enough';
const TENANT = 'thanh-hoa';
/** The app's session entry (apps/admin/app/session/session.tsx). */
const SESSION_KEY = 'bcd.admin.session';
const FIRST_KPI = '[data-kpi] [data-status]';

const scale = Number(process.env.BENCH_SCALE ?? 1);
const LOADS = Math.max(3, Math.round(20 * scale));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

interface Platform {
  url: string;
  child: ChildProcess;
  dataDir: string;
}

/** `node apps/platform/dist/main.js` on a fresh DATA_DIR, until it logs that it listens. */
async function startPlatform(demo: boolean): Promise<Platform> {
  const dataDir = await mkdtemp(join(tmpdir(), 'bcd-bench-admin-'));
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', DEMO: demo ? '1' : '0', ADMIN_PASSWORD, NODE_ENV: 'production', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = `http://127.0.0.1:${port}`;
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the platform exited with code ${code} before listening`)));
    for (const stream of [child.stdout, child.stderr]) {
      if (stream === null) continue;
      createInterface({ input: stream }).on('line', (line) => {
        if (line.includes('Listening on')) resolve();
        else if (/"level":(50|60)|\berror\b/i.test(line) && !line.includes('"level":30')) process.stderr.write(`[platform] ${line}\n`);
      });
    }
  });
  return { url, child, dataDir };
}

async function stopPlatform(platform: Platform): Promise<void> {
  const exited = new Promise<void>((resolve) => platform.child.once('exit', () => resolve()));
  platform.child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
  if (platform.child.exitCode === null) platform.child.kill('SIGKILL');
  await rm(platform.dataDir, { recursive: true, force: true });
}

async function logIn(url: string): Promise<{ accessToken: string; expiresAt: string }> {
  const response = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }) });
  if (!response.ok) throw new Error(`login answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as { accessToken: string; expiresAt: string };
}

/** A fresh context (empty cache) holding the session, as after signing in. */
async function signedInContext(browser: Browser, session: { accessToken: string; expiresAt: string }): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  await context.addInitScript(([key, value]) => sessionStorage.setItem(key, value), [SESSION_KEY, JSON.stringify(session)] as const);
  return context;
}

/** ms from the navigation's start to the first KPI drawn. */
async function timeToFirstKpi(context: BrowserContext, url: string, reload: boolean): Promise<number> {
  const page = context.pages()[0] ?? (await context.newPage());
  const started = performance.now();
  if (reload) await page.reload({ waitUntil: 'commit' });
  else await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector(FIRST_KPI, { timeout: 60_000 });
  return performance.now() - started;
}

function figure(name: string, unit: string, values: number[], baselineWhat: string, baseline: number[], extra: Record<string, unknown> = {}): void {
  const p50 = percentile(values, 0.5);
  const p95 = percentile(values, 0.95);
  const b50 = percentile(baseline, 0.5);
  emitFigure({
    bench: BENCH,
    figure: name,
    driver: 'pglite',
    runs: values.length,
    [`p50_${unit}`]: round(p50, 1),
    [`p95_${unit}`]: round(p95, 1),
    baseline: { what: baselineWhat, runs: baseline.length, [`p50_${unit}`]: round(b50, 1), [`p95_${unit}`]: round(percentile(baseline, 0.95), 1) },
    ratio_p50: round(p50 / b50, 2),
    ...extra,
  });
}

export async function runAdminBench(): Promise<void> {
  progress(BENCH, `Chromium at ${CHROMIUM}; ${LOADS} page loads per figure`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    // Baseline of the first start: the same platform, empty store, no demo history.
    let t0 = performance.now();
    const bare = await startPlatform(false);
    const bareListening = (performance.now() - t0) / 1000;
    await stopPlatform(bare);
    progress(BENCH, `without the demo history the platform listens after ${bareListening.toFixed(1)} s`);

    t0 = performance.now();
    const platform = await startPlatform(true);
    try {
      const listening = (performance.now() - t0) / 1000;
      const session = await logIn(platform.url);
      const dashboard = `${platform.url}/t/${TENANT}/dashboard`;
      const first = await signedInContext(browser, session);
      await timeToFirstKpi(first, dashboard, false);
      const firstKpi = (performance.now() - t0) / 1000;
      await first.close();
      progress(BENCH, `first start with the demo history: listening after ${listening.toFixed(1)} s, first KPI drawn after ${firstKpi.toFixed(1)} s`);
      emitFigure({
        bench: BENCH,
        figure: 'first-start',
        driver: 'pglite',
        seconds_to_first_kpi: round(firstKpi, 1),
        seconds_to_listening: round(listening, 1),
        baseline: { what: 'the same start with DEMO=0 (empty store) until it listens', seconds_to_listening: round(bareListening, 1) },
        goal_seconds: 60,
      });

      const cold: number[] = [];
      const navigation: number[] = [];
      for (let i = 0; i < LOADS; i++) {
        const context = await signedInContext(browser, session);
        cold.push(await timeToFirstKpi(context, dashboard, false));
        await context.close();
        const empty = await signedInContext(browser, session);
        const page = await empty.newPage();
        const started = performance.now();
        await page.goto(`${platform.url}/health`, { waitUntil: 'load' });
        navigation.push(performance.now() - started);
        await empty.close();
      }
      figure('dashboard-first-load', 'ms', cold, 'a fresh browser context opening /health on the same origin', navigation, { page: `/t/${TENANT}/dashboard`, user: 'platform admin (ranking included)' });

      const warm: number[] = [];
      const api: number[] = [];
      const context = await signedInContext(browser, session);
      // the KPI request the page itself makes (its period is the app's default one)
      let kpiRequest: string | undefined;
      context.on('request', (request) => {
        if (new URL(request.url()).pathname === `/api/tenants/${TENANT}/kpis`) kpiRequest ??= request.url();
      });
      await timeToFirstKpi(context, dashboard, false);
      if (kpiRequest === undefined) throw new Error('the dashboard made no KPI request');
      for (let i = 0; i < LOADS; i++) {
        warm.push(await timeToFirstKpi(context, dashboard, true));
        const started = performance.now();
        const response = await fetch(kpiRequest, { headers: { authorization: `Bearer ${session.accessToken}` } });
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`the KPI page answered ${response.status}`);
        api.push(performance.now() - started);
      }
      await context.close();
      figure('dashboard-reload', 'ms', warm, 'GET /api/tenants/:tenant/kpis from Node (what the page waits for)', api, { page: `/t/${TENANT}/dashboard`, user: 'platform admin (ranking included)' });
    } finally {
      await stopPlatform(platform);
    }
  } finally {
    await browser.close();
  }
}
