// The admin app in Debian's Chromium against the platform started in-process on PGlite (issue 15 items 4 and 5):
// sign in with the keyboard, the KPIs and the ranking, time travel (Thanh Hóa's roster of 2016 is not today's),
// an auditor's "chain verified", a secretariat user scheduling a meeting, sending a late document (the lead-time
// flag) and recording attendance, a refusal showing its article, a viewer without any edit control, and every page
// at 1280×800 and on a 390-pixel-wide phone. axe-core runs on each page: no serious or critical violation.
// Screenshots go to tmp/admin-e2e-screenshots/. Needs `npm run build` (the app) and Chromium (apt-get install chromium).
import { existsSync } from 'node:fs';
import { jest } from '@jest/globals';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { fixedClock } from '@bcd/kernel';
import { ADMIN_APP_DIR } from '../app.factory.js';
import { startApp } from '../testing/http.js';
import { testConfig } from '../testing/test-config.js';
import { launchChromium, pick, screenshot, seriousViolations, type AxeViolation } from '../testing/admin-e2e/browser.js';
import { seedThanhHoa, TH, type Seeded } from '../testing/admin-e2e/seed.js';
import { waitForProjections } from '../testing/admin-e2e/projections.js';

const ADMIN_PASSWORD = 'admin-e2e-admin-password';
jest.setTimeout(180_000);

