// The store keeps the planner's statistics of the events table itself: PGlite has no autovacuum (and a server may
// run without it), and the read models' catch-up reads by type go wrong without statistics once the table is large.
import { EVENT_STORE_MIGRATIONS_DIR, loadMigrations, migrate, PGliteExecutor, PostgresEventStore } from './index.js';

async function openStore(analyzeEveryEvents: number): Promise<PostgresEventStore> {
  const executor = await PGliteExecutor.open();
  await migrate(executor, await loadMigrations(EVENT_STORE_MIGRATIONS_DIR));
  return new PostgresEventStore(executor, { analyzeEveryEvents });
}

/** Columns of the events table the planner has statistics for. */
async function statistics(store: PostgresEventStore): Promise<number> {
  const [row] = await store.executor.query<{ columns: string }>(`SELECT count(*)::text AS columns FROM pg_stats WHERE tablename = 'events'`);
  return Number(row.columns);
}

const events = (count: number) => Array.from({ length: count }, (_, i) => ({ type: i % 2 ? 'meetings.MeetingHeld' : 'budget.EstimateDrafted', data: { i } }));

describe('statistics of the events table (PGlite)', () => {
  it('are gathered once analyzeEveryEvents events were appended, not before', async () => {
    const store = await openStore(10);
    try {
      await store.appendToStream('thanh-hoa', 'analyze-1', events(9));
      expect(await statistics(store)).toBe(0);
      await store.atomically(({ store: unit }) => unit.appendToStream('thanh-hoa', 'analyze-2', events(1)));
      // PGlite runs one statement at a time: the ANALYZE started by that append runs before this read.
      expect(await statistics(store)).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
  });

  it('are left to the server when analyzeEveryEvents is 0', async () => {
    const store = await openStore(0);
    try {
      await store.appendToStream('thanh-hoa', 'analyze-3', events(50));
      expect(await statistics(store)).toBe(0);
    } finally {
      await store.close();
    }
  });
});
