// The key the transparency logs are signed with, and the names it signs under.
//
// One Ed25519 key signs every tenant's log; each tenant's log has its own origin, and the key signs it under
// that name (C2SP tlog-checkpoint: the log's key name is its origin), so each tenant has its own verifier key
// (the same public key, another name and key id):
//
//   signer key (secret)   PRIVATE+KEY+<log name>+<key id>+<base64(0x01 ‖ seed)>    AUDIT_SIGNING_KEY
//   origin of tenant T    <log name>/<T>/events                                     e.g. bcd.thanhhoa.gov.vn/thanh-hoa/events
//   verifier key of T     <origin>+<key id of that name>+<base64(0x01 ‖ public key)>
//
// AUDIT_SIGNING_KEY when set; else the key kept in `<DATA_DIR>/audit-signing-key` (created on first start,
// mode 0600, under the name `bcd.local`); with DATA_DIR `memory://` (tests) a fresh key in memory.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TenantId } from '@bcd/kernel';
import { ed25519Verifier, type NoteVerifier } from '../domain/transparency/note.js';
import { decodeSignerKey, ed25519Signer, generateSignerKey, type NoteSigner } from './signer.js';

export const AUDIT_SIGNING_KEY_FILE = 'audit-signing-key';
/** The log name of a generated key. Set AUDIT_SIGNING_KEY to name the logs after the deployment's domain. */
export const GENERATED_LOG_NAME = 'bcd.local';

/**
 * The signer key: `signingKey` when given (checked), else the one kept in `<dataDir>/audit-signing-key`,
 * created on first start (`wx`: if another process created it meanwhile, theirs is used). Processes sharing
 * one database must share AUDIT_SIGNING_KEY instead: each would otherwise sign with its own key, and the log
 * refuses to go on from a checkpoint it cannot verify.
 */
export async function loadOrCreateAuditSigningKey(options: { signingKey?: string; dataDir: string }): Promise<string> {
  if (options.signingKey !== undefined) {
    decodeSignerKey(options.signingKey);
    return options.signingKey;
  }
  if (options.dataDir === 'memory://') return generateSignerKey(GENERATED_LOG_NAME).signerKey;
  const file = join(options.dataDir, AUDIT_SIGNING_KEY_FILE);
  const readKept = async (): Promise<string> => {
    const kept = (await readFile(file, 'utf8')).trim();
    decodeSignerKey(kept);
    return kept;
  };
  try {
    return await readKept();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(options.dataDir, { recursive: true });
  const { signerKey } = generateSignerKey(GENERATED_LOG_NAME);
  try {
    await writeFile(file, `${signerKey}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return readKept();
  }
  return signerKey;
}

/** The origins, signers and verifier keys of every tenant's log, from the one signer key. */
export class TransparencyKeys {
  readonly logName: string;
  readonly #seed: Uint8Array;
  readonly #signers = new Map<string, NoteSigner>();
  readonly #verifiers = new Map<string, NoteVerifier>();

  constructor(signerKey: string) {
    const { name, seed } = decodeSignerKey(signerKey);
    this.logName = name;
    this.#seed = seed;
  }

  /** `<log name>/<tenant>/events`. */
  originOf(tenant: string): string {
    return `${this.logName}/${TenantId.parse(tenant)}/events`;
  }

  /** Signs the tenant's checkpoints (the key, under the tenant's origin). */
  signerOf(tenant: string): NoteSigner {
    let signer = this.#signers.get(tenant);
    if (signer === undefined) {
      signer = ed25519Signer(this.originOf(tenant), this.#seed);
      this.#signers.set(tenant, signer);
    }
    return signer;
  }

  /** The published verifier key of the tenant's log. */
  verifierKeyOf(tenant: string): string {
    return this.signerOf(tenant).verifierKey;
  }

  verifierOf(tenant: string): NoteVerifier {
    let verifier = this.#verifiers.get(tenant);
    if (verifier === undefined) {
      verifier = ed25519Verifier(this.verifierKeyOf(tenant));
      this.#verifiers.set(tenant, verifier);
    }
    return verifier;
  }
}
