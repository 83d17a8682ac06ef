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
import { compareLogOrder, loggedEventLeafHash, type BadEvent, type Finding, type LoggedEvent, type LoggedLeaf, type LogVerdict, type LogVerificationInput } from './log-records.js';
import { appendLeaf, EMPTY_TREE, emptyRoot, hashToBase64, sameHash, treeRoot, type Hash, type StoredNode, type TreeState } from './merkle.js';

export * from './log-records.js';
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
