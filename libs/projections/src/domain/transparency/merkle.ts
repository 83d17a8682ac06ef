// The Merkle tree of a tenant's transparency log, hashed as RFC 6962 §2.1 (the C2SP tlog trees):
// leaf = SHA-256(0x00 ‖ entry), node = SHA-256(0x01 ‖ left ‖ right), empty tree = SHA-256("").
//
// Three parts, each usable alone:
// - the compact append-only state: the hashes of the perfect subtrees that make up the tree (one per set bit
//   of the size, largest first), O(log n) hashes to store and O(log n) work per appended leaf; every append
//   also reports the perfect-subtree hashes it completed, so a store can keep them all and serve proofs;
// - proof generation from those stored hashes: a proof is first *planned* (which perfect subtrees, at
//   (level, index), each proof hash is made of), so a database-backed store can fetch them in one query and
//   then *resolve* the plan; `hashAtFromLeaves` serves the same from an array of leaf hashes;
// - verification of inclusion and consistency proofs, the algorithms of RFC 9162 §2.1.3.2 and §2.1.4.2,
//   tested against the transparency-dev vectors (../shared/testdata/rfc6962-vectors).
//
// Tree sizes and indices are JavaScript numbers (safe integers) where we build trees; the verifiers take
// bigints too, so any uint64 a foreign proof carries is judged exactly.
import { createHash } from 'node:crypto';
import { ValidationFailed } from '@bcd/kernel';

/** Bytes in a SHA-256 hash. */
export const HASH_SIZE = 32;

/** A SHA-256 hash (32 bytes). */
export type Hash = Uint8Array;

const LEAF_PREFIX = Uint8Array.of(0x00);
const NODE_PREFIX = Uint8Array.of(0x01);

/** MTH({d}) = SHA-256(0x00 ‖ d): the hash of one log entry. */
export function leafHash(entry: Uint8Array): Hash {
  return createHash('sha256').update(LEAF_PREFIX).update(entry).digest();
}

/** SHA-256(0x01 ‖ left ‖ right): the hash of an interior node. */
export function nodeHash(left: Hash, right: Hash): Hash {
  return createHash('sha256').update(NODE_PREFIX).update(left).update(right).digest();
}

/** MTH({}) = SHA-256(""): the root of the empty tree (a fresh copy each call). */
export function emptyRoot(): Hash {
  return createHash('sha256').digest();
}

