import { StateConflict, ValidationFailed } from '@bcd/kernel';
import { ed25519Signer, signNote } from '../../transparency/signer.js';
import {
  CONSISTENCY_PROOF_FORMAT,
  TLOG_PROOF_HEADER,
  assertConsistentSuccessor,
  formatCheckpoint,
  formatConsistencyProof,
  formatTlogProof,
  openCheckpoint,
  parseCheckpoint,
  parseConsistencyProof,
  parseTlogProof,
  verifyConsistencyProof,
  verifyTlogProof,
  type Checkpoint,
} from './checkpoint.js';
import { consistencyProof, emptyRoot, hashAtFromLeaves, hashToBase64, inclusionProof, leafHash, rootAt, type Hash } from './merkle.js';
import { ed25519Verifier } from './note.js';

// A checkpoint sum.golang.org signed (tree 65664258), with the key every Go toolchain carries: a note made by
// another implementation (Go's sumdb) that ours must open.
const GO_VKEY = 'sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8';
const GO_CHECKPOINT =
  'go.sum database tree\n65664258\nWVVNVD2qx+fTq31zkj6UAqxT5X6HvGphGM+o8Thnbsg=\n\n' +
  '— sum.golang.org Az3grligJmgX7KGyGPKybykNTh3VgsbLvUuvOwrM5zLVlulmFp2wdvbxOw74/gcNxURShXEpb7RXcs3+BYflYN+w0gQ=\n';

const ORIGIN = 'bcd.example/thanh-hoa/events';
const seed = new Uint8Array(32).fill(7);
const signer = ed25519Signer(ORIGIN, seed);
const verifiers = [ed25519Verifier(signer.verifierKey)];

const entries = Array.from({ length: 11 }, (_, i) => new TextEncoder().encode(`entry ${i}`));
const leaves = entries.map(leafHash);
const hashAt = hashAtFromLeaves(leaves);
const checkpointAt = (size: number): Checkpoint => ({ origin: ORIGIN, size, rootHash: rootAt(size, hashAt) });
const signed = (size: number) => signNote(formatCheckpoint(checkpointAt(size)), signer);

describe('checkpoints (c2sp.org/tlog-checkpoint)', () => {
  it('are three lines: origin, decimal size, base64 root', () => {
    const text = formatCheckpoint(checkpointAt(11));
    expect(text).toBe(`${ORIGIN}\n11\n${hashToBase64(rootAt(11, hashAt))}\n`);
    expect(parseCheckpoint(text)).toEqual(checkpointAt(11));
    expect(formatCheckpoint({ origin: ORIGIN, size: 0, rootHash: emptyRoot() })).toBe(`${ORIGIN}\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n`);
    const withExtension = { ...checkpointAt(3), extensions: ['ext one'] };
    expect(parseCheckpoint(formatCheckpoint(withExtension))).toEqual(withExtension);
  });

  it('opens a checkpoint signed by sum.golang.org (origin with spaces, key name other than the origin)', () => {
    const verdict = openCheckpoint(GO_CHECKPOINT, 'go.sum database tree', [ed25519Verifier(GO_VKEY)]);
    expect(verdict).toMatchObject({ valid: true, checkpoint: { origin: 'go.sum database tree', size: 65664258 }, verifiedBy: ['sum.golang.org+033de0ae'] });
    expect(openCheckpoint(GO_CHECKPOINT.replace('65664258', '65664259'), 'go.sum database tree', [ed25519Verifier(GO_VKEY)]).valid).toBe(false);
    expect(openCheckpoint(GO_CHECKPOINT.replace('WVVN', 'WVVM'), 'go.sum database tree', [ed25519Verifier(GO_VKEY)]).valid).toBe(false);
    expect(openCheckpoint(GO_CHECKPOINT, 'another log', [ed25519Verifier(GO_VKEY)]).valid).toBe(false);
  });

  it('signed by the log: opened with its verifier key; tampered, of another origin or unsigned: rejected', () => {
    const note = signed(11);
    expect(note).toMatch(new RegExp(`^${ORIGIN}\\n11\\n[A-Za-z0-9+/]{43}=\\n\\n— ${ORIGIN} [A-Za-z0-9+/]{91}=\\n$`));
    expect(openCheckpoint(note, ORIGIN, verifiers)).toMatchObject({ valid: true, checkpoint: checkpointAt(11) });
    expect(openCheckpoint(note.replace('\n11\n', '\n12\n'), ORIGIN, verifiers).valid).toBe(false);
    expect(openCheckpoint(note, 'bcd.example/binh-dinh/events', verifiers).valid).toBe(false);
    expect(openCheckpoint(formatCheckpoint(checkpointAt(11)), ORIGIN, verifiers).valid).toBe(false);
    const otherKey = ed25519Signer(ORIGIN, new Uint8Array(32).fill(8));
    expect(openCheckpoint(signNote(formatCheckpoint(checkpointAt(11)), otherKey), ORIGIN, verifiers).valid).toBe(false);
  });

  it('refuses malformed checkpoint texts', () => {
    const root = hashToBase64(rootAt(3, hashAt));
    for (const bad of [`${ORIGIN}\n3\n${root}`, `${ORIGIN}\n3\n`, `\n3\n${root}\n`, `${ORIGIN}\n03\n${root}\n`, `${ORIGIN}\n-3\n${root}\n`, `${ORIGIN}\n3\nAAAA\n`, `${ORIGIN}\n3\n${root}\n\n`]) {
      expect(() => parseCheckpoint(bad)).toThrow(ValidationFailed);
    }
    expect(() => formatCheckpoint({ ...checkpointAt(3), origin: 'has space' })).toThrow(ValidationFailed);
    expect(() => formatCheckpoint({ ...checkpointAt(3), size: 1.5 })).toThrow(ValidationFailed);
  });
});

