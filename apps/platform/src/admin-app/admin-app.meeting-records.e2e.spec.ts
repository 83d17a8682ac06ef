// The meeting page's notice and minutes in Chromium (issue 15): on Thanh Hóa's plenary of 16/06/2017, held, a
// secretariat user has the minutes signed by an ordinary member refused with the article of the 2014 regulation
// (Điều 5.1đ: only the standing member who heads Sở TTTT signs), records a conclusion, issues the minutes and the
// notice signed by that standing member, sees number, signer and seal (Điều 2.6), and downloads the minutes as PDF
// and DOCX carrying the number and the conclusion; a viewer on a phone sees them with no form. axe-core on each
// page: no serious or critical violation. Needs `npm run build` (the app), Chromium, poppler-utils and unzip.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { fixedClock } from '@bcd/kernel';
import { docxParagraphs, docxXml, flat, pdfText } from '@bcd/meetings/testing';
import { ADMIN_APP_DIR } from '../app.factory.js';
import { startApp } from '../testing/http.js';
import { testConfig } from '../testing/test-config.js';
import { launchChromium, pick, screenshot, seriousViolations, type AxeViolation } from '../testing/admin-e2e/browser.js';
import { seedThanhHoa, TH, type Seeded } from '../testing/admin-e2e/seed.js';
import { seedHeldMeeting, type HeldMeeting } from '../testing/admin-e2e/seed-meeting-records.js';
import { waitForProjections } from '../testing/admin-e2e/projections.js';

const ADMIN_PASSWORD = 'admin-e2e-admin-password';
const CONCLUSION = 'Các sở, ngành hoàn thành liên thông văn bản điện tử 4 cấp trước ngày 31/12/2017.';
jest.setTimeout(120_000);

