import fc from 'fast-check';
import { ValidationFailed } from '@bcd/kernel';
import { EVENT_LEAF_FORMAT, dataSha256, eventLeaf, eventLeafFields, eventLeafHash, type EventLeafSource } from './leaf.js';

const meetingHeld: EventLeafSource = {
  tenantId: 'thanh-hoa',
  globalPosition: 9007199254740993n, // 2^53 + 1: exact, as a string
  eventId: '01950f6e-2c3a-7cc0-8a4e-6f1f0c1d2e3f',
  streamId: 'meeting-thanh-hoa-01950f6e',
  streamVersion: 3,
  type: 'meetings.MeetingHeld',
  recordedAt: new Date('2026-03-01T08:00:00.123Z'),
  data: { title: 'Phiên họp thường kỳ quý I', attendees: ['Nguyễn Văn A', 'Trần Thị B'], heldOn: '2026-03-01' },
};

// Fixed by hand and checked with coreutils: printf '%s' '<canonical data>' | sha256sum, and
// { printf '\x00'; printf '%s' '<leaf>'; } | sha256sum. Changing them changes every log: a new format version.
const LEAF =
  '{"dataSha256":"6b69c47ddfede5d17319988cfc3549ff28863ce96d147a2bf556a9abfc3a16a3",' +
  '"eventId":"01950f6e-2c3a-7cc0-8a4e-6f1f0c1d2e3f","format":"bcd/event-leaf@v1","position":"9007199254740993",' +
  '"recordedAt":"2026-03-01T08:00:00.123Z","streamId":"meeting-thanh-hoa-01950f6e","streamVersion":3,' +
  '"tenant":"thanh-hoa","type":"meetings.MeetingHeld"}';
const LEAF_HASH = 'bd51d8e2e128354bae7f65b727233bba600cd5da8c394b7be7fc0e5702b65f55';

describe('the leaf of an event', () => {
  it('is the UTF-8 canonical JSON of the fixed members, byte for byte', () => {
    expect(new TextDecoder().decode(eventLeaf(meetingHeld))).toBe(LEAF);
    expect(Buffer.from(eventLeafHash(meetingHeld)).toString('hex')).toBe(LEAF_HASH);
    expect(eventLeafFields(meetingHeld).format).toBe(EVENT_LEAF_FORMAT);
  });

  it('commits to the data through its hash only: no personal data in the leaf', () => {
    const text = new TextDecoder().decode(eventLeaf(meetingHeld));
    for (const personal of ['Nguyễn', 'Trần', 'Phiên họp']) expect(text).not.toContain(personal);
    // the data hash does not depend on key order (canonical JSON)
    expect(dataSha256({ heldOn: '2026-03-01', attendees: ['Nguyễn Văn A', 'Trần Thị B'], title: 'Phiên họp thường kỳ quý I' })).toBe(
      '6b69c47ddfede5d17319988cfc3549ff28863ce96d147a2bf556a9abfc3a16a3',
    );
  });

  it('changes with every committed member', () => {
    const base = Buffer.from(eventLeafHash(meetingHeld)).toString('hex');
    const variants: EventLeafSource[] = [
      { ...meetingHeld, tenantId: 'binh-dinh' },
      { ...meetingHeld, globalPosition: meetingHeld.globalPosition + 1n },
      { ...meetingHeld, eventId: '01950f6e-2c3a-7cc0-8a4e-6f1f0c1d2e40' },
      { ...meetingHeld, streamId: 'meeting-thanh-hoa-other' },
      { ...meetingHeld, streamVersion: 4 },
      { ...meetingHeld, type: 'meetings.MeetingCancelled' },
      { ...meetingHeld, recordedAt: new Date('2026-03-01T08:00:00.124Z') },
      { ...meetingHeld, data: { ...(meetingHeld.data as object), heldOn: '2026-03-02' } },
    ];
    const hashes = variants.map((v) => Buffer.from(eventLeafHash(v)).toString('hex'));
    expect(new Set([base, ...hashes]).size).toBe(variants.length + 1);
  });

  it('cannot be confused across members (JSON escaping keeps any string in its member)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        fc.pre(a.length > 0 && b.length > 0 && a !== b);
        const one = eventLeaf({ ...meetingHeld, streamId: a, type: b });
        const other = eventLeaf({ ...meetingHeld, streamId: b, type: a });
        expect(Buffer.from(one).equals(Buffer.from(other))).toBe(false);
        const parsed = JSON.parse(new TextDecoder().decode(one)) as { streamId: string; type: string };
        expect([parsed.streamId, parsed.type]).toEqual([a, b]);
      }),
    );
  });

  it('refuses an event it cannot commit to', () => {
    const bad: Array<Partial<EventLeafSource>> = [
      { tenantId: 'Thanh Hoa' },
      { globalPosition: -1n },
      { globalPosition: 1 as unknown as bigint },
      { streamVersion: 1.5 },
      { recordedAt: new Date('not a date') },
      { eventId: '' },
      { streamId: '' },
      { type: '' },
      { data: undefined },
      { data: { amount: 1n } },
    ];
    for (const change of bad) expect(() => eventLeaf({ ...meetingHeld, ...change })).toThrow(ValidationFailed);
  });
});
