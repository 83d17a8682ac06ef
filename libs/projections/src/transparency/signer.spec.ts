import { StateConflict, ValidationFailed } from '@bcd/kernel';
import {
  EMPTY_TREE,
  appendLeaf,
  consistencyProof,
  ed25519Verifier,
  eventLeafHash,
  formatCheckpoint,
  formatConsistencyProof,
  formatTlogProof,
  inclusionProof,
  openCheckpoint,
  openNote,
  parseVerifierKey,
  treeRoot,
  verifyConsistencyProof,
  verifyTlogProof,
  type Checkpoint,
  type EventLeafSource,
  type Hash,
  type HashAt,
  type TreeState,
} from '../index.js';
import { CheckpointSigner, ed25519Signer, encodeSignerKey, generateSignerKey, parseSignerKey, signNote } from './signer.js';

// golang.org/x/mod/sumdb/note's example: Ed25519 is deterministic (RFC 8032), so signing its text with its
// signer key must give its note byte for byte.
const PETER_SKEY = 'PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz';
const PETER_VKEY = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
const PETER_TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const PETER_NOTE =
  PETER_TEXT + '\n— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n';
// …and the same note countersigned by the EnochRoot key of that documentation (whose key we do not have).
const ENOCH_LINE = '— EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n';

describe('note signers (Ed25519, node:crypto)', () => {
  it('reproduce the reference note byte for byte from the reference signer key', () => {
    const peter = parseSignerKey(PETER_SKEY);
    expect(peter).toMatchObject({ name: 'PeterNeumann', keyId: 0xc74f20a3, verifierKey: PETER_VKEY });
    expect(signNote(PETER_TEXT, peter)).toBe(PETER_NOTE);
    expect(encodeSignerKey('PeterNeumann', Buffer.from('AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz', 'base64').subarray(1))).toBe(PETER_SKEY);
  });

  it('refuse a malformed signer key or one whose key id is not its own', () => {
    for (const bad of [
      PETER_SKEY.replace('PRIVATE+KEY', 'PUBLIC+KEY'),
      PETER_SKEY.replace('c74f20a3', 'c74f20a4'),
      PETER_SKEY.replace('PeterNeumann', 'Peter Neumann'),
      PETER_SKEY.replace('AYEK', 'AoEK'), // another signature type
      PETER_SKEY.slice(0, -4),
    ]) {
      expect(() => parseSignerKey(bad)).toThrow(ValidationFailed);
    }
    expect(() => ed25519Signer('name', new Uint8Array(31))).toThrow(ValidationFailed);
  });

  it('generate fresh keys whose notes verify with the published verifier key, and no other', () => {
    const { signerKey, verifierKey } = generateSignerKey('bcd.example/thanh-hoa/events');
    expect(signerKey).toMatch(/^PRIVATE\+KEY\+bcd\.example\/thanh-hoa\/events\+[0-9a-f]{8}\+/);
    expect(parseVerifierKey(verifierKey).name).toBe('bcd.example/thanh-hoa/events');
    const note = signNote('hello\n', parseSignerKey(signerKey));
    expect(openNote(note, [ed25519Verifier(verifierKey)]).valid).toBe(true);
    expect(openNote(note, [ed25519Verifier(generateSignerKey('bcd.example/thanh-hoa/events').verifierKey)]).valid).toBe(false);
  });

  it('co-sign: a note signed by two keys opens with either', () => {
    const peter = parseSignerKey(PETER_SKEY);
    const other = ed25519Signer('bcd.example/witness', new Uint8Array(32).fill(3));
    const note = signNote(PETER_TEXT, peter, other);
    expect(openNote(note, [ed25519Verifier(other.verifierKey)])).toMatchObject({ valid: true, verifiedBy: ['bcd.example/witness+' + other.keyId.toString(16).padStart(8, '0')] });
    expect(openNote(note, [ed25519Verifier(PETER_VKEY)]).valid).toBe(true);
    expect(openNote(PETER_NOTE + ENOCH_LINE, [ed25519Verifier(PETER_VKEY)]).valid).toBe(true);
  });
});

// ---- one tenant's log, end to end -------------------------------------------------------------------------
const ORIGIN = 'bcd.example/thanh-hoa/events';

function event(i: number): EventLeafSource {
  return {
    tenantId: 'thanh-hoa',
    globalPosition: BigInt(100 + 3 * i), // gaps are fine: the leaf index, not the position, places an event in the tree
    eventId: `0195${String(i).padStart(4, '0')}-0000-7000-8000-000000000000`,
    streamId: `member-thanh-hoa-${i % 3}`,
    streamVersion: Math.floor(i / 3) + 1,
    type: 'membership.MemberAppointed',
    recordedAt: new Date(Date.UTC(2026, 0, 1, 8, 0, i)),
    data: { memberId: `m-${i}`, fullName: `Thành viên ${i}`, role: 'member' },
  };
}

