// Run a spec on every database the platform supports: PGlite always, PostgreSQL when TEST_DATABASE_URL
// is set (`.ci/run` sets it; without it the spec says clearly that that half is skipped). Specs share
// one database per file (opening PGlite costs seconds) and keep apart by unique tenant ids.
import { newId } from '@bcd/kernel';
import { createEventStore, type PostgresEventStore } from '@bcd/event-store';

export interface TestDatabase {
  name: 'PGlite' | 'PostgreSQL';
  /** A new store on this database, migrated; the caller closes it. */
  open(): Promise<PostgresEventStore>;
}

/** The databases to run on here: PGlite in memory, and the PostgreSQL server of TEST_DATABASE_URL if set. */
export function testDatabases(what = 'these tests'): TestDatabase[] {
  const databases: TestDatabase[] = [{ name: 'PGlite', open: () => createEventStore({ dataDir: 'memory://' }) }];
  const url = process.env.TEST_DATABASE_URL;
  if (url) databases.push({ name: 'PostgreSQL', open: () => createEventStore({ databaseUrl: url, dataDir: 'unused', poolSize: 4 }) });
  else console.warn(`SKIPPED: ${what} on PostgreSQL — set TEST_DATABASE_URL to run them`);
  return databases;
}

/**
 * `describe` once per database, with that database's store opened before the tests and closed after
 * them: `describeOnEveryDatabase('the roster', (db) => { it('…', async () => db.store …) })`.
 */
export function describeOnEveryDatabase(title: string, body: (db: { readonly store: PostgresEventStore; readonly name: string }) => void): void {
  describe.each(testDatabases(title))(`${title} on $name`, (database: TestDatabase) => {
    const db = {
      name: database.name,
      current: undefined as PostgresEventStore | undefined,
      get store(): PostgresEventStore {
        if (!this.current) throw new Error('The store opens in beforeAll: use it inside a test or a hook');
        return this.current;
      },
    };
    beforeAll(async () => {
      db.current = await database.open();
    });
    afterAll(async () => {
      await db.current?.close();
    });
    body(db);
  });
}

/** A tenant id no other test of the run uses (specs on one PostgreSQL database share it). */
export function uniqueTenant(prefix = 't'): string {
  return `${prefix}-${newId().replace(/-/g, '').slice(-12)}`;
}
