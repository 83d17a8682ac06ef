// The hosts as the benchmarks run them: a child process (a host's dist/bench-server.js, configured from the
// environment like its main.js) that prints `{"listening": "<url>"}` once it listens, and JSON calls to it. The
// platform (apps/platform) by default; the http bench also measures the membership service of the distributed shape
// (apps/membership-service), which serves the same membership and identity routes.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** The hosts a bench can start, and their bench servers (built by `npm run build`). */
export const BENCH_SERVERS = {
  platform: fileURLToPath(new URL('../../apps/platform/dist/bench-server.js', import.meta.url)),
  'membership-service': fileURLToPath(new URL('../../apps/membership-service/dist/bench-server.js', import.meta.url)),
} as const;
export type BenchHost = keyof typeof BENCH_SERVERS;
export const BENCH_HOSTS = Object.keys(BENCH_SERVERS) as BenchHost[];

export const ADMIN_PASSWORD = 'bench-admin-password-long-enough';

/** One secret per bench run, so that tokens survive a restart of the platform within the run. */
const JWT_SECRET = randomBytes(32).toString('hex');

export interface Server {
  url: string;
  child: ChildProcess;
}

export async function startServer(env: Record<string, string>, log: (m: string) => void, host: BenchHost = 'platform'): Promise<Server> {
  const child = spawn(process.execPath, [BENCH_SERVERS[host]], {
    env: { ...process.env, ...env, BENCH_PORT: '0', DEMO: '0', LOG_LEVEL: 'warn', NODE_ENV: 'production', JWT_SECRET, ADMIN_PASSWORD },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (!child.stdout) throw new Error('the bench server has no stdout');
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the bench server exited with code ${code} before listening`)));
    lines.on('line', (line) => {
      if (line.startsWith('{"listening"')) resolve((JSON.parse(line) as { listening: string }).listening);
      // the host logs warnings and errors only (LOG_LEVEL=warn): a failing projection must show
      else process.stderr.write(`[${host}] ${line}\n`);
    });
  });
  log(`${host} listening at ${url} (pid ${child.pid})`);
  return { url, child };
}

export async function stopServer(server: Server): Promise<void> {
  const exited = new Promise<void>((resolve) => server.child.once('exit', () => resolve()));
  server.child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
  if (server.child.exitCode === null) server.child.kill('SIGKILL');
}

export async function call(url: string, method: string, path: string, token: string | undefined, body?: unknown): Promise<unknown> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  // files (tlog-proof, checkpoints) come back as text
  return text === '' ? undefined : (response.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text;
}

