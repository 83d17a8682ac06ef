// The server as users start it (`npm start` = build + `node apps/platform/dist/main.js`): a real
// process on a free port with a temporary DATA_DIR, stopped with SIGTERM.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const MAIN = join(ROOT, 'apps/platform/dist/main.js');
const SHUTDOWN_TIMEOUT_MS = 5000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface Started {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function start(env: Record<string, string>): Started {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: { ...inherited, NODE_ENV: 'production', LOG_LEVEL: 'info', DEMO: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, stdout: () => out, stderr: () => err, exited };
}

// A guard against a server that never gets ready, not a speed check: a first start on a fresh DATA_DIR
// (PGlite, every migration) shares the machine's two cores with the other test files in CI.
async function waitForReady(url: string, started: Started, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null) throw new Error(`server exited early:\n${started.stdout()}\n${started.stderr()}`);
    try {
      const response = await fetch(url);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`not ready within ${timeoutMs} ms:\n${started.stdout()}\n${started.stderr()}`);
}

describe('node apps/platform/dist/main.js', () => {
  let dataDir: string;
  const running: Started[] = [];

  beforeAll(() => {
    // The libs first (Nx builds dependencies, cached), so the test runs the code in the tree.
    execFileSync(process.execPath, [join(ROOT, 'node_modules/nx/dist/bin/nx.js'), 'run', '@bcd/platform:build', '--outputStyle=static'], {
      cwd: ROOT,
      env: { ...process.env, CHECKPOINT_DISABLE: '1', NX_NO_CLOUD: 'true', NX_DAEMON: 'false' },
      stdio: 'pipe',
    });
  }, 120_000);

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'bcd-platform-main-'));
  });

  afterEach(async () => {
    for (const started of running.splice(0)) if (started.child.exitCode === null) started.child.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('serves until SIGTERM, then exits 0 within the shutdown timeout', async () => {
    const port = await freePort();
    const started = start({
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS),
    });
    running.push(started);
    const base = `http://127.0.0.1:${port}`;
    await waitForReady(`${base}/health/ready`, started);

    // The Swagger UI, which Jest cannot load in-process (see CreateAppOptions.apiDocsUi).
    const docs = await fetch(`${base}/api/docs`);
    expect(docs.status).toBe(200);
    expect(docs.headers.get('content-type')).toMatch(/^text\/html/);

    const signalledAt = Date.now();
    started.child.kill('SIGTERM');
    const exit = await started.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    expect(Date.now() - signalledAt).toBeLessThan(SHUTDOWN_TIMEOUT_MS);

    const messages = started
      .stdout()
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { msg: string }).msg);
    expect(messages).toEqual(expect.arrayContaining([`Listening on http://127.0.0.1:${port} (API docs at /api/docs)`]));
    expect(messages).toEqual(
      expect.arrayContaining(['SIGTERM received: shutting down (at most 5000 ms)', 'Event store closed']),
    );
    expect(started.stderr()).toBe('');
  }, 120_000);

  it('exits 1 when shutting down takes longer than SHUTDOWN_TIMEOUT_MS', async () => {
    const port = await freePort();
    const started = start({ PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, SHUTDOWN_TIMEOUT_MS: '500' });
    running.push(started);
    await waitForReady(`http://127.0.0.1:${port}/health/ready`, started);

    // A request whose body never finishes keeps the HTTP server from closing.
    const socket = connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write('POST /health HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"a":');
    await new Promise((resolve) => setTimeout(resolve, 100));

    const signalledAt = Date.now();
    started.child.kill('SIGTERM');
    const exit = await started.exited;
    socket.destroy();
    expect(exit).toEqual({ code: 1, signal: null });
    expect(Date.now() - signalledAt).toBeGreaterThanOrEqual(450);
    expect(started.stdout()).toContain('Shutdown took longer than 500 ms: exiting anyway');
  }, 120_000);

  it('refuses a bad configuration with a message naming the variable, and exits 1', async () => {
    const started = start({ PORT: 'abc', DATA_DIR: dataDir });
    running.push(started);
    expect(await started.exited).toEqual({ code: 1, signal: null });
    expect(started.stderr().trim()).toBe('Invalid configuration: PORT must be an integer between 1 and 65535 (got "abc")');
  }, 30_000);
});
