// Given events, then rows: a projection specification. The events are applied the way the store's
// projection applies a batch (the context's `apply`, in one transaction); the rows are read back with
// the SQL the test gives, as the table owner (row-level security is the read side's business).
import { loadMigrations, migrate, type PostgresEventStore } from '@bcd/event-store';
import type { RecordedEvent } from '@bcd/kernel';
import type { ReadModelDefinition } from '../read-models/read-models.js';

export interface ProjectionThen {
  /** The rows `sql` returns equal `expected` (deep equality; use expect.objectContaining for a part). */
  then(sql: string, params: readonly unknown[], expected: unknown[]): Promise<void>;
}

export interface ProjectionSpecification {
  given(events: readonly RecordedEvent[]): ProjectionThen;
}

export const ProjectionSpecification = {
  /** `store` is read when the spec runs (a getter of describeOnEveryDatabase is fine). */
  for(definition: ReadModelDefinition, database: { readonly store: PostgresEventStore }): ProjectionSpecification {
    const migrated = new WeakSet<PostgresEventStore>();
    return {
      given: (events) => ({
        then: async (sql, params, expected) => {
          const { store } = database;
          if (!migrated.has(store)) {
            await migrate(store.executor, await loadMigrations(definition.migrations.dir), definition.migrations.table);
            migrated.add(store);
          }
          await store.executor.transaction((tx) => definition.apply(tx, events), { prelude: definition.prelude });
          expect(await store.executor.query(sql, params)).toEqual(expected);
        },
      }),
    };
  },
};

/** Migrates `definition`'s read model (once per store) and applies `events` as the store applies a batch (its prelude included). */
export async function projectEvents(store: PostgresEventStore, definition: ReadModelDefinition, events: readonly RecordedEvent[]): Promise<void> {
  await migrate(store.executor, await loadMigrations(definition.migrations.dir), definition.migrations.table);
  await store.executor.transaction((tx) => definition.apply(tx, events), { prelude: definition.prelude });
}