/** Byte equality of two hashes (of any length). */
export function sameHash(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function hashToBase64(hash: Hash): string {
  return Buffer.from(hash.buffer, hash.byteOffset, hash.byteLength).toString('base64');
}

/** A SHA-256 hash from standard base64 (RFC 4648 §4, padded); undefined unless exactly 32 bytes. */
export function hashFromBase64(text: string): Hash | undefined {
  const bytes = decodeBase64(text);
  return bytes !== undefined && bytes.length === HASH_SIZE ? bytes : undefined;
}

/** Strict standard base64 (padded, canonical); undefined for anything else. */
export function decodeBase64(text: string): Uint8Array | undefined {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64');
  // Buffer's decoder is lenient: accept only what encodes back to the same text.
  return bytes.toString('base64') === text ? new Uint8Array(bytes) : undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Tree geometry

/**
 * A perfect subtree: the 2^level leaves from index·2^level. Level 0 is a leaf; a store keeps one hash per
 * node (at most 2n − 1 of them for n leaves).
 */
export interface NodeId {
  readonly level: number;
  readonly index: number;
}

/** A stored node: its place and its hash. */
export interface StoredNode extends NodeId {
  readonly hash: Hash;
}

/** Reads the hash of a stored perfect subtree. */
export type HashAt = (level: number, index: number) => Hash;

function requireSize(value: number, path: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new ValidationFailed([{ path, message: `must be a non-negative safe integer, got ${value}` }]);
  }
}

function requireHash(hash: Uint8Array, path: string): void {
  if (!(hash instanceof Uint8Array) || hash.length !== HASH_SIZE) {
    throw new ValidationFailed([{ path, message: `must be a ${HASH_SIZE}-byte hash` }]);
  }
}

/** The k of RFC 6962 §2.1: the largest power of two smaller than n (n > 1). */
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * The perfect subtrees whose right-to-left fold is MTH(D[start:end]) in the RFC 6962 tree: largest first.
 * `start` is a multiple of the power of two at or above end − start, as every subtree of the tree is.
 */
export function perfectSubtrees(start: number, end: number): NodeId[] {
  const nodes: NodeId[] = [];
  let at = start;
  while (at < end) {
    let width = 1;
    let level = 0;
    while (at % (width * 2) === 0 && at + width * 2 <= end) {
      width *= 2;
      level++;
    }
    nodes.push({ level, index: at / width });
    at += width;
  }
  return nodes;
}

/** Right-to-left fold of perfect-subtree hashes: the hash of the subtree they make up. */
function foldRight(hashes: readonly Hash[]): Hash {
  let hash = hashes[hashes.length - 1];
  for (let i = hashes.length - 2; i >= 0; i--) hash = nodeHash(hashes[i], hash);
  return hash;
}

// ---------------------------------------------------------------------------------------------------------
// The compact append-only state

/**
 * A tree as the hashes of its perfect subtrees, largest (leftmost) first: one per set bit of `size`. This is
 * all a log needs to append and to compute its root; a projection stores it with its checkpoint.
 */
export interface TreeState {
  readonly size: number;
  readonly hashes: readonly Hash[];
}

export const EMPTY_TREE: TreeState = Object.freeze({ size: 0, hashes: Object.freeze([]) as readonly Hash[] });

/** What an append produced: the new state, the leaf's index and every perfect subtree it completed (leaf first). */
export interface Appended {
  readonly state: TreeState;
  readonly index: number;
  readonly nodes: readonly StoredNode[];
}

/** Appends one leaf hash: O(log n) hashing; the completed subtrees are the nodes a store keeps. */
export function appendLeaf(state: TreeState, leaf: Hash): Appended {
  requireHash(leaf, 'leafHash');
  if (!Number.isSafeInteger(state.size + 1)) {
    throw new ValidationFailed([{ path: 'state.size', message: 'the tree is full (2^53 − 1 leaves)' }]);
  }
  const hashes = state.hashes.slice();
  const nodes: StoredNode[] = [{ level: 0, index: state.size, hash: leaf }];
  let hash = leaf;
  let index = state.size;
  let level = 0;
  // Each set low bit of the old size is a perfect subtree of the current level waiting for its right sibling.
  while (index % 2 === 1) {
    const left = hashes.pop();
    if (left === undefined) throw new ValidationFailed([{ path: 'state', message: 'hashes do not match the size' }]);
    hash = nodeHash(left, hash);
    index = (index - 1) / 2;
    level++;
    nodes.push({ level, index, hash });
  }
  hashes.push(hash);
  return { state: { size: state.size + 1, hashes }, index: state.size, nodes };
}

/** MTH of the tree the state stands for. */
export function treeRoot(state: TreeState): Hash {
  return state.hashes.length === 0 ? emptyRoot() : foldRight(state.hashes);
}

/** The state of the tree's first `size` leaves, read from stored nodes (to resume or to root an old size). */
export function treeStateAt(size: number, hashAt: HashAt): TreeState {
  requireSize(size, 'size');
  return { size, hashes: perfectSubtrees(0, size).map(({ level, index }) => hashAt(level, index)) };
}

/** MTH(D[size]) read from stored nodes. */
export function rootAt(size: number, hashAt: HashAt): Hash {
  return treeRoot(treeStateAt(size, hashAt));
}

/** The JSON form of a TreeState: `{"size": n, "hashes": [base64, …]}`. */
export interface TreeStateJson {
  size: number;
  hashes: string[];
}

export function serializeTreeState(state: TreeState): TreeStateJson {
  return { size: state.size, hashes: state.hashes.map(hashToBase64) };
}

function bitCount(n: number): number {
  let count = 0;
  for (let rest = n; rest > 0; rest = Math.floor(rest / 2)) count += rest % 2;
  return count;
}

/** Reads a serialised TreeState back; ValidationFailed unless the hashes are one per set bit of the size. */
export function parseTreeState(json: unknown): TreeState {
  const value = json as Partial<TreeStateJson> | null;
  if (value === null || typeof value !== 'object' || typeof value.size !== 'number' || !Array.isArray(value.hashes)) {
    throw new ValidationFailed([{ path: 'treeState', message: 'must be {"size": number, "hashes": string[]}' }]);
  }
  requireSize(value.size, 'treeState.size');
  if (value.hashes.length !== bitCount(value.size)) {
    throw new ValidationFailed([{ path: 'treeState.hashes', message: `a tree of ${value.size} leaves has ${bitCount(value.size)} subtree hashes` }]);
  }
  const hashes = value.hashes.map((text, i) => {
    const hash = typeof text === 'string' ? hashFromBase64(text) : undefined;
    if (hash === undefined) throw new ValidationFailed([{ path: `treeState.hashes.${i}`, message: 'must be a base64 SHA-256 hash' }]);
    return hash;
  });
  return { size: value.size, hashes };
}

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

// ---------------------------------------------------------------------------------------------------------
// Verification (RFC 9162 §2.1.3.2 and §2.1.4.2)

/** The outcome of a verification: valid, or why not. */
export type Verdict = { readonly valid: true } | { readonly valid: false; readonly reason: string };

const VALID: Verdict = Object.freeze({ valid: true });
const invalid = (reason: string): Verdict => ({ valid: false, reason });

const UINT64_MAX = (1n << 64n) - 1n;

/** A tree size or index as a uint64 bigint; undefined if it is not one. */
function toUint64(value: bigint | number): bigint | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? BigInt(value) : undefined;
  return typeof value === 'bigint' && value >= 0n && value <= UINT64_MAX ? value : undefined;
}

