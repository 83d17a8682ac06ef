import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { ValidationFailed } from '@bcd/kernel';
import {
  EMPTY_TREE,
  appendLeaf,
  consistencyProof,
  consistencyProofPlan,
  emptyRoot,
  hashAtFromLeaves,
  hashToBase64,
  inclusionProof,
  inclusionProofPlan,
  leafHash,
  nodeHash,
  nodesOf,
  parseTreeState,
  resolveProof,
  rootAt,
  serializeTreeState,
  treeRoot,
  treeStateAt,
  verifyConsistency,
  verifyInclusion,
  type Hash,
  type HashAt,
  type TreeState,
} from './merkle.js';

// ---- RFC 6962 §2.1, written as the RFC says it, over the entries themselves ------------------------------
const largestPowerOfTwoBelow = (n: number) => {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
};

/** MTH(D[n]) */
function mth(d: readonly Uint8Array[]): Hash {
  if (d.length === 0) return emptyRoot();
  if (d.length === 1) return leafHash(d[0]);
  const k = largestPowerOfTwoBelow(d.length);
  return nodeHash(mth(d.slice(0, k)), mth(d.slice(k)));
}

/** PATH(m, D[n]) of §2.1.1 */
function path(m: number, d: readonly Uint8Array[]): Hash[] {
  if (d.length === 1) return [];
  const k = largestPowerOfTwoBelow(d.length);
  return m < k ? [...path(m, d.slice(0, k)), mth(d.slice(k))] : [...path(m - k, d.slice(k)), mth(d.slice(0, k))];
}

/** SUBPROOF(m, D[n], b) of §2.1.2 */
function subproof(m: number, d: readonly Uint8Array[], b: boolean): Hash[] {
  if (m === d.length) return b ? [] : [mth(d)];
  const k = largestPowerOfTwoBelow(d.length);
  return m <= k
    ? [...subproof(m, d.slice(0, k), b), mth(d.slice(k))]
    : [...subproof(m - k, d.slice(k), false), mth(d.slice(0, k))];
}

/** PROOF(m, D[n]) */
const proof = (m: number, d: readonly Uint8Array[]) => subproof(m, d, true);

// ---- helpers ---------------------------------------------------------------------------------------------
const b64 = (list: readonly Hash[]) => list.map(hashToBase64);
const entriesOf = (seed: string, n: number) => Array.from({ length: n }, (_, i) => new TextEncoder().encode(`${seed}#${i}`));
const flipped = (list: readonly Hash[], at: number, bit: number): Hash[] =>
  list.map((hash, i) => {
    if (i !== at) return hash;
    const copy = Uint8Array.from(hash);
    copy[bit >> 3] ^= 1 << (bit & 7);
    return copy;
  });

/** A log built by appends, keeping every node the appends reported, as a store would. */
function buildLog(entries: readonly Uint8Array[]) {
  let state: TreeState = EMPTY_TREE;
  const stored = new Map<string, Hash>();
  const roots: Hash[] = [treeRoot(state)];
  for (const entry of entries) {
    const appended = appendLeaf(state, leafHash(entry));
    for (const node of appended.nodes) {
      expect(stored.has(`${node.level}/${node.index}`)).toBe(false); // each node completed once
      stored.set(`${node.level}/${node.index}`, node.hash);
    }
    state = appended.state;
    roots.push(treeRoot(state));
  }
  const hashAt: HashAt = (level, index) => {
    const hash = stored.get(`${level}/${index}`);
    if (hash === undefined) throw new Error(`node ${level}/${index} not stored`);
    return hash;
  };
  return { state, stored, roots, hashAt };
}

const seedAndSize = (max: number) => fc.tuple(fc.string({ maxLength: 6 }), fc.integer({ min: 1, max }));

