import { jest } from '@jest/globals';
import pg from 'pg';
import { newId, type NewEvent } from '@bcd/kernel';
import { createEventStore } from './create-event-store.js';
import { PostgresEventStore } from './postgres-event-store.js';
import type { SqlExecutor } from './sql-executor.js';
import { eventStoreContract } from './testing/event-store.contract.js';

const url = process.env.TEST_DATABASE_URL;

if (!url) {
  describe('EventStore contract: PostgreSQL server', () => {
    it('is skipped: TEST_DATABASE_URL is not set (.ci/run sets it)', () => {
      console.warn('SKIPPED: PostgreSQL event-store contract — set TEST_DATABASE_URL to run it');
    });
  });
} else {
  eventStoreContract('PostgreSQL server (pg)', {
    open: (options) => createEventStore({ databaseUrl: url, dataDir: 'unused', upcasters: options?.upcasters }),
    async close() {},
    // The adapter's own append, on a dedicated connection whose transaction is left open.
    async holdOpenAppend(tenantId: string, streamId: string, events: NewEvent[]) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query('BEGIN');
      const inTransaction: SqlExecutor = {
        driver: 'pg',
        query: async <Row>(sql: string, params: readonly unknown[] = []) =>
          (await client.query(sql, params as unknown[])).rows as Row[],
        transaction: () => Promise.reject(new Error('not used')),
        notify: async () => undefined,
        listen: () => Promise.reject(new Error('not used')),
        close: async () => undefined,
      };
      await new PostgresEventStore(inTransaction).appendToStream(tenantId, streamId, events);
      return {
        async commit() {
          await client.query('COMMIT');
          await client.end();
        },
      };
    },
  });
}

if (url) {
  describe('PostgreSQL server: other processes', () => {
    it('a subscriber of one store is woken by NOTIFY when another store (another process) appends', async () => {
      const writer = await createEventStore({ databaseUrl: url, dataDir: 'unused' });
      const reader = await createEventStore({ databaseUrl: url, dataDir: 'unused' });
      const tenantId = `t-${newId().slice(-12)}`;
      const seen: string[] = [];
      // No useful polling: only the notification can deliver in time.
      const sub = reader.subscribe({
        subscriptionId: `x-${tenantId}`,
        tenantId,
        pollIntervalMs: 60_000,
        handler: async (events) => {
          seen.push(...events.map((e) => e.type));
        },
      });
      try {
        await sub.caughtUp();
        await new Promise((r) => setTimeout(r, 100)); // LISTEN is registered
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

    it('the notification names the namespaces: a subscription of another namespace is not woken, one of it is', async () => {
      const writer = await createEventStore({ databaseUrl: url, dataDir: 'unused' });
      const reader = await createEventStore({ databaseUrl: url, dataDir: 'unused' });
      const tenantId = `t-${newId().slice(-12)}`;
      const namespace = `ns${newId().replace(/-/g, '').slice(-8)}`;
      const seen: string[] = [];
      const mine = reader.subscribe({ subscriptionId: `m-${tenantId}`, durable: false, typePrefix: `${namespace}.`, pollIntervalMs: 60_000, handler: async (events) => void seen.push(...events.map((e) => e.type)) });
      const other = reader.subscribe({ subscriptionId: `o-${tenantId}`, durable: false, typePrefix: `other${namespace}.`, pollIntervalMs: 60_000, handler: async () => undefined });
      try {
        await Promise.all([mine.caughtUp(), other.caughtUp()]);
        await new Promise((r) => setTimeout(r, 100)); // LISTEN is registered
        // A wake-up makes a subscription read: count the reads of the other namespace's one.
        const reads = jest.spyOn(reader, 'readAll');
        await writer.appendToStream(tenantId, `s-${tenantId}`, [{ type: `${namespace}.Happened`, data: {} }]);
        const start = Date.now();
        while (seen.length === 0 && Date.now() - start < 5_000) await new Promise((r) => setTimeout(r, 10));
        await new Promise((r) => setTimeout(r, 200));
        expect(seen).toEqual([`${namespace}.Happened`]);
        expect(reads.mock.calls.filter(([options]) => options?.typePrefix === `other${namespace}.`)).toEqual([]);
        reads.mockRestore();
      } finally {
        await Promise.all([mine.stop(), other.stop()]);
        await writer.close();
        await reader.close();
      }
    });
  });
}
