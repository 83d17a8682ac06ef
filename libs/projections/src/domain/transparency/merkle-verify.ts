// Verification of inclusion and consistency proofs, the algorithms of RFC 9162 §2.1.3.2 and §2.1.4.2, tested against
// the transparency-dev vectors (../shared/testdata/rfc6962-vectors). The verifiers take bigints too, so any uint64 a
// foreign proof carries is judged exactly.
import { HASH_SIZE, nodeHash, sameHash, type Hash } from './merkle-tree.js';
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
