// Projections benchmark (issue 14): a generated history (projections-history.ts) of 34 tenants — one of them with
// 50,000 events — in the event store, then the platform (a child process, like `npm start`) building every read model
// from position 0 and answering the projections' routes over loopback. Each figure stands beside a baseline measured
// in the same run.
//
// Figures (one JSON line each on stdout; progress on stderr):
// - rebuild             every read model of the platform built from position 0 over the whole history (the platform
//                       started on a store nobody projected yet: it catches every read model up before it listens,
//                       as a rebuild does before its tables are switched), events/s = events ÷ seconds from the
//                       platform's spawn until none lags; baseline: the store's plain catch-up read (readAll pages of 1000 over the same events),
//                       events/s. Goal ≥ 0.3 of the baseline.
// - audit-append        what the audit trail's and the transparency log's projections cost per event (their `apply`
//                       on batches of 100 new events, each batch in its own transaction, as their subscription runs
//                       it); baseline: appending those events (appendToStream, 100 events per new stream). Goal
//                       ≤ 0.2 of the baseline, each. A second line each (baseline_kind per-command) sets the same cost
//                       beside appending each event alone, as a command recording one event does.
// - as-of               GET /api/tenants/:t/as-of for the 50,000-event tenant at random moments of its history, on
//                       each axis: p50/p95. Goal p95 ≤ 200 ms. Baseline: GET /api/auth/me (the request path alone).
// - kpis                GET /api/tenants/:t/kpis for the 50,000-event tenant, one quarter after another: the first
//                       request of a quarter computes the page (cold), the next ones are served until the tenant's
//                       head moves (warm); p95 of each. Goal p95 ≤ 50 ms. Baseline: GET /api/auth/me.
// - kpi-ranking         GET /api/kpis/ranking over the 34 tenants, cold (first) and warm p95. Goal p95 ≤ 50 ms.
// - audit-search        GET /api/tenants/:t/audit/events with a type, a business-time range and free text: p95.
//                       Goal ≤ 100 ms. Baseline: GET /api/auth/me.
// - inclusion-proof     GET /api/tenants/:t/audit/log/inclusion-proofs/:eventId of random events: p95. Goal ≤ 10 ms.
//                       Baseline: GET /api/auth/me.
//
// Sizes: 1,000,000 events on PostgreSQL (BENCH_DATABASE_URL; a database created for the run next to it, dropped at the
// end), 200,000 on PGlite (a temp directory, removed); BENCH_SCALE multiplies both (the 50,000-event tenant too).
// BENCH_DRIVERS (default `pglite,postgres`) narrows a run.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { RecordedEvent } from '@bcd/kernel';
import { createEventStore, PgExecutor, type GlobalCheckpoint, type PostgresEventStore } from '@bcd/event-store';
import { auditProjection, encodeSignerKey, transparencyProjection, TransparencyKeys } from '@bcd/projections';
import type { ReadModelDefinition } from '@bcd/service-host';
import { ADMIN_PASSWORD, call, startServer, stopServer, type Server } from './platform-process.js';
import { tenantHistory } from './projections-history.js';
import { emitFigure, percentile, progress, round } from './report.js';

const BENCH = 'projections';
type Driver = 'pglite' | 'postgres';
/** The driver being measured (every figure names it). */
let currentDriver: Driver = 'pglite';

const TENANTS = 34;
const BIG_TENANT = 'bench-big';
const SIZES: Record<Driver, { total: number; big: number; appendProbe: number }> = {
  postgres: { total: 1_000_000, big: 50_000, appendProbe: 20_000 },
  pglite: { total: 200_000, big: 50_000, appendProbe: 10_000 },
};
const APPEND_CHUNK = 100;
const CATCH_UP_PAGE = 1000;
const QUERIES = { asOf: 100, kpiQuarters: 20, kpiWarm: 100, rankingWarm: 30, search: 60, proofs: 100, floor: 100 };

