// Verifying a tenant's log against its events, the same way on the server (the events table, the stored
// leaves, nodes and signed checkpoints) and offline (an exported bundle and the log's verifier key):
//
// 1. every signed checkpoint must open with the log's verifier key (signed-note, origin);
// 2. the events (in log order: transaction id, then global position) and the stored leaves are walked in
//    step, matched by their place in the log. An event whose recomputed leaf is not the stored one was
//    changed; a leaf with no event at its place names an event deleted (or moved); another event at a
//    leaf's place is a reorder or a replacement; an event with no leaf was slipped in;
// 3. the tree rebuilt from the recomputed leaves must have, at each signed size, the signed root: this
//    trusts nothing but the verifier key, so it also catches an event changed together with its stored
//    leaf (the change then lies between the last matching checkpoint and the first that does not);
// 4. the tree of the stored leaves must have the same roots, and (on the server) its perfect subtrees must
//    be the stored nodes that proofs are served from, and its compact state the stored one.
//
// Pure: the caller streams events and leaves (async iterables, in log order) and checks stored nodes
// through a callback. Memory stays O(log n) plus the checkpoints.
import { openCheckpoint } from './checkpoint.js';
import { eventLeafHash } from './leaf.js';
import { appendLeaf, EMPTY_TREE, emptyRoot, hashToBase64, sameHash, treeRoot, type Hash, type NodeId, type StoredNode, type TreeState } from './merkle.js';
import type { NoteVerifier } from './note.js';

/**
 * An event as stored, in the form its leaf commits to: the events table's row (data as stored, before any
 * upcasting), or a bundle's `event` line. Positions and transaction ids are decimal strings (bigints).
 */
export interface LoggedEvent {
  readonly tenant: string;
  readonly position: string;
  readonly transactionId: string;
  readonly eventId: string;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly type: string;
  /** ISO 8601 in UTC with milliseconds, as the leaf writes it. */
  readonly recordedAt: string;
  readonly data: unknown;
}

/** A stored leaf: its index in the tenant's log, the event it was made from, and its Merkle leaf hash. */
export interface LoggedLeaf {
  readonly index: number;
  readonly position: string;
  readonly transactionId: string;
  readonly eventId: string;
  readonly hash: Hash;
}

/** A signed checkpoint as stored or exported: the size it claims (an index) and the signed note, verbatim. */
export interface SignedCheckpointRecord {
  readonly size: number;
  readonly note: string;
}

/** The Merkle leaf hash of a stored event (ValidationFailed or SyntaxError for one that cannot be a leaf). */
export function loggedEventLeafHash(event: LoggedEvent): Hash {
  return eventLeafHash({
    tenantId: event.tenant,
    globalPosition: BigInt(event.position),
    eventId: event.eventId,
    streamId: event.streamId,
    streamVersion: event.streamVersion,
    type: event.type,
    recordedAt: new Date(event.recordedAt),
    data: event.data,
  });
}

/** Log order: transaction id, then global position (the order the projection appended in). */
export function compareLogOrder(a: { transactionId: string; position: string }, b: { transactionId: string; position: string }): number {
  const tx = BigInt(a.transactionId) - BigInt(b.transactionId);
  if (tx !== 0n) return tx < 0n ? -1 : 1;
  const position = BigInt(a.position) - BigInt(b.position);
  return position === 0n ? 0 : position < 0n ? -1 : 1;
}