describe('the append-only rule: never sign a checkpoint inconsistent with one signed before', () => {
  it('lets a tree follow the empty tree, itself, or any tree it extends', () => {
    expect(() => assertConsistentSuccessor(undefined, checkpointAt(5), [])).not.toThrow();
    expect(() => assertConsistentSuccessor(checkpointAt(0), checkpointAt(5), [])).not.toThrow();
    expect(() => assertConsistentSuccessor(checkpointAt(5), checkpointAt(5), [])).not.toThrow();
    expect(() => assertConsistentSuccessor(checkpointAt(5), checkpointAt(9), consistencyProof(5, 9, hashAt))).not.toThrow();
  });

  it('refuses a smaller tree, another root at the same size, a tree that rewrote history, and a missing proof', () => {
    const forged = hashAtFromLeaves(leaves.map((leaf, i) => (i === 2 ? leafHash(new TextEncoder().encode('rewritten')) : leaf)));
    const forgedAt = (size: number): Checkpoint => ({ origin: ORIGIN, size, rootHash: rootAt(size, forged) });
    const refusals: Array<[Checkpoint, Checkpoint, Hash[]]> = [
      [checkpointAt(9), checkpointAt(5), []],
      [checkpointAt(5), forgedAt(5), []],
      [checkpointAt(5), forgedAt(9), consistencyProof(5, 9, forged)],
      [checkpointAt(5), checkpointAt(9), []],
      [{ ...checkpointAt(0), rootHash: rootAt(1, hashAt) }, checkpointAt(9), []],
    ];
    for (const [previous, next, proof] of refusals) {
      expect(() => assertConsistentSuccessor(previous, next, proof)).toThrow(StateConflict);
    }
    expect(() => assertConsistentSuccessor(checkpointAt(5), forgedAt(9), consistencyProof(5, 9, forged))).toThrow(
      expect.objectContaining({ rule: 'TLOG-append-only' }),
    );
  });
});

