import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ValidationFailed } from '@bcd/kernel';
import { parseVerifierKey } from '../domain/transparency/note.js';
import { encodeSignerKey, parseSignerKey } from './signer.js';
import { AUDIT_SIGNING_KEY_FILE, loadOrCreateAuditSigningKey, TransparencyKeys } from './signing-key.js';

const README_KEY = encodeSignerKey('bcd.example', new Uint8Array(32).fill(0x2a));

describe('the transparency logs\' signing key', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bcd-audit-key-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('is AUDIT_SIGNING_KEY when set (checked), and nothing is written', async () => {
    expect(await loadOrCreateAuditSigningKey({ signingKey: README_KEY, dataDir: join(dir, 'data') })).toBe(README_KEY);
    await expect(stat(join(dir, 'data'))).rejects.toThrow(/ENOENT/);
    await expect(loadOrCreateAuditSigningKey({ signingKey: README_KEY.replace('+53df006d+', '+00000000+'), dataDir: dir })).rejects.toThrow(ValidationFailed);
  });

  it('is generated on first start into DATA_DIR (mode 0600) and read back after', async () => {
    const dataDir = join(dir, 'data');
    const first = await loadOrCreateAuditSigningKey({ dataDir });
    expect(parseSignerKey(first).name).toBe('bcd.local');
    const file = join(dataDir, AUDIT_SIGNING_KEY_FILE);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readFile(file, 'utf8')).toBe(`${first}\n`);
    expect(await loadOrCreateAuditSigningKey({ dataDir })).toBe(first);
  });

  it('is refused when the kept file holds no signer key', async () => {
    await writeFile(join(dir, AUDIT_SIGNING_KEY_FILE), 'not a key\n');
    await expect(loadOrCreateAuditSigningKey({ dataDir: dir })).rejects.toThrow(ValidationFailed);
  });

  it('is a fresh one in memory with DATA_DIR memory://', async () => {
    const [a, b] = [await loadOrCreateAuditSigningKey({ dataDir: 'memory://' }), await loadOrCreateAuditSigningKey({ dataDir: 'memory://' })];
    expect(a).not.toBe(b);
    await expect(stat('memory:')).rejects.toThrow(/ENOENT/);
  });

  it('signs each tenant\'s log under its origin, so that each tenant has its own verifier key', () => {
    const keys = new TransparencyKeys(README_KEY);
    expect(keys.originOf('thanh-hoa')).toBe('bcd.example/thanh-hoa/events');
    // the README's example verifier key: the throw-away seed under that origin
    expect(keys.verifierKeyOf('thanh-hoa')).toBe('bcd.example/thanh-hoa/events+7f4156ed+ARl/ayPhbIUyxqvIOPrNXqeJvgx2spIDNAOb+os9No1h');
    const [th, pt] = [parseVerifierKey(keys.verifierKeyOf('thanh-hoa')), parseVerifierKey(keys.verifierKeyOf('phu-tho'))];
    expect(th.publicKey).toEqual(pt.publicKey);
    expect(th.keyId).not.toBe(pt.keyId);
    expect(() => keys.originOf('Thanh Hoa')).toThrow(ValidationFailed);
  });
});
