import { jest } from '@jest/globals';
import { aggregateStream, handleCommand, namespacedCodec, jitteredBackoff } from './command-handler.js';
import type { Command, Decider } from './decider.js';
import { ConcurrencyConflict, RuleViolation } from './errors.js';
import type {
  AppendOptions,
  AppendResult,
  NewEvent,
  ReadStreamOptions,
  RecordedEvent,
  StreamStore,
} from './events.js';
import { newId } from './ids.js';

// A minimal in-memory StreamStore: a test double for the kernel's own tests only.
// The real adapters are proven by libs/event-store's contract suite.
class InMemoryStreamStore implements StreamStore {
  private readonly streams = new Map<string, RecordedEvent[]>();
  private position = 0n;
  readonly appends: { streamId: string; events: readonly NewEvent[]; options?: AppendOptions }[] = [];
  /** Runs before each append: lets a test simulate another writer getting in first. */
  beforeAppend?: (tenantId: string, streamId: string) => Promise<void>;

  async readStream(tenantId: string, streamId: string, _options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return [...(this.streams.get(`${tenantId}/${streamId}`) ?? [])];
  }

  async appendToStream(
    tenantId: string,
    streamId: string,
    events: readonly NewEvent[],
    options?: AppendOptions,
  ): Promise<AppendResult> {
    this.appends.push({ streamId, events, options });
    const hook = this.beforeAppend;
    if (hook) await hook(tenantId, streamId);
    return this.write(tenantId, streamId, events, options);
  }

  /** Appends without the hook (used by the "other writer"). */
  write(tenantId: string, streamId: string, events: readonly NewEvent[], options: AppendOptions = {}): AppendResult {
    const key = `${tenantId}/${streamId}`;
    const stream = this.streams.get(key) ?? [];
    const current = stream.length;
    const expected = options.expectedVersion ?? 'any';
    const ok =
      expected === 'any' ||
      (expected === 'no_stream' && current === 0) ||
      (expected === 'stream_exists' && current > 0) ||
      expected === current;
    if (!ok) throw new ConcurrencyConflict(streamId, String(expected), current);
    const recordedAt = new Date('2025-03-10T02:00:00Z');
    const positions: bigint[] = [];
    for (const event of events) {
      this.position += 1n;
      positions.push(this.position);
      stream.push({
        eventId: event.eventId ?? newId(),
        type: event.type,
        schemaVersion: event.schemaVersion ?? 1,
        tenantId,
        streamId,
        streamVersion: stream.length + 1,
        globalPosition: this.position,
        transactionId: 1n,
        occurredAt: event.occurredAt ?? recordedAt,
        recordedAt,
        data: event.data,
        metadata: event.metadata ?? {},
      });
    }
    this.streams.set(key, stream);
    return { nextExpectedVersion: stream.length, positions, transactionId: 1n, alreadyStored: false };
  }

  recorded(tenantId: string, streamId: string): RecordedEvent[] {
    return this.streams.get(`${tenantId}/${streamId}`) ?? [];
  }
}

// Example decider: a meeting's attendance counter that refuses the 4th attendee of a 3-seat room.
type Event = { type: 'AttendeeAdded'; data: { name: string } } | { type: 'Noted'; data: { note: string } };
type Cmd = Command<'AddAttendee', { name: string }> | Command<'Nothing', Record<string, never>>;
type State = { attendees: string[] };

const ROOM = { rule: 'ROOM-CAPACITY', article: 'Điều 5, Quy chế mẫu' };
const capacity = 3;

const attendance: Decider<Cmd, Event, State> = {
  initialState: () => ({ attendees: [] }),
  evolve: (state, event) =>
    event.type === 'AttendeeAdded' ? { attendees: [...state.attendees, event.data.name] } : state,
  decide: (command, state) => {
    switch (command.type) {
      case 'AddAttendee':
        if (state.attendees.length >= capacity) {
          throw new RuleViolation(ROOM.rule, ROOM.article, 'The room is full');
        }
        return [
          { type: 'AttendeeAdded', data: { name: command.data.name } },
          { type: 'Noted', data: { note: `${command.data.name} at ${command.metadata.now.toISOString()}` } },
        ];
      case 'Nothing':
        return [];
    }
  },
};

const tenantId = 'thanh-hoa';
const streamId = 'meetings-meeting-thanh-hoa-1';
const now = new Date('2025-03-10T02:00:00Z');
const add = (name: string): Cmd => ({ type: 'AddAttendee', data: { name }, metadata: { now } });
const added = (name: string): NewEvent => ({ type: 'AttendeeAdded', data: { name } });

