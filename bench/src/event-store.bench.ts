// Event-store benchmark: the PostgreSQL adapter (libs/event-store) on PGlite and on a PostgreSQL
// server, each figure next to a baseline measured in the same run, on the same connection(s), on a
// plain table of the same shape. The ratio (adapter / baseline) is what the goals are about: it
// says what the adapter's guarantees (expected-version check, two unique keys, two ordering
// indexes, NOTIFY, gap-safe reads, row mapping) cost on this machine, whatever the machine is.
//
// Figures (one JSON line each on stdout; progress on stderr):
// - append-batch      appendToStream of 100 events, each append a NEW stream (expected no_stream),
//                     one writer; baseline: multi-row INSERT of the same rows, 100 rows per statement.
// - append-single-8w  appendToStream of 1 event with the exact expected version, 8 concurrent
//                     writers, each on its own streams (a writer moves to a new stream every 50 events);
//                     baseline: single-row INSERT in autocommit by 8 concurrent callers on the same pool of 8;
//                     the two take turns in 6 rounds (the machine's speed drifts during a run).
// - append-hot-stream read-decide-append on ONE stream: read the last event (readStream backwards,
//                     maxCount 1), decide (counter + 1), append with that version; a ConcurrencyConflict
//                     re-reads and retries. Run with 1 caller and with 8 concurrent callers; the figure
//                     carries a `callers` field. Baseline: the same two round trips on the plain table
//                     (SELECT the stream's last row, single-row INSERT) without any conflict detection.
// - catch-up          200k events read in global order with readAll pages of 1000 (the adapter's
//                     default); baseline: keyset pages of 1000 (`global_position > $last ORDER BY
//                     global_position LIMIT 1000`) over the same rows in the plain table.
//
// Every measured phase runs on freshly created tables: PGlite in a temp directory (removed at the
// end), PostgreSQL in a database created for this run (`bcd_bench_es_<timestamp>`, dropped at the end)
// next to the one BENCH_DATABASE_URL names; that database itself is left untouched.
//
// BENCH_SCALE (default 1) multiplies every operation count, e.g. BENCH_SCALE=0.1 for a smoke run.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ConcurrencyConflict, newId, type NewEvent } from '@bcd/kernel';
import {
  EVENT_STORE_MIGRATIONS_DIR,
  PgExecutor,
  createEventStore,
  loadMigrations,
  migrate,
  type GlobalCheckpoint,
  type Migration,
  type PostgresEventStore,
  type SqlExecutor,
} from '@bcd/event-store';
import { emitFigure, median, percentile, progress, round } from './report.js';

const BENCH = 'event-store';

type Driver = 'pglite' | 'postgres';

/**
 * The baseline table: the columns and types of `events` (migrations/0001_events.sql), with the same
 * NOT NULL columns and defaults (transaction_id = pg_current_xact_id(), recorded_at = now()), a plain
 * `bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY`, and nothing else: no unique constraint besides
 * the primary key, no CHECK constraints, no other index, no NOTIFY.
 */
const BASELINE_DDL = `
CREATE TABLE events_baseline (
  global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  transaction_id  xid8        NOT NULL DEFAULT pg_current_xact_id(),
  tenant_id       text        NOT NULL,
  stream_id       text        NOT NULL,
  stream_version  integer     NOT NULL,
  event_id        uuid        NOT NULL,
  type            text        NOT NULL,
  schema_version  integer     NOT NULL DEFAULT 1,
  data            jsonb       NOT NULL,
  metadata        jsonb       NOT NULL DEFAULT '{}'::jsonb,
  occurred_at     timestamptz NOT NULL,
  recorded_at     timestamptz NOT NULL DEFAULT now()
)`;

const BATCH_SIZE = 100;
const SINGLE_WRITERS = 8;
const SINGLE_ROUNDS = 6;
const EVENTS_PER_WRITER_STREAM = 50;
const HOT_CALLERS = [1, 8] as const;
const HOT_MAX_ATTEMPTS = 1000;
const CATCH_UP_PAGE = 1000;

interface Sizes {
  batchWarmupAppends: number;
  batchAppends: number;
  singleWarmupPerWriter: number;
  singlePerWriter: number;
  hotWarmupCommands: number;
  /** Commands measured, by number of concurrent callers. */
  hotCommands: Record<(typeof HOT_CALLERS)[number], number>;
  catchUpEvents: number;
  catchUpRounds: number;
}

