// The tenants' transparency logs through the whole platform on PGlite (libs/projections README "Transparency
// log"): given events of two provinces, when the log has caught up, then its signed checkpoint verifies with the
// published verifier key, an event's tlog-proof and a consistency proof between two checkpoints verify, and the
// exported bundle verifies offline with the built `bcd-audit` CLI; after tampering with the events table in SQL
// (one byte of one event changed, one event deleted, two events swapped), the verification endpoint and the
// offline verifier name the event, and a rebuild from position 0 refuses to sign the tampered events (untouched,
// it rebuilds the same tree and signs nothing anew). Only the tenant's auditors, admins and the platform roles read
// the log; one province's log is not found from another.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { newId, type RecordedEvent } from '@bcd/kernel';
import type { EventStore, ReadModelHost } from '@bcd/event-store';
import { ed25519Verifier, encodeSignerKey, eventLeafHash, openCheckpoint, parseVerifierKey, verifyConsistencyProof, verifyTlogProof } from '@bcd/projections';
import { EVENT_STORE, PROJECTION_HOST, ReadModels } from '@bcd/service-host';
import { startApp } from '../testing/http.js';
import { IdentityClient, type Session } from '../testing/identity-client.js';
import { MembershipClient } from '../testing/membership-client.js';
import { testConfig } from '../testing/test-config.js';

