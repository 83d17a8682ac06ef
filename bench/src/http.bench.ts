// The request path, measured from outside: the real host runs in a child process (the platform,
// apps/platform/dist/bench-server.js, configured like `npm start`; or the membership service of the distributed
// shape, apps/membership-service/dist/bench-server.js, configured like its main.js), and autocannon drives it from
// this process over loopback. Every figure stands beside a baseline measured in the same run: a bare Fastify
// route of the same server that runs the same SQL on the same pool (or PGlite) and answers the same JSON,
// without Nest, the auth guard, the request-scope transaction (row-level security), the command runner
// or read-your-writes. The ratio is what the kit costs on this machine, whatever the machine is.
//
// Figures (one JSON line each on stdout; progress on stderr):
// - read-agencies     GET /api/tenants/:tenant/membership/agencies (20 agencies), a bearer token,
//                     10 connections, as fast as it answers; baseline: the same two SELECTs and views.
//                     Goal on PostgreSQL: ≥ 0.5 of the baseline's throughput.
// - command-register-person  POST /api/tenants/:tenant/membership/people at a fixed 200 req/s
//                     open loop (one request due every 5 ms, timed from when it was due; up to 10
//                     connections), the median of ROUNDS alternating rounds by p99; baseline: read the
//                     new stream, append PersonRegistered, write the personal data, the same answer. Goal on PostgreSQL: p99 ≤ 25 ms.
// - auth-me           GET /api/auth/me (the guard and nothing else); baseline: a bare route that answers
//                     a constant: what a request through Nest and the guard costs.
// - health            GET /health (Nest without the guard); baseline: the same bare route.
//
// Reads alternate route and baseline over ROUNDS rounds and report the median round; each run is
// preceded by a warm-up. PostgreSQL runs in a database created for this run next to the one
// BENCH_DATABASE_URL names (dropped at the end); PGlite in a temp directory (removed).
// BENCH_SCALE (default 1) multiplies every duration, e.g. 0.2 for a smoke run. BENCH_DRIVERS (default
// `pglite,postgres`) and BENCH_FIGURES (default all, e.g. `command-register-person`) narrow a run to what
// is being worked on; the README quotes full runs only.
// BENCH_HOST (default `platform`) picks the hosts measured: `platform`, `membership-service`, or both
// (`platform,membership-service`), each in its own process and its own database, with the same figures, baselines
// and goals; each figure names its `host`. The default stays the platform alone because a full run of one host
// already takes about ten minutes and every host doubles it.

import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { PgExecutor } from '@bcd/event-store';
import { ADMIN_PASSWORD, BENCH_HOSTS, call, startServer, stopServer, type BenchHost } from './platform-process.js';
import { emitFigure, median, percentile, progress, round } from './report.js';

const BENCH = 'http';
const TENANT = 'bench';
const AGENCIES = 20;
const CONNECTIONS = 10;
const ROUNDS = 3;
const COMMAND_RATE = 200;

type Driver = 'pglite' | 'postgres';
const FIGURES = ['read-agencies', 'command-register-person', 'auth-me', 'health'] as const;
type Figure = (typeof FIGURES)[number];

/** A comma-separated selection from `all` (`unset`, or every one, when the variable is unset). */
function selection<T extends string>(name: string, all: readonly T[], unset: readonly T[] = all): Set<T> {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return new Set(unset);
  const chosen = raw.split(',').map((item) => item.trim());
  const unknown = chosen.filter((item) => !(all as readonly string[]).includes(item));
  if (unknown.length > 0) throw new Error(`${name}: unknown ${unknown.join(', ')}; choose from ${all.join(', ')}`);
  return new Set(chosen as T[]);
}

interface Run {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
}

