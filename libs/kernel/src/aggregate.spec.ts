import { defineAggregate } from './aggregate.js';
import type { Command, Decider, DomainEvent } from './decider.js';
import type { RecordedEvent } from './events.js';

type Opened = DomainEvent<'CounterOpened', { label: string }>;
type Bumped = DomainEvent<'CounterBumped', { by: number }>;
type CounterEvent = Opened | Bumped;
type Bump = Command<'Bump', { by: number; on?: string }>;
type Counter = { value: number };

const decider: Decider<Bump, CounterEvent, Counter> = {
  initialState: () => ({ value: 0 }),
  evolve: (state, event) => (event.type === 'CounterBumped' ? { value: state.value + event.data.by } : state),
  decide: (command) => [{ type: 'CounterBumped', data: { by: command.data.by } }],
};

const recorded = (type: string, data: unknown): RecordedEvent => ({
  eventId: '0190f1a2-3b4c-7d5e-8f60-718293a4b5c6',
  type,
  schemaVersion: 1,
  tenantId: 'thanh-hoa',
  streamId: 'counters-counter-thanh-hoa-1',
  streamVersion: 1,
  globalPosition: 1n,
  transactionId: 1n,
  occurredAt: new Date('2025-01-01T00:00:00Z'),
  recordedAt: new Date('2025-01-01T00:00:00Z'),
  data,
  metadata: {},
});

describe('defineAggregate', () => {
  const counter = defineAggregate({
    name: 'counter',
    namespace: 'counters',
    decider,
    streamId: (tenantId, id) => `counters-counter-${tenantId}-${id}`,
  });

  it('keeps the name, the decider and the stream of an instance', () => {
    expect(counter.name).toBe('counter');
    expect(counter.decider).toBe(decider);
    expect(counter.streamId('thanh-hoa', 'abc')).toBe('counters-counter-thanh-hoa-abc');
  });

  it('stores event types under the namespace and strips it on read', () => {
    expect(counter.codec.encode({ type: 'CounterBumped', data: { by: 2 } })).toEqual({ type: 'counters.CounterBumped', data: { by: 2 } });
    expect(counter.codec.encode({ type: 'CounterOpened', data: { label: 'a' } }).type).toBe('counters.CounterOpened');
    expect(counter.codec.decode(recorded('counters.CounterBumped', { by: 3 }))).toEqual({ type: 'CounterBumped', data: { by: 3 } });
  });

  it('refuses an event of another namespace in its stream (a wrong stream id, not something to skip)', () => {
    expect(() => counter.codec.decode(recorded('meetings.CounterBumped', { by: 3 }))).toThrow(/not in namespace counters/);
    // a namespace that merely starts the same is another namespace
    expect(() => counter.codec.decode(recorded('countersx.CounterBumped', { by: 3 }))).toThrow(/not in namespace counters/);
  });

  it('dates what a command causes at the time of the decision (metadata.now) by default', () => {
    const now = new Date('2025-07-15T02:00:00.000Z');
    expect(counter.occurredAt({ type: 'Bump', data: { by: 1 }, metadata: { now } })).toBe(now);
  });

  it('uses the aggregate\'s own occurredAt when it has one (a back-dated fact)', () => {
    const backDated = defineAggregate({
      name: 'counter',
      namespace: 'counters',
      decider,
      streamId: (tenantId, id) => `counters-counter-${tenantId}-${id}`,
      occurredAt: (command: Bump) => (command.data.on === undefined ? command.metadata.now : new Date(`${command.data.on}T00:00:00+07:00`)),
    });
    const now = new Date('2025-07-15T02:00:00.000Z');
    expect(backDated.occurredAt({ type: 'Bump', data: { by: 1, on: '2014-11-03' }, metadata: { now } })).toEqual(new Date('2014-11-02T17:00:00.000Z'));
    expect(backDated.occurredAt({ type: 'Bump', data: { by: 1 }, metadata: { now } })).toBe(now);
  });
});
