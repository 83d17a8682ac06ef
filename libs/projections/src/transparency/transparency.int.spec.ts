// The transparency log on a real event store (PGlite; PostgreSQL in a database of its own when TEST_DATABASE_URL
// is set): given events of two tenants, then one leaf per event in log order, a signed checkpoint per batch that
// grew a tree, proofs that verify, a replayed batch that appends nothing, a fork refused, a bundle that verifies
// offline — and, after tampering with the events table in SQL (one byte changed, one event deleted, two swapped),
// the server's verification and the offline verifier both name the event.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { runWithRequestContext } from '@bcd/auth';
import { newId, StateConflict, type RecordedEvent } from '@bcd/kernel';
import { createEventStore, ReadModelProjection, type PostgresEventStore } from '@bcd/event-store';
import { ReadModelDatabase } from '@bcd/service-host';
import { main } from '../cli/bcd-audit.js';
import { describeVerdict, verifyBundle } from '../domain/transparency/bundle.js';
import { openCheckpoint, verifyConsistencyProof, verifyTlogProof } from '../domain/transparency/checkpoint.js';
import { eventLeafHash } from '../domain/transparency/leaf.js';
import { ed25519Verifier } from '../domain/transparency/note.js';
import { encodeSignerKey } from './signer.js';
import { TransparencyKeys } from './signing-key.js';
import { PrismaReads } from '../read-model/prisma-reads.js';
import { TransparencyLog } from './transparency.log.js';
import { appendToLogs, transparencyProjection } from './transparency.projection.js';
import { insertCheckpoint } from './transparency.store.js';

/** The throw-away key of the README (seed 32 × 0x2a), under the log name bcd.example. */
const SIGNER_KEY = encodeSignerKey('bcd.example', new Uint8Array(32).fill(0x2a));

interface Database {
  name: string;
  open(): Promise<{ store: PostgresEventStore; drop(): Promise<void> }>;
}

const url = process.env.TEST_DATABASE_URL;
if (!url) console.warn('SKIPPED: the transparency log on PostgreSQL — set TEST_DATABASE_URL to run it (it runs on PGlite)');
const databases: Database[] = [{ name: 'PGlite', open: async () => ({ store: await createEventStore({ dataDir: 'memory://' }), drop: async () => {} }) }];
if (url) {
  databases.push({
    name: 'PostgreSQL',
    // A database of its own: the log follows every event of the database, and the shared one holds other files'.
    open: async () => {
      const database = `bcd_tlog_${process.pid}_${Date.now()}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${database}`);
      const own = new URL(url);
      own.pathname = `/${database}`;
      const store = await createEventStore({ databaseUrl: own.toString(), dataDir: 'unused', poolSize: 4 });
      return {
        store,
        drop: async () => {
          await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
          await admin.end();
        },
      };
    },
  });
}

