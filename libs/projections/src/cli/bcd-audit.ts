// `bcd-audit`: the offline side of the transparency log, for auditors (libs/projections README "Transparency log").
//
//   bcd-audit verify <bundle.ndjson> [--vkey <verifier key> | --vkey-file <file>] [--json]
//       Verifies an exported bundle with nothing but the verifier key: recomputes every leaf from the events,
//       rebuilds the tree, checks every checkpoint's signature and root. Prints OK with the counts (exit 0),
//       or the first bad event and the findings (exit 1); 2 for a usage error or an unreadable bundle.
//   bcd-audit keygen <log name>
//       Prints a fresh signer key for AUDIT_SIGNING_KEY (keep it secret); tenant T's log is then
//       `<log name>/T/events`, its verifier key served at GET /api/tenants/T/audit/log/verifier-key.
//
// Reads and verifies only: no network, no database.
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { describeVerdict, verifyBundle, type BundleVerdict } from '../domain/transparency/bundle.js';
import { isValidKeyName } from '../domain/transparency/note.js';
import { generateSignerKey } from '../transparency/signer.js';

export const USAGE = `usage:
  bcd-audit verify <bundle.ndjson> [--vkey <verifier key> | --vkey-file <file>] [--json]
  bcd-audit keygen <log name>
`;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Verifies the bundle in a file, streaming its lines. */
export async function verifyBundleFile(path: string, options: { verifierKey?: string } = {}): Promise<BundleVerdict> {
  const input = createReadStream(path, { encoding: 'utf8' });
  const opened = new Promise<void>((resolve, reject) => {
    input.once('open', () => resolve());
    input.once('error', reject);
  });
  try {
    await opened;
  } catch (error) {
    return { valid: false, error: `cannot read ${path}: ${(error as Error).message}` };
  }
  const lines = createInterface({ input, crlfDelay: Infinity });
  try {
    return await verifyBundle(lines, options);
  } finally {
    lines.close();
    input.destroy();
  }
}

/** Runs the command line; resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'verify') {
    let path: string | undefined;
    let verifierKey: string | undefined;
    let json = false;
    for (let i = 0; i < rest.length; i++) {
      const arg = rest[i];
      if (arg === '--json') json = true;
      else if (arg === '--vkey' && i + 1 < rest.length) verifierKey = rest[++i];
      else if (arg === '--vkey-file' && i + 1 < rest.length) {
        try {
          verifierKey = (await readFile(rest[++i], 'utf8')).trim();
        } catch (error) {
          io.stderr(`bcd-audit: cannot read the verifier key: ${(error as Error).message}\n`);
          return 2;
        }
      } else if (!arg.startsWith('--') && path === undefined) path = arg;
      else {
        io.stderr(USAGE);
        return 2;
      }
    }
    if (path === undefined) {
      io.stderr(USAGE);
      return 2;
    }
    const verdict = await verifyBundleFile(path, verifierKey === undefined ? {} : { verifierKey });
    if (json) io.stdout(`${JSON.stringify(verdict, null, 2)}\n`);
    else (verdict.valid ? io.stdout : 'error' in verdict ? io.stderr : io.stdout)(describeVerdict(verdict));
    return verdict.valid ? 0 : 'error' in verdict ? 2 : 1;
  }
  if (command === 'keygen' && rest.length === 1) {
    if (!isValidKeyName(rest[0])) {
      io.stderr('bcd-audit: a log name has no spaces and no plus sign (e.g. bcd.thanhhoa.gov.vn)\n');
      return 2;
    }
    io.stdout(`${generateSignerKey(rest[0]).signerKey}\n`);
    io.stderr(`Set it as AUDIT_SIGNING_KEY and keep it secret. Tenant T's log is ${rest[0]}/T/events; its verifier key is served at GET /api/tenants/T/audit/log/verifier-key.\n`);
    return 0;
  }
  io.stderr(USAGE);
  return 2;
}
