import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { SqlExecutor } from './sql-executor.js';

/** Plain SQL files `NNNN_name.sql`, applied in order, each once, each in its own transaction. */
export const EVENT_STORE_MIGRATIONS_DIR = fileURLToPath(new URL('../migrations/', import.meta.url));

export interface Migration {
  id: string;
  sql: string;
  checksum: string;
}

export async function loadMigrations(dir: string): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f)).sort();
  return Promise.all(
    files.map(async (file) => {
      const sql = await readFile(`${dir}/${file}`, 'utf8');
      return { id: file.replace(/\.sql$/, ''), sql, checksum: createHash('sha256').update(sql).digest('hex') };
    }),
  );
}

/**
 * Applies pending migrations. Several processes may start at once against one PostgreSQL server:
 * a transaction-scoped advisory lock makes them take turns. A changed, already applied file is an
 * error: history must not be rewritten, add a new migration instead.
 */
export async function migrate(
  executor: SqlExecutor,
  migrations: Migration[],
  table = 'schema_migrations',
): Promise<string[]> {
  // Under the same lock: CREATE TABLE IF NOT EXISTS is not safe against a concurrent one (two processes starting
  // together on an empty database: duplicate key in pg_type).
  await executor.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [table]);
    await tx.query(`CREATE TABLE IF NOT EXISTS ${table} (id text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  });
  const applied: string[] = [];
  for (const migration of migrations) {
    await executor.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [table]);
      const rows = await tx.query<{ checksum: string }>(`SELECT checksum FROM ${table} WHERE id = $1`, [migration.id]);
      if (rows.length > 0) {
        if (rows[0].checksum !== migration.checksum) {
          throw new Error(`Migration ${migration.id} was changed after it was applied (checksum mismatch)`);
        }
        return;
      }
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await tx.query(`INSERT INTO ${table} (id, checksum) VALUES ($1, $2)`, [migration.id, migration.checksum]);
      applied.push(migration.id);
    });
  }
  return applied;
}

/** Splits on `;` at line ends, outside comments. Our migrations hold no functions with bodies. */
function splitStatements(sql: string): string[] {
  return sql
    .split('\n')
    .filter((line) => !line.trim().startsWith('--'))
    .join('\n')
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