function selection(raw: string | undefined): Set<Driver> {
  if (raw === undefined || raw.trim() === '') return new Set(['pglite', 'postgres']);
  const chosen = raw.split(',').map((d) => d.trim());
  for (const d of chosen) if (d !== 'pglite' && d !== 'postgres') throw new Error(`BENCH_DRIVERS: unknown ${d}; choose from pglite, postgres`);
  return new Set(chosen as Driver[]);
}

const tenantCodes = (): string[] => [BIG_TENANT, ...Array.from({ length: TENANTS - 1 }, (_, i) => `bench-${String(i + 1).padStart(2, '0')}`)];

/**
 * Appends the generated history tenant after tenant, in the order generated (by month: what a committee records as it
 * works), consecutive events of one stream in one append of at most 100.
 */
async function appendHistory(store: PostgresEventStore, sizes: { total: number; big: number }, log: (m: string) => void): Promise<{ events: number; bigFirst: Date; bigLast: Date }> {
  const rest = Math.max(0, Math.round((sizes.total - sizes.big) / (TENANTS - 1)));
  let events = 0;
  let bigFirst = new Date(8.64e15);
  let bigLast = new Date(0);
  for (const tenant of tenantCodes()) {
    const versions = new Map<string, number>();
    let run: { streamId: string; events: { type: string; data: unknown; occurredAt: Date }[] } | null = null;
    const flush = async () => {
      if (!run) return;
      const version = versions.get(run.streamId) ?? 0;
      await store.appendToStream(tenant, run.streamId, run.events, { expectedVersion: version === 0 ? 'no_stream' : version });
      versions.set(run.streamId, version + run.events.length);
      events += run.events.length;
      run = null;
    };
    for (const e of tenantHistory(tenant, tenant === BIG_TENANT ? sizes.big : rest)) {
      if (run && (run.streamId !== e.streamId || run.events.length === APPEND_CHUNK)) await flush();
      run ??= { streamId: e.streamId, events: [] };
      run.events.push({ type: e.type, data: e.data, occurredAt: e.occurredAt });
      if (tenant === BIG_TENANT) {
        if (e.occurredAt < bigFirst) bigFirst = e.occurredAt;
        if (e.occurredAt > bigLast) bigLast = e.occurredAt;
      }
    }
    await flush();
    log(`appended ${tenant}: ${events} events so far`);
  }
  return { events, bigFirst, bigLast };
}

/** The store's plain catch-up read over every event: events/s. */
async function catchUpRate(store: PostgresEventStore): Promise<{ events: number; perSecond: number }> {
  const started = performance.now();
  let after: GlobalCheckpoint | undefined;
  let events = 0;
  for (;;) {
    const page = await store.readAll({ after, maxCount: CATCH_UP_PAGE });
    events += page.events.length;
    after = page.checkpoint;
    if (page.isEnd) break;
  }
  return { events, perSecond: events / ((performance.now() - started) / 1000) };
}

interface Lag {
  projectionId: string;
  eventsBehind: number;
}

