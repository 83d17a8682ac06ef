// The Merkle tree of a tenant's transparency log, hashed as RFC 6962 §2.1 (the C2SP tlog trees):
// leaf = SHA-256(0x00 ‖ entry), node = SHA-256(0x01 ‖ left ‖ right), empty tree = SHA-256("").
// This part: the hashes, the perfect subtrees a tree is made of, and the compact append-only state — the hashes of
// the perfect subtrees of the tree (one per set bit of the size, largest first), O(log n) hashes to store and
// O(log n) work per appended leaf; every append also reports the perfect-subtree hashes it completed, so a store
// can keep them all and serve proofs (merkle-proofs.ts). Sizes and indices are safe-integer numbers here.
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

export function requireSize(value: number, path: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new ValidationFailed([{ path, message: `must be a non-negative safe integer, got ${value}` }]);
  }
}

export function requireHash(hash: Uint8Array, path: string): void {
  if (!(hash instanceof Uint8Array) || hash.length !== HASH_SIZE) {
    throw new ValidationFailed([{ path, message: `must be a ${HASH_SIZE}-byte hash` }]);
  }
}

/** The k of RFC 6962 §2.1: the largest power of two smaller than n (n > 1). */
export function splitPoint(n: number): number {
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
export function foldRight(hashes: readonly Hash[]): Hash {
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