describe('the admin app in Chromium', () => {
  const clock = fixedClock('2020-01-15T02:00:00.000Z');
  let app: NestFastifyApplication;
  let base: string;
  let seeded: Seeded;
  let browser: Browser;
  let closeBrowser: () => Promise<void>;
  const contexts: BrowserContext[] = [];
  const violations: Record<string, AxeViolation[]> = {};

  /** A fresh browser tab at the given size (each user their own session). */
  async function tab(width = 1280, height = 800): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    return page;
  }

  async function signIn(page: Page, username: string, password: string): Promise<void> {
    await page.goto(`${base}/login`);
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill(password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/t\/[a-z-]+\/dashboard/);
  }

  /** Screenshot and accessibility check of the page as it is now. */
  async function check(page: Page, name: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    // colours mid-transition (a button leaving its loading state) are not what a person reads
    await page.waitForFunction('document.getAnimations().every((a) => a.playState !== "running" || a.effect.getTiming().iterations === Infinity)');
    await screenshot(page, name);
    const found = await seriousViolations(page);
    if (found.length > 0) violations[name] = found;
  }

  async function typeDate(page: Page, label: string, value: string): Promise<void> {
    const input = page.getByLabel(label, { exact: true });
    await input.click();
    await input.fill(value);
    await input.press('Enter');
  }

  beforeAll(async () => {
    if (!existsSync(join(ADMIN_APP_DIR, 'index.html'))) throw new Error(`The admin app is not built (${ADMIN_APP_DIR}): run npm run build first`);
    ({ browser, close: closeBrowser } = await launchChromium());
    let inject;
    ({ app, inject } = await startApp(testConfig({ DATA_DIR: 'memory://', ADMIN_PASSWORD }), { clock }));
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    seeded = await seedThanhHoa(inject, ADMIN_PASSWORD);
    await waitForProjections(inject, seeded.admin.token);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await closeBrowser?.();
    await app?.close();
  });

  afterEach(() => {
    // every page a test visited passes axe-core with no serious or critical violation
    const found = Object.entries(violations).map(([page, list]) => `${page}: ${list.map((v) => `${v.id} (${v.impact}) ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('; ')}`);
    for (const key of Object.keys(violations)) delete violations[key];
    expect(found).toEqual([]);
  });

  it('signs in with the keyboard alone and shows the KPIs, their trend and status, and the ranking across provinces', async () => {
    const page = await tab();
    await page.goto(`${base}/`);
    await page.waitForURL(/\/login/);
    await check(page, 'login');
    await page.keyboard.type('admin'); // the username field has the focus
    await page.keyboard.press('Tab');
    await page.keyboard.type(ADMIN_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/t\/[a-z-]+\/dashboard/);

    await page.goto(`${base}/t/${TH}/dashboard?period=2017`);
    await page.getByRole('heading', { name: 'Chỉ số tuân thủ — Năm 2017' }).waitFor();
    await page.locator('[data-kpi]').first().waitFor(); // the heading shows before the KPIs' answer
    expect(await page.locator('[data-kpi]').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('[data-kpi] [data-status]').count()).toBe(await page.locator('[data-kpi]').count());
    await page.getByRole('heading', { name: 'Xếp hạng các tỉnh' }).waitFor();
    await page.getByRole('button', { name: 'Tỉnh Kiên Giang' }).waitFor();
    await check(page, 'dashboard');

    await page.locator('[data-kpi="kpi-01"]').getByRole('button').click();
    await page.getByRole('dialog').getByText('Xu hướng qua các kỳ').waitFor();
    // the facts behind the value: exactly the events its drill-down names, a table page (20) at a time
    const factsTitle = await page.getByRole('dialog').getByRole('heading', { name: /^Sự kiện làm căn cứ \(\d+\)$/ }).textContent();
    const facts = Number(/\((\d+)\)/.exec(factsTitle ?? '')?.[1]);
    expect(facts).toBeGreaterThan(0);
    const factRows = page.getByTestId('kpi-facts').locator('.ant-table-tbody .ant-table-row');
    await factRows.first().waitFor();
    expect(await factRows.count()).toBe(Math.min(facts, 20));
    await check(page, 'dashboard-kpi-detail');

    // the province's target: 90 % from 2017 on; the card shows it once the KPIs are computed again
    const targetForm = page.locator('form[id="kpi-target-kpi-01"]');
    await targetForm.getByLabel('Mục tiêu (%)').fill('90');
    await typeDate(page, 'Áp dụng từ ngày', '01/01/2017');
    await targetForm.getByRole('button', { name: 'Lưu mục tiêu' }).click();
    await targetForm.getByText('Đã lưu mục tiêu').waitFor();
    // closed by its own button (Escape is lost while the focus is on a button the save re-rendered), and gone
    await page.getByRole('dialog').getByRole('button', { name: /^(Close|Đóng)$/ }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.locator('[data-kpi="kpi-01"]').getByText('mục tiêu 90 %').waitFor();

    await page.getByTitle('English').click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.getByTitle('Tiếng Việt').click();
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
  });

  it("time travel shows Thanh Hóa's roster of 2016, which is not today's, and what changed between them", async () => {
    const page = await tab();
    await signIn(page, 'admin', ADMIN_PASSWORD);
    const roster = page.getByTestId('as-of-roster');
    await page.goto(`${base}/t/${TH}/time-travel?at=2016-06-30&axis=business`);
    await roster.getByText(seeded.only2014).waitFor();
    expect(await roster.getByText(seeded.only2018).count()).toBe(0);
    await check(page, 'time-travel-2016');

    await page.goto(`${base}/t/${TH}/time-travel?at=2019-12-31&axis=business&compare=2016-06-30`);
    await roster.getByText(seeded.only2018).waitFor();
    expect(await roster.getByText(seeded.only2014).count()).toBe(0);
    await page.getByTestId('diff').getByText(`Tham gia: ${seeded.only2018}`).waitFor();
    await page.getByTestId('diff').getByText(`Thôi tham gia: ${seeded.only2014}`).waitFor();
    await check(page, 'time-travel-diff');
  });

  it('shows an auditor the audit trail with "chain verified" and the last signed checkpoint', async () => {
    const page = await tab();
    await signIn(page, seeded.users.auditor.username, seeded.users.auditor.password);
    await page.getByRole('link', { name: 'Nhật ký kiểm toán' }).click();
    await page.locator('[data-chain="verified"]').getByText('Chuỗi đã xác minh').waitFor();
    await page.getByText('Nguyễn Đình Xứng', { exact: false }).first().waitFor();
    await check(page, 'audit');
  });

  it('lets the secretariat schedule a meeting, flags a document sent late and records attendance', async () => {
    const page = await tab();
    await signIn(page, seeded.users.secretariat.username, seeded.users.secretariat.password);
    clock.set('2017-06-01T02:00:00.000Z');
    await page.getByRole('link', { name: 'Cuộc họp' }).click();
    await page.getByRole('button', { name: 'Lên lịch họp' }).click();
    await page.getByLabel('Kỳ họp').fill('2017');
    await typeDate(page, 'Ngày họp', '16/06/2017');
    await typeDate(page, 'Giờ bắt đầu', '08:00');
    await page.getByLabel('Địa điểm').fill('Hội trường UBND tỉnh');
    await pick(page, 'Người chủ trì', 'Nguyễn Đình Xứng');
    await pick(page, 'Người triệu tập', 'Nguyễn Đình Xứng');
    await check(page, 'meeting-schedule-form');
    await page.locator('form[id="schedule-meeting"]').getByRole('button', { name: 'Lên lịch họp' }).click();
    await page.waitForURL(/\/meetings\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: /Họp toàn thể — 16\/06\/2017/ }).waitFor();

    clock.set('2017-06-15T03:00:00.000Z'); // the day before: Thanh Hóa 2014 wants the documents sooner
    await page.getByLabel('Tên tài liệu').fill('Báo cáo kết quả ứng dụng CNTT 6 tháng đầu năm 2017');
    await page.locator('form[id="distribute-document"] input[type=file]').setInputFiles({ name: 'bao-cao.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% bao cao\n') });
    await typeDate(page, 'Ngày gửi', '15/06/2017');
    await typeDate(page, 'Giờ gửi', '09:00');
    await page.getByRole('button', { name: 'Gửi tài liệu' }).click();
    await page.locator('[data-lead-time="missed"]').getByText('Gửi trễ hạn').waitFor();
    await page.locator('[data-lead-time="missed"]').getByText(/Điều/).waitFor();
    await check(page, 'meeting-lead-time-flag');

    clock.set('2017-06-16T06:00:00.000Z');
    await pick(page, 'Điểm danh: Hoàng Minh Tuấn', 'Vắng mặt');
    await page.getByRole('button', { name: 'Ghi nhận cuộc họp đã diễn ra' }).click();
    const attendance = page.getByTestId('attendance');
    await attendance.getByText('Vắng không phép').waitFor();
    expect(await attendance.getByText('Có mặt').count()).toBe(2);
    await check(page, 'meeting-attendance');
  });

  it('shows a refusal by the regulation with its article next to the form', async () => {
    const page = await tab();
    await signIn(page, seeded.users.secretariat.username, seeded.users.secretariat.password);
    clock.set('2017-06-01T02:00:00.000Z');
    await page.goto(`${base}/t/${TH}/meetings`);
    await page.getByRole('button', { name: 'Lên lịch họp' }).click();
    await pick(page, 'Loại cuộc họp', 'Họp bất thường');
    await typeDate(page, 'Ngày họp', '20/06/2017');
    await typeDate(page, 'Giờ bắt đầu', '14:00');
    await page.getByLabel('Địa điểm').fill('Phòng họp Sở Thông tin và Truyền thông');
    await pick(page, 'Người chủ trì', 'Nguyễn Đình Xứng');
    await pick(page, 'Người triệu tập', 'Trần Đức Thắng'); // a standing member: Thanh Hóa 2014 Điều 9 wants the chair or a vice chair
    await page.locator('form[id="schedule-meeting"]').getByRole('button', { name: 'Lên lịch họp' }).click();
    const alert = page.locator('form[id="schedule-meeting"] [role="alert"]');
    await alert.getByText('Quy chế không cho phép thao tác này').waitFor();
    expect(await alert.getByTestId('problem-article').textContent()).toMatch(/^Căn cứ: Điều 9/);
    // and the regulation's own words for the rule, in Vietnamese
    const quote = await alert.getByTestId('problem-quote').textContent();
    expect(quote).toBe('Quy chế ghi: Trường hợp cần thiết, Trưởng ban Chỉ đạo quyết định triệu tập họp đột xuất.');
    await check(page, 'meeting-rule-violation');
    clock.set('2020-01-15T02:00:00.000Z');
  });

  it('shows a viewer no edit control', async () => {
    const page = await tab();
    await signIn(page, seeded.users.viewer.username, seeded.users.viewer.password);
    await check(page, 'viewer-dashboard');
    const navigation = page.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(await navigation.getByRole('link', { name: 'Nhật ký kiểm toán' }).count()).toBe(0);
    await navigation.getByRole('link', { name: 'Cuộc họp' }).click();
    await page.getByRole('heading', { name: 'Danh sách cuộc họp' }).waitFor();
    await page.getByRole('link', { name: '16/06/2017' }).click();
    await page.getByRole('heading', { name: /Họp toàn thể/ }).waitFor();
    await page.getByTestId('attendance').waitFor();
    expect(await page.locator('form').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Lên lịch|Gửi tài liệu|Ghi nhận|Nộp báo cáo/ }).count()).toBe(0);
    await check(page, 'viewer-meeting');
  });

  it('shows every page at 1280×800 and on a 390-pixel-wide phone without the page scrolling sideways', async () => {
    const pages = ['dashboard?period=2017', 'audit', 'time-travel', 'roster', 'meetings', 'reporting', 'budget', 'regulation'];
    for (const [width, height, size] of [[1280, 800, 'desktop'], [390, 844, 'phone']] as const) {
      const page = await tab(width, height);
      await signIn(page, 'admin', ADMIN_PASSWORD);
      for (const path of pages) {
        await page.goto(`${base}/t/${TH}/${path}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await check(page, `${path.split('?')[0]}-${size}`);
        const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
        expect({ path, size, overflow }).toEqual({ path, size, overflow: 0 });
      }
      if (size === 'phone') {
        await page.getByRole('button', { name: 'Mở danh mục' }).click();
        await page.getByRole('dialog').getByRole('link', { name: 'Cuộc họp' }).click();
        await page.getByRole('heading', { name: 'Cuộc họp', level: 1 }).waitFor();
      }
    }
  });
});
