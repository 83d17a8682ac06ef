import { mkdir } from 'node:fs/promises';
import { EVENT_STORE_MIGRATIONS_DIR, loadMigrations, migrate } from './migrations.js';
import { PgExecutor } from './pg-executor.js';
import { PGliteExecutor } from './pglite-executor.js';
import type { Upcaster } from './port.js';
import { PostgresEventStore } from './postgres-event-store.js';
import type { SqlExecutor } from './sql-executor.js';

export interface EventStoreConfig {
  /** postgres://… : a PostgreSQL server. Absent: embedded PGlite in `dataDir`. */
  databaseUrl?: string;
  /** Directory of the embedded database (created if missing). `memory://` keeps it in memory (tests). */
  dataDir: string;
  upcasters?: Upcaster[];
  /** PostgreSQL pool size; default 10. */
  poolSize?: number;
}

export async function openExecutor(config: Omit<EventStoreConfig, 'upcasters'>): Promise<SqlExecutor> {
  if (config.databaseUrl) return new PgExecutor({ connectionString: config.databaseUrl, max: config.poolSize });
  if (config.dataDir === 'memory://') return PGliteExecutor.open();
  await mkdir(config.dataDir, { recursive: true });
  return PGliteExecutor.open({ dataDir: `${config.dataDir.replace(/\/$/, '')}/pglite` });
}

/** Opens the store the configuration names and applies pending migrations. */
export async function createEventStore(config: EventStoreConfig): Promise<PostgresEventStore> {
  const executor = await openExecutor(config);
  try {
    await migrate(executor, await loadMigrations(EVENT_STORE_MIGRATIONS_DIR));
  } catch (error) {
    await executor.close();
    throw error;
  }
  return new PostgresEventStore(executor, { upcasters: config.upcasters });
}