/** The admin's token, a tenant and its 20 agencies. */
async function seed(url: string): Promise<string> {
  const { accessToken } = (await call(url, 'POST', '/api/auth/login', undefined, { username: 'admin', password: ADMIN_PASSWORD })) as { accessToken: string };
  await call(url, 'POST', '/api/tenants', accessToken, { code: TENANT, name: 'Tỉnh Bench' });
  for (let i = 1; i <= AGENCIES; i++) {
    await call(url, 'POST', `/api/tenants/${TENANT}/membership/agencies`, accessToken, { code: `SO${String(i).padStart(2, '0')}`, name: `Sở số ${i}`, kind: 'department' });
  }
  return accessToken;
}

async function load(options: autocannon.Options): Promise<Run> {
  const result = await autocannon({ connections: CONNECTIONS, ...options });
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(`${options.method ?? 'GET'} ${options.url}: ${result.non2xx} answers not 2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  }
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, requests: result.requests.total };
}

/**
 * Open-loop load at a fixed rate: a request falls due every 1000/rate ms and is sent then (on one of
 * CONNECTIONS keep-alive connections, queued if all are busy), and its latency counts from when it fell
 * due, so a slow answer cannot hide the wait of the ones behind it. (autocannon's `overallRate` is not
 * this: each connection sends its share of a second back to back when the second starts, so it measures
 * bursts of 10 concurrent requests, and its coordinated-omission correction adds made-up samples.)
 */
async function paced(options: { url: string; rate: number; seconds: number; headers: Record<string, string>; body: () => string }): Promise<Run> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const target = new URL(options.url);
  const total = Math.round(options.rate * options.seconds);
  const interval = 1000 / options.rate;
  const latencies: number[] = [];
  const failures: string[] = [];
  const inFlight: Promise<void>[] = [];
  const send = (body: string) =>
    new Promise<number>((resolve, reject) => {
      const request = http.request(
        {
          agent,
          method: 'POST',
          hostname: target.hostname,
          port: target.port,
          path: target.pathname,
          headers: { ...options.headers, 'content-length': Buffer.byteLength(body) },
        },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.on('end', () => (response.statusCode !== undefined && response.statusCode < 300 ? resolve(response.statusCode) : reject(new Error(`${response.statusCode}: ${text.slice(0, 300)}`))));
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  const start = performance.now();
  let sent = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      for (; sent < total && start + sent * interval <= performance.now(); sent++) {
        const due = start + sent * interval;
        inFlight.push(
          send(options.body()).then(
            () => void latencies.push(performance.now() - due),
            (error: Error) => void failures.push(error.message),
          ),
        );
      }
      if (sent < total) setTimeout(tick, Math.max(0, start + sent * interval - performance.now()));
      else resolve();
    };
    tick();
  });
  await Promise.all(inFlight);
  const seconds = (performance.now() - start) / 1000;
  agent.destroy();
  if (failures.length > 0) throw new Error(`POST ${options.url}: ${failures.length} of ${total} requests failed, e.g. ${failures[0]}`);
  return { rps: total / seconds, p50: round(percentile(latencies, 0.5), 2), p99: round(percentile(latencies, 0.99), 2), requests: total };
}

/** Route and baseline measured in turns over ROUNDS rounds; the median round of each by `key`. */
async function alternating(route: () => Promise<Run>, baseline: () => Promise<Run>, key: 'rps' | 'p99', describe: (route: Run, baseline: Run) => string, log: (m: string) => void) {
  const routeRuns: Run[] = [];
  const baseRuns: Run[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    routeRuns.push(await route());
    baseRuns.push(await baseline());
    log(`  round ${i + 1}: ${describe(routeRuns[i], baseRuns[i])}`);
  }
  const pick = (runs: Run[]) => runs.find((r) => r[key] === median(runs.map((x) => x[key]))) ?? runs[0];
  return { route: pick(routeRuns), baseline: pick(baseRuns) };
}

/** Route and baseline alternately, after a warm-up of each; the median round of each (by throughput). */
async function compareReads(url: string, route: string, baseline: string, token: string, seconds: number, log: (m: string) => void) {
  const headers = { authorization: `Bearer ${token}` };
  await load({ url: url + route, headers, duration: Math.max(1, seconds / 3) });
  await load({ url: url + baseline, duration: Math.max(1, seconds / 3) });
  return alternating(
    () => load({ url: url + route, headers, duration: seconds }),
    () => load({ url: url + baseline, duration: seconds }),
    'rps',
    (r, b) => `${route} ${round(r.rps)} req/s, baseline ${round(b.rps)} req/s`,
    log,
  );
}

async function runDriver(host: BenchHost, driver: Driver, env: Record<string, string>, seconds: number, figures: Set<Figure>): Promise<void> {
  const log = (m: string) => progress(BENCH, `${host} ${driver}: ${m}`);
  const server = await startServer(env, log, host);
  try {
    const token = await seed(server.url);
    const agencies = `/api/tenants/${TENANT}/membership/agencies`;
    const baselineAgencies = `/bench/baseline/tenants/${TENANT}/membership/agencies`;
    const same = JSON.stringify(await call(server.url, 'GET', agencies, token)) === JSON.stringify(await call(server.url, 'GET', baselineAgencies, undefined));
    if (!same) throw new Error('the baseline does not answer the same JSON as the route: the comparison would be meaningless');
    log(`seeded tenant ${TENANT} with ${AGENCIES} agencies; route and baseline answer the same JSON`);
    const hostNote = host === 'platform' ? '' : 'the membership service of the distributed shape (membership, identity and rulebook contexts); ';
    const note = `${hostNote}${driver === 'pglite' ? 'PGlite file-backed, one connection (queries are serialised); ' : 'PostgreSQL on loopback, pool of 10; '}`;
    const goalFor = (goal: string | null, met: boolean | null) => (driver === 'postgres' ? { goal, meets_goal: met } : { goal: null, meets_goal: null });

    if (figures.has('read-agencies')) {
      const read = await compareReads(server.url, agencies, baselineAgencies, token, seconds, log);
      const readRatio = read.route.rps / read.baseline.rps;
      emitFigure({
        bench: BENCH,
        host,
        figure: 'read-agencies',
        driver,
        value: round(read.route.rps),
        unit: 'req/s',
        baseline: round(read.baseline.rps),
        ratio: round(readRatio, 3),
        p50_ms: read.route.p50,
        p99_ms: read.route.p99,
        baseline_p50_ms: read.baseline.p50,
        baseline_p99_ms: read.baseline.p99,
        ...goalFor('>= 0.5 of baseline', readRatio >= 0.5),
        note: `${note}GET ${agencies} (${AGENCIES} agencies) with a bearer token, ${CONNECTIONS} connections, median of ${ROUNDS} alternating rounds of ${seconds} s; baseline: the same two SELECTs and views on the same pool in a bare Fastify route`,
      });
    }

    if (figures.has('command-register-person')) {
      let n = 0;
      const person = () => JSON.stringify({ fullName: `Nguyễn Văn ${++n}`, email: `nguoi${n}@example.vn` });
      const commandOptions = (path: string, auth: boolean, duration = seconds * 2) => ({
        url: server.url + path,
        rate: COMMAND_RATE,
        seconds: duration,
        headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${token}` } : {}) },
        body: person,
      });
      const people = `/api/tenants/${TENANT}/membership/people`;
      const peopleBaseline = `/bench/baseline/tenants/${TENANT}/membership/people`;
      // A fixed rate: latency is the figure. Warm both up (JIT, pools), then alternate; the median round by p99.
      await paced(commandOptions(people, true, seconds));
      await paced(commandOptions(peopleBaseline, false, seconds));
      const { route: command, baseline: commandBaseline } = await alternating(
        () => paced(commandOptions(people, true)),
        () => paced(commandOptions(peopleBaseline, false)),
        'p99',
        (r, b) => `POST people p99 ${r.p99} ms, baseline p99 ${b.p99} ms`,
        log,
      );
      emitFigure({
        bench: BENCH,
        host,
        figure: 'command-register-person',
        driver,
        value: round(command.rps),
        unit: 'req/s',
        baseline: round(commandBaseline.rps),
        ratio: round(command.rps / commandBaseline.rps, 3),
        p50_ms: command.p50,
        p99_ms: command.p99,
        baseline_p50_ms: commandBaseline.p50,
        baseline_p99_ms: commandBaseline.p99,
        ...goalFor('p99 <= 25 ms at 200 req/s', command.p99 <= 25),
        note: `${note}POST ${people} at a fixed ${COMMAND_RATE} req/s, open loop (a request due every ${1000 / COMMAND_RATE} ms, timed from when due; up to ${CONNECTIONS} connections), median of ${ROUNDS} alternating rounds of ${seconds * 2} s by p99, each request a new person: runner (tenant check, stream read, decide, append and the personal-data row in one transaction), read-your-writes on the membership read model; baseline: the same stream read, append and personal-data write in one transaction in a bare Fastify route`,
      });
      log(`command: p50 ${command.p50} ms, p99 ${command.p99} ms at ${round(command.rps)} req/s; baseline p99 ${commandBaseline.p99} ms`);
    }

    for (const [figure, route, what] of [
      ['auth-me', '/api/auth/me', 'GET /api/auth/me: the global guard (token, the caller looked up in the access directory) and Nest'],
      ['health', '/health', 'GET /health: Nest without the guard'],
    ] as const) {
      if (!figures.has(figure)) continue;
      const runs = await compareReads(server.url, route, '/bench/bare', token, Math.max(1, seconds / 2), log);
      emitFigure({
        bench: BENCH,
        host,
        figure,
        driver,
        value: round(runs.route.rps),
        unit: 'req/s',
        baseline: round(runs.baseline.rps),
        ratio: round(runs.route.rps / runs.baseline.rps, 3),
        p50_ms: runs.route.p50,
        p99_ms: runs.route.p99,
        baseline_p50_ms: runs.baseline.p50,
        baseline_p99_ms: runs.baseline.p99,
        goal: null,
        meets_goal: null,
        note: `${note}${what}; baseline: a bare Fastify route of the same server answering a constant`,
      });
    }
  } finally {
    await stopServer(server);
  }
}