describe.each(databases)('the transparency log on $name', (database) => {
  const keys = new TransparencyKeys(SIGNER_KEY);
  let store: PostgresEventStore;
  let drop: () => Promise<void>;
  let projection: ReadModelProjection;
  let reads: PrismaReads;
  let log: TransparencyLog;
  let dir: string;

  const as = <T>(tenant: string, work: () => Promise<T>): Promise<T> => runWithRequestContext({ correlationId: newId(), scope: { platform: false, tenantIds: [tenant] } }, work);
  const verifiers = (tenant: string) => [ed25519Verifier(keys.verifierKeyOf(tenant))];

  /** Appends `count` events to a stream of the tenant in one transaction and waits until they are logged. */
  async function append(tenant: string, count: number, stream = `meeting-${tenant}-${newId()}`): Promise<void> {
    const events = Array.from({ length: count }, (_, i) => ({ type: 'meetings.MeetingScheduled', data: { title: `Phiên họp thường kỳ ${i + 1}`, venue: 'Hội trường UBND tỉnh', amount: '9007199254740993123' } }));
    const result = await store.appendToStream(tenant, stream, events);
    await projection.waitFor({ transactionId: result.transactionId, globalPosition: result.positions[result.positions.length - 1] });
  }
  const eventsOf = async (tenant: string): Promise<RecordedEvent[]> => (await store.readAll({ tenantId: tenant, maxCount: 10_000 })).events;
  const count = async (table: string, tenant: string): Promise<number> =>
    Number((await store.executor.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table} WHERE tenant_id = $1`, [tenant]))[0].n);
  async function bundleOf(tenant: string): Promise<string[]> {
    const lines: string[] = [];
    for await (const line of await as(tenant, () => log.bundle(tenant, new Date('2026-03-02T00:00:00.000Z')))) lines.push(line);
    return lines;
  }
  /** The bundle written to a file and checked by the CLI: its exit code and what it printed. */
  async function cli(tenant: string, vkey = keys.verifierKeyOf(tenant)): Promise<{ code: number; out: string }> {
    const file = join(dir, `${tenant}-${newId()}.ndjson`);
    await writeFile(file, (await bundleOf(tenant)).join(''));
    let out = '';
    const code = await main(['verify', file, '--vkey', vkey], { stdout: (text) => (out += text), stderr: (text) => (out += text) });
    return { code, out };
  }

  beforeAll(async () => {
    ({ store, drop } = await database.open());
    projection = new ReadModelProjection(store, { ...transparencyProjection(keys), onError: (error) => console.error(error) });
    await projection.start();
    reads = new PrismaReads(store);
    log = new TransparencyLog(reads, new ReadModelDatabase(store), keys);
    dir = await mkdtemp(join(tmpdir(), 'bcd-tlog-'));
  });

  afterAll(async () => {
    await projection?.stop();
    await reads?.onModuleDestroy();
    await store?.close();
    await drop?.();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('logs each tenant\'s events in log order, one leaf each, with a signed checkpoint after each batch', async () => {
    const [th, pt] = ['thanh-hoa', 'phu-tho'];
    await append(th, 3);
    await append(pt, 2);
    await append(th, 2);
    const events = await eventsOf(th);
    expect(events).toHaveLength(5);
    const leaves = await store.executor.query<{ leaf_index: string; event_id: string; leaf_hash: string }>(
      `SELECT leaf_index::text AS leaf_index, event_id::text AS event_id, encode(leaf_hash, 'hex') AS leaf_hash FROM projections_tlog_leaves WHERE tenant_id = $1 ORDER BY leaf_index`,
      [th],
    );
    // an auditor holding an event as the store gives it recomputes the logged leaf (recordedAt cut to ms alike)
    expect(leaves).toEqual(events.map((e, i) => ({ leaf_index: String(i), event_id: e.eventId, leaf_hash: Buffer.from(eventLeafHash(e)).toString('hex') })));
    // the perfect subtrees above the leaves: (1,0), (1,1), (2,0)
    expect(await count('projections_tlog_nodes', th)).toBe(3);
    const checkpoints = await store.executor.query<{ tree_size: string; origin: string }>(`SELECT tree_size::text AS tree_size, origin FROM projections_tlog_checkpoints WHERE tenant_id = $1 ORDER BY tree_size`, [th]);
    expect(checkpoints).toEqual([
      { tree_size: '3', origin: 'bcd.example/thanh-hoa/events' },
      { tree_size: '5', origin: 'bcd.example/thanh-hoa/events' },
    ]);
    const latest = await as(th, () => log.checkpoint(th));
    expect(openCheckpoint(latest.note, keys.originOf(th), verifiers(th))).toMatchObject({ valid: true, checkpoint: { size: 5 } });
    expect(openCheckpoint(latest.note, keys.originOf(pt), verifiers(pt)).valid).toBe(false);
  });

  it('serves inclusion proofs of every event and consistency proofs between checkpoints, which verify', async () => {
    const tenant = 'ha-giang';
    for (const n of [1, 2, 4]) await append(tenant, n);
    const events = await eventsOf(tenant);
    for (const event of events) {
      const proof = await as(tenant, () => log.inclusionProof(tenant, event.eventId));
      expect(verifyTlogProof(proof, eventLeafHash(event), keys.originOf(tenant), verifiers(tenant))).toMatchObject({ valid: true, checkpoint: { size: 7 } });
    }
    const inFirst = await as(tenant, () => log.inclusionProof(tenant, events[0].eventId, 1));
    expect(verifyTlogProof(inFirst, eventLeafHash(events[0]), keys.originOf(tenant), verifiers(tenant))).toMatchObject({ valid: true, index: 0, checkpoint: { size: 1 } });
    await expect(as(tenant, () => log.inclusionProof(tenant, events[5].eventId, 3))).rejects.toThrow(`Event ${events[5].eventId} is leaf 5: not in the checkpoint of size 3`);
    for (const [from, to] of [[1, 3], [3, 7], [1, 7], [7, 7]]) {
      const proof = await as(tenant, () => log.consistencyProof(tenant, from, to));
      expect(verifyConsistencyProof(JSON.parse(JSON.stringify(proof)), keys.originOf(tenant), verifiers(tenant))).toMatchObject({ valid: true, from: { size: from }, to: { size: to } });
    }
    await expect(as(tenant, () => log.consistencyProof(tenant, 2))).rejects.toThrow('Checkpoint 2 not found');
    await expect(as(tenant, () => log.checkpoint('quang-ninh'))).rejects.toThrow('The transparency log of quang-ninh has no signed checkpoint yet');
  });

  it('appends nothing twice when a batch comes again, and signs nothing new', async () => {
    const tenant = 'lao-cai';
    await append(tenant, 3);
    const events = await eventsOf(tenant);
    await store.executor.transaction((tx) => appendToLogs(tx, keys, events), { prelude: transparencyProjection(keys).prelude });
    expect([await count('projections_tlog_leaves', tenant), await count('projections_tlog_checkpoints', tenant)]).toEqual([3, 1]);
  });

  it('keeps a checkpoint signed twice once (Ed25519 is deterministic), and refuses another note for a signed size', async () => {
    const tenant = 'cao-bang';
    await append(tenant, 2);
    const [row] = await store.executor.query<{ note: string; root: string }>(`SELECT note, encode(root_hash, 'hex') AS root FROM projections_tlog_checkpoints WHERE tenant_id = $1`, [tenant]);
    const checkpoint = { tenant, origin: keys.originOf(tenant), size: 2, rootHash: new Uint8Array(Buffer.from(row.root, 'hex')) };
    await insertCheckpoint(store.executor, { ...checkpoint, note: row.note });
    await expect(insertCheckpoint(store.executor, { ...checkpoint, note: row.note.replace('\n\n', '\n\n— bcd.example/cao-bang/events AAAA\n') })).rejects.toThrow(
      'Another checkpoint of bcd.example/cao-bang/events was signed for size 2: the log forked',
    );
    expect(await count('projections_tlog_checkpoints', tenant)).toBe(1);
  });

  it('refuses to sign a tree that does not extend the last checkpoint, or to go on from one another key signed', async () => {
    const tenant = 'yen-bai';
    await append(tenant, 2);
    /** Stores one more event of the tenant and logs it with `withKeys`, in one transaction (as a batch is). */
    const logOneMore = (withKeys: TransparencyKeys) =>
      store.executor.transaction(
        async (tx) => {
          const eventId = newId();
          const [row] = await tx.query<{ p: string; x: string }>(
            `INSERT INTO events (tenant_id, stream_id, stream_version, event_id, type, data, occurred_at) VALUES ($1, $2, 1, $3, 'meetings.MeetingScheduled', '{}', now())
             RETURNING global_position::text AS p, transaction_id::text AS x`,
            [tenant, `meeting-${eventId}`, eventId],
          );
          const recorded: RecordedEvent = {
            eventId,
            type: 'meetings.MeetingScheduled',
            schemaVersion: 1,
            tenantId: tenant,
            streamId: `meeting-${eventId}`,
            streamVersion: 1,
            globalPosition: BigInt(row.p),
            transactionId: BigInt(row.x),
            occurredAt: new Date(),
            recordedAt: new Date(),
            data: {},
            metadata: {},
          };
          await appendToLogs(tx, withKeys, [recorded]);
        },
        { prelude: transparencyProjection(withKeys).prelude },
      );
    const [{ subtrees }] = await store.executor.query<{ subtrees: string }>(`SELECT subtrees::text AS subtrees FROM projections_tlog_trees WHERE tenant_id = $1`, [tenant]);

    // a forged compact state: the next append would grow a tree the last checkpoint does not lead to
    await store.executor.query(`UPDATE projections_tlog_trees SET subtrees = $2::jsonb WHERE tenant_id = $1`, [tenant, JSON.stringify([Buffer.alloc(32, 7).toString('base64')])]);
    const refusal = await logOneMore(keys).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(StateConflict);
    expect(refusal).toMatchObject({ rule: 'TLOG-append-only', message: expect.stringContaining('Checkpoint 3 not signed: not consistent with size 2') });
    await store.executor.query(`UPDATE projections_tlog_trees SET subtrees = $2::jsonb WHERE tenant_id = $1`, [tenant, subtrees]);

    // another key under the same name cannot verify the last checkpoint: it signs nothing
    const stranger = new TransparencyKeys(encodeSignerKey('bcd.example', new Uint8Array(32).fill(9)));
    await expect(logOneMore(stranger)).rejects.toThrow(/^The last checkpoint of bcd\.example\/yen-bai\/events \(size 2\) does not verify with the log's key/);
    // nothing of the refused batches was kept (their events neither: they were stored in the same transaction)
    expect([await count('projections_tlog_leaves', tenant), await count('projections_tlog_checkpoints', tenant)]).toEqual([2, 1]);

    await logOneMore(keys);
    expect([await count('projections_tlog_leaves', tenant), await count('projections_tlog_checkpoints', tenant)]).toEqual([3, 2]);
    expect(await as(tenant, () => log.verify(tenant))).toMatchObject({ valid: true, events: 3, checkpoints: { verified: 2 } });
  });

  it('exports a bundle that verifies offline with the verifier key, in the library and through the CLI', async () => {
    const tenant = 'dien-bien';
    await append(tenant, 3);
    await append(tenant, 2);
    const lines = await bundleOf(tenant);
    expect(lines.map((line) => JSON.parse(line).kind)).toEqual(['bundle', 'checkpoint', 'checkpoint', 'leaf', 'leaf', 'leaf', 'leaf', 'leaf', 'event', 'event', 'event', 'event', 'event']);
    expect(JSON.parse(lines[0])).toEqual({
      kind: 'bundle',
      format: 'bcd/tlog-bundle@v1',
      tenant,
      origin: 'bcd.example/dien-bien/events',
      verifierKey: keys.verifierKeyOf(tenant),
      leafFormat: 'bcd/event-leaf@v1',
      leaves: 5,
      checkpoints: 2,
      exportedAt: '2026-03-02T00:00:00.000Z',
    });
    expect(await verifyBundle(lines, { verifierKey: keys.verifierKeyOf(tenant) })).toMatchObject({ valid: true, events: 5, leaves: 5, checkpoints: { verified: 2 } });
    const { code, out } = await cli(tenant);
    expect([code, out]).toEqual([0, expect.stringMatching(/^OK bcd\.example\/dien-bien\/events: 5 events, 5 leaves, 2 of 2 checkpoints verified/)]);
    expect(await as(tenant, () => log.verify(tenant))).toMatchObject({ valid: true, leaves: 5, events: 5, otherOrigins: 0, checkpoints: { verified: 2, latest: { size: 5 } } });
  });

  describe('after tampering with the events table', () => {
    /** A tenant with 6 events in two batches; the verification and the offline verifier, once tampered. */
    async function tampered(tamper: (events: RecordedEvent[]) => Promise<void>) {
      const tenant = `tinh-${newId().replace(/-/g, '').slice(-10)}`;
      await append(tenant, 4);
      await append(tenant, 2);
      const events = await eventsOf(tenant);
      await tamper(events);
      const verdict = await as(tenant, () => log.verify(tenant));
      const offline = await cli(tenant);
      return { tenant, events, verdict, offline };
    }

    it('names the event one byte of which changed', async () => {
      const { events, verdict, offline } = await tampered(async (events) => {
        await store.executor.query(`UPDATE events SET data = replace(data::text, 'Hội trường', 'Hội truong')::jsonb WHERE event_id = $1`, [events[2].eventId]);
      });
      expect(verdict).toMatchObject({ valid: false, firstBadEvent: { problem: 'event-changed', leafIndex: 2, eventId: events[2].eventId, position: events[2].globalPosition.toString() } });
      expect(offline.code).toBe(1);
      expect(offline.out).toContain(`first bad event: ${events[2].eventId} at position ${events[2].globalPosition} (leaf 2): event-changed`);
    });

    it('names the deleted event', async () => {
      const { events, verdict, offline } = await tampered(async (events) => {
        await store.executor.query(`DELETE FROM events WHERE event_id = $1`, [events[4].eventId]);
      });
      expect(verdict.firstBadEvent).toMatchObject({ problem: 'event-missing', leafIndex: 4, eventId: events[4].eventId });
      expect(offline.code).toBe(1);
      expect(offline.out).toContain(`first bad event: ${events[4].eventId} at position ${events[4].globalPosition} (leaf 4): event-missing`);
    });

    it('names the first of two events swapped in the log order', async () => {
      const { events, verdict, offline } = await tampered(async (events) => {
        const [a, b] = [events[1], events[3]];
        const temporary = newId();
        // what stands at the two places (id, stream version, data) swaps: the two events' order is reversed
        await store.executor.transaction(async (tx) => {
          const put = (where: string, event: { eventId: string; streamVersion: number; data: unknown }) =>
            tx.query(`UPDATE events SET event_id = $2, stream_version = $3, data = $4::jsonb WHERE event_id = $1`, [where, event.eventId, event.streamVersion, JSON.stringify(event.data)]);
          await put(a.eventId, { eventId: temporary, streamVersion: 1000, data: a.data });
          await put(b.eventId, a);
          await put(temporary, b);
        });
      });
      expect(verdict.firstBadEvent).toMatchObject({ problem: 'event-replaced', leafIndex: 1, eventId: events[1].eventId });
      expect(verdict.findings.filter((f) => f.kind === 'event-replaced').map((f) => [f.leafIndex, f.foundEventId])).toEqual([
        [1, events[3].eventId],
        [3, events[1].eventId],
      ]);
      expect(offline.code).toBe(1);
      expect(offline.out).toContain(`first bad event: ${events[1].eventId} at position ${events[1].globalPosition} (leaf 1): event-replaced`);
    });

    it('still verifies the other tenants, and goes on logging new events', async () => {
      const tenant = 'son-la';
      await append(tenant, 2);
      expect(await as(tenant, () => log.verify(tenant))).toMatchObject({ valid: true, events: 2 });
      expect(describeVerdict(await verifyBundle(await bundleOf(tenant), { verifierKey: keys.verifierKeyOf(tenant) }))).toMatch(/^OK /);
    });
  });
});