// Chosen so that the whole run (both drivers) stays well under 4 minutes on the 2-core machine of
// TOOLCHAIN.md while each measured phase lasts at least a second or two.
const SIZES: Record<Driver, Sizes> = {
  pglite: {
    batchWarmupAppends: 20,
    batchAppends: 400,
    singleWarmupPerWriter: 25,
    singlePerWriter: 750,
    hotWarmupCommands: 100,
    hotCommands: { 1: 1000, 8: 600 },
    catchUpEvents: 200_000,
    catchUpRounds: 3,
  },
  postgres: {
    batchWarmupAppends: 20,
    batchAppends: 800,
    singleWarmupPerWriter: 25,
    singlePerWriter: 1500,
    hotWarmupCommands: 100,
    hotCommands: { 1: 2000, 8: 1000 },
    catchUpEvents: 200_000,
    catchUpRounds: 5,
  },
};

function scaled(sizes: Sizes, scale: number): Sizes {
  const s = (n: number, min = 1) => Math.max(min, Math.round(n * scale));
  return {
    batchWarmupAppends: s(sizes.batchWarmupAppends),
    batchAppends: s(sizes.batchAppends),
    singleWarmupPerWriter: s(sizes.singleWarmupPerWriter),
    singlePerWriter: s(sizes.singlePerWriter),
    hotWarmupCommands: s(sizes.hotWarmupCommands),
    hotCommands: { 1: s(sizes.hotCommands[1]), 8: s(sizes.hotCommands[8], 8) },
    catchUpEvents: s(sizes.catchUpEvents, CATCH_UP_PAGE),
    catchUpRounds: sizes.catchUpRounds,
  };
}

// ---------------------------------------------------------------------------------------------
// Realistic events: ~300 bytes of JSON data with Vietnamese text, metadata with correlationId and actor.

const TENANTS = ['thanh-hoa', 'quang-ngai', 'lao-cai', 'ca-mau'];
const TITLES = [
  'Họp Ban Chỉ đạo chuyển đổi số tỉnh quý III',
  'Rà soát tiến độ Đề án 06 về dữ liệu dân cư',
  'Đánh giá dịch vụ công trực tuyến toàn trình',
  'Triển khai nền tảng chia sẻ dữ liệu cấp tỉnh',
];
const LOCATIONS = ['Phòng họp số 2, trụ sở UBND tỉnh', 'Hội trường Sở Thông tin và Truyền thông'];
const ROLES = ['thu-ky', 'truong-ban', 'thanh-vien'];

interface BenchEvent extends NewEvent {
  eventId: string;
  occurredAt: Date;
  metadata: { correlationId: string; actor: { userId: string; role: string } };
}

function makeEvent(seq: number): BenchEvent {
  return {
    eventId: newId(),
    type: 'meetings.MeetingScheduled',
    occurredAt: new Date(),
    data: {
      seq,
      title: TITLES[seq % TITLES.length],
      location: LOCATIONS[seq % LOCATIONS.length],
      chairedBy: 'Phó Chủ tịch UBND tỉnh',
      agenda: ['Kết quả chuyển đổi số 6 tháng đầu năm', 'Kế hoạch năm 2025'],
      scheduledAt: '2025-09-15T08:00:00+07:00',
    },
    metadata: {
      correlationId: newId(),
      actor: { userId: newId(), role: ROLES[seq % ROLES.length] },
    },
  };
}

function streamIdFor(tenantId: string): string {
  return `meetings-meeting-${tenantId}-${newId()}`;
}

/** A row of the baseline table: an event where it goes. */
interface PlacedEvent {
  tenantId: string;
  streamId: string;
  streamVersion: number;
  event: BenchEvent;
}

interface Batch {
  tenantId: string;
  streamId: string;
  events: BenchEvent[];
}

function makeBatches(count: number, firstSeq = 0): Batch[] {
  return Array.from({ length: count }, (_, b) => {
    const tenantId = TENANTS[b % TENANTS.length];
    const events = Array.from({ length: BATCH_SIZE }, (_, i) => makeEvent(firstSeq + b * BATCH_SIZE + i));
    return { tenantId, streamId: streamIdFor(tenantId), events };
  });
}

