// What a tenant's log publishes, in the C2SP formats the transparency-dev tools read:
// - checkpoints (https://c2sp.org/tlog-checkpoint): a signed note whose text is
//     <origin>\n<tree size, decimal>\n<base64 root hash>\n[extension lines]
// - inclusion proofs (https://c2sp.org/tlog-proof):
//     c2sp.org/tlog-proof@v1\n[extra <base64>\n]index <n>\n<base64 hash>\n…\n\n<the signed checkpoint, verbatim>
// - consistency proofs between two signed checkpoints, as JSON (no C2SP format exists for these):
//     {"format":"bcd/tlog-consistency-proof@v1","from":"<signed checkpoint>","to":"<signed checkpoint>","proof":["<base64>",…]}
// and the rule a log signs by: never a checkpoint inconsistent with one it signed before.
import { StateConflict, ValidationFailed } from '@bcd/kernel';
import {
  decodeBase64,
  emptyRoot,
  hashFromBase64,
  hashToBase64,
  sameHash,
  verifyConsistency,
  verifyInclusion,
  type Hash,
  type Verdict,
} from './merkle.js';
import { isValidKeyName, openNote, type NoteVerifier } from './note.js';

/** A tree head: which log, how many leaves, which root. */
export interface Checkpoint {
  readonly origin: string;
  readonly size: number;
  readonly rootHash: Hash;
  /** Optional non-empty lines after the root hash (NOT RECOMMENDED by the spec; we write none). */
  readonly extensions?: readonly string[];
}

const DECIMAL = /^(0|[1-9][0-9]*)$/;

function checkOrigin(origin: string, path: string): void {
  // The spec allows any non-empty line; we hold our own origins to key-name syntax, since the log's key
  // name SHOULD equal its origin.
  if (!isValidKeyName(origin)) throw new ValidationFailed([{ path, message: 'an origin is non-empty, with no space or plus' }]);
}

/** The note text of a checkpoint. */
export function formatCheckpoint(checkpoint: Checkpoint): string {
  checkOrigin(checkpoint.origin, 'checkpoint.origin');
  if (!Number.isSafeInteger(checkpoint.size) || checkpoint.size < 0) {
    throw new ValidationFailed([{ path: 'checkpoint.size', message: 'must be a non-negative safe integer' }]);
  }
  if (checkpoint.rootHash.length !== 32) throw new ValidationFailed([{ path: 'checkpoint.rootHash', message: 'must be a 32-byte hash' }]);
  const extensions = checkpoint.extensions ?? [];
  if (extensions.some((line) => line.length === 0 || line.includes('\n'))) {
    throw new ValidationFailed([{ path: 'checkpoint.extensions', message: 'extension lines are non-empty single lines' }]);
  }
  return [checkpoint.origin, String(checkpoint.size), hashToBase64(checkpoint.rootHash), ...extensions].map((line) => `${line}\n`).join('');
}

/** Reads a checkpoint note text (not a signed note: see openCheckpoint); ValidationFailed if malformed. */
export function parseCheckpoint(text: string): Checkpoint {
  const fail = (message: string): never => {
    throw new ValidationFailed([{ path: 'checkpoint', message }]);
  };
  if (!text.endsWith('\n')) return fail('the text must end in a newline');
  const lines = text.slice(0, -1).split('\n');
  if (lines.length < 3) return fail('a checkpoint has an origin, a size and a root hash');
  const [origin, size, root, ...extensions] = lines;
  if (origin.length === 0) return fail('empty origin');
  if (!DECIMAL.test(size) || !Number.isSafeInteger(Number(size))) return fail('the size must be a decimal without leading zeroes');
  const rootHash = hashFromBase64(root);
  if (rootHash === undefined) return fail('the root hash must be a base64 SHA-256 hash');
  if (extensions.some((line) => line.length === 0)) return fail('extension lines must be non-empty');
  return extensions.length > 0 ? { origin, size: Number(size), rootHash, extensions } : { origin, size: Number(size), rootHash };
}

export type CheckpointVerdict =
  | { readonly valid: true; readonly checkpoint: Checkpoint; readonly verifiedBy: readonly string[] }
  | { readonly valid: false; readonly reason: string };

/** Opens a signed checkpoint: a known key signed it and it is the expected log's. */
export function openCheckpoint(message: string, origin: string, verifiers: readonly NoteVerifier[]): CheckpointVerdict {
  const note = openNote(message, verifiers);
  if (!note.valid) return note;
  let checkpoint: Checkpoint;
  try {
    checkpoint = parseCheckpoint(note.text);
  } catch (error) {
    return { valid: false, reason: (error as Error).message };
  }
  if (checkpoint.origin !== origin) return { valid: false, reason: `the checkpoint is of ${checkpoint.origin}, not ${origin}` };
  return { valid: true, checkpoint, verifiedBy: note.verifiedBy };
}