export async function runHttpBench(): Promise<void> {
  const scale = Number(process.env['BENCH_SCALE'] ?? '1');
  if (!Number.isFinite(scale) || scale <= 0) throw new Error(`BENCH_SCALE must be a positive number, got ${process.env['BENCH_SCALE']}`);
  const seconds = Math.max(1, Math.round(10 * scale));
  const drivers = selection<Driver>('BENCH_DRIVERS', ['pglite', 'postgres']);
  const figures = selection('BENCH_FIGURES', FIGURES);
  const hosts = selection<BenchHost>('BENCH_HOST', BENCH_HOSTS, ['platform']);

  if (drivers.has('pglite')) {
    for (const host of hosts) {
      const dir = await mkdtemp(join(tmpdir(), 'bcd-bench-http-'));
      try {
        await runDriver(host, 'pglite', { DATA_DIR: dir }, seconds, figures);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }
  }
  if (!drivers.has('postgres')) return;

  const databaseUrl = process.env['BENCH_DATABASE_URL'];
  if (!databaseUrl) {
    progress(BENCH, 'BENCH_DATABASE_URL is not set: the PostgreSQL half is SKIPPED (e.g. BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/bcd_bench)');
    return;
  }
  const admin = new PgExecutor({ connectionString: databaseUrl, max: 1, applicationName: 'bcd-bench-admin' });
  try {
    // each host in a database of its own: both seed the same tenant
    for (const host of hosts) {
      const dbName = `bcd_bench_http_${Date.now()}`;
      const url = new URL(databaseUrl);
      url.pathname = `/${dbName}`;
      await admin.query(`CREATE DATABASE ${dbName}`);
      progress(BENCH, `${host} postgres: created database ${dbName} (dropped at the end)`);
      try {
        await runDriver(host, 'postgres', { DATABASE_URL: url.toString(), DATABASE_POOL_SIZE: '10' }, seconds, figures);
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch((error: unknown) => progress(BENCH, `could not drop ${dbName}: ${String(error)}`));
      }
    }
  } finally {
    await admin.close();
  }
}
