// The five services of the distributed shape as separate processes for tools/distributed's spec: each started with
// `node apps/<name>-service/dist/main.js` (built by `npm run build`) on a free loopback port against one PostgreSQL
// database, as docker-compose.yml runs them, stopped with SIGTERM or killed with SIGKILL; and JSON over HTTP to them,
// a new connection per request, so that nothing of a killed process lingers in a connection pool.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import http, { type IncomingHttpHeaders } from 'node:http';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const SERVICE_NAMES = ['membership', 'meetings', 'reporting', 'budget', 'projection'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

const started = Date.now();

/** A progress line on stderr (Jest keeps stdout for its report). */
export function progress(message: string): void {
  process.stderr.write(`[distributed +${((Date.now() - started) / 1000).toFixed(1)}s] ${message}\n`);
}

export function mainOf(name: ServiceName): string {
  return fileURLToPath(new URL(`../../apps/${name}-service/dist/main.js`, import.meta.url));
}

/** A port nothing listens on now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers of many routes, read as the spec needs
  body: any;
  headers: IncomingHttpHeaders;
}

/** The last lines a service wrote (warnings and errors: LOG_LEVEL=warn), shown when it fails. */
const LOG_LINES = 60;

export class ServiceProcess {
  private child: ChildProcess | undefined;
  private readonly lines: string[] = [];
  /** Times the process was started. */
  starts = 0;

  constructor(
    readonly name: ServiceName,
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Spawns the process; `ready()` waits for it. */
  start(): void {
    if (this.child) throw new Error(`${this.name} is already running`);
    const main = mainOf(this.name);
    if (!existsSync(main)) throw new Error(`${main} does not exist: run \`npm run build\` first`);
    const child = spawn(process.execPath, [main], {
      env: { ...process.env, ...this.env, PORT: String(this.port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.starts++;
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim() === '') continue;
        this.lines.push(line);
        if (this.lines.length > LOG_LINES) this.lines.shift();
      }
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.once('exit', () => {
      if (this.child === child) this.child = undefined;
    });
    this.child = child;
  }

  /** Resolves once /health/ready answers 200 (the read models caught up, the store up); fails if the process exits. */
  async ready(timeoutMs = 90_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.child) throw new Error(`${this.name} exited before it was ready:\n${this.log()}`);
      const answer = await this.send('GET', '/health/ready').catch(() => undefined);
      if (answer?.status === 200) return;
      await sleep(100);
    }
    throw new Error(`${this.name} was not ready within ${timeoutMs} ms:\n${this.log()}`);
  }

  /** SIGKILL: no shutdown hook runs, whatever was in flight is cut off. Resolves once the process is gone. */
  async kill(): Promise<void> {
    await this.signal('SIGKILL');
  }

  /** SIGTERM, and SIGKILL if it has not exited within 15 s. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }

  private async signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child) throw new Error(`${this.name} is not running`);
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    await exited;
  }

  log(): string {
    return this.lines.map((line) => `  [${this.name}] ${line}`).join('\n');
  }

  /** One request on a new connection; rejects when the connection fails or is cut (a killed service). */
  send(method: string, path: string, options: { token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Answer> {
    const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
    return new Promise<Answer>((resolve, reject) => {
      const request = http.request(
        {
          host: '127.0.0.1',
          port: this.port,
          method,
          path,
          agent: false,
          timeout: 30_000,
          headers: {
            ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
            ...(payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) }),
            ...options.headers,
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const json = (response.headers['content-type'] ?? '').includes('json') && text !== '';
            resolve({ status: response.statusCode ?? 0, body: json ? JSON.parse(text) : text, headers: response.headers });
          });
        },
      );
      request.on('timeout', () => request.destroy(new Error(`${method} ${path}: no answer within 30 s`)));
      request.on('error', reject);
      request.end(payload);
    });
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