/** Seconds until every read model of the platform has no lag, with progress. */
async function untilCaughtUp(server: Server, token: string, started: number, log: (m: string) => void): Promise<{ seconds: number; projections: Record<string, number> }> {
  const done: Record<string, number> = {};
  let lastLog = 0;
  for (;;) {
    const lags = (await call(server.url, 'GET', '/api/admin/projections', token)) as Lag[];
    const now = performance.now();
    for (const lag of lags) if (lag.eventsBehind === 0 && done[lag.projectionId] === undefined) done[lag.projectionId] = round((now - started) / 1000, 1);
    const behind = lags.filter((l) => l.eventsBehind > 0);
    if (behind.length === 0) return { seconds: (now - started) / 1000, projections: done };
    if (now - lastLog > 15_000) {
      log(`building read models: ${behind.map((l) => `${l.projectionId} ${l.eventsBehind} behind`).join(', ')}`);
      lastLog = now;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The read models of issue 14, rebuilt one after the other. */
const REBUILT = ['projections-audit', 'projections-transparency', 'projections-time-travel'] as const;

interface RebuildProgress {
  phase: string;
  processed: number;
  startedAt: string;
  finishedAt: string | null;
  error: string | null;
}

/** Starts a blue/green rebuild and waits for it: the events replayed and the seconds it took. */
async function rebuild(server: Server, token: string, projectionId: string, log: (m: string) => void): Promise<{ processed: number; seconds: number }> {
  await call(server.url, 'POST', `/api/admin/projections/${projectionId}/rebuild`, token);
  let lastLog = performance.now();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const lags = (await call(server.url, 'GET', '/api/admin/projections', token)) as (Lag & { rebuild: RebuildProgress | null })[];
    const progress = lags.find((l) => l.projectionId === projectionId)?.rebuild;
    if (!progress) throw new Error(`no rebuild of ${projectionId} in progress`);
    if (progress.phase === 'failed') throw new Error(`the rebuild of ${projectionId} failed: ${progress.error}`);
    if (progress.phase === 'done' && progress.finishedAt) {
      const seconds = (Date.parse(progress.finishedAt) - Date.parse(progress.startedAt)) / 1000;
      log(`rebuilt ${projectionId}: ${progress.processed} events in ${round(seconds, 1)} s`);
      return { processed: progress.processed, seconds };
    }
    if (performance.now() - lastLog > 15_000) {
      log(`rebuilding ${projectionId}: ${progress.phase}, ${progress.processed} events`);
      lastLog = performance.now();
    }
  }
}

/** Latencies (ms) of `count` GETs, one after the other. */
async function latencies(server: Server, token: string, paths: readonly string[]): Promise<number[]> {
  const times: number[] = [];
  for (const path of paths) {
    const started = performance.now();
    await call(server.url, 'GET', path, token);
    times.push(performance.now() - started);
  }
  return times;
}

/** A small deterministic generator for picking moments and events. */
function picker(seed: number): (n: number) => number {
  let a = seed;
  return (n) => {
    a = (a * 1103515245 + 12345) % 2147483648;
    return a % n;
  };
}

async function measureAppendCost(store: PostgresEventStore, probe: number, log: (m: string) => void): Promise<void> {
  // A tenant of its own, projected by hand: the platform is stopped, so no subscription sees these events.
  const tenant = 'bench-probe';
  const generated = [...tenantHistory(tenant, probe)].slice(0, probe);
  const appended: RecordedEvent[] = [];
  const appendStarted = performance.now();
  for (let start = 0; start < generated.length; start += APPEND_CHUNK) {
    const chunk = generated.slice(start, start + APPEND_CHUNK).map((e) => ({ type: e.type, data: e.data, occurredAt: e.occurredAt }));
    await store.appendToStream(tenant, `probe-${start}`, chunk, { expectedVersion: 'no_stream' });
  }
  const appendMs = performance.now() - appendStarted;
  // The same events appended as commands append theirs: each alone, in its own transaction (another tenant's streams).
  const singleStarted = performance.now();
  for (const [index, e] of generated.entries()) {
    await store.appendToStream(`${tenant}-single`, `probe-single-${index}`, [{ type: e.type, data: e.data, occurredAt: e.occurredAt }], { expectedVersion: 'no_stream' });
  }
  const singleMs = performance.now() - singleStarted;
  let after: GlobalCheckpoint | undefined;
  for (;;) {
    const page = await store.readAll({ tenantId: tenant, after, maxCount: CATCH_UP_PAGE });
    appended.push(...page.events);
    after = page.checkpoint;
    if (page.isEnd) break;
  }
  const keys = new TransparencyKeys(encodeSignerKey('bench.example', new Uint8Array(32).fill(7)));
  const definitions: [string, ReadModelDefinition][] = [['audit-trail', auditProjection], ['transparency-log', transparencyProjection(keys)]];
  for (const [name, definition] of definitions) {
    const started = performance.now();
    for (let start = 0; start < appended.length; start += APPEND_CHUNK) {
      const batch = appended.slice(start, start + APPEND_CHUNK);
      await store.executor.transaction((tx) => definition.apply(tx, batch), definition.prelude ? { prelude: definition.prelude } : undefined);
    }
    const ms = performance.now() - started;
    const perEvent = ms / appended.length;
    const baseline = appendMs / generated.length;
    log(`${name}: ${round(perEvent * 1000, 1)} µs per event beside ${round(baseline * 1000, 1)} µs per appended event`);
    emitFigure({
      bench: BENCH, figure: 'audit-append', projection: name, driver: currentDriver,
      value: round(perEvent * 1000, 1), unit: 'µs/event', baseline: round(baseline * 1000, 1), ratio: round(perEvent / baseline, 3),
      goal: '<= 0.2 of baseline', meets_goal: perEvent / baseline <= 0.2,
      note: `${appended.length} events of a generated tenant, apply() on batches of ${APPEND_CHUNK} in a transaction each; baseline: appendToStream of the same events, ${APPEND_CHUNK} per new stream`,
    });
    // Beside the append as commands make it (one event per appendToStream): what recording an event costs the platform.
    const single = singleMs / generated.length;
    emitFigure({
      bench: BENCH, figure: 'audit-append', projection: name, driver: currentDriver, baseline_kind: 'per-command',
      value: round(perEvent * 1000, 1), unit: 'µs/event', baseline: round(single * 1000, 1), ratio: round(perEvent / single, 3),
      goal: '<= 0.2 of baseline', meets_goal: perEvent / single <= 0.2,
      note: `the same apply() cost; baseline: appendToStream of each of the same events alone (${generated.length} calls, one new stream and one transaction each), as a command recording one event`,
    });
  }
}


function emitLatency(figure: string, times: number[], floor: number[], goalMs: number, note: string, extra: Record<string, unknown> = {}): void {
  const p95 = percentile(times, 0.95);
  emitFigure({
    bench: BENCH, figure, driver: currentDriver, ...extra,
    value: round(p95, 2), unit: 'ms (p95)', p50_ms: round(percentile(times, 0.5), 2), p95_ms: round(p95, 2), requests: times.length,
    baseline: round(percentile(floor, 0.95), 2), baseline_p50_ms: round(percentile(floor, 0.5), 2),
    goal: `p95 <= ${goalMs} ms`, meets_goal: p95 <= goalMs,
    note: `${note}; baseline: GET /api/auth/me (the request path and the guard alone), p95`,
  });
}

async function runDriver(driver: Driver, env: Record<string, string>, open: () => Promise<PostgresEventStore>, scale: number): Promise<void> {
  currentDriver = driver;
  const log = (m: string) => progress(BENCH, `${driver}: ${m}`);
  const sizes = { total: Math.round(SIZES[driver].total * scale), big: Math.round(SIZES[driver].big * scale), appendProbe: Math.max(1000, Math.round(SIZES[driver].appendProbe * scale)) };

  // 1. The tenants, through the platform (an empty store otherwise).
  let server = await startServer(env, log);
  const login = async () => ((await call(server.url, 'POST', '/api/auth/login', undefined, { username: 'admin', password: ADMIN_PASSWORD })) as { accessToken: string }).accessToken;
  let token = await login();
  for (const code of tenantCodes()) await call(server.url, 'POST', '/api/tenants', token, { code, name: `Tỉnh ${code}` });
  await untilCaughtUp(server, token, performance.now(), log);
  await stopServer(server);

  // 2. The history, straight into the store; the baseline read.
  let store = await open();
  let history: { events: number; bigFirst: Date; bigLast: Date };
  let baseline: { events: number; perSecond: number };
  try {
    const started = performance.now();
    history = await appendHistory(store, sizes, log);
    log(`appended ${history.events} events in ${round((performance.now() - started) / 1000, 1)} s`);
    // The statistics autovacuum would gather after such a load (this machine's PostgreSQL runs without autovacuum;
    // PGlite has none): without them the planner misjudges the catch-up reads by type (README "Benchmarks").
    await store.executor.query('ANALYZE events');
    baseline = await catchUpRate(store);
    log(`plain catch-up read: ${round(baseline.perSecond)} events/s over ${baseline.events} events`);
  } finally {
    await store.close();
  }

  // 3. Every read model from position 0.
  const started = performance.now();
  server = await startServer(env, log);
  try {
    token = await login();
    const built = await untilCaughtUp(server, token, started, log);
    const firstRate = baseline.events / built.seconds;
    emitFigure({
      bench: BENCH, figure: 'first-build', driver, value: round(firstRate), unit: 'events/s', baseline: round(baseline.perSecond), ratio: round(firstRate / baseline.perSecond, 3),
      goal: null, meets_goal: null, seconds: round(built.seconds, 1), events: baseline.events, caught_up_at_s: built.projections,
      note: `${TENANTS} tenants (one of ${sizes.big} events): the platform started on a store nobody projected, every read model of every context caught up one after the other before it listens (process start included); baseline: readAll pages of ${CATCH_UP_PAGE} over the same events`,
    });
    for (const projectionId of REBUILT) {
      const rebuilt = await rebuild(server, token, projectionId, log);
      const rate = rebuilt.processed / rebuilt.seconds;
      emitFigure({
        bench: BENCH, figure: 'rebuild', projection: projectionId, driver, value: round(rate), unit: 'events/s', baseline: round(baseline.perSecond), ratio: round(rate / baseline.perSecond, 3),
        goal: '>= 0.3 of baseline', meets_goal: rate / baseline.perSecond >= 0.3, seconds: round(rebuilt.seconds, 1), events: rebuilt.processed,
        note: `POST /api/admin/projections/${projectionId}/rebuild: every event from position 0 into new tables while the live ones serve, then switched (startedAt to finishedAt); baseline: readAll pages of ${CATCH_UP_PAGE} over the same events`,
      });
    }

    // 4. Queries.
    const floor = await latencies(server, token, Array.from({ length: QUERIES.floor }, () => '/api/auth/me'));
    const pick = picker(42);
    const span = history.bigLast.getTime() - history.bigFirst.getTime();
    for (const axis of ['business', 'recorded'] as const) {
      const paths = Array.from({ length: QUERIES.asOf }, () => {
        const at = axis === 'business' ? new Date(history.bigFirst.getTime() + (pick(1000) / 1000) * span) : new Date();
        return `/api/tenants/${BIG_TENANT}/as-of?at=${encodeURIComponent(at.toISOString())}&axis=${axis}`;
      });
      await latencies(server, token, paths.slice(0, 5));
      emitLatency('as-of', await latencies(server, token, paths), floor, 200, `${BIG_TENANT} (${sizes.big} events), ${QUERIES.asOf} moments ${axis === 'business' ? 'spread over its history' : 'now (every event recorded during the run)'}`, { axis });
    }

    const lastYear = history.bigLast.getUTCFullYear();
    const quarters = Array.from({ length: QUERIES.kpiQuarters }, (_, i) => {
      const back = i;
      const year = lastYear - Math.floor(back / 4);
      return `${year}-Q${4 - (back % 4)}`;
    });
    const cold = await latencies(server, token, quarters.map((q) => `/api/tenants/${BIG_TENANT}/kpis?period=${q}`));
    const warm = await latencies(server, token, Array.from({ length: QUERIES.kpiWarm }, (_, i) => `/api/tenants/${BIG_TENANT}/kpis?period=${quarters[i % quarters.length]}`));
    emitLatency('kpis', warm, floor, 50, `${BIG_TENANT}: ${QUERIES.kpiWarm} requests over ${quarters.length} quarters, each computed once before (warm)`, { cache: 'warm' });
    emitLatency('kpis', cold, floor, 50, `${BIG_TENANT}: the first request of each of ${quarters.length} quarters (computed from time travel's snapshots)`, { cache: 'cold', times_ms: cold.map((t) => round(t, 1)), quarters });

    const rankingCold = await latencies(server, token, quarters.slice(0, 3).map((q) => `/api/kpis/ranking?period=${q}`));
    const rankingWarm = await latencies(server, token, Array.from({ length: QUERIES.rankingWarm }, (_, i) => `/api/kpis/ranking?period=${quarters[i % 3]}`));
    emitLatency('kpi-ranking', rankingWarm, floor, 50, `${TENANTS} tenants, ${QUERIES.rankingWarm} requests over 3 quarters computed once before (warm)`, { cache: 'warm' });
    emitLatency('kpi-ranking', rankingCold, floor, 50, `${TENANTS} tenants, the first request of each of 3 quarters (every tenant's page computed)`, { cache: 'cold', times_ms: rankingCold.map((t) => round(t, 1)) });

    const types = ['meetings.ActionItemDone', 'reporting.ReportSubmitted', 'meetings', 'budget'];
    const words = ['bao cao', 'nhiem vu', 'hop', 'chi'];
    const searches = Array.from({ length: QUERIES.search }, (_, i) => {
      const from = new Date(history.bigFirst.getTime() + (pick(900) / 1000) * span);
      const to = new Date(from.getTime() + span / 10);
      return `/api/tenants/${BIG_TENANT}/audit/events?type=${types[i % types.length]}&axis=business&from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}&q=${encodeURIComponent(words[i % words.length])}&limit=50`;
    });
    await latencies(server, token, searches.slice(0, 5));
    emitLatency('audit-search', await latencies(server, token, searches), floor, 100, `${BIG_TENANT}: a type or namespace, a business-time range of a tenth of its history and a free-text word, 50 per page`);

    const page = (await call(server.url, 'GET', `/api/tenants/${BIG_TENANT}/audit/events?limit=200&order=oldest`, token)) as { items?: { eventId: string }[]; events?: { eventId: string }[] };
    const ids = (page.items ?? page.events ?? []).map((e) => e.eventId);
    if (ids.length === 0) throw new Error('no audit entries to prove');
    const proofs = Array.from({ length: QUERIES.proofs }, () => `/api/tenants/${BIG_TENANT}/audit/log/inclusion-proofs/${ids[pick(ids.length)]}`);
    await latencies(server, token, proofs.slice(0, 5));
    emitLatency('inclusion-proof', await latencies(server, token, proofs), floor, 10, `${BIG_TENANT}: ${QUERIES.proofs} random events of its log (tlog-proof files)`);
  } finally {
    await stopServer(server);
  }

  // 5. The audit projections' cost per event, by hand on a tenant of its own.
  store = await open();
  try {
    await measureAppendCost(store, sizes.appendProbe, log);
  } finally {
    await store.close();
  }
}

export async function runProjectionsBench(): Promise<void> {
  const scale = Number(process.env['BENCH_SCALE'] ?? '1');
  if (!Number.isFinite(scale) || scale <= 0) throw new Error(`BENCH_SCALE must be a positive number, not ${process.env['BENCH_SCALE']}`);
  const drivers = selection(process.env['BENCH_DRIVERS']);
  if (drivers.has('pglite')) {
    const dir = await mkdtemp(join(tmpdir(), 'bcd-bench-projections-'));
    try {
      await runDriver('pglite', { DATA_DIR: dir }, () => createEventStore({ dataDir: dir }) as Promise<PostgresEventStore>, scale);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  if (!drivers.has('postgres')) return;
  const databaseUrl = process.env['BENCH_DATABASE_URL'];
  if (!databaseUrl) {
    progress(BENCH, 'BENCH_DATABASE_URL is not set: the PostgreSQL half is SKIPPED (e.g. BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres)');
    return;
  }
  const admin = new PgExecutor({ connectionString: databaseUrl, max: 1, applicationName: 'bcd-bench-admin' });
  const dbName = `bcd_bench_projections_${Date.now()}`;
  const url = new URL(databaseUrl);
  url.pathname = `/${dbName}`;
  try {
    await admin.query(`CREATE DATABASE ${dbName}`);
    progress(BENCH, `postgres: created database ${dbName} (dropped at the end)`);
    const dir = await mkdtemp(join(tmpdir(), 'bcd-bench-projections-pg-'));
    try {
      await runDriver('postgres', { DATABASE_URL: url.toString(), DATABASE_POOL_SIZE: '10', DATA_DIR: dir }, () => createEventStore({ databaseUrl: url.toString(), dataDir: dir, poolSize: 4 }) as Promise<PostgresEventStore>, scale);
    } finally {
      await rm(dir, { recursive: true, force: true });
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch((error: unknown) => progress(BENCH, `could not drop ${dbName}: ${String(error)}`));
    }
  } finally {
    await admin.close();
  }
}