// ---------------------------------------------------------------------------------------------------------
// The append-only rule

/** Rule id of the one rule a log signs by. */
export const APPEND_ONLY_RULE = 'TLOG-append-only';
export const APPEND_ONLY_SOURCE = 'c2sp.org/tlog-checkpoint, "Signatures": a log MUST not sign a checkpoint inconsistent with one it signed';

/**
 * Refuses (StateConflict) to follow `previous` — the last checkpoint the log signed — with `next` unless
 * `proof` shows `next` extends it: the same tree again (empty proof), or a larger one with a valid
 * consistency proof. Anything extends the empty tree (no proof needed).
 */
export function assertConsistentSuccessor(previous: Checkpoint | undefined, next: Checkpoint, proof: readonly Hash[]): void {
  if (previous === undefined) return;
  const refuse = (why: string): never => {
    throw new StateConflict(APPEND_ONLY_RULE, APPEND_ONLY_SOURCE, `Checkpoint ${next.size} not signed: ${why}`);
  };
  if (next.origin !== previous.origin) refuse(`it is of ${next.origin}, the log is ${previous.origin}`);
  if (next.size < previous.size) refuse(`the log signed size ${previous.size} already`);
  if (previous.size === 0) {
    if (!sameHash(previous.rootHash, emptyRoot())) refuse('the previous checkpoint of size 0 has a root other than the empty tree’s');
    if (proof.length > 0) refuse('a tree extends the empty tree without proof');
    return;
  }
  const verdict = verifyConsistency({ size1: previous.size, size2: next.size, root1: previous.rootHash, root2: next.rootHash, proof });
  if (!verdict.valid) refuse(`not consistent with size ${previous.size}: ${verdict.reason}`);
}

// ---------------------------------------------------------------------------------------------------------
// Inclusion proofs: c2sp.org/tlog-proof@v1

export const TLOG_PROOF_HEADER = 'c2sp.org/tlog-proof@v1';

export interface TlogProof {
  /** The entry's zero-based index in the log. */
  readonly index: number;
  /** Inclusion proof, from the leaf's sibling up to the root's child. */
  readonly proof: readonly Hash[];
  /** The signed checkpoint, verbatim. */
  readonly checkpoint: string;
  /** Opaque, unauthenticated extra data. */
  readonly extra?: Uint8Array;
}

export function formatTlogProof(proof: TlogProof): string {
  if (!Number.isSafeInteger(proof.index) || proof.index < 0) throw new ValidationFailed([{ path: 'index', message: 'must be a non-negative safe integer' }]);
  if (proof.proof.some((hash) => hash.length !== 32)) throw new ValidationFailed([{ path: 'proof', message: 'hashes have 32 bytes' }]);
  if (!proof.checkpoint.endsWith('\n') || proof.checkpoint.startsWith('\n')) {
    throw new ValidationFailed([{ path: 'checkpoint', message: 'must be a signed checkpoint note' }]);
  }
  const extra = proof.extra === undefined ? '' : `extra ${Buffer.from(proof.extra).toString('base64')}\n`;
  return `${TLOG_PROOF_HEADER}\n${extra}index ${proof.index}\n${proof.proof.map((hash) => `${hashToBase64(hash)}\n`).join('')}\n${proof.checkpoint}`;
}

export function parseTlogProof(text: string): TlogProof {
  const fail = (message: string): never => {
    throw new ValidationFailed([{ path: 'tlogProof', message }]);
  };
  const lines = text.split('\n');
  let at = 0;
  if (lines[at++] !== TLOG_PROOF_HEADER) return fail(`the first line must be ${TLOG_PROOF_HEADER}`);
  let extra: Uint8Array | undefined;
  if (lines[at]?.startsWith('extra ')) {
    extra = decodeBase64(lines[at++].slice('extra '.length));
    if (extra === undefined) return fail('extra data must be base64');
  }
  const indexLine = lines[at++] ?? '';
  const index = indexLine.startsWith('index ') ? indexLine.slice('index '.length) : '';
  if (!DECIMAL.test(index) || !Number.isSafeInteger(Number(index))) return fail('missing "index <decimal>" line');
  const proof: Hash[] = [];
  for (; at < lines.length && lines[at] !== ''; at++) {
    const hash = hashFromBase64(lines[at]);
    if (hash === undefined) return fail(`proof line ${proof.length + 1} is not a base64 SHA-256 hash`);
    proof.push(hash);
  }
  if (at >= lines.length) return fail('no blank line before the checkpoint');
  const checkpoint = lines.slice(at + 1).join('\n');
  if (checkpoint.length === 0) return fail('no checkpoint');
  return extra === undefined ? { index: Number(index), proof, checkpoint } : { index: Number(index), proof, checkpoint, extra };
}

