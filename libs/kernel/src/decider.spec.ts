import { decideBy, type Command, type DomainEvent } from './decider.js';

type Open = Command<'Open', { name: string }>;
type Close = Command<'Close', { reason: string }>;
type Event = DomainEvent<'Opened', { name: string }> | DomainEvent<'Closed', { reason: string }>;
const now = new Date('2025-01-01T00:00:00Z');

describe('decideBy', () => {
  const decide = decideBy<Open | Close, Event, { open: boolean }>({
    Open: (command) => [{ type: 'Opened', data: { name: command.data.name } }],
    Close: (command, state) => (state.open ? [{ type: 'Closed', data: { reason: command.data.reason } }] : []),
  });

  it('hands each command to the decide function of its type, with the state', () => {
    expect(decide({ type: 'Open', data: { name: 'BCĐ' }, metadata: { now } }, { open: false })).toEqual([{ type: 'Opened', data: { name: 'BCĐ' } }]);
    expect(decide({ type: 'Close', data: { reason: 'done' }, metadata: { now } }, { open: true })).toEqual([{ type: 'Closed', data: { reason: 'done' } }]);
    expect(decide({ type: 'Close', data: { reason: 'done' }, metadata: { now } }, { open: false })).toEqual([]);
  });

  it('refuses a type it has no function for, including the names of Object.prototype', () => {
    for (const type of ['Reopen', 'constructor', '__proto__', 'toString']) {
      expect(() => decide({ type, data: {}, metadata: { now } } as unknown as Open, { open: true })).toThrow(TypeError);
    }
  });
});