describe('inclusion proofs (c2sp.org/tlog-proof@v1)', () => {
  it('are laid out as the spec and transparency-dev write them, and round-trip', () => {
    const proof = inclusionProof(3, 11, hashAt);
    const checkpoint = signed(11);
    const text = formatTlogProof({ index: 3, proof, checkpoint });
    expect(text).toBe(`${TLOG_PROOF_HEADER}\nindex 3\n${proof.map((h) => `${hashToBase64(h)}\n`).join('')}\n${checkpoint}`);
    expect(parseTlogProof(text)).toEqual({ index: 3, proof, checkpoint });
    const withExtra = formatTlogProof({ index: 3, proof, checkpoint, extra: new TextEncoder().encode('context') });
    expect(withExtra.split('\n')[1]).toBe(`extra ${Buffer.from('context').toString('base64')}`);
    expect(parseTlogProof(withExtra)).toEqual({ index: 3, proof, checkpoint, extra: new TextEncoder().encode('context') });
  });

  it('verify offline: the leaf, the signed checkpoint and the path agree', () => {
    for (const [index, size] of [[0, 1], [3, 11], [10, 11], [7, 8]]) {
      const text = formatTlogProof({ index, proof: inclusionProof(index, size, hashAt), checkpoint: signed(size) });
      expect(verifyTlogProof(text, leaves[index], ORIGIN, verifiers)).toMatchObject({ valid: true, index, checkpoint: { size } });
      expect(verifyTlogProof(text, leafHash(new TextEncoder().encode('never logged')), ORIGIN, verifiers).valid).toBe(false);
    }
  });

  it('reject a wrong leaf, a changed index, a tampered checkpoint, another log, malformed text', () => {
    const text = formatTlogProof({ index: 3, proof: inclusionProof(3, 11, hashAt), checkpoint: signed(11) });
    expect(verifyTlogProof(text, leaves[4], ORIGIN, verifiers).valid).toBe(false);
    expect(verifyTlogProof(text.replace('index 3', 'index 2'), leaves[3], ORIGIN, verifiers).valid).toBe(false);
    expect(verifyTlogProof(text.replace(`\n11\n`, `\n12\n`), leaves[3], ORIGIN, verifiers).valid).toBe(false);
    expect(verifyTlogProof(text, leaves[3], 'bcd.example/binh-dinh/events', verifiers).valid).toBe(false);
    for (const bad of [
      text.replace(TLOG_PROOF_HEADER, 'c2sp.org/tlog-proof@v2'),
      text.replace('index 3', 'index 03'),
      text.replace('index 3', 'idx 3'),
      text.replace(/\n[A-Za-z0-9+/]{43}=\n/, '\nnot-a-hash\n'),
      text.slice(0, text.indexOf('\n\n')), // no checkpoint
    ]) {
      expect(() => parseTlogProof(bad)).toThrow(ValidationFailed);
      expect(verifyTlogProof(bad, leaves[3], ORIGIN, verifiers).valid).toBe(false);
    }
  });
});

describe('consistency proofs between two signed checkpoints (JSON)', () => {
  it('round-trip through JSON and verify', () => {
    const document = formatConsistencyProof(signed(4), signed(11), consistencyProof(4, 11, hashAt));
    expect(document.format).toBe(CONSISTENCY_PROOF_FORMAT);
    const json = JSON.parse(JSON.stringify(document)) as unknown;
    expect(parseConsistencyProof(json).proof.map(hashToBase64)).toEqual(consistencyProof(4, 11, hashAt).map(hashToBase64));
    expect(verifyConsistencyProof(json, ORIGIN, verifiers)).toMatchObject({ valid: true, from: { size: 4 }, to: { size: 11 } });
    const fromEmpty = formatConsistencyProof(signNote(formatCheckpoint(checkpointAt(0)), signer), signed(11), []);
    expect(verifyConsistencyProof(fromEmpty, ORIGIN, verifiers).valid).toBe(true);
    expect(verifyConsistencyProof(formatConsistencyProof(signed(11), signed(11), []), ORIGIN, verifiers).valid).toBe(true);
  });

  it('reject swapped checkpoints, a proof for other sizes, a forged history, unsigned checkpoints, bad JSON', () => {
    const proof = consistencyProof(4, 11, hashAt);
    expect(verifyConsistencyProof(formatConsistencyProof(signed(11), signed(4), proof), ORIGIN, verifiers).valid).toBe(false);
    expect(verifyConsistencyProof(formatConsistencyProof(signed(5), signed(11), proof), ORIGIN, verifiers).valid).toBe(false);
    const forged = hashAtFromLeaves(leaves.map((leaf, i) => (i === 0 ? leafHash(new TextEncoder().encode('rewritten')) : leaf)));
    const forgedNote = signNote(formatCheckpoint({ origin: ORIGIN, size: 11, rootHash: rootAt(11, forged) }), signer);
    expect(verifyConsistencyProof(formatConsistencyProof(signed(4), forgedNote, consistencyProof(4, 11, forged)), ORIGIN, verifiers).valid).toBe(false);
    expect(verifyConsistencyProof(formatConsistencyProof(formatCheckpoint(checkpointAt(4)), signed(11), proof), ORIGIN, verifiers).valid).toBe(false);
    for (const bad of [null, {}, { ...formatConsistencyProof(signed(4), signed(11), proof), format: 'other' }, { ...formatConsistencyProof(signed(4), signed(11), proof), proof: ['AAAA'] }]) {
      expect(verifyConsistencyProof(bad, ORIGIN, verifiers).valid).toBe(false);
    }
  });
});
