// The event-store contract suite against a KurrentDB server (25.1 or later), whenever KURRENTDB_URL names one,
// e.g. `KURRENTDB_URL='kurrentdb://localhost:2113?tls=false'` with `docker run -p 2113:2113
// kurrentplatform/kurrentdb:latest --insecure`. No server runs on the CI machine: there the suite is
// reported as skipped, and kurrentdb-event-store.spec.ts checks the adapter's mapping without one.
import { KurrentDBClient, type RecordedEvent as KurrentRecordedEvent } from '@kurrent/kurrentdb-client';
import { newId } from '@bcd/kernel';
import { createEventStore } from './create-event-store.js';
import { KurrentDbEventStore } from './kurrentdb-event-store.js';
import { eventStoreContract } from './testing/event-store.contract.js';

const url = process.env.KURRENTDB_URL;

if (!url) {
  describe('EventStore contract: KurrentDB: skipped: KURRENTDB_URL unset (e.g. kurrentdb://localhost:2113?tls=false)', () => {
    it('skipped: KURRENTDB_URL unset', () => {
      console.warn('SKIPPED: KurrentDB event-store contract — set KURRENTDB_URL to a KurrentDB 25.1+ server to run it');
    });
  });
} else {
  eventStoreContract('KurrentDB server', {
    // Every open is a client of its own (the upcasting case opens a second store on the same database).
    open: (options) => createEventStore({ eventStore: 'kurrentdb', kurrentdbUrl: url, upcasters: options?.upcasters }),
    async close() {},
  });

  describe('KurrentDB server: what the adapter stores, and other processes', () => {
    it('stores <tenant>~<stream id> from revision 0, with the port fields in the metadata JSON, and claims the stream id', async () => {
      const store = await KurrentDbEventStore.connect(url);
      const raw = KurrentDBClient.connectionString(url);
      const tenantId = `t-${newId().slice(-12)}`;
      try {
        const occurredAt = new Date('2018-10-19T08:00:00.000Z');
        await store.appendToStream(tenantId, `s-${tenantId}`, [{ type: 'x.Happened', data: { n: 1 }, occurredAt, metadata: { correlationId: 'c-1' } }], {
          expectedVersion: 'no_stream',
        });
        const events: (KurrentRecordedEvent | undefined)[] = [];
        for await (const resolved of raw.readStream(`${tenantId}~s-${tenantId}`)) events.push(resolved.event);
        expect(events).toHaveLength(1);
        expect(events[0]?.revision).toBe(0n);
        expect(events[0]?.metadata).toMatchObject({ tenantId, schemaVersion: '1', occurredAt: occurredAt.toISOString(), metadata: '{"correlationId":"c-1"}' });
        const owners: unknown[] = [];
        for await (const resolved of raw.readStream(`~owner~s-${tenantId}`)) owners.push(resolved.event?.data);
        expect(owners).toEqual([{ tenantId }]);
        expect((await store.readStream(tenantId, `s-${tenantId}`))[0]).toMatchObject({ streamVersion: 1, occurredAt, metadata: { correlationId: 'c-1' } });
      } finally {
        await raw.dispose();
        await store.close();
      }
    });

    it("a subscription of one store is woken by another store's append (the live subscription to $all), without polling", async () => {
      const writer = await KurrentDbEventStore.connect(url);
      const reader = await KurrentDbEventStore.connect(url);
      const tenantId = `t-${newId().slice(-12)}`;
      const seen: string[] = [];
      const sub = reader.subscribe({
        subscriptionId: `x-${tenantId}`,
        durable: false,
        tenantId,
        pollIntervalMs: 60_000,
        handler: async (events) => void seen.push(...events.map((e) => e.type)),
      });
      try {
        await sub.caughtUp();
        await new Promise((r) => setTimeout(r, 500)); // the live subscription is open
        await writer.appendToStream(tenantId, `s-${tenantId}`, [{ type: 'x.Happened', data: {} }]);
        const start = Date.now();
        while (seen.length === 0 && Date.now() - start < 5_000) await new Promise((r) => setTimeout(r, 10));
        expect(seen).toEqual(['x.Happened']);
      } finally {
        await sub.stop();
        await writer.close();
        await reader.close();
      }
    });
  });
}
