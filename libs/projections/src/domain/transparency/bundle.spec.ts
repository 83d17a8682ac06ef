// The export bundle: written line by line, verified offline with the verifier key alone.
import { ed25519Signer, signNote } from '../../transparency/signer.js';
import { checkpointLine, describeVerdict, eventLine, headerLine, leafLine, parseBundleLine, verifyBundle } from './bundle.js';
import { formatCheckpoint } from './checkpoint.js';
import { loggedEventLeafHash, type LoggedEvent } from './log-verification.js';
import { appendLeaf, EMPTY_TREE, treeRoot } from './merkle.js';

const TENANT = 'phu-tho';
const ORIGIN = 'bcd.example/phu-tho/events';
const signer = ed25519Signer(ORIGIN, new Uint8Array(32).fill(0x2a));

function events(n: number): LoggedEvent[] {
  return Array.from({ length: n }, (_, i) => ({
    tenant: TENANT,
    position: String(10 + i),
    transactionId: String(500 + i),
    eventId: `01960000-0000-7000-8000-${String(i).padStart(12, '0')}`,
    streamId: 'budget-2024',
    streamVersion: i + 1,
    type: 'budget.ExpenditureRecorded',
    recordedAt: '2024-05-01T01:02:03.004Z',
    data: { amount: '9007199254740993123', payee: 'Công ty TNHH Hồng Đức' },
  }));
}

/** The lines of a bundle of n events, checkpoints after leaves 2 and n. */
function bundle(n: number): string[] {
  const all = events(n);
  let state = EMPTY_TREE;
  const leaves: string[] = [];
  const checkpoints: string[] = [];
  all.forEach((event, index) => {
    const hash = loggedEventLeafHash(event);
    state = appendLeaf(state, hash).state;
    leaves.push(leafLine({ index, position: event.position, transactionId: event.transactionId, eventId: event.eventId, hash }));
    if (state.size === 2 || state.size === n) {
      const note = signNote(formatCheckpoint({ origin: ORIGIN, size: state.size, rootHash: treeRoot(state) }), signer);
      checkpoints.push(checkpointLine({ size: state.size, note, signedAt: '2024-05-01T01:02:04.000Z' }));
    }
  });
  return [
    headerLine({ tenant: TENANT, origin: ORIGIN, verifierKey: signer.verifierKey, leaves: n, checkpoints: checkpoints.length, exportedAt: '2024-05-02T00:00:00.000Z' }),
    ...checkpoints,
    ...leaves,
    ...all.map(eventLine),
  ].flatMap((text) => text.split('\n').filter((line) => line.length > 0));
}

describe('the export bundle', () => {
  it('verifies offline with the verifier key given, and says so', async () => {
    const verdict = await verifyBundle(bundle(5), { verifierKey: signer.verifierKey });
    expect(verdict).toMatchObject({ valid: true, events: 5, leaves: 5, checkpoints: { total: 2, verified: 2, latest: { size: 5 } }, keyFromBundle: false });
    expect(describeVerdict(verdict)).toMatch(/^OK bcd\.example\/phu-tho\/events: 5 events, 5 leaves, 2 of 2 checkpoints verified; latest checkpoint: size 5, root .+=\n$/);
  });

  it('warns when it could only trust the bundle\'s own key', async () => {
    const verdict = await verifyBundle(bundle(3));
    expect(verdict).toMatchObject({ valid: true, keyFromBundle: true });
    expect(describeVerdict(verdict)).toContain('warning: verified with the bundle\'s own verifier key');
  });

  it('names the event changed in the file', async () => {
    const lines = bundle(5);
    const at = lines.findIndex((line) => line.includes('"kind":"event"') && line.includes('"streamVersion":4'));
    lines[at] = lines[at].replace('Hồng Đức', 'Hồng Đức.');
    const verdict = await verifyBundle(lines, { verifierKey: signer.verifierKey });
    expect(verdict).toMatchObject({ valid: false, firstBadEvent: { problem: 'event-changed', leafIndex: 3, eventId: events(5)[3].eventId, position: '13' } });
    expect(describeVerdict(verdict)).toContain(`first bad event: ${events(5)[3].eventId} at position 13 (leaf 3): event-changed`);
  });

  it('refuses a key of another log, a stranger\'s key, a malformed line and announced counts that do not match', async () => {
    const other = ed25519Signer('bcd.example/thanh-hoa/events', new Uint8Array(32).fill(0x2a)).verifierKey;
    expect(await verifyBundle(bundle(2), { verifierKey: other })).toEqual({
      valid: false,
      error: 'the bundle is of the log bcd.example/phu-tho/events; the verifier key is of bcd.example/thanh-hoa/events',
    });
    const stranger = ed25519Signer(ORIGIN, new Uint8Array(32).fill(1)).verifierKey;
    const unsigned = await verifyBundle(bundle(2), { verifierKey: stranger });
    expect(unsigned).toMatchObject({ valid: false, checkpoints: { verified: 0 } });
    expect(unsigned.valid === false && 'findings' in unsigned && unsigned.findings[0].kind).toBe('checkpoint-invalid');

    const lines = bundle(3);
    expect(await verifyBundle([...lines.slice(0, 4), '{"kind":"leaf"', ...lines.slice(4)])).toMatchObject({ valid: false, error: expect.stringContaining('line 5') });
    expect(await verifyBundle(lines.filter((line) => !line.includes('"index":1')))).toEqual({ valid: false, error: 'the header announces 3 leaves, the bundle holds 2' });
    expect(await verifyBundle([...lines, lines[1]])).toMatchObject({ valid: false, error: expect.stringContaining('a checkpoint line after the events') });
    expect(await verifyBundle(lines.slice(1))).toMatchObject({ valid: false, error: expect.stringContaining('bundle header') });
  });

  it('reads each kind of line strictly', () => {
    expect(() => parseBundleLine('{"kind":"leaf","index":0,"position":"01","transactionId":"1","eventId":"e","hash":"AA=="}', 7)).toThrow('line 7: hash must be a base64 SHA-256 hash');
    const hash = Buffer.alloc(32).toString('base64');
    expect(() => parseBundleLine(`{"kind":"leaf","index":0,"position":"01","transactionId":"1","eventId":"e","hash":"${hash}"}`, 7)).toThrow('line 7: position must be a decimal string');
    expect(() => parseBundleLine('{"kind":"event","position":"1"}', 2)).toThrow('line 2: an event has data');
    expect(() => parseBundleLine('[1]', 3)).toThrow('line 3: not a JSON object');
    expect(() => parseBundleLine('{"kind":"note"}', 4)).toThrow('line 4: kind must be bundle, checkpoint, leaf or event');
  });
});
