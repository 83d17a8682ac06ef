// The command line: usage, keygen, and verify's exit codes (the bundles themselves: transparency.int.spec.ts).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSignerKey } from '../transparency/signer.js';
import { main, USAGE } from './bcd-audit.js';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (text) => (out += text), stderr: (text) => (err += text) });
  return { code, out, err };
}

describe('bcd-audit', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bcd-audit-cli-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('prints its usage for anything else (exit 2)', async () => {
    for (const argv of [[], ['help'], ['verify'], ['verify', 'a', 'b'], ['verify', 'a', '--vkey'], ['keygen']]) {
      expect(await run(...argv)).toEqual({ code: 2, out: '', err: USAGE });
    }
  });

  it('generates a signer key for AUDIT_SIGNING_KEY', async () => {
    const { code, out, err } = await run('keygen', 'bcd.thanhhoa.gov.vn');
    expect(code).toBe(0);
    expect(parseSignerKey(out.trim()).name).toBe('bcd.thanhhoa.gov.vn');
    expect(err).toContain('bcd.thanhhoa.gov.vn/T/events');
    expect((await run('keygen', 'bad name')).code).toBe(2);
  });

  it('answers 2 for a bundle it cannot read, a key it cannot read or a file that is no bundle', async () => {
    expect(await run('verify', join(dir, 'missing.ndjson'))).toMatchObject({ code: 2, err: expect.stringMatching(/^NOT VERIFIED: cannot read .*missing\.ndjson/) });
    expect(await run('verify', join(dir, 'x'), '--vkey-file', join(dir, 'missing.vkey'))).toMatchObject({ code: 2, err: expect.stringContaining('cannot read the verifier key') });
    const file = join(dir, 'not-a-bundle.ndjson');
    await writeFile(file, '{"kind":"event"}\n');
    expect(await run('verify', file, '--json')).toMatchObject({ code: 2, out: expect.stringContaining('"valid": false') });
  });
});