describe('handleCommand', () => {
  let store: InMemoryStreamStore;
  beforeEach(() => {
    store = new InMemoryStreamStore();
  });

  it('appends to a new stream with no_stream and returns state, events, version and positions', async () => {
    const result = await handleCommand(store, attendance, { tenantId, streamId, command: add('An') });

    expect(store.appends[0].options).toEqual({ expectedVersion: 'no_stream' });
    expect(result.newEvents.map((e) => e.type)).toEqual(['AttendeeAdded', 'Noted']);
    expect(result.newState).toEqual({ attendees: ['An'] });
    expect(result.nextExpectedVersion).toBe(2);
    expect(result.positions).toEqual([1n, 2n]);
    expect(result.transactionId).toBe(1n);
    expect(result.checkpoint).toEqual({ transactionId: 1n, globalPosition: 2n });
  });

  it('reads nothing for a stream whose id was just made (newStream), and still appends with no_stream', async () => {
    const read = jest.spyOn(store, 'readStream');
    const result = await handleCommand(store, attendance, { tenantId, streamId, command: add('An'), newStream: true });
    expect(read).not.toHaveBeenCalled();
    expect(store.appends[0].options).toEqual({ expectedVersion: 'no_stream' });
    expect(result.nextExpectedVersion).toBe(2);
  });

  it('reads and decides again when a "new" stream exists after all (newStream is only a hint)', async () => {
    store.write(tenantId, streamId, [added('An')]);
    const result = await handleCommand(store, attendance, { tenantId, streamId, command: add('Bình'), newStream: true, retryDelayMs: () => 0 });
    expect(result.newState).toEqual({ attendees: ['An', 'Bình'] });
  });

  it('appends with the version it read', async () => {
    store.write(tenantId, streamId, [added('An'), added('Bình')]);

    const result = await handleCommand(store, attendance, { tenantId, streamId, command: add('Chi') });

    expect(store.appends[0].options).toEqual({ expectedVersion: 2 });
    expect(result.newState).toEqual({ attendees: ['An', 'Bình', 'Chi'] });
    expect(result.nextExpectedVersion).toBe(4);
  });

  it('attaches metadata and occurredAt to every appended event', async () => {
    const metadata = { actor: { userId: 'u-1', role: 'secretariat' }, correlationId: 'c-1', causationId: 'k-1' };

    await handleCommand(store, attendance, { tenantId, streamId, command: add('An'), metadata, occurredAt: now });

    const recorded = store.recorded(tenantId, streamId);
    expect(recorded).toHaveLength(2);
    for (const event of recorded) {
      expect(event.metadata).toEqual(metadata);
      expect(event.occurredAt).toEqual(now);
    }
  });

  it('appends nothing when the decision is empty', async () => {
    store.write(tenantId, streamId, [added('An')]);

    const result = await handleCommand(store, attendance, {
      tenantId,
      streamId,
      command: { type: 'Nothing', data: {}, metadata: { now } },
    });

    expect(store.appends).toHaveLength(0);
    expect(result).toEqual({ newState: { attendees: ['An'] }, newEvents: [], nextExpectedVersion: 1, positions: [] });
  });

  it('retries on conflict, deciding again on the fresh state, then succeeds', async () => {
    let competing = 2;
    store.beforeAppend = async (t, s) => {
      if (competing-- > 0) store.write(t, s, [added(`rival-${competing}`)]);
    };

    const result = await handleCommand(store, attendance, { tenantId, streamId, command: add('An') });

    expect(store.appends.map((a) => a.options?.expectedVersion)).toEqual(['no_stream', 1, 2]);
    expect(result.newState).toEqual({ attendees: ['rival-1', 'rival-0', 'An'] });
    expect(result.nextExpectedVersion).toBe(4);
  });

  it('waits before each retry, by the given delays, so colliding writers spread out', async () => {
    let competing = 2;
    store.beforeAppend = async (t, s) => {
      if (competing-- > 0) store.write(t, s, [added(`rival-${competing}`)]);
    };
    const asked: number[] = [];
    const result = await handleCommand(store, attendance, {
      tenantId,
      streamId,
      command: add('An'),
      retryDelayMs: (attempt) => {
        asked.push(attempt);
        return 1;
      },
    });
    expect(asked).toEqual([1, 2]);
    expect(result.nextExpectedVersion).toBe(4);
  });

  it('the default delay is random and bounded: up to 5 · 2^(attempt-1) ms', () => {
    const delays = Array.from({ length: 200 }, () => jitteredBackoff(3));
    expect(delays.every((d) => d >= 0 && d < 20)).toBe(true);
    expect(new Set(delays).size).toBeGreaterThan(1);
  });

  it('a retry can end in a refusal when the fresh state no longer allows the command', async () => {
    store.write(tenantId, streamId, [added('An'), added('Bình')]);
    store.beforeAppend = async (t, s) => {
      store.beforeAppend = undefined;
      store.write(t, s, [added('rival')]);
    };

    await expect(handleCommand(store, attendance, { tenantId, streamId, command: add('Chi') })).rejects.toMatchObject({
      rule: 'ROOM-CAPACITY',
    });
    expect(store.appends).toHaveLength(1);
  });

  it('gives up after maxRetries (default 3) and rethrows the conflict', async () => {
    // Another writer always gets in first (with notes, so the room never fills up).
    store.beforeAppend = async (t, s) => {
      store.write(t, s, [{ type: 'Noted', data: { note: 'rival' } }]);
    };

    await expect(handleCommand(store, attendance, { tenantId, streamId, command: add('An') })).rejects.toBeInstanceOf(
      ConcurrencyConflict,
    );
    expect(store.appends).toHaveLength(4); // the first attempt and 3 retries

    store.appends.length = 0;
    await expect(
      handleCommand(store, attendance, { tenantId, streamId: 'other', command: add('An'), maxRetries: 1 }),
    ).rejects.toBeInstanceOf(ConcurrencyConflict);
    expect(store.appends).toHaveLength(2);
  });

  it('does not retry when the caller gave the expected version (If-Match): its view is stale', async () => {
    store.write(tenantId, streamId, [added('An')]);
    store.beforeAppend = async (t, s) => {
      store.write(t, s, [added('rival')]);
    };

    await expect(
      handleCommand(store, attendance, { tenantId, streamId, command: add('Bình'), expectedVersion: 1 }),
    ).rejects.toBeInstanceOf(ConcurrencyConflict);
    expect(store.appends).toHaveLength(1);
    expect(store.appends[0].options).toEqual({ expectedVersion: 1 });
  });

  it('refuses a stale expected version before deciding', async () => {
    store.write(tenantId, streamId, [added('An'), added('Bình')]);
    const decide = jest.fn(attendance.decide);

    await expect(
      handleCommand(store, { ...attendance, decide }, { tenantId, streamId, command: add('Chi'), expectedVersion: 1 }),
    ).rejects.toMatchObject({ expectedVersion: '1', actualVersion: 2 });
    await expect(
      handleCommand(store, { ...attendance, decide }, { tenantId, streamId, command: add('Chi'), expectedVersion: 'no_stream' }),
    ).rejects.toBeInstanceOf(ConcurrencyConflict);
    expect(decide).not.toHaveBeenCalled();
    expect(store.appends).toHaveLength(0);
  });

  it('appends with a matching explicit expected version', async () => {
    store.write(tenantId, streamId, [added('An')]);

    const result = await handleCommand(store, attendance, {
      tenantId,
      streamId,
      command: add('Bình'),
      expectedVersion: 1,
    });

    expect(result.nextExpectedVersion).toBe(3);
  });

  it('does not retry a refusal or a store failure', async () => {
    store.write(tenantId, streamId, [added('A'), added('B'), added('C')]);
    await expect(handleCommand(store, attendance, { tenantId, streamId, command: add('D') })).rejects.toBeInstanceOf(
      RuleViolation,
    );

    const failing = new InMemoryStreamStore();
    failing.beforeAppend = async () => {
      throw new Error('connection lost');
    };
    await expect(handleCommand(failing, attendance, { tenantId, streamId, command: add('A') })).rejects.toThrow(
      'connection lost',
    );
    expect(failing.appends).toHaveLength(1);
  });

  it('stores namespaced types with a namespaced codec and reads them back', async () => {
    const codec = namespacedCodec<Event>('meetings');
    await handleCommand(store, attendance, { tenantId, streamId, command: add('An'), codec });
    const result = await handleCommand(store, attendance, { tenantId, streamId, command: add('Bình'), codec });

    expect(store.recorded(tenantId, streamId).map((e) => e.type)).toEqual([
      'meetings.AttendeeAdded',
      'meetings.Noted',
      'meetings.AttendeeAdded',
      'meetings.Noted',
    ]);
    expect(result.newState).toEqual({ attendees: ['An', 'Bình'] });
    await expect(aggregateStream(store, attendance, tenantId, streamId, { codec: namespacedCodec('budget') })).rejects.toThrow(
      /not in namespace budget/,
    );
  });
});

describe('aggregateStream', () => {
  it('folds the stream and reports its version', async () => {
    const store = new InMemoryStreamStore();
    store.write(tenantId, streamId, [added('An'), added('Bình')]);

    await expect(aggregateStream(store, attendance, tenantId, streamId)).resolves.toEqual({
      state: { attendees: ['An', 'Bình'] },
      version: 2,
    });
  });

  it('gives the initial state and version 0 for a stream without events', async () => {
    await expect(aggregateStream(new InMemoryStreamStore(), attendance, tenantId, 'none')).resolves.toEqual({
      state: { attendees: [] },
      version: 0,
    });
  });
});
