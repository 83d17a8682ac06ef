// C2SP signed notes (https://c2sp.org/signed-note), Ed25519 only, and their verifier keys in the
// `<name>+<key id hex>+<base64(0x01 ‖ public key)>` form of golang.org/x/mod/sumdb/note, so the Go tools
// (and every port of them) read what we write:
//
//   <text, ending in a newline>
//   <blank line>
//   — <key name> <base64(key id (4 bytes, big-endian) ‖ Ed25519 signature (64 bytes))>
//
// key id = SHA-256(key name ‖ 0x0A ‖ 0x01 ‖ 32-byte Ed25519 public key)[:4]. The signed bytes are the text
// including its final newline, not the blank line. Parsing follows the Go reference (sumdb/note.Open).
// Verifying is pure; signing (a private key) lives outside the domain, in src/transparency/signer.ts.
import { createHash, createPublicKey, verify as verifySignature } from 'node:crypto';
import { ValidationFailed } from '@bcd/kernel';
import { decodeBase64 } from './merkle.js';

/** The signature type byte of Ed25519 note signatures (signed-note "Signature types"). */
export const ED25519_SIGNATURE_TYPE = 0x01;
export const ED25519_PUBLIC_KEY_SIZE = 32;
export const ED25519_SIGNATURE_SIZE = 64;
/** Signature lines read at most (the Go reference's limit; the spec asks for at least 16). */
export const MAX_NOTE_SIGNATURES = 100;

const SIGNATURE_PREFIX = '\u2014 '; // em dash, space

/** Key names: non-empty, no Unicode space, no plus. */
export function isValidKeyName(name: string): boolean {
  // eslint-disable-next-line no-control-regex
  return typeof name === 'string' && name.length > 0 && !/[\s\u0085+\u0000-\u001f]/u.test(name);
}

/** The 32-bit key id of a key: SHA-256(name ‖ 0x0A ‖ type ‖ public key)[:4], big-endian. */
export function keyId(name: string, publicKey: Uint8Array, signatureType = ED25519_SIGNATURE_TYPE): number {
  const digest = createHash('sha256').update(name, 'utf8').update('\n').update(Uint8Array.of(signatureType)).update(publicKey).digest();
  return digest.readUInt32BE(0);
}

export const keyIdHex = (id: number): string => id.toString(16).padStart(8, '0');

/** A verifier key: who signs (name, key id) and the Ed25519 public key. */
export interface VerifierKey {
  readonly name: string;
  readonly keyId: number;
  readonly publicKey: Uint8Array;
}

const bytesToBase64 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

/** `<name>+<key id, 8 lowercase hex>+<base64(0x01 ‖ public key)>`. */
export function encodeVerifierKey(name: string, publicKey: Uint8Array): string {
  if (!isValidKeyName(name)) throw new ValidationFailed([{ path: 'name', message: 'a key name is non-empty, with no space or plus' }]);
  if (publicKey.length !== ED25519_PUBLIC_KEY_SIZE) {
    throw new ValidationFailed([{ path: 'publicKey', message: `an Ed25519 public key has ${ED25519_PUBLIC_KEY_SIZE} bytes` }]);
  }
  const typed = Uint8Array.of(ED25519_SIGNATURE_TYPE, ...publicKey);
  return `${name}+${keyIdHex(keyId(name, publicKey))}+${bytesToBase64(typed)}`;
}

/** Reads a verifier key; ValidationFailed for a malformed one, another algorithm or a key id that does not match. */
export function parseVerifierKey(vkey: string): VerifierKey {
  const fail = (message: string): never => {
    throw new ValidationFailed([{ path: 'verifierKey', message }]);
  };
  const first = vkey.indexOf('+');
  const second = first < 0 ? -1 : vkey.indexOf('+', first + 1);
  if (second < 0) return fail('must be <name>+<key id>+<key>');
  const name = vkey.slice(0, first);
  const idHex = vkey.slice(first + 1, second);
  const key = decodeBase64(vkey.slice(second + 1));
  if (!isValidKeyName(name)) return fail('the key name must be non-empty, with no space or plus');
  if (!/^[0-9a-f]{8}$/i.test(idHex)) return fail('the key id must be 8 hex digits');
  if (key === undefined || key.length === 0) return fail('the key must be standard base64');
  if (key[0] !== ED25519_SIGNATURE_TYPE) return fail(`unknown signature type 0x${key[0].toString(16).padStart(2, '0')} (only Ed25519, 0x01)`);
  const publicKey = key.subarray(1);
  if (publicKey.length !== ED25519_PUBLIC_KEY_SIZE) return fail(`an Ed25519 public key has ${ED25519_PUBLIC_KEY_SIZE} bytes`);
  const id = Number.parseInt(idHex, 16);
  if (id !== keyId(name, publicKey)) return fail('the key id does not match the name and key');
  return { name, keyId: id, publicKey: new Uint8Array(publicKey) };
}

// ---------------------------------------------------------------------------------------------------------
// Notes

/** One signature line. `signature` excludes the 4-byte key id. */
export interface NoteSignature {
  readonly name: string;
  readonly keyId: number;
  readonly signature: Uint8Array;
}

export interface SignedNote {
  /** The signed text, ending in a newline. */
  readonly text: string;
  readonly signatures: readonly NoteSignature[];
}