function placed(batch: Batch): PlacedEvent[] {
  return batch.events.map((event, i) => ({ tenantId: batch.tenantId, streamId: batch.streamId, streamVersion: i + 1, event }));
}

// ---------------------------------------------------------------------------------------------
// Baseline SQL: plain statements on the plain table.

const BASELINE_COLUMNS = 'tenant_id, stream_id, stream_version, event_id, type, schema_version, data, metadata, occurred_at';
const insertSqlCache = new Map<number, string>();

function baselineInsert(rows: readonly PlacedEvent[]): [string, unknown[]] {
  let sql = insertSqlCache.get(rows.length);
  if (!sql) {
    const tuples = rows.map((_, r) => {
      const b = r * 9;
      return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}::uuid, $${b + 5}, $${b + 6}::int, $${b + 7}::jsonb, $${b + 8}::jsonb, $${b + 9}::timestamptz)`;
    });
    sql = `INSERT INTO events_baseline (${BASELINE_COLUMNS}) VALUES ${tuples.join(', ')}`;
    insertSqlCache.set(rows.length, sql);
  }
  const params: unknown[] = [];
  for (const { tenantId, streamId, streamVersion, event } of rows) {
    params.push(
      tenantId,
      streamId,
      streamVersion,
      event.eventId,
      event.type,
      event.schemaVersion ?? 1,
      JSON.stringify(event.data),
      JSON.stringify(event.metadata),
      event.occurredAt.toISOString(),
    );
  }
  return [sql, params];
}

// ---------------------------------------------------------------------------------------------
// Measuring helpers.

interface Run {
  /** Operations completed (appends, commands, pages). */
  ops: number;
  /** Events written or read. */
  events: number;
  seconds: number;
  latenciesMs: number[];
}

async function timed(work: () => Promise<void>): Promise<number> {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
}

/** Runs measured in parts, as one: their operations, time and latencies summed. */
function combined(runs: readonly Run[]): Run {
  return {
    ops: runs.reduce((sum, r) => sum + r.ops, 0),
    events: runs.reduce((sum, r) => sum + r.events, 0),
    seconds: runs.reduce((sum, r) => sum + r.seconds, 0),
    latenciesMs: runs.flatMap((r) => r.latenciesMs),
  };
}

/** Runs `callers` concurrent loops, each taking the next index until `count` operations are done. */
async function concurrently(callers: number, count: number, op: (index: number, caller: number) => Promise<void>): Promise<Run> {
  const latenciesMs: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: callers }, async (_, caller) => {
      for (let i = next++; i < count; i = next++) {
        latenciesMs.push(await timed(() => op(i, caller)));
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  return { ops: count, events: count, seconds, latenciesMs };
}

interface FigureInput {
  figure: string;
  driver: Driver;
  events: number;
  value: number;
  unit: string;
  baseline: number;
  store: Run;
  base: Run;
  goal?: { text: string; met: boolean };
  note: string;
  extra?: Record<string, unknown>;
}

/** Emits the figure as a JSON line and records whether it met its goal (PostgreSQL only has goals). */
function figure(ctx: Context, input: FigureInput): void {
  const ratio = input.baseline > 0 ? input.value / input.baseline : 0;
  if (input.goal) ctx.goals.push({ figure: input.figure, met: input.goal.met });
  emitFigure({
    bench: BENCH,
    figure: input.figure,
    driver: input.driver,
    events: input.events,
    value: round(input.value),
    unit: input.unit,
    baseline: round(input.baseline),
    ratio: round(ratio, 3),
    p50_ms: round(percentile(input.store.latenciesMs, 0.5), 2),
    p99_ms: round(percentile(input.store.latenciesMs, 0.99), 2),
    goal: input.goal?.text ?? null,
    meets_goal: input.goal?.met ?? null,
    note: ctx.notePrefix + input.note,
    ...input.extra,
    baseline_p50_ms: round(percentile(input.base.latenciesMs, 0.5), 2),
    baseline_p99_ms: round(percentile(input.base.latenciesMs, 0.99), 2),
  });
}

// ---------------------------------------------------------------------------------------------
// The phases. Each takes a store whose executor also serves the baseline (same connections).

interface Context {
  driver: Driver;
  store: PostgresEventStore;
  /** The store's own executor: the baseline uses the same pool (pg) or the same PGlite instance. */
  db: SqlExecutor;
  migrations: Migration[];
  sizes: Sizes;
  log: (message: string) => void;
  /** Prefixed to every figure's note (e.g. PGlite's durability settings). */
  notePrefix: string;
  /** Goals checked so far, for the summary line. */
  goals: { figure: string; met: boolean }[];
}

/** Drops every table of the phase before and recreates them: each measured phase starts from empty tables. */
async function freshTables(ctx: Context): Promise<void> {
  await ctx.db.query('DROP TABLE IF EXISTS events, checkpoints, schema_migrations, events_baseline');
  await migrate(ctx.db, ctx.migrations);
  await ctx.db.query(BASELINE_DDL);
  await checkpoint(ctx);
}

/** Flushes dirty pages now, so that a checkpoint does not land in the middle of a measurement. */
async function checkpoint(ctx: Context): Promise<void> {
  await ctx.db.query('CHECKPOINT').catch(() => undefined);
}

async function appendBatch(ctx: Context): Promise<void> {
  const { store, db, sizes, log } = ctx;
  const warm = makeBatches(sizes.batchWarmupAppends);
  const batches = makeBatches(sizes.batchAppends, warm.length * BATCH_SIZE);
  const events = batches.length * BATCH_SIZE;

  await freshTables(ctx);
  log(`append-batch: store, ${warm.length} warm-up + ${batches.length} appends of ${BATCH_SIZE} events (new stream each)`);
  for (const b of warm) await store.appendToStream(b.tenantId, b.streamId, b.events, { expectedVersion: 'no_stream' });
  const storeRun = await concurrently(1, batches.length, async (i) => {
    const b = batches[i];
    await store.appendToStream(b.tenantId, b.streamId, b.events, { expectedVersion: 'no_stream' });
  });

  await freshTables(ctx);
  log(`append-batch: baseline, multi-row INSERT of ${BATCH_SIZE} rows per statement`);
  for (const b of warm) await db.query(...baselineInsert(placed(b)));
  const baseRun = await concurrently(1, batches.length, async (i) => {
    await db.query(...baselineInsert(placed(batches[i])));
  });

  const value = events / storeRun.seconds;
  const baseline = events / baseRun.seconds;
  figure(ctx, {
    figure: 'append-batch',
    driver: ctx.driver,
    events,
    value,
    unit: 'events/s',
    baseline,
    store: storeRun,
    base: baseRun,
    goal: ctx.driver === 'postgres' ? { text: '>= 0.5 of baseline', met: value / baseline >= 0.5 } : undefined,
    note:
      `${batches.length} sequential appendToStream calls of ${BATCH_SIZE} events, each to a new stream (expected no_stream), one writer; ` +
      `baseline: ${batches.length} multi-row INSERTs of the same ${BATCH_SIZE} rows in autocommit; p50/p99 are per ${BATCH_SIZE}-event append`,
  });
}

/** Which stream and version each writer's next single append goes to. */
class WriterStreams {
  private streamId: string;
  private version = 0;

  constructor(readonly tenantId: string) {
    this.streamId = streamIdFor(tenantId);
  }

  /** The stream and the version the next event takes; moves to a new stream every EVENTS_PER_WRITER_STREAM events. */
  next(): { streamId: string; expected: number } {
    if (this.version === EVENTS_PER_WRITER_STREAM) {
      this.streamId = streamIdFor(this.tenantId);
      this.version = 0;
    }
    const expected = this.version;
    this.version += 1;
    return { streamId: this.streamId, expected };
  }
}

async function appendSingle8w(ctx: Context): Promise<void> {
  const { store, db, sizes, log } = ctx;
  const warmCount = sizes.singleWarmupPerWriter * SINGLE_WRITERS;
  const count = sizes.singlePerWriter * SINGLE_WRITERS;
  const events = Array.from({ length: count }, (_, i) => makeEvent(i));
  const warmEvents = Array.from({ length: warmCount }, (_, i) => makeEvent(count + i));

  const storeOp = (writers: WriterStreams[], list: BenchEvent[]) => async (i: number, caller: number) => {
    const w = writers[caller];
    const { streamId, expected } = w.next();
    await store.appendToStream(w.tenantId, streamId, [list[i]], { expectedVersion: expected === 0 ? 'no_stream' : expected });
  };
  const baseOp = (writers: WriterStreams[], list: BenchEvent[]) => async (i: number, caller: number) => {
    const w = writers[caller];
    const { streamId, expected } = w.next();
    await db.query(...baselineInsert([{ tenantId: w.tenantId, streamId, streamVersion: expected + 1, event: list[i] }]));
  };
  const newWriters = () => Array.from({ length: SINGLE_WRITERS }, (_, w) => new WriterStreams(TENANTS[w % TENANTS.length]));

  // Store and baseline take turns in rounds, each round starting with the other one: this machine's
  // speed drifts during a run (the same baseline measured three times in a row: 4,563, 5,113, 5,274/s),
  // and one measured wholly before the other would carry the drift as a difference between them.
  await freshTables(ctx);
  log(`append-single-8w: ${SINGLE_ROUNDS} alternating rounds; store: ${SINGLE_WRITERS} writers × (${sizes.singleWarmupPerWriter} warm-up + ${sizes.singlePerWriter}) 1-event appends`);
  log(`append-single-8w: baseline: single-row INSERT in autocommit by ${SINGLE_WRITERS} concurrent callers, as many`);
  const storeWriters = newWriters();
  const baseWriters = newWriters();
  await concurrently(SINGLE_WRITERS, warmCount, storeOp(storeWriters, warmEvents));
  await concurrently(SINGLE_WRITERS, warmCount, baseOp(baseWriters, warmEvents));
  const storeRuns: Run[] = [];
  const baseRuns: Run[] = [];
  const perRound = Math.ceil(count / SINGLE_ROUNDS);
  for (let round = 0; round < SINGLE_ROUNDS; round++) {
    const part = events.slice(round * perRound, (round + 1) * perRound);
    const measureStore = async () => storeRuns.push(await concurrently(SINGLE_WRITERS, part.length, storeOp(storeWriters, part)));
    const measureBase = async () => baseRuns.push(await concurrently(SINGLE_WRITERS, part.length, baseOp(baseWriters, part)));
    await checkpoint(ctx);
    if (round % 2 === 0) {
      await measureStore();
      await measureBase();
    } else {
      await measureBase();
      await measureStore();
    }
  }
  const storeRun = combined(storeRuns);
  const baseRun = combined(baseRuns);

  const value = count / storeRun.seconds;
  const baseline = count / baseRun.seconds;
  const p99 = percentile(storeRun.latenciesMs, 0.99);
  const serialised =
    ctx.driver === 'pglite'
      ? 'PGlite has one connection: the 8 concurrent callers are serialised by PGlite’s query queue (store and baseline alike). '
      : `pg pool of ${SINGLE_WRITERS} shared by store and baseline. `;
  figure(ctx, {
    figure: 'append-single-8w',
    driver: ctx.driver,
    events: count,
    value,
    unit: 'events/s',
    baseline,
    store: storeRun,
    base: baseRun,
    goal:
      ctx.driver === 'postgres'
        ? { text: '>= 0.6 of baseline and p99 <= 20 ms', met: value / baseline >= 0.6 && p99 <= 20 }
        : undefined,
    note:
      serialised +
      `${SINGLE_WRITERS} concurrent writers, 1-event appendToStream with the exact expected version, each writer on its own streams ` +
      `(new stream every ${EVENTS_PER_WRITER_STREAM} events); baseline: single-row INSERT in autocommit; the two measured in ${SINGLE_ROUNDS} alternating rounds; p50/p99 per append`,
  });
}

interface HotRun extends Run {
  conflicts: number;
  failed: number;
  maxAttempts: number;
}

async function hotStreamRun(
  callers: number,
  count: number,
  command: () => Promise<{ attempts: number; ok: boolean }>,
): Promise<HotRun> {
  let conflicts = 0;
  let failed = 0;
  let maxAttempts = 0;
  const run = await concurrently(callers, count, async () => {
    const { attempts, ok } = await command();
    conflicts += attempts - 1;
    maxAttempts = Math.max(maxAttempts, attempts);
    if (!ok) failed += 1;
  });
  return { ...run, conflicts, failed, maxAttempts };
}

async function appendHotStream(ctx: Context): Promise<void> {
  const { store, db, sizes, log } = ctx;
  const tenantId = TENANTS[0];

  // The store: read the last event, decide (seq + 1), append with the version read; retry on conflict.
  const storeCommand = (streamId: string) => async (): Promise<{ attempts: number; ok: boolean }> => {
    for (let attempt = 1; attempt <= HOT_MAX_ATTEMPTS; attempt++) {
      const [last] = await store.readStream(tenantId, streamId, { direction: 'backwards', maxCount: 1 });
      const version = last?.streamVersion ?? 0;
      const seq = last ? (last.data as { seq: number }).seq + 1 : 0;
      try {
        await store.appendToStream(tenantId, streamId, [makeEvent(seq)], {
          expectedVersion: version === 0 ? 'no_stream' : version,
        });
        return { attempts: attempt, ok: true };
      } catch (error) {
        if (!(error instanceof ConcurrencyConflict)) throw error;
      }
    }
    return { attempts: HOT_MAX_ATTEMPTS, ok: false };
  };

  // The baseline: the same two round trips on the plain table, with no way to detect a conflict.
  const baseCommand = (streamId: string) => async (): Promise<{ attempts: number; ok: boolean }> => {
    const [last] = await db.query<{ stream_version: number; data: { seq: number } }>(
      'SELECT stream_version, data FROM events_baseline WHERE stream_id = $1 ORDER BY global_position DESC LIMIT 1',
      [streamId],
    );
    const version = last ? Number(last.stream_version) : 0;
    const seq = last ? last.data.seq + 1 : 0;
    await db.query(...baselineInsert([{ tenantId, streamId, streamVersion: version + 1, event: makeEvent(seq) }]));
    return { attempts: 1, ok: true };
  };

  for (const callers of HOT_CALLERS) {
    const count = sizes.hotCommands[callers];

    await freshTables(ctx);
    log(`append-hot-stream: store, ${callers} caller(s), ${sizes.hotWarmupCommands} warm-up + ${count} read-decide-append commands on one stream`);
    let streamId = streamIdFor(tenantId);
    await hotStreamRun(1, sizes.hotWarmupCommands, storeCommand(streamId));
    const storeRun = await hotStreamRun(callers, count, storeCommand(streamId));
    const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM events WHERE stream_id = $1', [streamId]);
    if (n !== count + sizes.hotWarmupCommands - storeRun.failed) {
      throw new Error(`append-hot-stream: expected ${count + sizes.hotWarmupCommands - storeRun.failed} events in the stream, found ${n}`);
    }

    await freshTables(ctx);
    log(`append-hot-stream: baseline, ${callers} caller(s), SELECT last row + single-row INSERT`);
    streamId = streamIdFor(tenantId);
    await hotStreamRun(1, sizes.hotWarmupCommands, baseCommand(streamId));
    const baseRun = await hotStreamRun(callers, count, baseCommand(streamId));

    const value = (count - storeRun.failed) / storeRun.seconds;
    const baseline = count / baseRun.seconds;
    const serialised =
      ctx.driver === 'pglite' && callers > 1
        ? 'PGlite has one connection: the callers’ queries interleave in its queue, so reads go stale and conflicts still happen. '
        : '';
    figure(ctx, {
      figure: 'append-hot-stream',
      driver: ctx.driver,
      events: count,
      value,
      unit: 'commands/s',
      baseline,
      store: storeRun,
      base: baseRun,
      note:
        serialised +
        `${callers} concurrent caller(s) on one stream: readStream backwards maxCount 1, decide, appendToStream with that expected version, ` +
        `re-read and retry on ConcurrencyConflict (up to ${HOT_MAX_ATTEMPTS} attempts); p50/p99 per command including retries; ` +
        'baseline: the same SELECT of the last row + single-row INSERT on the plain table, which cannot detect conflicts (so never retries); no goal set',
      extra: {
        callers,
        commands: count,
        conflicts: storeRun.conflicts,
        failed_commands: storeRun.failed,
        max_attempts: storeRun.maxAttempts,
      },
    });
  }
}

async function catchUp(ctx: Context): Promise<void> {
  const { store, db, sizes, log } = ctx;
  const total = Math.ceil(sizes.catchUpEvents / BATCH_SIZE) * BATCH_SIZE;
  const appends = total / BATCH_SIZE;

  await freshTables(ctx);
  log(`catch-up: loading ${total} events into events (store appends of ${BATCH_SIZE}) and the same rows into events_baseline`);
  const chunk = 100; // batches generated at a time: keeps memory flat
  for (let done = 0; done < appends; done += chunk) {
    const batches = makeBatches(Math.min(chunk, appends - done), done * BATCH_SIZE);
    for (const b of batches) {
      await store.appendToStream(b.tenantId, b.streamId, b.events, { expectedVersion: 'no_stream' });
      await db.query(...baselineInsert(placed(b)));
    }
    if ((done + chunk) % 500 === 0 || done + chunk >= appends) {
      log(`catch-up: loaded ${Math.min(done + chunk, appends) * BATCH_SIZE}/${total}`);
    }
  }
  // Both tables get the same treatment: visibility map and hint bits set, statistics fresh.
  await db.query('VACUUM (ANALYZE) events');
  await db.query('VACUUM (ANALYZE) events_baseline');
  await checkpoint(ctx);

  const readStore = async (limitPages = Infinity): Promise<Run> => {
    const latenciesMs: number[] = [];
    let after: GlobalCheckpoint | undefined;
    let events = 0;
    let ops = 0;
    const t0 = performance.now();
    while (ops < limitPages) {
      const p0 = performance.now();
      const page = await store.readAll({ after, maxCount: CATCH_UP_PAGE });
      latenciesMs.push(performance.now() - p0);
      ops += 1;
      events += page.events.length;
      after = page.checkpoint;
      if (page.isEnd) break;
    }
    return { ops, events, seconds: (performance.now() - t0) / 1000, latenciesMs };
  };
  const readBaseline = async (limitPages = Infinity): Promise<Run> => {
    const latenciesMs: number[] = [];
    let last = '0';
    let events = 0;
    let ops = 0;
    const t0 = performance.now();
    while (ops < limitPages) {
      const p0 = performance.now();
      const rows = await db.query<{ global_position: string | bigint }>(
        'SELECT * FROM events_baseline WHERE global_position > $1 ORDER BY global_position LIMIT $2',
        [last, CATCH_UP_PAGE],
      );
      latenciesMs.push(performance.now() - p0);
      ops += 1;
      events += rows.length;
      if (rows.length > 0) last = String(rows[rows.length - 1].global_position);
      if (rows.length < CATCH_UP_PAGE) break;
    }
    return { ops, events, seconds: (performance.now() - t0) / 1000, latenciesMs };
  };

  log('catch-up: warm-up (20 pages each)');
  await readBaseline(20);
  await readStore(20);

  const storeRuns: Run[] = [];
  const baseRuns: Run[] = [];
  for (let round = 1; round <= sizes.catchUpRounds; round++) {
    const base = await readBaseline();
    const st = await readStore();
    for (const run of [base, st]) {
      if (run.events !== total) throw new Error(`catch-up: read ${run.events} events, expected ${total}`);
    }
    baseRuns.push(base);
    storeRuns.push(st);
    log(
      `catch-up: round ${round}/${sizes.catchUpRounds}: store ${round0(total / st.seconds)} events/s, ` +
        `baseline ${round0(total / base.seconds)} events/s`,
    );
  }
  const value = median(storeRuns.map((r) => total / r.seconds));
  const baseline = median(baseRuns.map((r) => total / r.seconds));
  figure(ctx, {
    figure: 'catch-up',
    driver: ctx.driver,
    events: total,
    value,
    unit: 'events/s',
    baseline,
    store: { ...storeRuns[0], latenciesMs: storeRuns.flatMap((r) => r.latenciesMs) },
    base: { ...baseRuns[0], latenciesMs: baseRuns.flatMap((r) => r.latenciesMs) },
    goal: ctx.driver === 'postgres' ? { text: '>= 0.6 of baseline', met: value / baseline >= 0.6 } : undefined,
    note:
      `full read of ${total} events (written by ${appends} appends of ${BATCH_SIZE}, i.e. ${appends} transactions) with readAll pages of ${CATCH_UP_PAGE} ` +
      `(gap-safe: transaction_id < snapshot xmin, ordered by (transaction_id, global_position)); baseline: keyset pages of ${CATCH_UP_PAGE} on the ` +
      `plain table's primary key, SELECT *; both tables vacuumed and analyzed first; median of ${sizes.catchUpRounds} alternating rounds, p50/p99 per page`,
  });
}

