// Given a log built the way the projection builds it (events → leaves → checkpoints signed after each batch),
// when it is tampered with, then the verification names the first bad event.
import { ed25519Signer, signNote } from '../../transparency/signer.js';
import { formatCheckpoint } from './checkpoint.js';
import { compareLogOrder, loggedEventLeafHash, verifyLog, type LoggedEvent, type LoggedLeaf, type SignedCheckpointRecord } from './log-verification.js';
import { appendLeaf, EMPTY_TREE, hashAtFromLeaves, perfectSubtrees, treeRoot, type StoredNode, type TreeState } from './merkle.js';
import { ed25519Verifier } from './note.js';

const TENANT = 'thanh-hoa';
const ORIGIN = 'bcd.example/thanh-hoa/events';
const signer = ed25519Signer(ORIGIN, new Uint8Array(32).fill(0x2a));
const verifiers = [ed25519Verifier(signer.verifierKey)];

function event(i: number, overrides: Partial<LoggedEvent> = {}): LoggedEvent {
  return {
    tenant: TENANT,
    position: String(100 + i * 3),
    transactionId: String(700 + i),
    eventId: `01950a00-0000-7000-8000-${String(i).padStart(12, '0')}`,
    streamId: `meeting-${i % 3}`,
    streamVersion: 1 + Math.floor(i / 3),
    type: 'meetings.MeetingScheduled',
    recordedAt: `2026-03-01T08:00:${String(i % 60).padStart(2, '0')}.123Z`,
    data: { title: `Phiên họp ${i}`, amount: String(i * 1000) },
    ...overrides,
  };
}

interface Log {
  events: LoggedEvent[];
  leaves: LoggedLeaf[];
  checkpoints: SignedCheckpointRecord[];
  nodes: Map<string, StoredNode>;
  state: TreeState;
}

/** n events, a checkpoint after each batch of `batch`. */
function buildLog(n: number, batch = 4): Log {
  const events = Array.from({ length: n }, (_, i) => event(i));
  const leaves: LoggedLeaf[] = [];
  const checkpoints: SignedCheckpointRecord[] = [];
  const nodes = new Map<string, StoredNode>();
  let state = EMPTY_TREE;
  events.forEach((e, i) => {
    const hash = loggedEventLeafHash(e);
    const appended = appendLeaf(state, hash);
    state = appended.state;
    for (const node of appended.nodes) nodes.set(`${node.level}/${node.index}`, node);
    leaves.push({ index: i, position: e.position, transactionId: e.transactionId, eventId: e.eventId, hash });
    if ((i + 1) % batch === 0 || i === n - 1) {
      checkpoints.push({ size: state.size, note: signNote(formatCheckpoint({ origin: ORIGIN, size: state.size, rootHash: treeRoot(state) }), signer) });
    }
  });
  return { events, leaves, checkpoints, nodes, state };
}

const verify = (log: Log, extra: Partial<Parameters<typeof verifyLog>[0]> = {}) =>
  verifyLog({ tenant: TENANT, origin: ORIGIN, verifiers, checkpoints: log.checkpoints, leaves: log.leaves, events: log.events, ...extra });