/** A note text: valid (well-formed UTF-16 here), no control character but newline, ending in a newline. */
export function checkNoteText(text: string): void {
  // eslint-disable-next-line no-control-regex
  if (typeof text !== 'string' || !text.endsWith('\n') || /[\u0000-\u0009\u000b-\u001f]/.test(text) || !text.isWellFormed()) {
    throw new ValidationFailed([{ path: 'note.text', message: 'a note text ends in a newline and holds no control character but newlines' }]);
  }
}

/** `— <name> <base64(key id ‖ signature)>` */
export function formatSignatureLine(signature: NoteSignature): string {
  if (!isValidKeyName(signature.name)) throw new ValidationFailed([{ path: 'signature.name', message: 'invalid key name' }]);
  const bytes = new Uint8Array(4 + signature.signature.length);
  new DataView(bytes.buffer).setUint32(0, signature.keyId >>> 0, false);
  bytes.set(signature.signature, 4);
  return `${SIGNATURE_PREFIX}${signature.name} ${bytesToBase64(bytes)}\n`;
}

/** The signed note: text, blank line, one line per signature. */
export function formatSignedNote(note: SignedNote): string {
  checkNoteText(note.text);
  if (note.signatures.length === 0) throw new ValidationFailed([{ path: 'note.signatures', message: 'a signed note has at least one signature' }]);
  return `${note.text}\n${note.signatures.map(formatSignatureLine).join('')}`;
}

/** Splits a signed note into its text and signature lines (none verified); ValidationFailed if malformed. */
export function parseSignedNote(message: string): SignedNote {
  const fail = (message: string): never => {
    throw new ValidationFailed([{ path: 'note', message: `malformed note: ${message}` }]);
  };
  // eslint-disable-next-line no-control-regex
  if (typeof message !== 'string' || !message.isWellFormed() || /[\u0000-\u0009\u000b-\u001f]/.test(message)) {
    return fail('not UTF-8 text without control characters');
  }
  const split = message.lastIndexOf('\n\n');
  if (split < 0) return fail('no blank line before the signatures');
  const text = message.slice(0, split + 1);
  const block = message.slice(split + 2);
  if (block.length === 0 || !block.endsWith('\n')) return fail('the signatures must end in a newline');
  const lines = block.slice(0, -1).split('\n');
  if (lines.length > MAX_NOTE_SIGNATURES) return fail(`more than ${MAX_NOTE_SIGNATURES} signatures`);
  const signatures = lines.map((line, i): NoteSignature => {
    if (!line.startsWith(SIGNATURE_PREFIX)) return fail(`signature line ${i + 1} does not start with an em dash and a space`);
    const rest = line.slice(SIGNATURE_PREFIX.length);
    const space = rest.indexOf(' ');
    const name = space < 0 ? rest : rest.slice(0, space);
    const bytes = space < 0 ? undefined : decodeBase64(rest.slice(space + 1));
    if (!isValidKeyName(name) || bytes === undefined || bytes.length < 5) return fail(`signature line ${i + 1} is not "— <name> <base64>"`);
    return { name, keyId: Buffer.from(bytes).readUInt32BE(0), signature: bytes.subarray(4) };
  });
  return { text, signatures };
}

// ---------------------------------------------------------------------------------------------------------
// Verification

/** A known key: verifies signatures by one (name, key id). */
export interface NoteVerifier {
  readonly name: string;
  readonly keyId: number;
  verify(message: Uint8Array, signature: Uint8Array): boolean;
}

// An Ed25519 SubjectPublicKeyInfo is this DER prefix and the 32 raw key bytes (RFC 8410).
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** The verifier of an Ed25519 verifier key. */
export function ed25519Verifier(vkey: string | VerifierKey): NoteVerifier {
  const key = typeof vkey === 'string' ? parseVerifierKey(vkey) : vkey;
  const publicKey = createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, key.publicKey]), format: 'der', type: 'spki' });
  return {
    name: key.name,
    keyId: key.keyId,
    verify: (message, signature) => signature.length === ED25519_SIGNATURE_SIZE && verifySignature(null, message, publicKey, signature),
  };
}

export type NoteVerdict =
  | { readonly valid: true; readonly text: string; readonly verifiedBy: readonly string[] }
  | { readonly valid: false; readonly reason: string };

/**
 * Opens a signed note as signed-note requires: signatures of unknown keys are ignored, a known key's
 * signature that fails rejects the whole note, and at least one known key must have signed.
 */
export function openNote(message: string, verifiers: readonly NoteVerifier[]): NoteVerdict {
  let note: SignedNote;
  try {
    note = parseSignedNote(message);
  } catch (error) {
    return { valid: false, reason: (error as Error).message };
  }
  const signed = new TextEncoder().encode(note.text);
  const verifiedBy: string[] = [];
  for (const signature of note.signatures) {
    const known = verifiers.filter((v) => v.name === signature.name && v.keyId === signature.keyId);
    if (known.length === 0) continue;
    if (known.length > 1) return { valid: false, reason: `ambiguous key ${signature.name}+${keyIdHex(signature.keyId)}` };
    const id = `${signature.name}+${keyIdHex(signature.keyId)}`;
    if (!known[0].verify(signed, signature.signature)) return { valid: false, reason: `invalid signature by ${id}` };
    if (!verifiedBy.includes(id)) verifiedBy.push(id);
  }
  if (verifiedBy.length === 0) return { valid: false, reason: 'no signature by a known key' };
  return { valid: true, text: note.text, verifiedBy };
}