describe('Merkle tree (RFC 6962 §2.1)', () => {
  it('hashes the empty tree, a leaf and a node as the RFC says', () => {
    expect(hashToBase64(emptyRoot())).toBe('47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(Buffer.from(leafHash(new Uint8Array())).toString('hex')).toBe('6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d');
    const [a, b] = [leafHash(Uint8Array.of(0)), leafHash(Uint8Array.of(0x10))];
    expect(Buffer.from(nodeHash(a, b)).toString('hex')).toBe(
      createHash('sha256').update(Buffer.concat([Buffer.of(1), a, b])).digest('hex'),
    );
    expect(treeRoot(EMPTY_TREE)).toEqual(emptyRoot());
  });

  it('labels the C2SP merkle-tree example of 7 entries as the spec does', () => {
    const d = entriesOf('c2sp', 7);
    const [a, b, c, dd, e, f, g] = d.map(leafHash);
    const [h, i, j] = [nodeHash(a, b), nodeHash(c, dd), nodeHash(e, f)];
    const [k, l] = [nodeHash(h, i), nodeHash(j, g)];
    const { hashAt, roots } = buildLog(d);
    expect(roots[7]).toEqual(nodeHash(k, l));
    expect(b64(inclusionProof(0, 7, hashAt))).toEqual(b64([b, i, l]));
    expect(b64(inclusionProof(3, 7, hashAt))).toEqual(b64([c, h, l]));
    expect(b64(inclusionProof(4, 7, hashAt))).toEqual(b64([f, g, k]));
    expect(b64(inclusionProof(6, 7, hashAt))).toEqual(b64([j, k]));
    expect(b64(consistencyProof(3, 7, hashAt))).toEqual(b64([c, dd, h, l]));
    expect(b64(consistencyProof(4, 7, hashAt))).toEqual(b64([l]));
    expect(b64(consistencyProof(6, 7, hashAt))).toEqual(b64([j, g, k]));
  });

  it('refuses impossible proofs and malformed input', () => {
    expect(() => inclusionProofPlan(3, 3)).toThrow(ValidationFailed);
    expect(() => inclusionProofPlan(-1, 3)).toThrow(ValidationFailed);
    expect(() => inclusionProofPlan(0.5, 3)).toThrow(ValidationFailed);
    expect(() => consistencyProofPlan(0, 3)).toThrow(ValidationFailed);
    expect(() => consistencyProofPlan(4, 3)).toThrow(ValidationFailed);
    expect(consistencyProofPlan(3, 3)).toEqual([]);
    expect(() => appendLeaf(EMPTY_TREE, new Uint8Array(31))).toThrow(ValidationFailed);
    expect(() => parseTreeState({ size: 3, hashes: [hashToBase64(emptyRoot())] })).toThrow(ValidationFailed);
    expect(() => parseTreeState({ size: 1, hashes: ['not base64'] })).toThrow(ValidationFailed);
    expect(() => parseTreeState(null)).toThrow(ValidationFailed);
  });

  it('rejects a proof that does not fit the index, size or hash lengths', () => {
    const { roots, hashAt } = buildLog(entriesOf('x', 5));
    const leaf = leafHash(entriesOf('x', 5)[2]);
    const good = inclusionProof(2, 5, hashAt);
    expect(verifyInclusion({ index: 2, size: 5, leafHash: leaf, proof: good, root: roots[5] })).toEqual({ valid: true });
    expect(verifyInclusion({ index: 2.5, size: 5, leafHash: leaf, proof: good, root: roots[5] }).valid).toBe(false);
    expect(verifyInclusion({ index: -1n, size: 5, leafHash: leaf, proof: good, root: roots[5] }).valid).toBe(false);
    expect(verifyInclusion({ index: 2, size: 1n << 64n, leafHash: leaf, proof: good, root: roots[5] }).valid).toBe(false);
    expect(verifyInclusion({ index: 2, size: 5, leafHash: leaf.subarray(1), proof: good, root: roots[5] }).valid).toBe(false);
    expect(verifyInclusion({ index: 2, size: 5, leafHash: leaf, proof: [...good.slice(0, -1), good[2].subarray(1)], root: roots[5] }).valid).toBe(false);
  });
});

describe('Merkle tree, against the naive RFC 6962 definitions (properties)', () => {
  it('the compact state appended leaf by leaf has MTH of every prefix for root, and stores 2n − popcount(n) nodes', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 6 }), { maxLength: 70 }), (entries) => {
        const { roots, stored, state } = buildLog(entries);
        roots.forEach((root, n) => expect(hashToBase64(root)).toBe(hashToBase64(mth(entries.slice(0, n)))));
        const popcount = entries.length.toString(2).replace(/0/g, '').length;
        expect(stored.size).toBe(2 * entries.length - popcount);
        expect(state.hashes).toHaveLength(popcount);
      }),
      { numRuns: 60 },
    );
  });

  it('the stored nodes are the perfect subtrees of the leaves, and the state at any size can be read back from them', () => {
    fc.assert(
      fc.property(seedAndSize(70), fc.nat(), ([seed, n], pick) => {
        const entries = entriesOf(seed, n);
        const { stored, hashAt } = buildLog(entries);
        const fromLeaves = hashAtFromLeaves(entries.map(leafHash));
        for (const [key, hash] of stored) {
          const [level, index] = key.split('/').map(Number);
          expect(hashToBase64(fromLeaves(level, index))).toBe(hashToBase64(hash));
        }
        const size = pick % (n + 1);
        expect(hashToBase64(rootAt(size, hashAt))).toBe(hashToBase64(mth(entries.slice(0, size))));
        const resumed = treeStateAt(size, hashAt);
        expect(serializeTreeState(parseTreeState(JSON.parse(JSON.stringify(serializeTreeState(resumed)))))).toEqual(serializeTreeState(resumed));
        // resuming from the stored nodes and appending the rest reaches the same root
        let state = resumed;
        for (const entry of entries.slice(size)) state = appendLeaf(state, leafHash(entry)).state;
        expect(hashToBase64(treeRoot(state))).toBe(hashToBase64(mth(entries)));
      }),
      { numRuns: 60 },
    );
  });

  it('inclusion proofs are PATH(m, D[n]), verify, and fail once altered', () => {
    fc.assert(
      fc.property(seedAndSize(70), fc.nat(), fc.nat(), fc.nat({ max: 255 }), ([seed, n], pickIndex, pickHash, bit) => {
        const entries = entriesOf(seed, n);
        const { hashAt, roots } = buildLog(entries);
        const m = pickIndex % n;
        const plan = inclusionProofPlan(m, n);
        const generated = resolveProof(plan, hashAt);
        expect(b64(generated)).toEqual(b64(path(m, entries)));
        expect(b64(inclusionProof(m, n, hashAtFromLeaves(entries.map(leafHash))))).toEqual(b64(generated));
        for (const node of nodesOf(plan)) expect((node.index + 1) * 2 ** node.level).toBeLessThanOrEqual(n);

        const claim = { index: m, size: n, leafHash: leafHash(entries[m]), proof: generated, root: roots[n] };
        expect(verifyInclusion(claim)).toEqual({ valid: true });
        expect(verifyInclusion({ ...claim, index: BigInt(m), size: BigInt(n) })).toEqual({ valid: true });
        expect(verifyInclusion({ ...claim, leafHash: leafHash(new TextEncoder().encode('other')) }).valid).toBe(false);
        expect(verifyInclusion({ ...claim, root: roots[n - 1] }).valid).toBe(false);
        if (generated.length > 0) {
          expect(verifyInclusion({ ...claim, proof: flipped(generated, pickHash % generated.length, bit) }).valid).toBe(false);
          expect(verifyInclusion({ ...claim, proof: generated.slice(0, -1) }).valid).toBe(false);
        }
        expect(verifyInclusion({ ...claim, proof: [...generated, roots[n]] }).valid).toBe(false);
        if (n > 1) expect(verifyInclusion({ ...claim, index: m === 0 ? 1 : m - 1 }).valid).toBe(false);
        expect(verifyInclusion({ ...claim, size: n * 2 }).valid).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('consistency proofs are PROOF(m, D[n]), verify, and fail once altered', () => {
    fc.assert(
      fc.property(seedAndSize(70), fc.nat(), fc.nat(), fc.nat({ max: 255 }), ([seed, n], pickSize, pickHash, bit) => {
        const entries = entriesOf(seed, n);
        const { hashAt, roots } = buildLog(entries);
        const m = 1 + (pickSize % n);
        const plan = consistencyProofPlan(m, n);
        const generated = resolveProof(plan, hashAt);
        expect(b64(generated)).toEqual(b64(proof(m, entries)));
        expect(b64(consistencyProof(m, n, hashAtFromLeaves(entries.map(leafHash))))).toEqual(b64(generated));
        for (const node of nodesOf(plan)) expect((node.index + 1) * 2 ** node.level).toBeLessThanOrEqual(n);

        const claim = { size1: m, size2: n, root1: roots[m], root2: roots[n], proof: generated };
        expect(verifyConsistency(claim)).toEqual({ valid: true });
        expect(verifyConsistency({ ...claim, size1: BigInt(m), size2: BigInt(n) })).toEqual({ valid: true });
        if (m < n) {
          expect(verifyConsistency({ ...claim, root1: roots[m - 1] }).valid).toBe(false);
          expect(verifyConsistency({ ...claim, root2: roots[n - 1] }).valid).toBe(false);
          expect(verifyConsistency({ ...claim, proof: flipped(generated, pickHash % generated.length, bit) }).valid).toBe(false);
          expect(verifyConsistency({ ...claim, proof: generated.slice(0, -1) }).valid).toBe(false);
          expect(verifyConsistency({ ...claim, proof: [...generated, roots[n]] }).valid).toBe(false);
          expect(verifyConsistency({ ...claim, size1: n, size2: m }).valid).toBe(false);
        } else {
          expect(generated).toEqual([]);
        }
        // a tree that changed an old entry is not consistent with the old root
        if (m < n) {
          const forged = buildLog(entries.map((e, i) => (i === 0 ? new TextEncoder().encode('forged') : e)));
          const forgedProof = consistencyProof(m, n, forged.hashAt);
          expect(verifyConsistency({ ...claim, root2: forged.roots[n], proof: forgedProof }).valid).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('works at sizes up to 2^53 − 1 (a log whose leaves are all equal, so any subtree hash is known)', () => {
    // Every perfect subtree of 2^level equal leaves hashes the same: perfect[level].
    const perfect: Hash[] = [leafHash(new TextEncoder().encode('same'))];
    for (let level = 1; level <= 53; level++) perfect.push(nodeHash(perfect[level - 1], perfect[level - 1]));
    const hashAt: HashAt = (level) => perfect[level];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER - 1 }), fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), (n, at) => {
        const m = Math.floor(at * n);
        const root = rootAt(n, hashAt);
        const inclusion = inclusionProof(m, n, hashAt);
        expect(verifyInclusion({ index: BigInt(m), size: BigInt(n), leafHash: perfect[0], proof: inclusion, root })).toEqual({ valid: true });
        const size1 = m + 1;
        const consistency = consistencyProof(size1, n, hashAt);
        expect(verifyConsistency({ size1, size2: n, root1: rootAt(size1, hashAt), root2: root, proof: consistency })).toEqual({ valid: true });
        const next = appendLeaf(treeStateAt(n, hashAt), perfect[0]);
        expect(next.state.size).toBe(n + 1);
        expect(hashToBase64(treeRoot(next.state))).toBe(hashToBase64(rootAt(n + 1, hashAt)));
        for (const node of next.nodes) expect(hashToBase64(node.hash)).toBe(hashToBase64(perfect[node.level]));
      }),
      { numRuns: 200 },
    );
  });
});