const run = promisify(execFile);
const TH = 'thanh-hoa';
const PT = 'phu-tho';
/** The README's throw-away key (seed 32 × 0x2a) under the log name bcd.example: never use it. */
const SIGNING_KEY = encodeSignerKey('bcd.example', new Uint8Array(32).fill(0x2a));
const PROJECTIONS = fileURLToPath(new URL('../../../../libs/projections/', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

describe('transparency logs (PGlite)', () => {
  let app: NestFastifyApplication;
  let client: IdentityClient;
  let store: EventStore;
  let sql: ReadModelHost['executor'];
  let admin: Session;
  let auditor: Session;
  let viewer: Session;
  let ptAuditor: Session;
  let dir: string;
  let cliBuild: string;

  const url = (tenant: string, path: string) => `/api/tenants/${tenant}/audit/log${path}`;
  const get = (session: Session, tenant: string, path: string) => client.request(session.token, 'GET', url(tenant, path));
  const text = async (session: Session, tenant: string, path: string): Promise<string> => {
    const response = await get(session, tenant, path);
    if (response.statusCode !== 200) throw new Error(`GET ${path} → ${response.statusCode} ${response.body}`);
    return response.body;
  };
  const eventsOf = async (tenant: string): Promise<RecordedEvent[]> => (await store.readAll({ tenantId: tenant, maxCount: 10_000 })).events;
  const verifierKey = async (tenant: string) => (await text(admin, tenant, '/verifier-key')).trim();

  /** Polls the latest checkpoint until it covers every event of the tenant; answers it. */
  async function caughtUp(tenant: string): Promise<string> {
    const expected = (await eventsOf(tenant)).length;
    for (let attempt = 0; attempt < 200; attempt++) {
      const response = await get(admin, tenant, '/checkpoint');
      if (response.statusCode === 200 && response.body.split('\n')[1] === String(expected)) return response.body;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`the transparency log of ${tenant} did not reach ${expected} events`);
  }

  /** Waits until the log has taken every event of the store (every tenant, the platform's too). */
  async function logCaughtUp(): Promise<void> {
    for (let attempt = 0; attempt < 200; attempt++) {
      const lag = (await app.get(ReadModels).lag()).find((l) => l.projectionId === 'projections-transparency');
      if (lag?.eventsBehind === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the transparency log did not catch up');
  }
  /** The log's tables, row by row. */
  async function tables(): Promise<Record<string, unknown[]>> {
    const result: Record<string, unknown[]> = {};
    for (const table of ['projections_tlog_leaves', 'projections_tlog_nodes', 'projections_tlog_trees', 'projections_tlog_checkpoints']) {
      result[table] = (await sql.query<{ row: unknown }>(`SELECT to_jsonb(t) AS row FROM ${table} t ORDER BY to_jsonb(t)::text`)).map((r) => r.row);
    }
    return result;
  }

  /** Some events in the tenant: agencies of its roster. */
  async function agencies(tenant: string, count: number): Promise<void> {
    const membership = new MembershipClient(client, tenant, admin.token);
    for (let i = 0; i < count; i++) await membership.agency(`S${newId().slice(-6).toUpperCase()}`, `Sở Thông tin và Truyền thông ${i}`, 'department');
  }

  /** The bundle downloaded and verified offline by the built CLI (`bcd-audit verify <file> --vkey <key>`). */
  async function verifyOffline(tenant: string): Promise<{ code: number; out: string }> {
    const response = await get(admin, tenant, '/bundle');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/x-ndjson');
    expect(response.headers['content-disposition']).toMatch(new RegExp(`^attachment; filename="${tenant}-transparency-log-\\d{4}-\\d{2}-\\d{2}\\.ndjson"$`));
    const file = join(dir, `${tenant}-${newId()}.ndjson`);
    await writeFile(file, response.body);
    try {
      const { stdout } = await run(process.execPath, [join(cliBuild, 'cli/bin.js'), 'verify', file, '--vkey', await verifierKey(tenant)]);
      return { code: 0, out: stdout };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, out: failed.stdout + failed.stderr };
    }
  }

  beforeAll(async () => {
    // The CLI as `npx bcd-audit` runs it, built as `npm run build` builds it (swc, well under a second) from the
    // sources under test — into tmp/, not into dist/, which other specs may be running from. It needs the kernel's build.
    const swc = (cwd: string, out: string) =>
      run(process.execPath, [join(ROOT, 'node_modules/@swc/cli/bin/swc.js'), 'src', '-d', out, '--strip-leading-paths', '--config-file', join(ROOT, '.swcrc'), '--only', '**/*.ts', '--ignore', '**/*.spec.ts'], { cwd });
    if (!existsSync(join(ROOT, 'libs/kernel/dist/index.js'))) await swc(join(ROOT, 'libs/kernel'), 'dist');
    cliBuild = join(ROOT, 'tmp', `bcd-audit-${process.pid}-${Date.now()}`);
    await swc(PROJECTIONS, cliBuild);
    dir = await mkdtemp(join(tmpdir(), 'bcd-tlog-http-'));
    let inject;
    ({ app, inject } = await startApp(testConfig({ DATA_DIR: 'memory://', ADMIN_PASSWORD: 'tlog-admin-password', AUDIT_SIGNING_KEY: SIGNING_KEY })));
    client = new IdentityClient(inject);
    store = app.get<EventStore>(EVENT_STORE);
    sql = app.get<ReadModelHost>(PROJECTION_HOST).executor;
    admin = await client.session('admin', 'tlog-admin-password');
    await client.tenant(admin.token, TH, 'Tỉnh Thanh Hóa');
    await client.tenant(admin.token, PT, 'Tỉnh Phú Thọ');
    auditor = await client.member(admin.token, TH, 'kiemtoan.th', 'auditor');
    viewer = await client.member(admin.token, TH, 'xem.th', 'viewer');
    ptAuditor = await client.member(admin.token, PT, 'kiemtoan.pt', 'auditor');
    await agencies(TH, 3);
    await agencies(PT, 2);
  });

  afterAll(async () => {
    await app?.close();
    for (const path of [dir, cliBuild]) if (path) await rm(path, { recursive: true, force: true });
  });

  it('publishes each province\'s verifier key, and signs its checkpoints with it', async () => {
    const vkey = await verifierKey(TH);
    expect(parseVerifierKey(vkey).name).toBe('bcd.example/thanh-hoa/events');
    expect(vkey).toBe('bcd.example/thanh-hoa/events+7f4156ed+ARl/ayPhbIUyxqvIOPrNXqeJvgx2spIDNAOb+os9No1h');
    const note = await caughtUp(TH);
    const response = await get(auditor, TH, '/checkpoint');
    expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(response.body).toBe(note);
    const opened = openCheckpoint(note, 'bcd.example/thanh-hoa/events', [ed25519Verifier(vkey)]);
    expect(opened).toMatchObject({ valid: true, checkpoint: { size: (await eventsOf(TH)).length } });
    // Phú Thọ's log is another log: its own origin and key id
    const ptNote = await caughtUp(PT);
    expect(openCheckpoint(ptNote, 'bcd.example/phu-tho/events', [ed25519Verifier(await verifierKey(PT))]).valid).toBe(true);
    expect(openCheckpoint(ptNote, 'bcd.example/thanh-hoa/events', [ed25519Verifier(vkey)]).valid).toBe(false);
  });

  it('proves an event\'s inclusion (C2SP tlog-proof) and the log\'s consistency between two checkpoints', async () => {
    const before = openCheckpoint(await caughtUp(TH), 'bcd.example/thanh-hoa/events', [ed25519Verifier(await verifierKey(TH))]);
    if (!before.valid) throw new Error(before.reason);
    await agencies(TH, 2);
    await caughtUp(TH);
    const vkey = await verifierKey(TH);
    const events = await eventsOf(TH);
    for (const event of [events[0], events[events.length - 1]]) {
      const proof = await text(auditor, TH, `/inclusion-proofs/${event.eventId}`);
      expect(proof.startsWith('c2sp.org/tlog-proof@v1\n')).toBe(true);
      expect(verifyTlogProof(proof, eventLeafHash(event), 'bcd.example/thanh-hoa/events', [ed25519Verifier(vkey)])).toMatchObject({ valid: true, checkpoint: { size: events.length } });
    }
    const old = await text(auditor, TH, `/checkpoints/${before.checkpoint.size}`);
    const inOld = await text(auditor, TH, `/inclusion-proofs/${events[0].eventId}?size=${before.checkpoint.size}`);
    expect(verifyTlogProof(inOld, eventLeafHash(events[0]), 'bcd.example/thanh-hoa/events', [ed25519Verifier(vkey)])).toMatchObject({ valid: true, checkpoint: { size: before.checkpoint.size } });
    const consistency = await get(auditor, TH, `/consistency-proof?from=${before.checkpoint.size}`);
    expect(consistency.statusCode).toBe(200);
    expect(consistency.json().from).toBe(old);
    expect(verifyConsistencyProof(consistency.json(), 'bcd.example/thanh-hoa/events', [ed25519Verifier(vkey)])).toMatchObject({
      valid: true,
      from: { size: before.checkpoint.size },
      to: { size: events.length },
    });
    expect((await get(auditor, TH, `/checkpoints/${events.length + 100}`)).statusCode).toBe(404);
    expect((await get(auditor, TH, '/consistency-proof?from=abc')).statusCode).toBe(400);
  });

  it('exports a bundle that verifies offline, and verifies itself against the events table', async () => {
    await caughtUp(TH);
    const offline = await verifyOffline(TH);
    expect(offline).toEqual({ code: 0, out: expect.stringMatching(new RegExp(`^OK bcd\\.example/thanh-hoa/events: ${(await eventsOf(TH)).length} events`)) });
    const verification = await get(auditor, TH, '/verification');
    expect(verification.statusCode).toBe(200);
    expect(verification.json()).toMatchObject({ valid: true, tenant: TH, origin: 'bcd.example/thanh-hoa/events', firstBadEvent: null, findings: [] });
  });

  it('lets only the province\'s auditors and admins and the platform roles read its log; another province\'s log is not found', async () => {
    const event = (await eventsOf(TH))[0];
    expect((await get(viewer, TH, '/checkpoint')).statusCode).toBe(403);
    expect((await get(ptAuditor, TH, '/checkpoint')).statusCode).toBe(404);
    expect((await get(ptAuditor, TH, `/inclusion-proofs/${event.eventId}`)).statusCode).toBe(404);
    // Phú Thọ's auditor asking Phú Thọ's log about a Thanh Hóa event: not in that log
    const elsewhere = await get(ptAuditor, PT, `/inclusion-proofs/${event.eventId}`);
    expect([elsewhere.statusCode, elsewhere.json().detail]).toEqual([404, `Event ${event.eventId} is not in the transparency log of ${PT} (yet)`]);
    expect((await get(ptAuditor, PT, '/verification')).json()).toMatchObject({ valid: true, tenant: PT });
  });

  it('rebuilds from position 0 into the same tree, keeping the signed checkpoints (nothing signed anew)', async () => {
    await logCaughtUp();
    const before = await tables();
    expect(before.projections_tlog_checkpoints.length).toBeGreaterThan(3);
    await expect(app.get(ReadModels).rebuild('projections-transparency')).resolves.toMatchObject({ phase: 'done', error: null });
    expect(await tables()).toEqual(before);
    expect((await get(auditor, TH, '/verification')).json()).toMatchObject({ valid: true });
  });

  describe('after tampering with the events table in SQL', () => {
    /** A fresh province with a few events, logged; then `tamper`; then both verifications. */
    async function tampered(code: string, tamper: (events: RecordedEvent[]) => Promise<void>) {
      await client.tenant(admin.token, code, code);
      await agencies(code, 4);
      await caughtUp(code);
      const events = await eventsOf(code);
      await tamper(events);
      const verification = await get(admin, code, '/verification');
      expect(verification.statusCode).toBe(200);
      return { events, verdict: verification.json(), offline: await verifyOffline(code) };
    }
    /** The events of an agency (its data names it), last first. */
    const agencyEvents = (events: RecordedEvent[]) => events.filter((e) => JSON.stringify(e.data).includes('Sở Thông tin')).reverse();

    it('names the event one byte of which changed', async () => {
      let changed!: RecordedEvent;
      const { verdict, offline } = await tampered('tinh-sua', async (events) => {
        changed = agencyEvents(events)[1];
        await sql.query(`UPDATE events SET data = replace(data::text, 'Thông tin', 'Thông tim')::jsonb WHERE event_id = $1`, [changed.eventId]);
      });
      expect(verdict).toMatchObject({ valid: false, firstBadEvent: { problem: 'event-changed', eventId: changed.eventId, position: changed.globalPosition.toString() } });
      expect(offline.code).toBe(1);
      expect(offline.out).toContain(`first bad event: ${changed.eventId} at position ${changed.globalPosition} (leaf ${verdict.firstBadEvent.leafIndex}): event-changed`);
      // a rebuild from position 0 does not sign the events as they are now: it fails, the live log stays
      const before = await tables();
      await expect(app.get(ReadModels).rebuild('projections-transparency')).rejects.toMatchObject({ rule: 'TLOG-append-only' });
      expect(await tables()).toEqual(before);
    });

    it('names the deleted event', async () => {
      let deleted!: RecordedEvent;
      const { verdict, offline } = await tampered('tinh-xoa', async (events) => {
        deleted = agencyEvents(events)[2];
        await sql.query(`DELETE FROM events WHERE event_id = $1`, [deleted.eventId]);
      });
      expect(verdict).toMatchObject({ valid: false, firstBadEvent: { problem: 'event-missing', eventId: deleted.eventId, position: deleted.globalPosition.toString() } });
      expect(offline.code).toBe(1);
      expect(offline.out).toContain(`first bad event: ${deleted.eventId} at position ${deleted.globalPosition}`);
    });

    it('names the first of two events whose places were swapped', async () => {
      let first!: RecordedEvent;
      let second!: RecordedEvent;
      const { verdict, offline } = await tampered('tinh-dao', async (events) => {
        [second, first] = agencyEvents(events).slice(0, 2); // the last two agencies' events, in log order: first, second
        await sql.transaction(async (tx) => {
          const put = (where: string, e: Pick<RecordedEvent, 'eventId' | 'streamId' | 'streamVersion' | 'type' | 'data'>) =>
            tx.query(`UPDATE events SET event_id = $2, stream_id = $3, stream_version = $4, type = $5, data = $6::jsonb WHERE event_id = $1`, [where, e.eventId, e.streamId, e.streamVersion, e.type, JSON.stringify(e.data)]);
          const temporary = newId();
          await put(first.eventId, { ...first, eventId: temporary, streamId: `tmp-${temporary}` });
          await put(second.eventId, first);
          await put(temporary, second);
        });
      });
      expect(verdict).toMatchObject({ valid: false, firstBadEvent: { problem: 'event-replaced', eventId: first.eventId, position: first.globalPosition.toString() } });
      expect(verdict.findings[0]).toMatchObject({ kind: 'event-replaced', foundEventId: second.eventId });
      expect(offline.code).toBe(1);
      expect(offline.out).toContain(`first bad event: ${first.eventId} at position ${first.globalPosition}`);
    });

    it('leaves the untouched provinces verifiable', async () => {
      expect((await get(admin, PT, '/verification')).json()).toMatchObject({ valid: true });
      expect((await verifyOffline(PT)).code).toBe(0);
    });
  });
});
