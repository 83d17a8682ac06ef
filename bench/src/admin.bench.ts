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
import { performance } from 'node:perf_hooks';
import type { BrowserContext } from 'playwright-core';
import { CHROMIUM, launchChromium, logIn, signedInContext, startPlatform, stopPlatform } from './embedded-platform.js';
import { emitFigure, percentile, progress, round } from './report.js';

const BENCH = 'admin';
const TENANT = 'thanh-hoa';
const FIRST_KPI = '[data-kpi] [data-status]';

const scale = Number(process.env.BENCH_SCALE ?? 1);
const LOADS = Math.max(3, Math.round(20 * scale));

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
  const browser = await launchChromium();
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
