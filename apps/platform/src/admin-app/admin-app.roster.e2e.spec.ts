// Editing the roster in the admin app (issue 15), in Debian's Chromium against the platform started in-process on
// PGlite, on 01/06/2017 in Thanh Hóa (its 2014 regulation in force): a secretariat user appoints a new person by
// decision and sees them on the roster, changes their role, has a second chair refused with the regulation's article
// next to the form, records a member's long absence and sees the seat pending replacement, then the agency's
// proposed replacement and the decision appointing them, and on a phone dismisses a member; a viewer sees no action.
// axe-core on every state: no serious or critical violation. Needs `npm run build` (the app) and Chromium.
// Screenshots go to tmp/admin-e2e-screenshots/.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { fixedClock } from '@bcd/kernel';
import { ADMIN_APP_DIR } from '../app.factory.js';
import { startApp } from '../testing/http.js';
import { testConfig } from '../testing/test-config.js';
import { launchChromium, pick, screenshot, seriousViolations, type AxeViolation } from '../testing/admin-e2e/browser.js';
import { TH } from '../testing/admin-e2e/seed.js';
import { seedThanhHoa2014, type SeededRoster } from '../testing/admin-e2e/seed-roster.js';
import { waitForProjections } from '../testing/admin-e2e/projections.js';

const ADMIN_PASSWORD = 'admin-e2e-admin-password';
jest.setTimeout(120_000);

