// Durability, measured: a writer process is SIGKILLed in the middle of an append load; after a
// restart every acknowledged append is there, and no batch is there in part.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newId, type RecordedEvent } from '@bcd/kernel';
import { createEventStore } from './create-event-store.js';

const WRITER = fileURLToPath(new URL('../dist/testing/durability-writer.js', import.meta.url));
const BATCH = 7;
const LOOPS = 4;

interface Ack {
  batch: number;
  streamId: string;
  version: number;
}

/** Runs the writer until `acks` appends are acknowledged, then kills it with SIGKILL mid-load. */
async function killWriterAfter(target: string, tenantId: string, acks: number): Promise<Ack[]> {
  if (!existsSync(WRITER)) throw new Error(`${WRITER} is missing: run \`npm run build\` first (npm test does)`);
  const child = spawn(process.execPath, [WRITER, target, tenantId, String(BATCH), String(LOOPS)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const acked: Ack[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  let buffer = '';
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        const match = /^ACK (\d+) (\S+) (\d+)$/.exec(line);
        if (match) acked.push({ batch: Number(match[1]), streamId: match[2], version: Number(match[3]) });
        if (acked.length === acks) {
          // Mid-load: four loops have appends in flight right now.
          child.kill('SIGKILL');
          resolve();
        }
      }
    });
    void exited.then((how) => reject(new Error(`writer ended before the kill (${String(how)}): ${stderr}`)));
  });
  expect(await exited).toBe('SIGKILL');
  return acked;
}

function checkNothingLostNothingPartial(events: RecordedEvent[], acked: Ack[]): { batches: number; events: number } {
  const byBatch = new Map<number, RecordedEvent[]>();
  for (const e of events) {
    const { batch } = e.data as { batch: number };
    byBatch.set(batch, [...(byBatch.get(batch) ?? []), e]);
  }
  // No partial batch: every batch present is whole.
  for (const [batch, rows] of byBatch) {
    expect({ batch, size: rows.length }).toEqual({ batch, size: BATCH });
  }
  // Every acknowledged append is there.
  for (const ack of acked) expect({ batch: ack.batch, present: byBatch.has(ack.batch) }).toEqual({ batch: ack.batch, present: true });
  // Versions per stream have no holes.
  const streams = new Map<string, number[]>();
  for (const e of events) streams.set(e.streamId, [...(streams.get(e.streamId) ?? []), e.streamVersion]);
  for (const versions of streams.values()) {
    expect(versions.sort((a, b) => a - b)).toEqual(versions.map((_, i) => i + 1));
  }
  const found = { batches: byBatch.size, events: events.length };
  // The measurement: committed batches ≥ acknowledged ones (a batch may commit and die before its ACK line).
  console.info(`durability: ${acked.length} acknowledged batches, ${found.batches} found whole, none partial`);
  return found;
}

async function readTenant(store: Awaited<ReturnType<typeof createEventStore>>, tenantId: string): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for (let page = await store.readAll({ tenantId, maxCount: 5000 }); ; page = await store.readAll({ tenantId, after: page.checkpoint, maxCount: 5000 })) {
    events.push(...page.events);
    if (page.isEnd) return events;
  }
}

describe('durability: SIGKILL of a writer mid-append', () => {
  it('file-backed PGlite: after restart every acknowledged append is there and no batch is partial', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bcd-durability-'));
    try {
      const tenantId = `dur-${newId().slice(-8)}`;
      const acked = await killWriterAfter(dir, tenantId, 150);
      // Reopening runs PostgreSQL's crash recovery on the directory the killed process left.
      const store = await createEventStore({ dataDir: dir });
      try {
        const found = checkNothingLostNothingPartial(await readTenant(store, tenantId), acked);
        expect(found.batches).toBeGreaterThanOrEqual(acked.length);
        // The store still takes writes after recovery.
        await expect(store.appendToStream(tenantId, `after-${tenantId}`, [{ type: 'durability.Recovered', data: {} }])).resolves.toBeTruthy();
      } finally {
        await store.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  const url = process.env.TEST_DATABASE_URL;
  (url ? it : it.skip)('PostgreSQL server: every acknowledged append survives the writer being killed, no batch is partial', async () => {
    const tenantId = `dur-${newId().slice(-8)}`;
    const acked = await killWriterAfter(url!, tenantId, 300);
    const store = await createEventStore({ databaseUrl: url!, dataDir: 'unused' });
    try {
      const found = checkNothingLostNothingPartial(await readTenant(store, tenantId), acked);
      expect(found.batches).toBeGreaterThanOrEqual(acked.length);
    } finally {
      await store.close();
    }
  });
  if (!url) console.warn('SKIPPED: PostgreSQL durability test — set TEST_DATABASE_URL to run it');
});
