import { mkdir } from 'node:fs/promises';
import { KurrentDbEventStore } from './kurrentdb-event-store.js';
import { EVENT_STORE_MIGRATIONS_DIR, loadMigrations, migrate } from './migrations.js';
import { PgExecutor } from './pg-executor.js';
import { PGliteExecutor } from './pglite-executor.js';
import type { EventStore, Upcaster } from './port.js';
import { PostgresEventStore } from './postgres-event-store.js';
import type { SqlExecutor } from './sql-executor.js';

/** The PostgreSQL store: a server, or embedded PGlite. */
export interface EventStoreConfig {
  eventStore?: 'postgres';
  /** postgres://… : a PostgreSQL server. Absent: embedded PGlite in `dataDir`. */
  databaseUrl?: string;
  /** Directory of the embedded database (created if missing). `memory://` keeps it in memory (tests). */
  dataDir: string;
  upcasters?: Upcaster[];
  /** PostgreSQL pool size; default 10. */
  poolSize?: number;
}

/** The KurrentDB store (README "KurrentDB": what it cannot do that the PostgreSQL store does). */
export interface KurrentDbStoreConfig {
  eventStore: 'kurrentdb';
  /** Connection string, e.g. `kurrentdb://localhost:2113?tls=false`. */
  kurrentdbUrl: string;
  upcasters?: Upcaster[];
}

export type AnyEventStoreConfig = EventStoreConfig | KurrentDbStoreConfig;

export async function openExecutor(config: Omit<EventStoreConfig, 'upcasters'>): Promise<SqlExecutor> {
  if (config.databaseUrl) return new PgExecutor({ connectionString: config.databaseUrl, max: config.poolSize });
  if (config.dataDir === 'memory://') return PGliteExecutor.open();
  await mkdir(config.dataDir, { recursive: true });
  return PGliteExecutor.open({ dataDir: `${config.dataDir.replace(/\/$/, '')}/pglite` });
}

/**
 * Opens the store the configuration names: PostgreSQL (the default; pending migrations are applied) or
 * KurrentDB (connected, and checked to answer).
 */
export async function createEventStore(config: KurrentDbStoreConfig): Promise<KurrentDbEventStore>;
export async function createEventStore(config: EventStoreConfig): Promise<PostgresEventStore>;
export async function createEventStore(config: AnyEventStoreConfig): Promise<EventStore>;
export async function createEventStore(config: AnyEventStoreConfig): Promise<EventStore> {
  if (config.eventStore === 'kurrentdb') {
    if (!config.kurrentdbUrl) throw new Error('The KurrentDB event store needs a connection string (KURRENTDB_URL)');
    return KurrentDbEventStore.connect(config.kurrentdbUrl, { upcasters: config.upcasters });
  }
  const executor = await openExecutor(config);
  try {
    await migrate(executor, await loadMigrations(EVENT_STORE_MIGRATIONS_DIR));
  } catch (error) {
    await executor.close();
    throw error;
  }
  return new PostgresEventStore(executor, { upcasters: config.upcasters });
}
