export * from './port.js';
export * from './sql-executor.js';
export { PgExecutor, type PgExecutorOptions } from './pg-executor.js';
export { PGliteExecutor, type PGliteExecutorOptions } from './pglite-executor.js';
export { migrate, loadMigrations, EVENT_STORE_MIGRATIONS_DIR, type Migration } from './migrations.js';
export { PostgresEventStore, EVENTS_CHANNEL, type PostgresEventStoreOptions, type ProjectionOptions } from './postgres-event-store.js';
export { createEventStore, openExecutor, type EventStoreConfig, type KurrentDbStoreConfig, type AnyEventStoreConfig } from './create-event-store.js';
// The KurrentDB client itself is loaded only by KurrentDbEventStore.connect.
export { KurrentDbEventStore, type KurrentDbClient, type KurrentDbEventStoreOptions } from './kurrentdb-event-store.js';
export { Upcasters } from './upcasting.js';
export { ReadModelProjection, type ReadModelHost, type ReadModelProjectionOptions } from './read-model-projection.js';