export type TlogProofVerdict =
  | { readonly valid: true; readonly index: number; readonly checkpoint: Checkpoint }
  | { readonly valid: false; readonly reason: string };

/** Checks a tlog-proof for a leaf hash: the checkpoint signed by a known key of the log, the leaf included in it. */
export function verifyTlogProof(text: string, leafHash: Hash, origin: string, verifiers: readonly NoteVerifier[]): TlogProofVerdict {
  let parsed: TlogProof;
  try {
    parsed = parseTlogProof(text);
  } catch (error) {
    return { valid: false, reason: (error as Error).message };
  }
  const opened = openCheckpoint(parsed.checkpoint, origin, verifiers);
  if (!opened.valid) return opened;
  const { checkpoint } = opened;
  const inclusion = verifyInclusion({ index: parsed.index, size: checkpoint.size, leafHash, proof: parsed.proof, root: checkpoint.rootHash });
  if (!inclusion.valid) return inclusion;
  return { valid: true, index: parsed.index, checkpoint };
}

// ---------------------------------------------------------------------------------------------------------
// Consistency proofs between two signed checkpoints, as JSON

export const CONSISTENCY_PROOF_FORMAT = 'bcd/tlog-consistency-proof@v1';

export interface ConsistencyProofJson {
  format: typeof CONSISTENCY_PROOF_FORMAT;
  /** The older signed checkpoint, verbatim. */
  from: string;
  /** The newer signed checkpoint, verbatim. */
  to: string;
  /** PROOF(from.size, D[to.size]), base64. */
  proof: string[];
}

export function formatConsistencyProof(from: string, to: string, proof: readonly Hash[]): ConsistencyProofJson {
  return { format: CONSISTENCY_PROOF_FORMAT, from, to, proof: proof.map(hashToBase64) };
}

export function parseConsistencyProof(json: unknown): { from: string; to: string; proof: Hash[] } {
  const value = json as Partial<ConsistencyProofJson> | null;
  if (
    value === null ||
    typeof value !== 'object' ||
    value.format !== CONSISTENCY_PROOF_FORMAT ||
    typeof value.from !== 'string' ||
    typeof value.to !== 'string' ||
    !Array.isArray(value.proof)
  ) {
    throw new ValidationFailed([{ path: 'consistencyProof', message: `must be {"format":"${CONSISTENCY_PROOF_FORMAT}","from","to","proof"}` }]);
  }
  const proof = value.proof.map((text, i) => {
    const hash = typeof text === 'string' ? hashFromBase64(text) : undefined;
    if (hash === undefined) throw new ValidationFailed([{ path: `consistencyProof.proof.${i}`, message: 'must be a base64 SHA-256 hash' }]);
    return hash;
  });
  return { from: value.from, to: value.to, proof };
}

export type ConsistencyVerdict =
  | { readonly valid: true; readonly from: Checkpoint; readonly to: Checkpoint }
  | { readonly valid: false; readonly reason: string };

/**
 * Checks a consistency proof document: both checkpoints signed by a known key of the log and the older
 * tree a prefix of the newer. From a checkpoint of size 0 the proof must be empty (any tree extends it).
 */
export function verifyConsistencyProof(json: unknown, origin: string, verifiers: readonly NoteVerifier[]): ConsistencyVerdict {
  let parsed: { from: string; to: string; proof: Hash[] };
  try {
    parsed = parseConsistencyProof(json);
  } catch (error) {
    return { valid: false, reason: (error as Error).message };
  }
  const from = openCheckpoint(parsed.from, origin, verifiers);
  if (!from.valid) return { valid: false, reason: `from: ${from.reason}` };
  const to = openCheckpoint(parsed.to, origin, verifiers);
  if (!to.valid) return { valid: false, reason: `to: ${to.reason}` };
  let verdict: Verdict;
  if (from.checkpoint.size === 0) {
    verdict =
      !sameHash(from.checkpoint.rootHash, emptyRoot())
        ? { valid: false, reason: 'a checkpoint of size 0 must have the empty tree’s root' }
        : parsed.proof.length > 0
          ? { valid: false, reason: 'from the empty tree the proof is empty' }
          : { valid: true };
  } else {
    verdict = verifyConsistency({
      size1: from.checkpoint.size,
      size2: to.checkpoint.size,
      root1: from.checkpoint.rootHash,
      root2: to.checkpoint.rootHash,
      proof: parsed.proof,
    });
  }
  return verdict.valid ? { valid: true, from: from.checkpoint, to: to.checkpoint } : verdict;
}