export const FINDING_KINDS = [
  /** The event's leaf, recomputed, is not the leaf logged for it: its content changed (or its leaf did). */
  'event-changed',
  /** A leaf with no event at its place: the event was deleted, or moved elsewhere in the log order. */
  'event-missing',
  /** Another event stands at a logged event's place: events reordered or replaced. */
  'event-replaced',
  /** An event the log never held, among logged ones: slipped in. */
  'event-unlogged',
  /** An event that cannot be read as a leaf (a malformed row or line). */
  'event-unreadable',
  /** Stored leaves not numbered 0, 1, 2, … in log order. */
  'leaf-out-of-order',
  /** A checkpoint whose signature, origin or text does not verify with the log's key. */
  'checkpoint-invalid',
  /** The events' tree does not have the signed root at the signed size. */
  'checkpoint-mismatch',
  /** The log signed a size beyond the events (or leaves) there are. */
  'checkpoint-beyond-log',
  /** The stored leaves' tree does not have the signed root at the signed size. */
  'leaves-mismatch',
  /** A stored node (a perfect subtree, served in proofs) that is not the hash of its leaves. */
  'node-mismatch',
  /** The stored compact tree state (what the log appends to) is not its leaves' tree. */
  'tree-state-mismatch',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** One thing found wrong. */
export interface Finding {
  readonly kind: FindingKind;
  readonly detail: string;
  /** The leaf's index in the log, for findings about a logged event. */
  readonly leafIndex?: number;
  readonly position?: string;
  readonly eventId?: string;
  /** For event-replaced: the event found at the logged one's place. */
  readonly foundEventId?: string;
  /** For checkpoint findings: the signed size. */
  readonly size?: number;
  /** For node-mismatch. */
  readonly level?: number;
  readonly index?: number;
}

/** The first event the verification blames, in log order. */
export interface BadEvent {
  readonly problem: FindingKind;
  readonly detail: string;
  /** Its index in the log (null for an event the log never held). */
  readonly leafIndex: number | null;
  readonly position: string;
  readonly eventId: string;
}

export interface LogVerdict {
  readonly valid: boolean;
  readonly tenant: string;
  readonly origin: string;
  /** Stored (or exported) leaves read. */
  readonly leaves: number;
  /** Events read. */
  readonly events: number;
  readonly checkpoints: {
    readonly total: number;
    /** Signed by the log's key and matching the events. */
    readonly verified: number;
    /** The largest checkpoint that opened with the key: its size and base64 root. */
    readonly latest: { readonly size: number; readonly rootHash: string } | null;
  };
  readonly firstBadEvent: BadEvent | null;
  /** The first findings, in the order found. */
  readonly findings: readonly Finding[];
  /** How many more findings there were. */
  readonly moreFindings: number;
}

/** A stored node that does not hold the hash the leaves give it. */
export interface NodeProblem extends NodeId {
  readonly stored: Hash | null;
}

export interface LogVerificationInput {
  readonly tenant: string;
  readonly origin: string;
  readonly verifiers: readonly NoteVerifier[];
  readonly checkpoints: readonly SignedCheckpointRecord[];
  /** The stored leaves, by index. */
  readonly leaves: AsyncIterable<LoggedLeaf> | Iterable<LoggedLeaf>;
  /** The tenant's events in log order, up to the last logged one. */
  readonly events: AsyncIterable<LoggedEvent> | Iterable<LoggedEvent>;
  /**
   * Checks perfect subtrees above the leaves (level ≥ 1) against the stored nodes and answers those that
   * differ or are missing. Called with up to `nodeBatch` nodes at a time; absent: nodes are not checked.
   */
  readonly checkNodes?: (expected: readonly StoredNode[]) => Promise<readonly NodeProblem[]>;
  /** The stored compact state, compared with the stored leaves' tree at the end; absent: not checked. */
  readonly treeState?: TreeState;
  /** Findings kept in the verdict (default 100); the rest are counted. */
  readonly maxFindings?: number;
}

/** Leaf hash appended for an event that cannot be read: not a leaf anyone can have logged (all 0xff). */
const UNREADABLE_LEAF: Hash = new Uint8Array(32).fill(0xff);
const NODE_BATCH = 2048;

function short(hash: Hash): string {
  return hashToBase64(hash);
}

/** Verifies a tenant's log (see the top of this file). */
export async function verifyLog(input: LogVerificationInput): Promise<LogVerdict> {
  const maxFindings = input.maxFindings ?? 100;
  const findings: Finding[] = [];
  let moreFindings = 0;
  let firstBadEvent: BadEvent | null = null;
  const found = (finding: Finding): void => {
    if (findings.length < maxFindings) findings.push(finding);
    else moreFindings++;
    if (firstBadEvent === null && finding.eventId !== undefined && finding.position !== undefined && finding.kind.startsWith('event-')) {
      firstBadEvent = { problem: finding.kind, detail: finding.detail, leafIndex: finding.leafIndex ?? null, position: finding.position, eventId: finding.eventId };
    }
  };

  // 1. The checkpoints that open with the key, by size (one root per size).
  const opened = new Map<number, Hash>();
  for (const record of input.checkpoints) {
    const verdict = openCheckpoint(record.note, input.origin, input.verifiers);
    if (!verdict.valid) {
      found({ kind: 'checkpoint-invalid', size: record.size, detail: `checkpoint of size ${record.size}: ${verdict.reason}` });
      continue;
    }
    const { size, rootHash } = verdict.checkpoint;
    if (size !== record.size) {
      found({ kind: 'checkpoint-invalid', size: record.size, detail: `stored as size ${record.size}, signed for size ${size}` });
      continue;
    }
    const other = opened.get(size);
    if (other !== undefined && !sameHash(other, rootHash)) {
      found({ kind: 'checkpoint-mismatch', size, detail: `two signed checkpoints of size ${size} with different roots: the log forked` });
      continue;
    }
    opened.set(size, rootHash);
  }
  const signed = [...opened].map(([size, rootHash]) => ({ size, rootHash })).sort((a, b) => a.size - b.size);
  const latest = signed.length > 0 ? signed[signed.length - 1] : undefined;
  let verifiedCheckpoints = 0;

  // 2.–4. Walk events and leaves in step, growing two trees: of the recomputed leaves and of the stored ones.
  let fromEvents: TreeState = EMPTY_TREE;
  let fromLeaves: TreeState = EMPTY_TREE;
  let nextForEvents = 0;
  let nextForLeaves = 0;
  let lastGoodSize = 0;
  let boundaryEvent: LoggedEvent | undefined; // the event at index lastGoodSize of the events' tree
  let events = 0;
  let leaves = 0;
  let pendingNodes: StoredNode[] = [];

  const skipEmpty = (next: number) => {
    let at = next;
    while (at < signed.length && signed[at].size === 0) {
      if (!sameHash(signed[at].rootHash, emptyRoot())) found({ kind: 'checkpoint-mismatch', size: 0, detail: 'a checkpoint of size 0 must have the empty tree’s root' });
      at++;
    }
    return at;
  };
  nextForEvents = skipEmpty(0);
  nextForLeaves = nextForEvents;

  const appendRecomputed = (event: LoggedEvent, hash: Hash): void => {
    if (fromEvents.size === lastGoodSize) boundaryEvent = event;
    fromEvents = appendLeaf(fromEvents, hash).state;
    while (nextForEvents < signed.length && signed[nextForEvents].size === fromEvents.size) {
      const checkpoint = signed[nextForEvents++];
      if (sameHash(treeRoot(fromEvents), checkpoint.rootHash)) {
        verifiedCheckpoints++;
        lastGoodSize = checkpoint.size;
      } else {
        const from = boundaryEvent;
        found({
          kind: 'checkpoint-mismatch',
          size: checkpoint.size,
          detail: `the events do not have the root signed for size ${checkpoint.size} (${short(checkpoint.rootHash)}): an event among leaves ${lastGoodSize}…${checkpoint.size - 1} differs from what was logged`,
        });
        if (firstBadEvent === null && from !== undefined) {
          firstBadEvent = {
            problem: 'checkpoint-mismatch',
            detail: `the first event after the last checkpoint that matches (size ${lastGoodSize}); the change lies among leaves ${lastGoodSize}…${checkpoint.size - 1}`,
            leafIndex: lastGoodSize,
            position: from.position,
            eventId: from.eventId,
          };
        }
      }
    }
  };

  const flushNodes = async (): Promise<void> => {
    if (!input.checkNodes || pendingNodes.length === 0) return;
    const batch = pendingNodes;
    pendingNodes = [];
    for (const problem of await input.checkNodes(batch)) {
      found({
        kind: 'node-mismatch',
        level: problem.level,
        index: problem.index,
        detail: `stored node (level ${problem.level}, index ${problem.index}) over leaves ${problem.index * 2 ** problem.level}…${(problem.index + 1) * 2 ** problem.level - 1} ${problem.stored === null ? 'is missing' : 'is not the hash of its leaves'}`,
      });
    }
  };

  const appendStored = async (leaf: LoggedLeaf): Promise<void> => {
    if (leaf.index !== fromLeaves.size) {
      found({ kind: 'leaf-out-of-order', leafIndex: leaf.index, position: leaf.position, eventId: leaf.eventId, detail: `stored leaf ${leaf.index} found where leaf ${fromLeaves.size} belongs` });
    }
    const appended = appendLeaf(fromLeaves, leaf.hash);
    fromLeaves = appended.state;
    for (const node of appended.nodes) if (node.level > 0) pendingNodes.push(node);
    if (pendingNodes.length >= NODE_BATCH) await flushNodes();
    while (nextForLeaves < signed.length && signed[nextForLeaves].size === fromLeaves.size) {
      const checkpoint = signed[nextForLeaves++];
      if (!sameHash(treeRoot(fromLeaves), checkpoint.rootHash)) {
        found({ kind: 'leaves-mismatch', size: checkpoint.size, detail: `the stored leaves do not have the root signed for size ${checkpoint.size}` });
      }
    }
  };

  const recompute = (event: LoggedEvent): Hash | undefined => {
    try {
      if (event.tenant !== input.tenant) throw new Error(`it belongs to tenant ${event.tenant}`);
      return loggedEventLeafHash(event);
    } catch (error) {
      found({ kind: 'event-unreadable', position: String(event.position), eventId: String(event.eventId), detail: `event at position ${event.position} cannot be read as a leaf: ${(error as Error).message}` });
      return undefined;
    }
  };

  const leafIterator = iterate(input.leaves);
  const eventIterator = iterate(input.events);
  let leaf = await leafIterator.next();
  let event = await eventIterator.next();
  while (!leaf.done || !event.done) {
    const order = leaf.done ? 1 : event.done ? -1 : safeCompare(leaf.value, event.value);
    if (order < 0) {
      const logged = leaf.value as LoggedLeaf;
      found({
        kind: 'event-missing',
        leafIndex: logged.index,
        position: logged.position,
        eventId: logged.eventId,
        detail: `event ${logged.eventId} (leaf ${logged.index}, position ${logged.position}) is not at its place: deleted, or moved`,
      });
      await appendStored(logged);
      leaves++;
      leaf = await leafIterator.next();
    } else if (order > 0) {
      const stored = event.value as LoggedEvent;
      events++;
      const hash = recompute(stored);
      if (hash !== undefined) {
        found({ kind: 'event-unlogged', position: stored.position, eventId: stored.eventId, detail: `event ${stored.eventId} (position ${stored.position}) was never logged: slipped in among logged events` });
      }
      appendRecomputed(stored, hash ?? UNREADABLE_LEAF);
      event = await eventIterator.next();
    } else {
      const logged = leaf.value as LoggedLeaf;
      const stored = event.value as LoggedEvent;
      events++;
      leaves++;
      // The event's own finding first: it names the event more precisely than the checkpoint it spoils.
      const hash = recompute(stored);
      if (hash !== undefined) {
        if (stored.eventId !== logged.eventId) {
          found({
            kind: 'event-replaced',
            leafIndex: logged.index,
            position: logged.position,
            eventId: logged.eventId,
            foundEventId: stored.eventId,
            detail: `leaf ${logged.index} (position ${logged.position}) logged event ${logged.eventId}; event ${stored.eventId} stands there now: events reordered or replaced`,
          });
        } else if (!sameHash(hash, logged.hash)) {
          found({
            kind: 'event-changed',
            leafIndex: logged.index,
            position: logged.position,
            eventId: logged.eventId,
            detail: `event ${logged.eventId} (leaf ${logged.index}, position ${logged.position}) is not what was logged: its leaf hashes to ${short(hash)}, the log holds ${short(logged.hash)}`,
          });
        }
      }
      appendRecomputed(stored, hash ?? UNREADABLE_LEAF);
      await appendStored(logged);
      leaf = await leafIterator.next();
      event = await eventIterator.next();
    }
  }
  await flushNodes();

  for (; nextForEvents < signed.length; nextForEvents++) {
    const { size } = signed[nextForEvents];
    found({ kind: 'checkpoint-beyond-log', size, detail: `the log signed size ${size}; the events make ${fromEvents.size} leaves` });
  }
  for (; nextForLeaves < signed.length; nextForLeaves++) {
    const { size } = signed[nextForLeaves];
    found({ kind: 'checkpoint-beyond-log', size, detail: `the log signed size ${size}; ${fromLeaves.size} leaves are stored` });
  }
  if (input.treeState !== undefined) {
    const state = input.treeState;
    const same = state.size === fromLeaves.size && state.hashes.length === fromLeaves.hashes.length && state.hashes.every((hash, i) => sameHash(hash, fromLeaves.hashes[i]));
    if (!same) found({ kind: 'tree-state-mismatch', size: state.size, detail: `the stored tree state (size ${state.size}) is not the tree of the ${fromLeaves.size} stored leaves` });
  }

  return {
    valid: findings.length === 0,
    tenant: input.tenant,
    origin: input.origin,
    leaves,
    events,
    checkpoints: {
      total: input.checkpoints.length,
      verified: verifiedCheckpoints,
      latest: latest === undefined ? null : { size: latest.size, rootHash: hashToBase64(latest.rootHash) },
    },
    firstBadEvent,
    findings,
    moreFindings,
  };
}

/** Log order, with malformed positions sorted first (their event is then reported, not thrown). */
function safeCompare(leaf: LoggedLeaf, event: LoggedEvent): number {
  try {
    return compareLogOrder(leaf, event);
  } catch {
    return 1;
  }
}

function iterate<T>(source: AsyncIterable<T> | Iterable<T>): AsyncIterator<T> | Iterator<T> {
  return Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]();
}
