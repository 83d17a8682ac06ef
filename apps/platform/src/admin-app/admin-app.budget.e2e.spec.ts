// The budget page's special expenditures in Debian's Chromium against the platform started in-process on PGlite
// (issue 15: "budget … special expenditures through their flow"), Thanh Hóa 2018 Điều 11.2: the secretariat proposes
// one on Sở TTTT's appropriated 2019 budget, Sở Tài chính (a finance_department user) records its coordination
// opinion, the chair (a member whose account is linked to the chair of the day) decides, and it is spent; each
// user sees it move through its stages with its amounts in whole đồng with thousands separators. A member who is
// not the chair, and the chair deciding before Sở Tài chính's opinion, are refused by the regulation with its
// article next to the form; a viewer sees no form, also on a 390-pixel-wide phone. axe-core runs on each page:
// no serious or critical violation. Screenshots go to tmp/admin-e2e-screenshots/budget-*. Needs `npm run build`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { fixedClock } from '@bcd/kernel';
import { ADMIN_APP_DIR } from '../app.factory.js';
import { startApp } from '../testing/http.js';
import { testConfig } from '../testing/test-config.js';
import { launchChromium, pick, screenshot, seriousViolations, type AxeViolation } from '../testing/admin-e2e/browser.js';
import { seedThanhHoa, TH, type Seeded } from '../testing/admin-e2e/seed.js';
import { FISCAL_YEAR, seedBudget, type SeededBudget } from '../testing/admin-e2e/seed-budget.js';
import { waitForProjections } from '../testing/admin-e2e/projections.js';

const ADMIN_PASSWORD = 'admin-e2e-budget-admin-password';
const TITLE = 'Sản xuất phim tài liệu về Chính quyền điện tử';
const ARTICLE_11_2 = /^Căn cứ: Điều 11 khoản 2, Quyết định 4095\/QĐ-BCĐ/;
/** Intl writes đồng with no-break spaces: compare with plain ones. */
const plain = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
jest.setTimeout(180_000);

