// Rebuilding a read model from position 0 without taking it away (blue/green): its migrations are applied in a
// schema of its own, every event of its types is replayed there through the same `apply` — while the live tables
// keep serving and keep following the store — and then, under the projection's own lock, the rebuilt tables take
// the live ones' place in one transaction with the checkpoint they reached. The live ones are dropped after.
// Handlers name their tables without a schema, so the same code writes into the rebuild schema (search_path).
// The secondary indexes a definition lists (indexedAfterReplay) are created after the replay, not kept up row by
// row; the next page of events is read while the current one is applied.
import { loadMigrations, migrate, type GlobalCheckpoint, type PostgresEventStore, type SqlExecutor, type SqlQueryable, type TransactionOptions } from '@bcd/event-store';
import type { ReadModelDefinition } from './read-models.js';

export type RebuildHost = Pick<PostgresEventStore, 'executor' | 'readAll'>;

export interface RebuildProgress {
  projectionId: string;
  phase: 'migrating' | 'replaying' | 'indexing' | 'switching' | 'done' | 'failed';
  /** Events replayed so far, and how many there were when the replay started (more may come). */
  processed: number;
  total: number;
  startedAt: string;
  finishedAt: string | null;
  error: string | null;
}

const PAGE = 1000;

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** A schema name for the rebuild of `projectionId` (lowercase letters, digits, _). */
export function rebuildSchemaOf(projectionId: string): string {
  return `rebuild_${projectionId.toLowerCase().replace(/[^a-z0-9_]/g, '_')}`.slice(0, 63);
}

/** The executor's two operations, every statement run with `schema` first on the search path. */
function inSchema(executor: SqlExecutor, schema: string): Pick<SqlExecutor, 'query' | 'transaction'> {
  const path = `SET LOCAL search_path TO ${quoteIdent(schema)}, public`;
  const withPath = (options?: TransactionOptions): TransactionOptions => ({ ...options, prelude: options?.prelude ? `${path}; ${options.prelude}` : path });
  return {
    query: (sql, params) => executor.transaction((tx) => tx.query(sql, params), withPath()),
    transaction: (work, options) => executor.transaction(work, withPath(options)),
  };
}

export interface RebuildHooks {
  onProgress?(progress: RebuildProgress): void;
  /** Stops the live projection before the switch (this process's), and starts it again after. */
  pauseLive(): Promise<void>;
  resumeLive(): Promise<void>;
}

/**
 * Rebuilds one read model. Resolves with the final progress; the live read model serves throughout and is paused
 * only for the switch (commands waiting for read-your-writes wait that long).
 */