/** The log as a projection would hold it: the compact state, and every node its appends completed. */
class MemoryLog {
  state: TreeState = EMPTY_TREE;
  private readonly nodes = new Map<string, Hash>();
  readonly hashAt: HashAt = (level, index) => this.nodes.get(`${level}/${index}`)!;

  append(leaf: Hash): number {
    const appended = appendLeaf(this.state, leaf);
    for (const node of appended.nodes) this.nodes.set(`${node.level}/${node.index}`, node.hash);
    this.state = appended.state;
    return appended.index;
  }

  checkpoint(): Checkpoint {
    return { origin: ORIGIN, size: this.state.size, rootHash: treeRoot(this.state) };
  }
}

describe("a tenant's transparency log, end to end", () => {
  const key = ed25519Signer(ORIGIN, new Uint8Array(32).fill(42));
  const verifiers = [ed25519Verifier(key.verifierKey)];

  it('signs only checkpoints that extend the last one it signed, and its proofs verify offline', () => {
    const log = new MemoryLog();
    const signer = new CheckpointSigner(key);
    const first = signer.sign(log.checkpoint()); // the empty tree
    expect(openCheckpoint(first, ORIGIN, verifiers)).toMatchObject({ valid: true, checkpoint: { size: 0 } });

    for (let i = 0; i < 5; i++) log.append(eventLeafHash(event(i)));
    const five = signer.sign(log.checkpoint()); // after the empty tree: no proof needed
    for (let i = 5; i < 13; i++) log.append(eventLeafHash(event(i)));
    const thirteen = signer.sign(log.checkpoint(), consistencyProof(5, 13, log.hashAt));
    expect(signer.lastSigned).toEqual(log.checkpoint());
    expect(signer.sign(log.checkpoint())).toBe(thirteen); // the same tree again: the same note (Ed25519 is deterministic)

    // an auditor holding event 7, its proof and the verifier key
    const proof = formatTlogProof({ index: 7, proof: inclusionProof(7, 13, log.hashAt), checkpoint: thirteen });
    expect(verifyTlogProof(proof, eventLeafHash(event(7)), ORIGIN, verifiers)).toMatchObject({ valid: true, index: 7 });
    const altered = { ...event(7), data: { memberId: 'm-7', fullName: 'Thành viên 7', role: 'chair' } };
    expect(verifyTlogProof(proof, eventLeafHash(altered), ORIGIN, verifiers).valid).toBe(false);

    // a monitor holding the two checkpoints
    const consistency = formatConsistencyProof(five, thirteen, consistencyProof(5, 13, log.hashAt));
    expect(verifyConsistencyProof(JSON.parse(JSON.stringify(consistency)), ORIGIN, verifiers).valid).toBe(true);
  });

  it('refuses to sign a rewritten history, a shrunk tree, or a larger tree without its proof; persists what it signed', () => {
    const honest = new MemoryLog();
    for (let i = 0; i < 6; i++) honest.append(eventLeafHash(event(i)));
    const signer = new CheckpointSigner(key);
    signer.sign(honest.checkpoint());

    const rewritten = new MemoryLog();
    for (let i = 0; i < 9; i++) rewritten.append(eventLeafHash(i === 2 ? { ...event(2), type: 'membership.MemberDismissed' } : event(i)));
    expect(() => signer.sign(rewritten.checkpoint(), consistencyProof(6, 9, rewritten.hashAt))).toThrow(StateConflict);

    const shrunk = new MemoryLog();
    for (let i = 0; i < 4; i++) shrunk.append(eventLeafHash(event(i)));
    expect(() => signer.sign(shrunk.checkpoint())).toThrow(StateConflict);

    for (let i = 6; i < 9; i++) honest.append(eventLeafHash(event(i)));
    expect(() => signer.sign(honest.checkpoint())).toThrow(StateConflict);
    expect(signer.lastSigned?.size).toBe(6); // nothing signed by the refusals

    // rebuilt from what was persisted, the signer keeps the rule
    const restarted = new CheckpointSigner(key, signer.lastSigned);
    expect(() => restarted.sign(rewritten.checkpoint(), consistencyProof(6, 9, rewritten.hashAt))).toThrow(StateConflict);
    expect(openCheckpoint(restarted.sign(honest.checkpoint(), consistencyProof(6, 9, honest.hashAt)), ORIGIN, verifiers).valid).toBe(true);

    expect(() => restarted.sign({ ...honest.checkpoint(), origin: 'bcd.example/binh-dinh/events' })).toThrow(ValidationFailed);
    expect(() => new CheckpointSigner(key, { ...honest.checkpoint(), origin: 'elsewhere' })).toThrow(ValidationFailed);
    expect(formatCheckpoint(restarted.lastSigned!)).toBe(formatCheckpoint(honest.checkpoint()));
  });
});
