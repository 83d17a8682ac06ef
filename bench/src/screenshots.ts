// The README's screenshots, from the demo history: `npm run screenshots` starts the platform as `npm start` does on an
// empty DATA_DIR (the demo history is written), signs in as the platform admin and saves, at 1280×800 in Debian's
// Chromium, the dashboard of Thanh Hóa for the last full year, time travel to Thanh Hóa as of mid-2016, and the page of its latest held plenary meeting. Into docs/screenshots/ (committed).
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { launchChromium, logIn, signedInContext, startPlatform, stopPlatform } from './embedded-platform.js';
import { progress } from './report.js';

const OUT = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const TENANT = 'thanh-hoa';

interface MeetingSummary {
  meetingId: string;
  kind: string;
  status: string;
  scheduledOn: string;
}

async function shoot(context: BrowserContext, url: string, ready: string, name: string, fullPage = true): Promise<void> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector(ready, { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  // charts and tags drawn, no transition half-way
  await page.waitForFunction('document.getAnimations().every((a) => a.playState !== "running" || a.effect.getTiming().iterations === Infinity)');
  await page.screenshot({ path: `${OUT}${name}.png`, fullPage });
  await page.close();
  progress('screenshots', `${name}.png ← ${url}`);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const browser = await launchChromium();
  const platform = await startPlatform(true);
  try {
    const session = await logIn(platform.url);
    const lastYear = String(new Date().getFullYear() - 1);
    const response = await fetch(`${platform.url}/api/tenants/${TENANT}/meetings?status=held`, { headers: { authorization: `Bearer ${session.accessToken}` } });
    if (!response.ok) throw new Error(`meetings answered ${response.status}`);
    const held = ((await response.json()) as MeetingSummary[]).filter((m) => m.kind === 'plenary').sort((a, b) => b.scheduledOn.localeCompare(a.scheduledOn));
    if (held.length === 0) throw new Error('the demo history has no held plenary meeting in Thanh Hóa');
    const context = await signedInContext(browser, session);
    await shoot(context, `${platform.url}/t/${TENANT}/dashboard?period=${lastYear}`, '[data-kpi] [data-status]', 'dashboard');
    // the state on 30/06/2016 (the first screen of it: the page is long)
    await shoot(context, `${platform.url}/t/${TENANT}/time-travel?at=2016-06-30&axis=business`, 'table', 'time-travel', false);
    await shoot(context, `${platform.url}/t/${TENANT}/meetings/${held[0].meetingId}`, '[data-testid="attendance"]', 'meeting');
    await context.close();
  } finally {
    await stopPlatform(platform);
    await browser.close();
  }
}

await main();