describe('the notice and the minutes of a meeting in the admin app', () => {
  const clock = fixedClock('2020-01-15T02:00:00.000Z');
  let app: NestFastifyApplication;
  let base: string;
  let seeded: Seeded;
  let meeting: HeldMeeting;
  let browser: Browser;
  let closeBrowser: () => Promise<void>;
  const contexts: BrowserContext[] = [];
  const violations: Record<string, AxeViolation[]> = {};

  async function tab(width = 1280, height = 800): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', acceptDownloads: true });
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

  async function openMeeting(page: Page): Promise<void> {
    await page.goto(`${base}/t/${TH}/meetings/${meeting.meetingId}`);
    await page.getByRole('heading', { name: /Họp toàn thể — 16\/06\/2017/ }).waitFor();
  }

  /** Screenshot and accessibility check of the page as it is now. */
  async function check(page: Page, name: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    await page.waitForFunction('document.getAnimations().every((a) => a.playState !== "running" || a.effect.getTiming().iterations === Infinity)');
    await screenshot(page, name);
    const found = await seriousViolations(page);
    if (found.length > 0) violations[name] = found;
  }

  /** Types a date or a time and leaves the field with Tab (Enter would submit the form before the button is clicked). */
  async function typeDate(page: Page, label: string, value: string): Promise<void> {
    const input = page.getByLabel(label, { exact: true });
    await input.click();
    await input.fill(value);
    await input.press('Tab');
    expect(await input.inputValue()).toBe(value);
  }

  /** The bytes of the file a button downloads (the app fetches it with the bearer token and saves a Blob link). */
  async function downloaded(page: Page, button: Locator): Promise<Buffer> {
    const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
    return readFileSync(await file.path());
  }

  beforeAll(async () => {
    if (!existsSync(join(ADMIN_APP_DIR, 'index.html'))) throw new Error(`The admin app is not built (${ADMIN_APP_DIR}): run npm run build first`);
    ({ browser, close: closeBrowser } = await launchChromium());
    let inject;
    ({ app, inject } = await startApp(testConfig({ DATA_DIR: 'memory://', ADMIN_PASSWORD }), { clock }));
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    seeded = await seedThanhHoa(inject, ADMIN_PASSWORD);
    meeting = await seedHeldMeeting(inject, seeded.admin.token);
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

  it('refuses a signer the regulation does not allow with its article, then issues the minutes and the notice with signer and seal, downloadable as PDF and DOCX', async () => {
    const page = await tab();
    await signIn(page, seeded.users.secretariat.username, seeded.users.secretariat.password);
    await openMeeting(page);
    const minutesForm = page.locator('form[id="issue-minutes"]');
    const noticeForm = page.locator('form[id="issue-notice"]');
    await noticeForm.waitFor();
    await page.getByTestId('conclusions').getByText('Chưa ghi kết luận nào.').waitFor();
    await check(page, 'meeting-records-forms');

    // an ordinary member (Sở Nội vụ): Thanh Hóa 2014 Điều 5.1đ has only the standing member heading Sở TTTT sign
    await minutesForm.getByLabel('Số biên bản').fill('12/BB-BCĐ');
    await pick(page, 'Người ký biên bản', 'Hoàng Minh Tuấn');
    expect(await minutesForm.getByLabel('Ngày ký biên bản').inputValue()).toBe('16/06/2017'); // the day it was held
    await typeDate(page, 'Giờ ký biên bản', '11:30');
    await minutesForm.getByRole('button', { name: 'Ban hành biên bản' }).click();
    const alert = minutesForm.locator('[role="alert"]');
    await alert.getByText('Quy chế không cho phép thao tác này').waitFor();
    expect(await alert.getByTestId('problem-article').textContent()).toMatch(/^Căn cứ: Điều 5 khoản 1 điểm đ/);
    await check(page, 'meeting-minutes-refused');

    // the minutes' content: the conclusion, recorded on its own
    await page.getByLabel('Nội dung kết luận').fill(CONCLUSION);
    await page.getByRole('button', { name: 'Ghi kết luận' }).click();
    await page.getByTestId('conclusions').getByRole('listitem').filter({ hasText: CONCLUSION }).waitFor();

    await pick(page, 'Người ký biên bản', 'Trần Đức Thắng');
    await minutesForm.getByRole('button', { name: 'Ban hành biên bản' }).click();
    await page.getByText('Số: 12/BB-BCĐ').waitFor();
    await minutesForm.waitFor({ state: 'detached' }); // issued once: the form leaves

    await noticeForm.getByLabel('Số thông báo').fill('13/TB-BCĐ');
    await pick(page, 'Người ký thông báo', 'Trần Đức Thắng');
    await typeDate(page, 'Ngày ký thông báo', '19/06/2017');
    await typeDate(page, 'Giờ ký thông báo', '09:00');
    await noticeForm.getByRole('button', { name: 'Ban hành thông báo kết luận' }).click();
    await page.getByText('Số: 13/TB-BCĐ').waitFor();
    await noticeForm.waitFor({ state: 'detached' });

    // signer and the seal the regulation gives a standing member (their own agency's, Điều 2.6), in words
    expect(await page.getByText('Người ký: Trần Đức Thắng (Ủy viên thường trực), 16/06/2017 11:30').count()).toBe(1);
    expect(await page.getByText('Người ký: Trần Đức Thắng (Ủy viên thường trực), 19/06/2017 09:00').count()).toBe(1);
    expect(await page.getByText(/^Con dấu: Dấu cơ quan của người ký — Điều 2 khoản 6/).count()).toBe(2);
    expect(await page.locator('form').count()).toBe(0);
    await check(page, 'meeting-records-issued');

    const pdf = await downloaded(page, page.getByRole('button', { name: 'Biên bản PDF' }));
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const docx = await downloaded(page, page.getByRole('button', { name: 'Biên bản DOCX' }));
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    for (const text of [flat(pdfText(pdf)), flat(docxParagraphs(docxXml(docx)))]) {
      expect(text).toContain('BIÊN BẢN');
      expect(text).toContain('Số: 12/BB-BCĐ');
      expect(text).toContain(flat(CONCLUSION).slice(0, 60));
      expect(text).toContain('Trần Đức Thắng');
    }
    const notice = await downloaded(page, page.getByRole('button', { name: 'Thông báo kết luận PDF' }));
    expect(flat(pdfText(notice))).toContain('Số: 13/TB-BCĐ');
  });

  it('shows a viewer on a phone the notice and the minutes, with no form to issue them', async () => {
    const page = await tab(390, 844);
    await signIn(page, seeded.users.viewer.username, seeded.users.viewer.password);
    await openMeeting(page);
    await page.getByText('Số: 12/BB-BCĐ').waitFor();
    await page.getByText('Số: 13/TB-BCĐ').waitFor();
    await page.getByTestId('conclusions').getByText(CONCLUSION).waitFor();
    expect(await page.locator('form').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Ban hành|Ghi kết luận/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Biên bản DOCX' }).count()).toBe(1);
    expect(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')).toBe(0);
    await check(page, 'viewer-meeting-records-phone');
  });
});
