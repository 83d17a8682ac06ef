// Debian's Chromium driven by playwright-core (never a downloaded browser: shared/design/TOOLCHAIN.md), axe-core
// run in the page, and a screenshot of every page under tmp/ (gitignored).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = resolve('tmp/admin-e2e-screenshots');

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Chromium, or an error that says how to install it: the browser tests fail without it, they are never skipped. */
export async function launchChromium(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}: install Debian's package (apt-get install -y --no-install-recommends chromium; .ci/run does) or set CHROMIUM_PATH`);
  }
  // launch() gives Chromium a fresh temporary profile of its own and removes it on close
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return { browser, close: () => browser.close() };
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** The serious and critical WCAG 2.x A/AA violations axe-core finds in the page as it is now. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((result) => result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })))`,
  )) as AxeViolation[];
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** A screenshot of the whole page, named after what it shows. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/**
 * Picks an option of an Ant Design select: the option in the field's own dropdown (its listbox is `<input id>_list`:
 * another select's dropdown may still be leaving the screen, offering the same name), then waits until the field shows
 * it. On a loaded machine the list can close or move while the click lands (the option "not stable", then "not
 * visible"): the click gets a short timeout and the whole pick is tried again, up to three times.
 */
export async function pick(page: Page, label: string, option: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  const shows = () => field.evaluate((input, text) => input.closest('.ant-select')?.textContent?.includes(text) ?? false, option);
  for (let attempt = 1; ; attempt++) {
    try {
      await field.click({ timeout: 5_000 });
      const dropdown = page.locator('.ant-select-dropdown').filter({ has: page.locator(`[id="${await field.getAttribute('id')}_list"]`) });
      await dropdown.locator('.ant-select-item-option', { hasText: option }).first().click({ timeout: 5_000 });
      const deadline = Date.now() + 5_000;
      while (!(await shows()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      if (await shows()) return;
      if (attempt === 3) throw new Error(`the field ${label} does not show ${option} after ${attempt} picks`);
    } catch (error) {
      if (attempt === 3) throw error;
    }
    // close whatever list is open before trying again
    await page.keyboard.press('Escape');
  }
}
