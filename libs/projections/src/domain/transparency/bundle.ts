// The export bundle of a tenant's log: one NDJSON file (UTF-8, one JSON object per line, `kind` first) that an
// auditor verifies offline with nothing but the log's verifier key (`bcd-audit verify`):
//
//   {"kind":"bundle","format":"bcd/tlog-bundle@v1","tenant":…,"origin":…,"verifierKey":…,"leafFormat":"bcd/event-leaf@v1","leaves":n,"checkpoints":k,"exportedAt":…}
//   {"kind":"checkpoint","size":…,"signedAt":…,"note":"<signed checkpoint, verbatim>"}        k lines, by size
//   {"kind":"leaf","index":…,"position":"…","transactionId":"…","eventId":…,"hash":"<base64>"}  n lines, by index
//   {"kind":"event","position":"…","transactionId":"…","eventId":…,"tenant":…,"streamId":…,
//    "streamVersion":…,"type":…,"recordedAt":…,"data":…}                                        in log order
//
// The events are the events table's rows (data as stored) up to the last logged one: exactly what the leaves
// commit to, nothing more (no metadata: actors and correlation ids are not committed to). The bundle's own
// verifier key is a convenience: an auditor should pass the key obtained elsewhere (`--vkey`).
import { ValidationFailed } from '@bcd/kernel';
import { EVENT_LEAF_FORMAT } from './leaf.js';
import { verifyLog, type LogVerdict, type LoggedEvent, type LoggedLeaf, type SignedCheckpointRecord } from './log-verification.js';
import { hashFromBase64, hashToBase64 } from './merkle.js';
import { ed25519Verifier, parseVerifierKey } from './note.js';

export const BUNDLE_FORMAT = 'bcd/tlog-bundle@v1';
export const BUNDLE_MEDIA_TYPE = 'application/x-ndjson';

export interface BundleHeader {
  readonly kind: 'bundle';
  readonly format: typeof BUNDLE_FORMAT;
  readonly tenant: string;
  readonly origin: string;
  readonly verifierKey: string;
  readonly leafFormat: typeof EVENT_LEAF_FORMAT;
  /** Leaves in the bundle. */
  readonly leaves: number;
  /** Checkpoints in the bundle. */
  readonly checkpoints: number;
  readonly exportedAt: string;
}

export interface BundleCheckpoint extends SignedCheckpointRecord {
  readonly signedAt: string;
}

export function headerLine(header: Omit<BundleHeader, 'kind' | 'format' | 'leafFormat'>): string {
  const line: BundleHeader = { kind: 'bundle', format: BUNDLE_FORMAT, leafFormat: EVENT_LEAF_FORMAT, ...header };
  return `${JSON.stringify(line)}\n`;
}

export function checkpointLine(checkpoint: BundleCheckpoint): string {
  return `${JSON.stringify({ kind: 'checkpoint', size: checkpoint.size, signedAt: checkpoint.signedAt, note: checkpoint.note })}\n`;
}

export function leafLine(leaf: LoggedLeaf): string {
  return `${JSON.stringify({ kind: 'leaf', index: leaf.index, position: leaf.position, transactionId: leaf.transactionId, eventId: leaf.eventId, hash: hashToBase64(leaf.hash) })}\n`;
}

export function eventLine(event: LoggedEvent): string {
  const { position, transactionId, eventId, tenant, streamId, streamVersion, type, recordedAt, data } = event;
  return `${JSON.stringify({ kind: 'event', position, transactionId, eventId, tenant, streamId, streamVersion, type, recordedAt, data })}\n`;
}

type Line =
  | { kind: 'bundle'; header: BundleHeader }
  | { kind: 'checkpoint'; checkpoint: SignedCheckpointRecord }
  | { kind: 'leaf'; leaf: LoggedLeaf }
  | { kind: 'event'; event: LoggedEvent };

const DECIMAL = /^(0|[1-9][0-9]*)$/;

/** Reads one line of a bundle; ValidationFailed naming the line for anything malformed. */
export function parseBundleLine(text: string, lineNumber: number): Line {
  const fail = (message: string): never => {
    throw new ValidationFailed([{ path: `line ${lineNumber}`, message }]);
  };
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return fail('not JSON');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return fail('not a JSON object');
  const string = (name: string): string => (typeof value[name] === 'string' ? (value[name] as string) : fail(`${name} must be a string`));
  const decimal = (name: string): string => (DECIMAL.test(string(name)) ? (value[name] as string) : fail(`${name} must be a decimal string`));
  const count = (name: string): number => (Number.isSafeInteger(value[name]) && (value[name] as number) >= 0 ? (value[name] as number) : fail(`${name} must be a non-negative integer`));
  switch (value.kind) {
    case 'bundle':
      if (value.format !== BUNDLE_FORMAT) return fail(`format must be ${BUNDLE_FORMAT}`);
      if (value.leafFormat !== EVENT_LEAF_FORMAT) return fail(`leafFormat must be ${EVENT_LEAF_FORMAT}`);
      return {
        kind: 'bundle',
        header: {
          kind: 'bundle',
          format: BUNDLE_FORMAT,
          leafFormat: EVENT_LEAF_FORMAT,
          tenant: string('tenant'),
          origin: string('origin'),
          verifierKey: string('verifierKey'),
          leaves: count('leaves'),
          checkpoints: count('checkpoints'),
          exportedAt: string('exportedAt'),
        },
      };
    case 'checkpoint':
      return { kind: 'checkpoint', checkpoint: { size: count('size'), note: string('note') } };
    case 'leaf': {
      const hash = hashFromBase64(string('hash'));
      if (hash === undefined) return fail('hash must be a base64 SHA-256 hash');
      return { kind: 'leaf', leaf: { index: count('index'), position: decimal('position'), transactionId: decimal('transactionId'), eventId: string('eventId'), hash } };
    }
    case 'event':
      if (!('data' in value)) return fail('an event has data');
      return {
        kind: 'event',
        event: {
          position: decimal('position'),
          transactionId: decimal('transactionId'),
          eventId: string('eventId'),
          tenant: string('tenant'),
          streamId: string('streamId'),
          streamVersion: count('streamVersion'),
          type: string('type'),
          recordedAt: string('recordedAt'),
          data: value.data,
        },
      };
    default:
      return fail('kind must be bundle, checkpoint, leaf or event');
  }
}