export interface InclusionClaim {
  /** The leaf's zero-based index. */
  readonly index: bigint | number;
  /** The tree size the root belongs to. */
  readonly size: bigint | number;
  readonly leafHash: Hash;
  readonly proof: readonly Hash[];
  readonly root: Hash;
}

/** RFC 9162 §2.1.3.2: is `leafHash` the leaf at `index` of the tree of `size` leaves whose root is `root`? */
export function verifyInclusion(claim: InclusionClaim): Verdict {
  const index = toUint64(claim.index);
  const size = toUint64(claim.size);
  if (index === undefined || size === undefined) return invalid('index and size must be uint64');
  if (index >= size) return invalid(`index ${index} is not below the tree size ${size}`);
  if (claim.leafHash.length !== HASH_SIZE) return invalid(`the leaf hash has ${claim.leafHash.length} bytes, not ${HASH_SIZE}`);
  if (claim.proof.some((hash) => hash.length !== HASH_SIZE)) return invalid(`a proof hash is not ${HASH_SIZE} bytes`);
  let fn = index;
  let sn = size - 1n;
  let r = claim.leafHash;
  for (const p of claim.proof) {
    if (sn === 0n) return invalid('the proof is too long');
    if ((fn & 1n) === 1n || fn === sn) {
      r = nodeHash(p, r);
      if ((fn & 1n) === 0n) {
        while ((fn & 1n) === 0n && fn !== 0n) {
          fn >>= 1n;
          sn >>= 1n;
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn >>= 1n;
    sn >>= 1n;
  }
  if (sn !== 0n) return invalid('the proof is too short');
  return sameHash(r, claim.root) ? VALID : invalid('the proof leads to another root');
}

export interface ConsistencyClaim {
  readonly size1: bigint | number;
  readonly size2: bigint | number;
  readonly root1: Hash;
  readonly root2: Hash;
  readonly proof: readonly Hash[];
}

/**
 * RFC 9162 §2.1.4.2: is the tree of `size1` leaves with root `root1` a prefix of the tree of `size2` leaves
 * with root `root2`? Equal sizes: the proof must be empty and the roots equal. Like transparency-dev/merkle
 * (whose vectors we pass), a proof from the empty tree (size1 = 0) is refused as meaningless: every tree
 * extends the empty one, there is nothing to prove and a caller must not ask.
 */
export function verifyConsistency(claim: ConsistencyClaim): Verdict {
  const size1 = toUint64(claim.size1);
  const size2 = toUint64(claim.size2);
  if (size1 === undefined || size2 === undefined) return invalid('sizes must be uint64');
  if (size1 > size2) return invalid(`size1 ${size1} is beyond size2 ${size2}`);
  if (size1 === 0n) return invalid('a consistency proof from the empty tree is meaningless');
  if (size1 === size2) {
    if (claim.proof.length > 0) return invalid('equal sizes take an empty proof');
    return sameHash(claim.root1, claim.root2) ? VALID : invalid('equal sizes but different roots');
  }
  if (claim.proof.length === 0) return invalid('the proof is empty');
  if (claim.root1.length !== HASH_SIZE || claim.root2.length !== HASH_SIZE) return invalid(`roots must be ${HASH_SIZE} bytes`);
  if (claim.proof.some((hash) => hash.length !== HASH_SIZE)) return invalid(`a proof hash is not ${HASH_SIZE} bytes`);

  // Step 2: a power-of-two old tree is itself a subtree of the new one: its root starts the path.
  const path = (size1 & (size1 - 1n)) === 0n ? [claim.root1, ...claim.proof] : claim.proof;
  let fn = size1 - 1n;
  let sn = size2 - 1n;
  while ((fn & 1n) === 1n) {
    fn >>= 1n;
    sn >>= 1n;
  }
  let fr = path[0];
  let sr = path[0];
  for (const c of path.slice(1)) {
    if (sn === 0n) return invalid('the proof is too long');
    if ((fn & 1n) === 1n || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if ((fn & 1n) === 0n) {
        while ((fn & 1n) === 0n && fn !== 0n) {
          fn >>= 1n;
          sn >>= 1n;
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn >>= 1n;
    sn >>= 1n;
  }
  if (sn !== 0n) return invalid('the proof is too short');
  if (!sameHash(fr, claim.root1)) return invalid('the proof does not lead to the old root');
  return sameHash(sr, claim.root2) ? VALID : invalid('the proof does not lead to the new root');
}
