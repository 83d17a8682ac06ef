import { newId, type RecordedEvent } from '@bcd/kernel';
import { EVENT_HEADERS, contextOf, fromMessage, toMessage, topicFor } from './event-message.js';
import type { IncomingMessage } from './port.js';

const stored = (overrides: Partial<RecordedEvent> = {}): RecordedEvent => ({
  eventId: newId(),
  type: 'membership.MemberAppointed',
  schemaVersion: 2,
  tenantId: 'vn-hn',
  streamId: 'membership-member-vn-hn-1',
  streamVersion: 3,
  // beyond Number.MAX_SAFE_INTEGER: must survive as a bigint, not a float
  globalPosition: 9_007_199_254_740_993n,
  transactionId: 123_456_789_012n,
  occurredAt: new Date('2025-03-01T02:00:00.000Z'),
  recordedAt: new Date('2025-03-02T03:04:05.678Z'),
  data: { memberId: 'm-1', amount: '1500000000', roles: ['secretary'] },
  metadata: { actor: { userId: 'u-1', role: 'secretariat' }, correlationId: 'c-1' },
  ...overrides,
});

const received = (event: RecordedEvent, patch: Partial<IncomingMessage> = {}): IncomingMessage => {
  const message = toMessage(event);
  return { topic: topicFor(event.type), partition: 0, offset: '7', key: message.key, value: message.value, headers: message.headers, ...patch };
};

describe('a stored event as a message', () => {
  it('goes to its context topic (the namespace of its type)', () => {
    expect(topicFor('membership.MemberAppointed')).toBe('bcd.membership.events');
    expect(topicFor('meetings.MeetingHeld')).toBe('bcd.meetings.events');
    expect(contextOf('rulebook.RegulationAdopted')).toBe('rulebook');
  });

  it('refuses a type without a usable namespace rather than inventing a topic', () => {
    for (const type of ['MemberAppointed', '.MemberAppointed', 'Membership.X', 'bad ns.X', 'a/b.X']) {
      expect(() => topicFor(type)).toThrow(/no context namespace/);
    }
  });

  it('is keyed by its stream and carries event id, type, tenant and global position as headers', () => {
    const event = stored();
    const message = toMessage(event);
    expect(message.key).toBe('membership-member-vn-hn-1');
    expect(message.headers).toEqual({
      [EVENT_HEADERS.eventId]: event.eventId,
      [EVENT_HEADERS.type]: 'membership.MemberAppointed',
      [EVENT_HEADERS.tenantId]: 'vn-hn',
      [EVENT_HEADERS.globalPosition]: '9007199254740993',
      [EVENT_HEADERS.transactionId]: '123456789012',
    });
  });

  it('comes back as the same stored event (bigints, instants, data, metadata)', () => {
    const event = stored();
    expect(fromMessage(received(event))).toEqual(event);
  });

  it('is refused when it is not a relayed event, naming where it was read', () => {
    const event = stored();
    expect(() => fromMessage(received(event, { value: 'not json' }))).toThrow('bcd.membership.events[0]@7 is not a relayed event: its value is not JSON');
    expect(() => fromMessage(received(event, { value: JSON.stringify({ ...JSON.parse(toMessage(event).value), tenantId: '' }) }))).toThrow(/tenantId is missing/);
    expect(() => fromMessage(received(event, { value: JSON.stringify({ ...JSON.parse(toMessage(event).value), globalPosition: '1e3' }) }))).toThrow(
      /globalPosition is not a whole number/,
    );
    expect(() => fromMessage(received(event, { headers: { ...toMessage(event).headers, [EVENT_HEADERS.eventId]: newId() } }))).toThrow(
      /differs from the event it carries/,
    );
  });
});
