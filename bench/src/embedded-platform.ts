// The platform as `npm start` starts it (apps/platform/dist/main.js: the embedded default, PGlite in a fresh DATA_DIR,
// the demo history on its first start unless DEMO=0) in a child process, for the admin bench and the README's
// screenshots; and Debian's Chromium with the flags this machine needs (shared/design/TOOLCHAIN.md).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

const MAIN = fileURLToPath(new URL('../../apps/platform/dist/main.js', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const ADMIN_PASSWORD = 'bench-admin-password-long-enough';
/** The app's session entry (apps/admin/app/session/session.tsx). */
const SESSION_KEY = 'bcd.admin.session';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

export interface Platform {
  url: string;
  child: ChildProcess;
  dataDir: string;
}

/** `node apps/platform/dist/main.js` on a fresh DATA_DIR, until it logs that it listens. */
export async function startPlatform(demo: boolean): Promise<Platform> {
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

export async function stopPlatform(platform: Platform): Promise<void> {
  const exited = new Promise<void>((resolve) => platform.child.once('exit', () => resolve()));
  platform.child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
  if (platform.child.exitCode === null) platform.child.kill('SIGKILL');
  await rm(platform.dataDir, { recursive: true, force: true });
}

export interface Session {
  accessToken: string;
  expiresAt: string;
}

/** The platform admin's session (ADMIN_PASSWORD), as the app keeps it after signing in. */
export async function logIn(url: string): Promise<Session> {
  const response = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }) });
  if (!response.ok) throw new Error(`login answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as Session;
}

/** A fresh context (empty cache) holding the session, as after signing in. */
export async function signedInContext(browser: Browser, session: Session, viewport = { width: 1280, height: 800 }): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  await context.addInitScript(([key, value]) => sessionStorage.setItem(key, value), [SESSION_KEY, JSON.stringify(session)] as const);
  return context;
}
