// Signing a tenant's checkpoints with Ed25519 (node:crypto). Kept outside domain/: it holds a private key
// and makes keys from randomness. Keys travel in the golang.org/x/mod/sumdb/note encodings:
//   signer key   PRIVATE+KEY+<name>+<key id hex>+<base64(0x01 ‖ 32-byte seed)>   (a secret)
//   verifier key <name>+<key id hex>+<base64(0x01 ‖ 32-byte public key)>          (published)
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign as signBytes, type KeyObject } from 'node:crypto';
import { ValidationFailed } from '@bcd/kernel';
import {
  assertConsistentSuccessor,
  formatCheckpoint,
  type Checkpoint,
} from '../domain/transparency/checkpoint.js';
import { decodeBase64, type Hash } from '../domain/transparency/merkle.js';
import {
  ED25519_SIGNATURE_TYPE,
  checkNoteText,
  encodeVerifierKey,
  formatSignedNote,
  isValidKeyName,
  keyId,
  keyIdHex,
  type NoteSignature,
} from '../domain/transparency/note.js';

/** Signs note texts with one key. */
export interface NoteSigner {
  readonly name: string;
  readonly keyId: number;
  /** The published verifier key of this signer. */
  readonly verifierKey: string;
  sign(message: Uint8Array): Uint8Array;
}

// An Ed25519 PKCS#8 private key is this DER prefix and the 32-byte seed (RFC 8410).
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

function rawPublicKey(privateKey: KeyObject): Uint8Array {
  const jwk = createPublicKey(privateKey).export({ format: 'jwk' });
  return new Uint8Array(Buffer.from(jwk.x as string, 'base64url'));
}

/** A signer named `name` holding the Ed25519 key of this 32-byte seed (RFC 8032's private key). */
export function ed25519Signer(name: string, seed: Uint8Array): NoteSigner {
  if (!isValidKeyName(name)) throw new ValidationFailed([{ path: 'name', message: 'a key name is non-empty, with no space or plus' }]);
  if (seed.length !== 32) throw new ValidationFailed([{ path: 'seed', message: 'an Ed25519 seed has 32 bytes' }]);
  const privateKey = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  const publicKey = rawPublicKey(privateKey);
  return {
    name,
    keyId: keyId(name, publicKey),
    verifierKey: encodeVerifierKey(name, publicKey),
    sign: (message) => new Uint8Array(signBytes(null, message, privateKey)),
  };
}

/** Reads a `PRIVATE+KEY+<name>+<id>+<base64(0x01 ‖ seed)>` signer key; ValidationFailed if malformed or its id is wrong. */
export function parseSignerKey(skey: string): NoteSigner {
  const { name, seed } = decodeSignerKey(skey);
  return ed25519Signer(name, seed);
}

/**
 * The name and Ed25519 seed of a signer key, checked as parseSignerKey checks it. For a host that signs
 * several logs with one key under several names (one origin per tenant: see TransparencyKeys).
 */
export function decodeSignerKey(skey: string): { name: string; seed: Uint8Array } {
  const fail = (message: string): never => {
    throw new ValidationFailed([{ path: 'signerKey', message }]);
  };
  const parts = typeof skey === 'string' ? skey.split('+') : [];
  if (parts.length < 5 || parts[0] !== 'PRIVATE' || parts[1] !== 'KEY') return fail('must be PRIVATE+KEY+<name>+<key id>+<key>');
  const [, , name, idHex] = parts;
  const key = decodeBase64(parts.slice(4).join('+'));
  if (!/^[0-9a-f]{8}$/i.test(idHex)) return fail('the key id must be 8 hex digits');
  if (key === undefined || key.length !== 33 || key[0] !== ED25519_SIGNATURE_TYPE) return fail('the key must be base64(0x01 ‖ 32-byte Ed25519 seed)');
  const seed = key.subarray(1);
  if (ed25519Signer(name, seed).keyId !== Number.parseInt(idHex, 16)) return fail('the key id does not match the name and key');
  return { name, seed: new Uint8Array(seed) };
}

/** The signer key (secret) of a seed. */
export function encodeSignerKey(name: string, seed: Uint8Array): string {
  const signer = ed25519Signer(name, seed);
  return `PRIVATE+KEY+${name}+${keyIdHex(signer.keyId)}+${Buffer.from(Uint8Array.of(ED25519_SIGNATURE_TYPE, ...seed)).toString('base64')}`;
}

/** A fresh Ed25519 key for `name`: the signer key to keep secret, the verifier key to publish. */
export function generateSignerKey(name: string): { signerKey: string; verifierKey: string } {
  const { privateKey } = generateKeyPairSync('ed25519');
  const jwk = privateKey.export({ format: 'jwk' });
  const seed = new Uint8Array(Buffer.from(jwk.d as string, 'base64url'));
  const signerKey = encodeSignerKey(name, seed);
  return { signerKey, verifierKey: ed25519Signer(name, seed).verifierKey };
}

/** The signature line of `signer` over `text`. */
export function signatureOf(text: string, signer: NoteSigner): NoteSignature {
  checkNoteText(text);
  return { name: signer.name, keyId: signer.keyId, signature: signer.sign(new TextEncoder().encode(text)) };
}

/** Signs a note text with each signer, in order. */
export function signNote(text: string, ...signers: NoteSigner[]): string {
  return formatSignedNote({ text, signatures: signers.map((signer) => signatureOf(text, signer)) });
}

/**
 * The signing side of one tenant's log: signs checkpoints of its origin (the signer's key name) and never
 * one inconsistent with the last it signed. The caller persists `lastSigned` with the log's state and gives
 * it back when it builds the signer again; without it the rule cannot be kept.
 */
export class CheckpointSigner {
  #lastSigned: Checkpoint | undefined;

  constructor(
    private readonly signer: NoteSigner,
    lastSigned?: Checkpoint,
  ) {
    if (lastSigned !== undefined && lastSigned.origin !== signer.name) {
      throw new ValidationFailed([{ path: 'lastSigned.origin', message: `the signer signs ${signer.name}` }]);
    }
    this.#lastSigned = lastSigned;
  }

  get origin(): string {
    return this.signer.name;
  }

  get lastSigned(): Checkpoint | undefined {
    return this.#lastSigned;
  }

  /**
   * Signs `next`, given the consistency proof from the last signed checkpoint (empty when there is none, when
   * it was of size 0, or when `next` is the same tree). StateConflict if `next` does not extend it.
   */
  sign(next: Checkpoint, consistencyProofFromLast: readonly Hash[] = []): string {
    if (next.origin !== this.signer.name) {
      throw new ValidationFailed([{ path: 'checkpoint.origin', message: `this log is ${this.signer.name}, not ${next.origin}` }]);
    }
    assertConsistentSuccessor(this.#lastSigned, next, consistencyProofFromLast);
    const note = signNote(formatCheckpoint(next), this.signer);
    this.#lastSigned = next;
    return note;
  }
}
