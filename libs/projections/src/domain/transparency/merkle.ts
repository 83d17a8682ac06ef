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
export * from './merkle-tree.js';
export * from './merkle-proofs.js';
export * from './merkle-verify.js';