describe('verifying a log against its events', () => {
  it('passes an untouched log, with its stored nodes and tree state', async () => {
    const log = buildLog(11);
    const verdict = await verify(log, {
      checkNodes: async (expected) => expected.flatMap((n) => (log.nodes.get(`${n.level}/${n.index}`) ? [] : [{ level: n.level, index: n.index, stored: null }])),
      treeState: log.state,
    });
    expect(verdict).toMatchObject({ valid: true, leaves: 11, events: 11, checkpoints: { total: 3, verified: 3, latest: { size: 11 } }, firstBadEvent: null, findings: [] });
  });

  it('passes an empty log, and reads events and leaves from async iterables', async () => {
    async function* none<T>(): AsyncGenerator<T> {}
    expect(await verifyLog({ tenant: TENANT, origin: ORIGIN, verifiers, checkpoints: [], leaves: none(), events: none(), treeState: EMPTY_TREE })).toMatchObject({
      valid: true,
      checkpoints: { total: 0, latest: null },
    });
  });

  it('names an event whose data changed by one character', async () => {
    const log = buildLog(10);
    log.events[6] = { ...log.events[6], data: { title: 'Phiên họp 7', amount: '6000' } };
    const verdict = await verify(log);
    expect(verdict.valid).toBe(false);
    expect(verdict.firstBadEvent).toMatchObject({ problem: 'event-changed', leafIndex: 6, eventId: log.events[6].eventId, position: log.events[6].position });
    // the events' tree no longer has the signed roots from the checkpoint that covers it
    expect(verdict.findings.filter((f) => f.kind === 'checkpoint-mismatch').map((f) => f.size)).toEqual([8, 10]);
  });

  it('names the event, not the checkpoint it spoils, when it is the last of its batch', async () => {
    const log = buildLog(8);
    log.events[7] = { ...log.events[7], data: { title: 'Phiên họp 7', amount: '7001' } };
    const verdict = await verify(log);
    expect(verdict.firstBadEvent).toMatchObject({ problem: 'event-changed', leafIndex: 7, eventId: log.events[7].eventId });
    expect(verdict.findings.map((f) => f.kind)).toEqual(['event-changed', 'checkpoint-mismatch']);
  });

  it.each([
    ['type', { type: 'meetings.MeetingCancelled' }],
    ['stream version', { streamVersion: 99 }],
    ['recording instant', { recordedAt: '2026-03-01T08:00:06.124Z' }],
    ['stream', { streamId: 'meeting-9' }],
  ])('names an event whose %s changed', async (_what, change) => {
    const log = buildLog(8);
    log.events[6] = { ...log.events[6], ...change };
    expect((await verify(log)).firstBadEvent).toMatchObject({ problem: 'event-changed', eventId: log.events[6].eventId });
  });

  it('names a deleted event', async () => {
    const log = buildLog(10);
    const [deleted] = log.events.splice(3, 1);
    const verdict = await verify(log);
    expect(verdict.firstBadEvent).toMatchObject({ problem: 'event-missing', leafIndex: 3, eventId: deleted.eventId, position: deleted.position });
    expect(verdict.findings.map((f) => f.kind)).toEqual(['event-missing', 'checkpoint-mismatch', 'checkpoint-mismatch', 'checkpoint-beyond-log']);
  });

  it('names the first of two events whose contents were swapped (a reorder)', async () => {
    const log = buildLog(10);
    const place = (e: LoggedEvent) => ({ position: e.position, transactionId: e.transactionId });
    const [a, b] = [log.events[2], log.events[5]];
    log.events[2] = { ...b, ...place(a) };
    log.events[5] = { ...a, ...place(b) };
    const verdict = await verify(log);
    expect(verdict.firstBadEvent).toMatchObject({ problem: 'event-replaced', leafIndex: 2, eventId: a.eventId });
    expect(verdict.findings[0]).toMatchObject({ kind: 'event-replaced', foundEventId: b.eventId });
    expect(verdict.findings.filter((f) => f.kind === 'event-replaced').map((f) => f.leafIndex)).toEqual([2, 5]);

    // the first of them the last of its batch
    const other = buildLog(8);
    const [c, d] = [other.events[3], other.events[6]];
    other.events[3] = { ...d, ...place(c) };
    other.events[6] = { ...c, ...place(d) };
    expect((await verify(other)).firstBadEvent).toMatchObject({ problem: 'event-replaced', leafIndex: 3, eventId: c.eventId });
  });

  it('names an event slipped in among logged ones', async () => {
    const log = buildLog(6);
    const forged = event(50, { position: '104', transactionId: '701' }); // between events 1 and 2 in log order
    log.events.splice(2, 0, forged);
    expect(compareLogOrder(forged, log.events[1])).toBe(1);
    const verdict = await verify(log);
    expect(verdict.firstBadEvent).toMatchObject({ problem: 'event-unlogged', leafIndex: null, eventId: forged.eventId });
  });

  it('finds an event changed together with its stored leaf through the signed roots, naming where the change begins', async () => {
    const log = buildLog(12);
    const changed = { ...log.events[9], data: { title: 'sửa', amount: '0' } };
    log.events[9] = changed;
    log.leaves[9] = { ...log.leaves[9], hash: loggedEventLeafHash(changed) };
    const verdict = await verify(log);
    expect(verdict.valid).toBe(false);
    expect(verdict.firstBadEvent).toMatchObject({ problem: 'checkpoint-mismatch', leafIndex: 8, eventId: log.events[8].eventId });
    expect(verdict.findings.map((f) => [f.kind, f.size])).toEqual([
      ['checkpoint-mismatch', 12],
      ['leaves-mismatch', 12],
    ]);
  });

  it('tells a changed leaf from a changed event: the events still give the signed roots', async () => {
    const log = buildLog(8);
    log.leaves[1] = { ...log.leaves[1], hash: new Uint8Array(32) };
    const verdict = await verify(log);
    expect(verdict.findings.map((f) => f.kind)).toEqual(['event-changed', 'leaves-mismatch', 'leaves-mismatch']);
    expect(verdict.checkpoints.verified).toBe(2);
  });

  it('refuses checkpoints not signed by the log\'s key, and a fork (two roots for one size)', async () => {
    const log = buildLog(8);
    const stranger = ed25519Signer(ORIGIN, new Uint8Array(32).fill(7));
    const forged = signNote(formatCheckpoint({ origin: ORIGIN, size: 8, rootHash: new Uint8Array(32) }), stranger);
    const fork = signNote(formatCheckpoint({ origin: ORIGIN, size: 4, rootHash: new Uint8Array(32).fill(1) }), signer);
    const verdict = await verify({ ...log, checkpoints: [...log.checkpoints, { size: 8, note: forged }, { size: 4, note: fork }] });
    expect(verdict.findings.map((f) => [f.kind, f.size])).toEqual([
      ['checkpoint-invalid', 8],
      ['checkpoint-mismatch', 4],
    ]);
    expect(verdict.findings[0].detail).toContain('no signature by a known key');
  });

  it('reports a checkpoint beyond the events and stored nodes or a tree state that are not the leaves\' tree', async () => {
    const log = buildLog(9);
    const leafHashes = log.leaves.map((l) => l.hash);
    const hashAt = hashAtFromLeaves(leafHashes);
    const verdict = await verify(
      { ...log, events: log.events.slice(0, 8), leaves: log.leaves.slice(0, 8) },
      {
        checkNodes: async (expected) => expected.filter((n) => n.level === 2 && n.index === 1).map((n) => ({ level: n.level, index: n.index, stored: hashAt(0, 0) })),
        treeState: { size: 9, hashes: perfectSubtrees(0, 9).map((n) => hashAt(n.level, n.index)) },
      },
    );
    expect(verdict.findings.map((f) => f.kind)).toEqual(['node-mismatch', 'checkpoint-beyond-log', 'checkpoint-beyond-log', 'tree-state-mismatch']);
    expect(verdict.findings[0].detail).toBe('stored node (level 2, index 1) over leaves 4…7 is not the hash of its leaves');
  });

  it('reports an event that is no leaf (another tenant\'s, a malformed position) and keeps the findings it was asked to keep', async () => {
    const log = buildLog(6);
    log.events[1] = { ...log.events[1], tenant: 'phu-tho' };
    const verdict = await verify(log, { maxFindings: 1 });
    expect(verdict.findings).toHaveLength(1);
    expect(verdict.findings[0]).toMatchObject({ kind: 'event-unreadable', eventId: log.events[1].eventId });
    expect(verdict.moreFindings).toBeGreaterThan(0);

    const malformed = buildLog(3);
    malformed.events[1] = { ...malformed.events[1], position: 'x' };
    const second = await verify(malformed);
    expect(second.firstBadEvent).toMatchObject({ problem: 'event-unreadable', eventId: malformed.events[1].eventId });
    expect(second.findings[0].detail).toMatch(/^event at position x cannot be read as a leaf/);
  });
});