function round0(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

async function runPhases(ctx: Context): Promise<void> {
  await appendBatch(ctx);
  await appendSingle8w(ctx);
  await appendHotStream(ctx);
  await catchUp(ctx);
}

// ---------------------------------------------------------------------------------------------
// The two drivers.

async function runPglite(scale: number, migrations: Migration[]): Promise<void> {
  const log = (m: string) => progress(BENCH, `pglite: ${m}`);
  const dir = await mkdtemp(join(tmpdir(), 'bcd-bench-event-store-'));
  let store: PostgresEventStore | undefined;
  try {
    log(`opening a file-backed PGlite in ${dir}`);
    store = await createEventStore({ dataDir: dir });
    const [settings] = await store.executor.query<{ fsync: string; synchronous_commit: string }>(
      `SELECT current_setting('fsync') AS fsync, current_setting('synchronous_commit') AS synchronous_commit`,
    );
    log(`PGlite settings: fsync=${settings.fsync}, synchronous_commit=${settings.synchronous_commit}`);
    await runPhases({
      driver: 'pglite',
      store,
      db: store.executor,
      migrations,
      sizes: scaled(SIZES.pglite, scale),
      log,
      notePrefix: `PGlite file-backed, fsync=${settings.fsync}${settings.fsync === 'off' ? ' (no commit waits for the disk)' : ''}; `,
      goals: [],
    });
  } finally {
    await store?.close();
    await rm(dir, { recursive: true, force: true });
    log('closed PGlite and removed its directory');
  }
}

async function runPostgres(databaseUrl: string, scale: number, migrations: Migration[]): Promise<void> {
  const log = (m: string) => progress(BENCH, `postgres: ${m}`);
  const admin = new PgExecutor({ connectionString: databaseUrl, max: 1, applicationName: 'bcd-bench-admin' });
  const dbName = `bcd_bench_es_${Date.now()}`;
  const url = new URL(databaseUrl);
  url.pathname = `/${dbName}`;
  let store: PostgresEventStore | undefined;
  let created = false;
  try {
    await admin.query(`CREATE DATABASE ${dbName}`);
    created = true;
    log(`created database ${dbName} (dropped at the end)`);
    store = await createEventStore({ databaseUrl: url.toString(), dataDir: tmpdir(), poolSize: SINGLE_WRITERS });
    const [settings] = await store.executor.query<{ v: string; sc: string; sb: string }>(
      `SELECT current_setting('server_version') AS v, current_setting('synchronous_commit') AS sc, current_setting('shared_buffers') AS sb`,
    );
    log(`PostgreSQL ${settings.v}, synchronous_commit=${settings.sc}, shared_buffers=${settings.sb}, pool of ${SINGLE_WRITERS}`);
    const goals: Context['goals'] = [];
    await runPhases({
      driver: 'postgres',
      store,
      db: store.executor,
      migrations,
      sizes: scaled(SIZES.postgres, scale),
      log,
      notePrefix: '',
      goals,
    });
    const missed = goals.filter((g) => !g.met).map((g) => g.figure);
    log(`goals met: ${goals.length - missed.length}/${goals.length}${missed.length > 0 ? ` (missed: ${missed.join(', ')})` : ''}`);
  } finally {
    await store?.close();
    if (created) {
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch((error: unknown) => {
        log(`could not drop database ${dbName}: ${String(error)}`);
      });
      log(`dropped database ${dbName}`);
    }
    await admin.close();
  }
}

export async function runEventStoreBench(): Promise<void> {
  const scale = Number(process.env['BENCH_SCALE'] ?? '1');
  if (!Number.isFinite(scale) || scale <= 0) throw new Error(`BENCH_SCALE must be a positive number, got ${process.env['BENCH_SCALE']}`);
  const migrations = await loadMigrations(EVENT_STORE_MIGRATIONS_DIR);
  const sample = makeEvent(0);
  progress(
    BENCH,
    `event payload: data ${Buffer.byteLength(JSON.stringify(sample.data))} bytes, metadata ${Buffer.byteLength(JSON.stringify(sample.metadata))} bytes (JSON, UTF-8)` +
      (scale === 1 ? '' : `; BENCH_SCALE=${scale}`),
  );

  await runPglite(scale, migrations);

  const databaseUrl = process.env['BENCH_DATABASE_URL'];
  if (!databaseUrl) {
    progress(BENCH, 'BENCH_DATABASE_URL is not set: the PostgreSQL half is SKIPPED (e.g. BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/bcd_bench)');
    return;
  }
  await runPostgres(databaseUrl, scale, migrations);
}
