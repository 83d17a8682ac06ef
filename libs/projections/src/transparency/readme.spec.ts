// The README's example is real: its tlog-proof verifies with its verifier key, for the leaf it describes.
import { readFileSync } from 'node:fs';
import { ed25519Verifier, eventLeafHash, parseVerifierKey, verifyTlogProof } from '../index.js';
import { ed25519Signer } from './signer.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const blocks = [...readme.matchAll(/```text\n([\s\S]*?)```/g)].map((m) => m[1]);

describe('README example', () => {
  const [vkeyBlock, proofBlock] = blocks;
  const vkey = vkeyBlock.trim();

  it('shows the verifier key of the throw-away seed it names', () => {
    expect(ed25519Signer('bcd.example/thanh-hoa/events', new Uint8Array(32).fill(0x2a)).verifierKey).toBe(vkey);
    expect(parseVerifierKey(vkey).name).toBe('bcd.example/thanh-hoa/events');
  });

  it('shows a tlog-proof that verifies for the event at index 1', () => {
    const event = {
      tenantId: 'thanh-hoa',
      globalPosition: 42n,
      eventId: '01951a00-0000-7000-8000-000000000001',
      streamId: 'meeting-thanh-hoa-0195',
      streamVersion: 2,
      type: 'meetings.MeetingScheduled',
      recordedAt: new Date('2026-03-01T08:00:01.000Z'),
      data: { i: 1 },
    };
    expect(verifyTlogProof(proofBlock, eventLeafHash(event), 'bcd.example/thanh-hoa/events', [ed25519Verifier(vkey)])).toMatchObject({
      valid: true,
      index: 1,
    });
    expect(verifyTlogProof(proofBlock, eventLeafHash({ ...event, data: { i: 2 } }), 'bcd.example/thanh-hoa/events', [ed25519Verifier(vkey)]).valid).toBe(false);
  });
});