export async function rebuildReadModel(host: RebuildHost, definition: ReadModelDefinition, hooks: RebuildHooks): Promise<RebuildProgress> {
  const { executor } = host;
  const schema = rebuildSchemaOf(definition.projectionId);
  const progress: RebuildProgress = { projectionId: definition.projectionId, phase: 'migrating', processed: 0, total: 0, startedAt: new Date().toISOString(), finishedAt: null, error: null };
  const report = () => hooks.onProgress?.({ ...progress });
  report();
  try {
    await executor.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
    await executor.query(`CREATE SCHEMA ${quoteIdent(schema)}`);
    const scoped = inSchema(executor, schema);
    await migrate(scoped as SqlExecutor, await loadMigrations(definition.migrations.dir), definition.migrations.table);
    // Tables commands write are not derived from events: the replay reads and the switch keeps the live ones.
    for (const table of definition.keep ?? []) await executor.query(`DROP TABLE IF EXISTS ${quoteIdent(schema)}.${quoteIdent(table)}`);
    const deferred = await dropIndexes(executor, schema, definition);
    const [{ count }] = await executor.query<{ count: string | number }>(`SELECT count(*) AS count FROM events WHERE starts_with(type, $1)`, [definition.typePrefix]);
    progress.phase = 'replaying';
    progress.total = Number(count);
    report();

    let position: GlobalCheckpoint | undefined;
    const replay = async () => {
      const read = (after: GlobalCheckpoint | undefined) => host.readAll({ typePrefix: definition.typePrefix, after, maxCount: PAGE });
      let next = read(position);
      for (;;) {
        const page = await next;
        // The next page is read (on another connection of a pool) while this one is applied.
        next = page.isEnd ? Promise.resolve({ events: [], checkpoint: page.checkpoint, isEnd: true }) : read(page.checkpoint);
        next.catch(() => undefined); // awaited on the next turn; a failing apply must not leave it unhandled
        if (page.events.length > 0) {
          await scoped.transaction((tx) => definition.apply(tx, page.events), { prelude: definition.prelude });
          progress.processed += page.events.length;
          position = page.checkpoint;
          report();
        }
        if (page.isEnd) return;
      }
    };
    await replay();

    if (deferred.length > 0) {
      progress.phase = 'indexing';
      report();
      for (const { definition: create } of deferred) await executor.query(create);
    }

    progress.phase = 'switching';
    report();
    await hooks.pauseLive();
    try {
      // What the live tables reached is at most where the store's head was when they stopped: replay to the head.
      await replay();
      await switchTables(executor, schema, definition, position);
    } finally {
      await hooks.resumeLive();
    }
    await executor.query(`DROP SCHEMA IF EXISTS ${quoteIdent(`${schema}_retired`)} CASCADE`);
    progress.phase = 'done';
    progress.finishedAt = new Date().toISOString();
    report();
    return progress;
  } catch (error) {
    // The live tables were never touched (or the switch rolled back): what the rebuild made goes.
    await executor.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`).catch(() => undefined);
    progress.phase = 'failed';
    progress.error = error instanceof Error ? error.message : String(error);
    progress.finishedAt = new Date().toISOString();
    report();
    throw error;
  }
}

/**
 * Drops the definition's indexedAfterReplay indexes from the rebuild schema's tables; returns how to create them
 * again (pg_indexes' definitions, naming the rebuild schema). An index not found there is an error: a renamed index
 * must not silently make rebuilds slow again.
 */
async function dropIndexes(executor: SqlExecutor, schema: string, definition: ReadModelDefinition): Promise<{ name: string; definition: string }[]> {
  const names = definition.indexedAfterReplay ?? [];
  if (names.length === 0) return [];
  const found = await executor.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE schemaname = $1 AND indexname = ANY($2::text[])`,
    [schema, [...names]],
  );
  const missing = names.filter((name) => !found.some((index) => index.name === name));
  if (missing.length > 0) throw new Error(`${definition.projectionId}: no index ${missing.join(', ')} in its tables (indexedAfterReplay)`);
  for (const { name } of found) await executor.query(`DROP INDEX ${quoteIdent(schema)}.${quoteIdent(name)}`);
  return found;
}

/**
 * In one transaction, holding the projection's lock (the one each live batch takes, so no other process applies
 * a batch meanwhile): the live tables move to a retired schema, the rebuilt ones into `public`, and the checkpoint
 * becomes the rebuild's. Refused when another process moved the live checkpoint beyond what was replayed.
 */
async function switchTables(executor: SqlExecutor, schema: string, definition: ReadModelDefinition, position: GlobalCheckpoint | undefined): Promise<void> {
  const retired = `${schema}_retired`;
  await executor.transaction(async (tx: SqlQueryable) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`bcd-projection:${definition.projectionId}`]);
    const [live] = await tx.query<{ transaction_id: string; global_position: string }>(
      `SELECT transaction_id::text AS transaction_id, global_position::text AS global_position FROM checkpoints WHERE subscription_id = $1`,
      [definition.projectionId],
    );
    if (live && (!position || BigInt(live.transaction_id) > position.transactionId || (BigInt(live.transaction_id) === position.transactionId && BigInt(live.global_position) > position.globalPosition))) {
      throw new Error(`The live ${definition.projectionId} moved on while it was being switched (another process is running it): run the rebuild again`);
    }
    const tables = await tx.query<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY table_name`, [schema]);
    await tx.query(`DROP SCHEMA IF EXISTS ${quoteIdent(retired)} CASCADE`);
    await tx.query(`CREATE SCHEMA ${quoteIdent(retired)}`);
    for (const { name } of tables) {
      await tx.query(`ALTER TABLE IF EXISTS public.${quoteIdent(name)} SET SCHEMA ${quoteIdent(retired)}`);
      await tx.query(`ALTER TABLE ${quoteIdent(schema)}.${quoteIdent(name)} SET SCHEMA public`);
    }
    await tx.query(`DROP SCHEMA ${quoteIdent(schema)} CASCADE`);
    if (position) {
      await tx.query(
        `INSERT INTO checkpoints (subscription_id, transaction_id, global_position, updated_at) VALUES ($1, $2::text::xid8, $3::bigint, now())
         ON CONFLICT (subscription_id) DO UPDATE SET transaction_id = excluded.transaction_id, global_position = excluded.global_position, updated_at = now()`,
        [definition.projectionId, position.transactionId.toString(), position.globalPosition.toString()],
      );
    } else {
      await tx.query(`DELETE FROM checkpoints WHERE subscription_id = $1`, [definition.projectionId]);
    }
  });
}
