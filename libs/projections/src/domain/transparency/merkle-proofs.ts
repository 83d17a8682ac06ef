// Proof generation for the transparency log's tree (RFC 6962 §2.1.1, §2.1.2) from stored perfect-subtree hashes:
// a proof is first *planned* (which perfect subtrees, at (level, index), each proof hash is made of), so a
// database-backed store can fetch them in one query, then *resolved*; `hashAtFromLeaves` serves the same from an
// array of leaf hashes.
import { ValidationFailed } from '@bcd/kernel';
import { foldRight, nodeHash, perfectSubtrees, requireHash, requireSize, splitPoint, type Hash, type HashAt, type NodeId } from './merkle-tree.js';
// ---------------------------------------------------------------------------------------------------------
// Proof generation

/** A proof planned: per proof hash, the perfect subtrees (largest first) whose right fold it is. */
export type ProofPlan = readonly (readonly NodeId[])[];

/** PATH(m, D[n]) of RFC 6962 §2.1.1 as a plan: the sibling subtrees from the leaf up to the root's child. */
export function inclusionProofPlan(index: number, size: number): ProofPlan {
  requireSize(index, 'index');
  requireSize(size, 'size');
  if (index >= size) throw new ValidationFailed([{ path: 'index', message: `leaf ${index} is not in a tree of ${size}` }]);
  const topDown: NodeId[][] = [];
  let start = 0;
  let n = size;
  let m = index;
  while (n > 1) {
    const k = splitPoint(n);
    if (m < k) {
      topDown.push(perfectSubtrees(start + k, start + n));
      n = k;
    } else {
      topDown.push(perfectSubtrees(start, start + k));
      start += k;
      m -= k;
      n -= k;
    }
  }
  return topDown.reverse();
}

/**
 * PROOF(m, D[n]) of RFC 6962 §2.1.2 as a plan, for 0 < m ≤ n (empty when m = n). From the empty tree there is
 * no proof to give: every tree extends it (and verifiers refuse one, see verifyConsistency).
 */
export function consistencyProofPlan(size1: number, size2: number): ProofPlan {
  requireSize(size1, 'size1');
  requireSize(size2, 'size2');
  if (size1 === 0 || size1 > size2) {
    throw new ValidationFailed([{ path: 'size1', message: `no consistency proof from ${size1} to ${size2}: need 0 < size1 ≤ size2` }]);
  }
  const topDown: NodeId[][] = [];
  let start = 0;
  let m = size1;
  let n = size2;
  let wholeSubtreeKnown = true; // the b of SUBPROOF: the old tree's root is this very subtree
  while (m !== n) {
    const k = splitPoint(n);
    if (m <= k) {
      topDown.push(perfectSubtrees(start + k, start + n));
      n = k;
    } else {
      topDown.push(perfectSubtrees(start, start + k));
      start += k;
      m -= k;
      n -= k;
      wholeSubtreeKnown = false;
    }
  }
  if (!wholeSubtreeKnown) topDown.push(perfectSubtrees(start, start + n));
  return topDown.reverse();
}

/** Every node a plan reads, each once: what a store fetches before resolving it. */
export function nodesOf(plan: ProofPlan): NodeId[] {
  const seen = new Map<string, NodeId>();
  for (const step of plan) for (const node of step) seen.set(`${node.level}/${node.index}`, node);
  return [...seen.values()];
}

/** The proof hashes of a plan, reading the stored subtree hashes. */
export function resolveProof(plan: ProofPlan, hashAt: HashAt): Hash[] {
  return plan.map((step) => foldRight(step.map(({ level, index }) => hashAt(level, index))));
}

/** The inclusion proof of leaf `index` in the tree of `size` leaves. */
export function inclusionProof(index: number, size: number, hashAt: HashAt): Hash[] {
  return resolveProof(inclusionProofPlan(index, size), hashAt);
}

/** The consistency proof from the tree of `size1` leaves to the tree of `size2` leaves (0 < size1 ≤ size2). */
export function consistencyProof(size1: number, size2: number, hashAt: HashAt): Hash[] {
  return resolveProof(consistencyProofPlan(size1, size2), hashAt);
}

/**
 * A HashAt over leaf hashes held in memory: every perfect subtree hashed once, up front (O(n)). For tests,
 * exports and small logs; a database-backed log serves the nodes `appendLeaf` reported instead.
 */
export function hashAtFromLeaves(leafHashes: readonly Hash[]): HashAt {
  leafHashes.forEach((hash, i) => requireHash(hash, `leafHashes.${i}`));
  const levels: Hash[][] = [leafHashes.slice()];
  for (let below = levels[0]; below.length > 1; ) {
    const level: Hash[] = [];
    for (let i = 0; i + 1 < below.length; i += 2) level.push(nodeHash(below[i], below[i + 1]));
    levels.push(level);
    below = level;
  }
  return (level, index) => {
    const hash = levels[level]?.[index];
    if (hash === undefined) throw new ValidationFailed([{ path: 'node', message: `no perfect subtree at level ${level}, index ${index}` }]);
    return hash;
  };
}