export type BundleVerdict =
  | (LogVerdict & { readonly verifierKey: string; readonly keyFromBundle: boolean })
  | { readonly valid: false; readonly error: string };

/**
 * Verifies a bundle read line by line (empty lines skipped): the header, the checkpoints and the leaves are
 * held in memory, the events streamed through verifyLog. `verifierKey`: the key the auditor trusts; absent,
 * the bundle's own is used (and the verdict says so).
 */
export async function verifyBundle(lines: AsyncIterable<string> | Iterable<string>, options: { verifierKey?: string } = {}): Promise<BundleVerdict> {
  const source = (Symbol.asyncIterator in lines ? lines[Symbol.asyncIterator]() : lines[Symbol.iterator]()) as AsyncIterator<string> | Iterator<string>;
  let lineNumber = 0;
  const nextLine = async (): Promise<Line | undefined> => {
    for (;;) {
      const next = await source.next();
      if (next.done) return undefined;
      lineNumber++;
      if (next.value.trim() === '') continue;
      return parseBundleLine(next.value, lineNumber);
    }
  };
  try {
    const first = await nextLine();
    if (first?.kind !== 'bundle') return { valid: false, error: `line 1 must be the bundle header ({"kind":"bundle","format":"${BUNDLE_FORMAT}",…})` };
    const { header } = first;
    const verifierKey = options.verifierKey?.trim() ?? header.verifierKey;
    const key = parseVerifierKey(verifierKey);
    if (key.name !== header.origin) return { valid: false, error: `the bundle is of the log ${header.origin}; the verifier key is of ${key.name}` };

    const checkpoints: SignedCheckpointRecord[] = [];
    const leaves: LoggedLeaf[] = [];
    let line = await nextLine();
    for (; line?.kind === 'checkpoint'; line = await nextLine()) checkpoints.push(line.checkpoint);
    for (; line?.kind === 'leaf'; line = await nextLine()) leaves.push(line.leaf);
    if (checkpoints.length !== header.checkpoints) return { valid: false, error: `the header announces ${header.checkpoints} checkpoints, the bundle holds ${checkpoints.length}` };
    if (leaves.length !== header.leaves) return { valid: false, error: `the header announces ${header.leaves} leaves, the bundle holds ${leaves.length}` };
    const firstEvent: Line | undefined = line;
    async function* events(): AsyncGenerator<LoggedEvent> {
      for (let at: Line | undefined = firstEvent; at !== undefined; at = await nextLine()) {
        if (at.kind !== 'event') throw new ValidationFailed([{ path: `line ${lineNumber}`, message: `a ${at.kind} line after the events` }]);
        yield at.event;
      }
    }
    const verdict = await verifyLog({ tenant: header.tenant, origin: header.origin, verifiers: [ed25519Verifier(key)], checkpoints, leaves, events: events() });
    return { ...verdict, verifierKey, keyFromBundle: options.verifierKey === undefined };
  } catch (error) {
    return { valid: false, error: (error as Error).message };
  }
}

/** The verdict as an auditor reads it: `OK …` or the first bad event and the findings. */
export function describeVerdict(verdict: BundleVerdict | LogVerdict): string {
  if ('error' in verdict) return `NOT VERIFIED: ${verdict.error}\n`;
  const lines: string[] = [];
  const latest = verdict.checkpoints.latest;
  const head = latest === null ? 'no signed checkpoint' : `latest checkpoint: size ${latest.size}, root ${latest.rootHash}`;
  if (verdict.valid) {
    lines.push(`OK ${verdict.origin}: ${verdict.events} events, ${verdict.leaves} leaves, ${verdict.checkpoints.verified} of ${verdict.checkpoints.total} checkpoints verified; ${head}`);
  } else {
    lines.push(`TAMPERED ${verdict.origin}: ${verdict.findings.length + verdict.moreFindings} finding(s); ${head}`);
    const bad = verdict.firstBadEvent;
    if (bad !== null) {
      lines.push(`first bad event: ${bad.eventId} at position ${bad.position}${bad.leafIndex === null ? '' : ` (leaf ${bad.leafIndex})`}: ${bad.problem}: ${bad.detail}`);
    }
    for (const finding of verdict.findings) lines.push(`  ${finding.kind}: ${finding.detail}`);
    if (verdict.moreFindings > 0) lines.push(`  … and ${verdict.moreFindings} more`);
  }
  if ('keyFromBundle' in verdict && verdict.keyFromBundle) {
    lines.push(`warning: verified with the bundle's own verifier key (${verdict.verifierKey}); pass --vkey with the key you obtained from the platform to trust the result`);
  }
  return `${lines.join('\n')}\n`;
}
