// The projection that keeps every tenant's transparency log: each event, in global order, becomes the next
// leaf of its tenant's tree; after each batch, every tree that grew gets a signed checkpoint. Leaves, nodes,
// tree states and checkpoints are written in the batch's transaction, with the projection's checkpoint.
//
// - O(log n) per event: a batch loads each tenant's compact state once (one query), appends, and stores the
//   perfect subtrees each append completed.
// - Idempotent: a batch delivered again (a lost projection checkpoint, a rebuild from position 0) finds its
//   events' leaves (keyed by global position) and appends nothing twice.
// - The leaf commits to the event as stored: the row is read back from the events table (data as jsonb holds
//   it, no upcaster applied), so the verifier, which reads the same rows, recomputes the same leaf.
// - Never two inconsistent checkpoints: the last one signed under the tenant's origin is read back, verified
//   with the log's key, and the new tree must extend it (a consistency proof from the stored nodes, checked
//   by CheckpointSigner). Anything else throws: the batch rolls back, the projection retries and logs the
//   error, and the log stops growing rather than sign a fork (tampered tables, another key under the same name).
//   A tree not beyond the last signed size (being rebuilt) signs nothing; at that very size its root must match.
import type { RecordedEvent } from '@bcd/kernel';
import { PLATFORM_SCOPE, tenantScopeSql } from '@bcd/auth';
import type { ReadModelDefinition } from '@bcd/service-host';
import { assertConsistentSuccessor, openCheckpoint, type Checkpoint } from '../domain/transparency/checkpoint.js';
import { loggedEventLeafHash } from '../domain/transparency/log-verification.js';
import { appendLeaf, consistencyProofPlan, EMPTY_TREE, nodesOf, resolveProof, treeRoot, type Hash, type StoredNode, type TreeState } from '../domain/transparency/merkle.js';
import { projectionMigrations } from '../read-model/migrations.js';
import { CheckpointSigner } from './signer.js';
import type { TransparencyKeys } from './signing-key.js';
import {
  eventsAt,
  hashAtOf,
  insertCheckpoint,
  insertLeaves,
  insertNodes,
  lastCheckpoints,
  loggedPositions,
  nodeHashes,
  saveTreeStates,
  treeStates,
  type LeafRow,
  type Sql,
} from './transparency.store.js';

export const TRANSPARENCY_PROJECTION_ID = 'projections-transparency';

/** Appends a batch of events to their tenants' logs and signs the new checkpoints (see the top of this file). */
export async function appendToLogs(sql: Sql, keys: TransparencyKeys, events: readonly RecordedEvent[]): Promise<void> {
  if (events.length === 0) return;
  const logged = await loggedPositions(sql, events.map((e) => e.globalPosition.toString()));
  const fresh = events.filter((e) => !logged.has(e.globalPosition.toString()));
  if (fresh.length === 0) return;

  const stored = await eventsAt(sql, fresh.map((e) => e.globalPosition.toString()));
  const trees = await treeStates(sql, [...new Set(fresh.map((e) => e.tenantId))]);
  const grown = new Map<string, TreeState>();
  const leaves: LeafRow[] = [];
  const nodes: (StoredNode & { tenant: string })[] = [];
  for (const recorded of fresh) {
    const position = recorded.globalPosition.toString();
    const event = stored.get(position);
    if (event === undefined) throw new Error(`Event at position ${position} is not in the events table`);
    const hash = loggedEventLeafHash(event);
    const appended = appendLeaf(trees.get(event.tenant) ?? EMPTY_TREE, hash);
    trees.set(event.tenant, appended.state);
    grown.set(event.tenant, appended.state);
    leaves.push({ tenant: event.tenant, index: appended.index, position, transactionId: event.transactionId, eventId: event.eventId, hash });
    for (const node of appended.nodes) nodes.push({ tenant: event.tenant, ...node });
  }
  await insertLeaves(sql, leaves);
  await insertNodes(sql, nodes);
  await saveTreeStates(sql, grown);
  await signCheckpoints(sql, keys, grown);
}

/** Signs a checkpoint of each grown tree, refusing any that does not extend the last one signed. */
async function signCheckpoints(sql: Sql, keys: TransparencyKeys, trees: ReadonlyMap<string, TreeState>): Promise<void> {
  const logs = [...trees].map(([tenant, state]) => ({ tenant, origin: keys.originOf(tenant), state }));
  const last = await lastCheckpoints(sql, logs);
  for (const { tenant, origin, state } of logs) {
    let previous: Checkpoint | undefined;
    const stored = last.get(tenant);
    if (stored !== undefined) {
      const opened = openCheckpoint(stored.note, origin, [keys.verifierOf(tenant)]);
      if (!opened.valid) {
        throw new Error(`The last checkpoint of ${origin} (size ${stored.size}) does not verify with the log's key (${opened.reason}): no checkpoint signed`);
      }
      previous = opened.checkpoint;
    }
    const next: Checkpoint = { origin, size: state.size, rootHash: treeRoot(state) };
    if (previous !== undefined && next.size <= previous.size) {
      // A tree rebuilt from the events (a rebuild from position 0 keeps the signed checkpoints) has not reached
      // the last signed size yet: nothing to sign, and nothing to check it against until it does. Once it does,
      // its root must be the signed one.
      if (next.size === previous.size) assertConsistentSuccessor(previous, next, []);
      continue;
    }
    let proof: Hash[] = [];
    if (previous !== undefined && previous.size > 0) {
      const plan = consistencyProofPlan(previous.size, next.size);
      proof = resolveProof(plan, hashAtOf(await nodeHashes(sql, tenant, nodesOf(plan)), tenant));
    }
    const note = new CheckpointSigner(keys.signerOf(tenant), previous).sign(next, proof);
    await insertCheckpoint(sql, { tenant, origin, size: next.size, rootHash: next.rootHash, note });
  }
}

/** The read model of the transparency logs: every event of every context (typePrefix ''), never waited for. */
export function transparencyProjection(keys: TransparencyKeys): ReadModelDefinition {
  return {
    context: 'projections (transparency log)',
    projectionId: TRANSPARENCY_PROJECTION_ID,
    typePrefix: '',
    migrations: projectionMigrations('transparency'),
    // Rows of every tenant: platform access lets the writes through the RLS policies (set with the BEGIN).
    prelude: tenantScopeSql(PLATFORM_SCOPE),
    readYourWrites: false,
    // The signed checkpoints are evidence, not derived data: a rebuild from position 0 keeps them, rebuilds the
    // tree from the events (the same tree, leaf for leaf) and must reach the signed roots — a tampered event makes
    // the rebuild fail (TLOG-append-only) instead of signing the events as they are now.
    keep: ['projections_tlog_checkpoints'],
    apply: (tx, events) => appendToLogs(tx, keys, events),
  };
}