describe('editing the roster in the admin app', () => {
  const clock = fixedClock('2017-06-01T02:00:00.000Z');
  let app: NestFastifyApplication;
  let base: string;
  let seeded: SeededRoster;
  let browser: Browser;
  let closeBrowser: () => Promise<void>;
  const contexts: BrowserContext[] = [];
  const violations: Record<string, AxeViolation[]> = {};

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

  /** Types a date and leaves the field (Enter would also send the form, as in any HTML form, before the test is done with it). */
  async function typeDate(page: Page, label: string, value: string): Promise<void> {
    const input = page.getByLabel(label, { exact: true });
    await input.click();
    await input.fill(value);
    await input.blur();
    // leaving the field commits a valid date (an invalid one is cleared)
    const deadline = Date.now() + 5_000;
    while ((await input.inputValue()) !== value) {
      if (Date.now() > deadline) throw new Error(`the field ${label} does not keep ${value}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  const row = (page: Page, name: string): Locator => page.getByTestId('roster').getByRole('row').filter({ hasText: name });

  /** Opens a member's action in its dialog: the row's dropdown, then the action (opened again if the click was lost). */
  async function act(page: Page, name: string, action: string): Promise<Locator> {
    const dialog = page.getByRole('dialog', { name: `${action}: ${name}` });
    for (let attempt = 1; ; attempt++) {
      await page.getByRole('button', { name: `Thao tác: ${name}` }).click();
      await page.getByRole('menuitem', { name: action, exact: true }).filter({ visible: true }).last().click();
      try {
        await dialog.waitFor({ timeout: 5_000 });
        return dialog;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
  }

  async function decide(page: Page, number: string, date: string): Promise<void> {
    await page.getByLabel('Số quyết định', { exact: true }).fill(number);
    await typeDate(page, 'Ngày ký quyết định', date);
  }

  beforeAll(async () => {
    if (!existsSync(join(ADMIN_APP_DIR, 'index.html'))) throw new Error(`The admin app is not built (${ADMIN_APP_DIR}): run npm run build first`);
    ({ browser, close: closeBrowser } = await launchChromium());
    let inject;
    ({ app, inject } = await startApp(testConfig({ DATA_DIR: 'memory://', ADMIN_PASSWORD }), { clock }));
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    seeded = await seedThanhHoa2014(inject, ADMIN_PASSWORD);
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

  it('lets the secretariat appoint, change a role, see a second chair refused with its article, and follow a long absence to its replacement', async () => {
    const page = await tab();
    await signIn(page, seeded.users.secretariat.username, seeded.users.secretariat.password);
    await page.goto(`${base}/t/${TH}/roster`);
    await row(page, 'Nguyễn Đình Xứng').waitFor();

    // a new person, registered and appointed in one form
    await page.getByRole('button', { name: 'Bổ nhiệm thành viên' }).click();
    const appoint = page.locator('form[id="appoint-member"]');
    await appoint.getByText('Người mới', { exact: true }).click();
    await page.getByLabel('Họ và tên', { exact: true }).fill('Lê Thị Hà');
    await pick(page, 'Cơ quan cử', 'Sở Kế hoạch và Đầu tư');
    await decide(page, '1250/QĐ-UBND', '25/05/2017');
    await check(page, 'roster-appoint-form');
    await appoint.getByRole('button', { name: 'Bổ nhiệm thành viên' }).click();
    await row(page, 'Lê Thị Hà').getByText('1250/QĐ-UBND (25/05/2017)').waitFor();
    expect(await row(page, 'Lê Thị Hà').getByRole('cell').nth(1).textContent()).toBe('Ủy viên');
    expect(await row(page, 'Lê Thị Hà').getByRole('cell').nth(2).textContent()).toBe('Sở Kế hoạch và Đầu tư');

    // Thanh Hóa 2014 Điều 5 lists Sở KH&ĐT among the standing members' agencies
    let dialog = await act(page, 'Lê Thị Hà', 'Thay đổi chức danh');
    await pick(page, 'Chức danh mới', 'Ủy viên thường trực');
    await decide(page, '1300/QĐ-UBND', '01/06/2017');
    await dialog.getByRole('button', { name: 'Thay đổi chức danh' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row(page, 'Lê Thị Hà').getByRole('cell', { name: 'Ủy viên thường trực', exact: true }).waitFor();

    // one chair (Điều 3): the committee has one already
    dialog = await act(page, 'Hoàng Minh Tuấn', 'Thay đổi chức danh');
    await pick(page, 'Chức danh mới', 'Trưởng ban');
    await decide(page, '1301/QĐ-UBND', '01/06/2017');
    await dialog.getByRole('button', { name: 'Thay đổi chức danh' }).click();
    const alert = page.locator('form[id="change-role"] [role="alert"]');
    await alert.getByText('Quy chế không cho phép thao tác này').waitFor();
    expect(await alert.getByTestId('problem-article').textContent()).toMatch(/^Căn cứ: Điều 3\b/);
    expect(await alert.textContent()).toContain('thanh-hoa-2014/composition.chair');
    await check(page, 'roster-rule-violation');
    await dialog.getByRole('button', { name: 'Huỷ' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await row(page, 'Hoàng Minh Tuấn').getByRole('cell').nth(1).textContent()).toBe('Ủy viên');

    // Điều 2 khoản 4: full-time study of more than 6 months, notified in writing by Sở Nội vụ
    dialog = await act(page, 'Hoàng Minh Tuấn', 'Báo vắng mặt dài ngày');
    await pick(page, 'Lý do vắng mặt', 'Đi học tập trung');
    await typeDate(page, 'Vắng từ ngày', '01/06/2017');
    await typeDate(page, 'Dự kiến đến ngày', '31/12/2018');
    await page.getByLabel('Số văn bản thông báo', { exact: true }).fill('125/SNV-TCCB');
    await typeDate(page, 'Ngày thông báo', '01/06/2017');
    await check(page, 'roster-long-absence-form');
    await dialog.getByRole('button', { name: 'Báo vắng mặt dài ngày' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row(page, 'Hoàng Minh Tuấn').getByText('Chờ thay thế').waitFor();
    const pending = page.getByTestId('seats-pending').getByRole('row').filter({ hasText: 'Hoàng Minh Tuấn' });
    await pending.getByText('Đi học tập trung').waitFor();
    await pending.getByText('01/06/2017').waitFor();
    await check(page, 'roster-seat-pending');

    // the agency proposes a registered person, then the decision appoints them to the seat
    dialog = await act(page, 'Hoàng Minh Tuấn', 'Đề xuất người thay thế');
    await pick(page, 'Chọn người', seeded.unassigned);
    await page.getByLabel('Số văn bản đề xuất', { exact: true }).fill('130/SNV-TCCB');
    await typeDate(page, 'Ngày đề xuất', '01/06/2017');
    await dialog.getByRole('button', { name: 'Đề xuất người thay thế' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await pending.getByText(seeded.unassigned).waitFor();

    dialog = await act(page, 'Hoàng Minh Tuấn', 'Bổ nhiệm người thay thế');
    await dialog.getByText(`Bổ nhiệm ${seeded.unassigned} (đề xuất theo văn bản 130/SNV-TCCB ngày 01/06/2017)`).waitFor();
    await decide(page, '1320/QĐ-UBND', '01/06/2017');
    await dialog.getByRole('button', { name: 'Bổ nhiệm người thay thế' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row(page, seeded.unassigned).getByText('1320/QĐ-UBND (01/06/2017)').waitFor();
    expect(await row(page, 'Hoàng Minh Tuấn').count()).toBe(0);
    await page.getByTestId('seats-pending').getByText('Không có vị trí nào chờ thay thế.').waitFor();

    // on a phone: nothing scrolls sideways, the dialog fits the screen, and a dismissal takes the member off the roster
    await page.setViewportSize({ width: 390, height: 844 });
    await row(page, 'Lê Thị Hà').waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')).toBe(0);
    dialog = await act(page, 'Lê Thị Hà', 'Miễn nhiệm');
    await decide(page, '1330/QĐ-UBND', '01/06/2017');
    await check(page, 'roster-dismiss-phone');
    const box = await dialog.locator('.ant-modal-container, .ant-modal-content').first().boundingBox();
    expect(box !== null && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    await dialog.getByRole('button', { name: 'Miễn nhiệm' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row(page, 'Lê Thị Hà').waitFor({ state: 'detached' });
  });

  it('shows a viewer the roster without any action', async () => {
    const page = await tab(390, 844);
    await signIn(page, seeded.users.viewer.username, seeded.users.viewer.password);
    await page.goto(`${base}/t/${TH}/roster`);
    await row(page, 'Nguyễn Đình Xứng').waitFor();
    await row(page, seeded.unassigned).waitFor(); // the replacement the secretariat appointed
    expect(await page.getByRole('button', { name: 'Bổ nhiệm thành viên' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Thao tác/ }).count()).toBe(0);
    expect(await page.getByRole('columnheader', { name: 'Thao tác' }).count()).toBe(0);
    await check(page, 'roster-viewer-phone');
  });
});
