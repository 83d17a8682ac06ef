// A subscription nobody waits on may let events gather after being woken (settleMs): many appends in quick
// succession reach it in a few batches instead of one batch per append.
import type { RecordedEvent } from '@bcd/kernel';
import { createEventStore } from './create-event-store.js';
import type { PostgresEventStore } from './postgres-event-store.js';

const until = async (check: () => boolean, timeoutMs = 5_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

describe('subscription settleMs (PGlite)', () => {
  let store: PostgresEventStore;
  beforeAll(async () => {
    store = (await createEventStore({ dataDir: 'memory://' })) as PostgresEventStore;
  });
  afterAll(() => store.close());

  async function batchesFor(settleMs: number, tenant: string): Promise<number> {
    const batches: RecordedEvent[][] = [];
    const sub = store.subscribe({ subscriptionId: `settle-${tenant}`, tenantId: tenant, handler: async (events) => void batches.push(events), pollIntervalMs: 60_000, settleMs });
    await sub.caughtUp();
    for (let i = 0; i < 20; i++) await store.appendToStream(tenant, `s-${tenant}-${i}`, [{ type: 'test.Happened', data: { i } }]);
    await until(() => batches.flat().length === 20);
    await sub.stop();
    expect(batches.flat().map((e) => (e.data as { i: number }).i)).toEqual([...Array(20).keys()]);
    return batches.length;
  }

  it('applies events appended in quick succession in a few batches, in order, none lost', async () => {
    const settled = await batchesFor(200, 'settle-a');
    const eager = await batchesFor(0, 'settle-b');
    expect(settled).toBeLessThanOrEqual(3);
    expect(eager).toBeGreaterThan(settled);
  });
});
