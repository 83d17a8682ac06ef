import { ValidationFailed } from '@bcd/kernel';
import {
  ed25519Verifier,
  encodeVerifierKey,
  formatSignedNote,
  keyId,
  openNote,
  parseSignedNote,
  parseVerifierKey,
  type NoteVerifier,
} from './note.js';

// The example key and note of the Go reference implementation (golang.org/x/mod/sumdb/note, note.go's package
// documentation and note_test.go), which C2SP signed-note formalises.
const PETER_VKEY = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
const PETER_TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const PETER_NOTE =
  PETER_TEXT + '\n— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n';
// The key of the Go checksum database, as every Go toolchain carries it (GOSUMDB).
const SUM_GOLANG_ORG_VKEY = 'sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8';

describe('verifier keys (<name>+<key id>+<base64(0x01 ‖ public key)>)', () => {
  it('reads the reference keys and computes their key ids as SHA-256(name ‖ 0x0A ‖ 0x01 ‖ key)[:4]', () => {
    for (const vkey of [PETER_VKEY, SUM_GOLANG_ORG_VKEY]) {
      const key = parseVerifierKey(vkey);
      expect(keyId(key.name, key.publicKey)).toBe(key.keyId);
      expect(encodeVerifierKey(key.name, key.publicKey)).toBe(vkey);
    }
    expect(parseVerifierKey(PETER_VKEY)).toMatchObject({ name: 'PeterNeumann', keyId: 0xc74f20a3 });
    expect(parseVerifierKey(SUM_GOLANG_ORG_VKEY)).toMatchObject({ name: 'sum.golang.org', keyId: 0x033de0ae });
  });

  it('refuses every truncation and every one-character change of a key (as the Go reference tests)', () => {
    for (let i = 0; i <= PETER_VKEY.length; i++) {
      for (let j = i + 1; j <= PETER_VKEY.length; j++) {
        if (i !== 0 || j !== PETER_VKEY.length) expect(() => parseVerifierKey(PETER_VKEY.slice(i, j))).toThrow(ValidationFailed);
      }
    }
    for (let i = 0; i < PETER_VKEY.length; i++) {
      const changed = PETER_VKEY.slice(0, i) + String.fromCharCode(PETER_VKEY.charCodeAt(i) + 1) + PETER_VKEY.slice(i + 1);
      expect(() => parseVerifierKey(changed)).toThrow(ValidationFailed);
    }
    expect(() => parseVerifierKey('PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY==')).toThrow(ValidationFailed);
    expect(() => parseVerifierKey('PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW')).toThrow(ValidationFailed);
  });
});

describe('signed notes', () => {
  const peter = ed25519Verifier(PETER_VKEY);

  it('opens the reference note with the reference key', () => {
    expect(openNote(PETER_NOTE, [peter])).toEqual({ valid: true, text: PETER_TEXT, verifiedBy: ['PeterNeumann+c74f20a3'] });
  });

  it('round-trips: parse then format gives the same bytes', () => {
    const note = parseSignedNote(PETER_NOTE);
    expect(note.text).toBe(PETER_TEXT);
    expect(note.signatures).toHaveLength(1);
    expect(note.signatures[0]).toMatchObject({ name: 'PeterNeumann', keyId: 0xc74f20a3 });
    expect(note.signatures[0].signature).toHaveLength(64);
    expect(formatSignedNote(note)).toBe(PETER_NOTE);
  });

  it('rejects a tampered note, a tampered signature and a note no known key signed', () => {
    expect(openNote(PETER_NOTE.replace('cryptography', 'cryptographY'), [peter])).toEqual({
      valid: false,
      reason: 'invalid signature by PeterNeumann+c74f20a3',
    });
    expect(openNote(PETER_NOTE.replace('x08go', 'x08gp'), [peter]).valid).toBe(false);
    expect(openNote(PETER_NOTE, [])).toEqual({ valid: false, reason: 'no signature by a known key' });
    expect(openNote(PETER_NOTE, [ed25519Verifier(SUM_GOLANG_ORG_VKEY)]).valid).toBe(false);
  });

  it('ignores signatures of unknown keys, but a known key that fails rejects the whole note', () => {
    const other = PETER_NOTE + '— EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n';
    expect(openNote(other, [peter])).toMatchObject({ valid: true, verifiedBy: ['PeterNeumann+c74f20a3'] });
    // same name and key id as a known key, wrong signature
    const forged = PETER_NOTE + '— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAA=\n';
    expect(openNote(forged, [peter]).valid).toBe(false);
    const ambiguous: NoteVerifier = { ...peter, verify: () => true };
    expect(openNote(PETER_NOTE, [peter, ambiguous]).valid).toBe(false);
  });

  it('rejects malformed notes', () => {
    const malformed = [
      PETER_TEXT, // no signatures
      PETER_TEXT + '\n', // blank line but no signature
      PETER_NOTE.slice(0, -1), // no final newline
      PETER_NOTE.replace('— ', '-- '), // not an em dash
      PETER_NOTE.replace('— PeterNeumann ', '— Peter Neumann '), // a space in the name
      PETER_NOTE.replace('— PeterNeumann x08go', '— PeterNeumann !08go'), // not base64
      PETER_NOTE.replace('If you', 'If\tyou'), // a control character
      PETER_TEXT + '\n— PeterNeumann AAAAAA==\n', // fewer than 5 bytes
      PETER_TEXT + '\n' + '— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n'.repeat(101),
    ];
    for (const note of malformed) {
      expect(() => parseSignedNote(note)).toThrow(ValidationFailed);
      expect(openNote(note, [peter]).valid).toBe(false);
    }
  });
});