describe('special expenditures on the budget page in Chromium', () => {
  const clock = fixedClock('2020-01-15T02:00:00.000Z');
  let app: NestFastifyApplication;
  let inject: (options: InjectOptions) => Promise<LightMyRequestResponse>;
  let base: string;
  let seeded: Seeded;
  let budget: SeededBudget;
  let browser: Browser;
  let closeBrowser: () => Promise<void>;
  const contexts: BrowserContext[] = [];
  /** the chair's tab: refused for deciding too early, then deciding */
  let chairPage: Page;
  const violations: Record<string, AxeViolation[]> = {};

  async function tab(width = 1280, height = 800): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    return page;
  }

  async function signIn(page: Page, user: { username: string; password: string }): Promise<void> {
    await page.goto(`${base}/login`);
    await page.getByLabel('Tên đăng nhập').fill(user.username);
    await page.getByLabel('Mật khẩu').fill(user.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/t\/[a-z-]+\/dashboard/);
  }

  /** Screenshot and accessibility check of the page as it is now. */
  async function check(page: Page, name: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    await page.waitForFunction('document.getAnimations().every((a) => a.playState !== "running" || a.effect.getTiming().iterations === Infinity)');
    await screenshot(page, `budget-${name}`);
    const found = await seriousViolations(page);
    if (found.length > 0) violations[name] = found;
  }

  async function typeDate(page: Page, label: string, value: string): Promise<void> {
    const input = page.getByLabel(label, { exact: true });
    await input.click();
    await input.fill(value);
    await input.press('Enter');
  }

  /** The budget page of 2019 as `user`, with the special expenditure's detail open; the detail's panel. */
  async function openSpecial(page: Page, user: { username: string; password: string }): Promise<Locator> {
    await signIn(page, user);
    await page.goto(`${base}/t/${TH}/budget?year=${FISCAL_YEAR}`);
    await page.getByRole('button', { name: TITLE }).click();
    const detail = page.getByTestId('special-expenditure');
    await detail.waitFor();
    return detail;
  }

  const stageOf = (scope: Page | Locator) => scope.locator('[data-stage]').first();

  beforeAll(async () => {
    if (!existsSync(join(ADMIN_APP_DIR, 'index.html'))) throw new Error(`The admin app is not built (${ADMIN_APP_DIR}): run npm run build first`);
    ({ browser, close: closeBrowser } = await launchChromium());
    ({ app, inject } = await startApp(testConfig({ DATA_DIR: 'memory://', ADMIN_PASSWORD }), { clock }));
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    seeded = await seedThanhHoa(inject, ADMIN_PASSWORD);
    budget = await seedBudget(inject, seeded);
    await waitForProjections(inject, seeded.admin.token);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await closeBrowser?.();
    await app?.close();
  });

  afterEach(() => {
    const found = Object.entries(violations).map(([page, list]) => `${page}: ${list.map((v) => `${v.id} (${v.impact}) ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('; ')}`);
    for (const key of Object.keys(violations)) delete violations[key];
    expect(found).toEqual([]);
  });

  it('lets the secretariat propose one on a line of the appropriated budget, then waits for Sở Tài chính', async () => {
    const page = await tab();
    await signIn(page, seeded.users.secretariat);
    await page.goto(`${base}/t/${TH}/budget?year=${FISCAL_YEAR}`);
    await page.getByRole('heading', { name: /Năm 2019 — Sở Thông tin và Truyền thông/ }).waitFor();
    await page.getByText('Không có khoản chi đặc thù.').waitFor();
    await page.getByRole('button', { name: 'Đề xuất khoản chi đặc thù' }).click();
    const form = page.locator('form[id="propose-special-expenditure"]');
    await form.waitFor();
    await pick(page, 'Dòng dự toán', 'Tuyên truyền về xây dựng Chính quyền điện tử');
    await page.getByLabel('Nội dung khoản chi').fill(TITLE);
    await page.getByLabel('Số tiền đề xuất').fill('40000000');
    // what will be sent, read back with thousands separators
    expect(plain(await form.getByTestId('amount-echo').textContent())).toBe('Tức là 40.000.000 ₫');
    await page.getByLabel('Lý do').fill('Chưa có định mức chi cho sản xuất phim tài liệu');
    await typeDate(page, 'Ngày đề xuất', '01/08/2019');
    await check(page, 'propose-form');
    await form.getByRole('button', { name: 'Đề xuất khoản chi đặc thù' }).click();

    // the new expenditure opens as the API holds it: proposed, awaiting Sở Tài chính; the secretariat takes neither next step
    const detail = page.getByTestId('special-expenditure');
    await detail.getByText('Chờ ý kiến Sở Tài chính').waitFor();
    expect(plain(await detail.getByTestId('special-amount').textContent())).toBe('40.000.000 ₫');
    expect(await stageOf(detail).getAttribute('data-stage')).toBe('proposed');
    expect(await detail.locator('form').count()).toBe(0);
    await check(page, 'proposed-detail');
    await page.keyboard.press('Escape');
    const row = page.getByRole('row', { name: new RegExp(TITLE) });
    expect(plain(await row.textContent())).toContain('40.000.000 ₫');
    expect(plain(await row.textContent())).toContain('Chờ ý kiến Sở Tài chính');
    expect(plain(await row.textContent())).toContain('Điều 11 khoản 2');
  });

  it("records Sở Tài chính's coordination opinion (a finance_department grant), to a smaller amount", async () => {
    const page = await tab();
    const detail = await openSpecial(page, budget.users.finance);
    const form = detail.locator('form[id="coordinate-special-expenditure"]');
    await form.waitFor();
    expect(await detail.locator('form[id="decide-special-expenditure"]').count()).toBe(0);
    await typeDate(page, 'Ngày có ý kiến', '08/08/2019');
    await page.getByLabel('Số tiền thống nhất').fill('35.000.000');
    expect(plain(await form.getByTestId('agreedAmount-echo').textContent())).toBe('Tức là 35.000.000 ₫');
    await page.getByLabel('Nội dung ý kiến').fill('Thống nhất mức chi 35 triệu đồng');
    await check(page, 'coordinate-form');
    await form.getByRole('button', { name: 'Ghi nhận ý kiến Sở Tài chính' }).click();
    await detail.getByText('Chờ Trưởng ban quyết định').waitFor();
    expect(plain(await detail.getByTestId('special-coordination').textContent())).toBe('Thống nhất ngày 08/08/2019, số tiền 35.000.000 ₫: Thống nhất mức chi 35 triệu đồng');
    // the step is taken: its form is gone, and Sở Tài chính does not decide
    expect(await detail.locator('form').count()).toBe(0);
  });

  it('shows a refusal by the regulation with its article next to the form: a member who is not the chair, and a decision before the opinion', async () => {
    const standing = await tab();
    const detail = await openSpecial(standing, budget.users.standingMember);
    const form = detail.locator('form[id="decide-special-expenditure"]');
    await form.waitFor();
    await typeDate(standing, 'Ngày quyết định', '12/08/2019');
    await form.getByRole('button', { name: 'Ghi nhận quyết định' }).click();
    const alert = form.locator('[role="alert"]');
    await alert.getByText('Quy chế không cho phép thao tác này').waitFor();
    expect(await alert.getByTestId('problem-article').textContent()).toMatch(ARTICLE_11_2);
    expect(await alert.textContent()).toContain('standing-member');
    await check(standing, 'refused-not-the-chair');

    // the chair, but dated before Sở Tài chính's opinion (08/08/2019): the content is agreed with it first
    chairPage = await tab();
    const chairDetail = await openSpecial(chairPage, budget.users.chair);
    const chairForm = chairDetail.locator('form[id="decide-special-expenditure"]');
    await typeDate(chairPage, 'Ngày quyết định', '05/08/2019');
    await chairForm.getByRole('button', { name: 'Ghi nhận quyết định' }).click();
    const early = chairForm.locator('[role="alert"]');
    await early.getByText('Quy chế không cho phép thao tác này').waitFor();
    expect(await early.getByTestId('problem-article').textContent()).toMatch(ARTICLE_11_2);
    expect(await stageOf(chairDetail).getAttribute('data-stage')).toBe('coordinated');
  });

  it('lets the chair approve it, within what Sở Tài chính agreed; once spent, it shows as spent', async () => {
    const page = chairPage;
    const detail = page.getByTestId('special-expenditure');
    const form = detail.locator('form[id="decide-special-expenditure"]');
    expect(plain(await form.getByRole('note').textContent())).toContain('Sở Tài chính thống nhất ngày 08/08/2019, số tiền 35.000.000 ₫.');
    await typeDate(page, 'Ngày quyết định', '12/08/2019');
    await page.getByLabel('Ghi chú').fill('Đồng ý theo ý kiến Sở Tài chính');
    await check(page, 'decide-form');
    await form.getByRole('button', { name: 'Ghi nhận quyết định' }).click();
    await detail.getByText('Đã duyệt — chưa chi').waitFor();
    expect(plain(await detail.getByTestId('special-decision').textContent())).toMatch(
      /^Duyệt ngày 12\/08\/2019, số tiền 35\.000\.000 ₫ — Trưởng ban quyết định \(Điều 11 khoản 2, Quyết định 4095\/QĐ-BCĐ.*\) — Đồng ý theo ý kiến Sở Tài chính$/,
    );
    expect(await detail.locator('form').count()).toBe(0);

    // spent through the API (expenditures have no form here): the page shows it spent, the amounts exact
    const [special] = (await inject({ method: 'GET', url: `/api/tenants/${TH}/budget/special-expenditures?fiscalYear=${FISCAL_YEAR}`, headers: { authorization: `Bearer ${seeded.admin.token}` } })).json() as { specialExpenditureId: string }[];
    const spent = await inject({
      method: 'POST',
      url: `/api/tenants/${TH}/budget/years/${budget.budgetId}/expenditures`,
      headers: { authorization: `Bearer ${seeded.admin.token}` },
      payload: { lineId: 'tuyen-truyen', amount: '35000000', spentOn: '2019-08-20', voucher: 'PC-DT-01', payee: 'Công ty CP Truyền thông Xứ Thanh', description: 'Sản xuất phim tài liệu', specialExpenditureId: special.specialExpenditureId },
    });
    expect(spent.statusCode).toBe(201);
    await page.reload();
    const row = page.getByRole('row', { name: new RegExp(TITLE) });
    await row.getByText('Đã duyệt — đã chi').waitFor();
    // proposed 40,000,000; approved and spent 35,000,000
    expect(plain(await row.textContent())).toMatch(/40\.000\.000 ₫.*35\.000\.000 ₫.*35\.000\.000 ₫/);
    await check(page, 'spent');
  });

  it('shows a viewer the expenditure and its stage but no form, at 1280×800 and on a 390-pixel-wide phone', async () => {
    for (const [width, height, size] of [[1280, 800, 'desktop'], [390, 844, 'phone']] as const) {
      const page = await tab(width, height);
      const detail = await openSpecial(page, seeded.users.viewer);
      await detail.getByText('Đã duyệt — đã chi').waitFor();
      expect(plain(await detail.getByTestId('special-amount').textContent())).toBe('40.000.000 ₫');
      expect(await page.locator('form').count()).toBe(0);
      expect(await page.getByRole('button', { name: /Đề xuất khoản chi đặc thù|Ghi nhận/ }).count()).toBe(0);
      await check(page, `viewer-${size}`);
      await page.keyboard.press('Escape');
      await detail.waitFor({ state: 'detached' });
      const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
      expect({ size, overflow }).toEqual({ size, overflow: 0 });
    }
  });
});
