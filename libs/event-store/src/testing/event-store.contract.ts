// One contract suite for the EventStore port: every adapter's spec calls `eventStoreContract`.
// Adapter quirks stay in the harness, never in the suite.
import { ConcurrencyConflict, IdempotencyConflict, ValidationFailed, newId, type NewEvent, type RecordedEvent } from '@bcd/kernel';
import { isTransactional, type EventStore, type GlobalCheckpoint, type Upcaster } from '../port.js';

export interface HeldAppend {
  /** Commits the held transaction. */
  commit(): Promise<void>;
}

export interface EventStoreHarness {
  /** Opens the store under test on an empty (or disposable) database. Called once per suite. */
  open(options?: { upcasters?: Upcaster[] }): Promise<EventStore>;
  /** Closes what `open` opened. */
  close(): Promise<void>;
  /**
   * Appends through the adapter's own code inside a transaction that stays open until `commit()`.
   * Absent where transactions cannot overlap (PGlite has a single connection).
   */
  holdOpenAppend?(tenantId: string, streamId: string, events: NewEvent[]): Promise<HeldAppend>;
}

const tenant = () => `t-${newId().slice(-12)}`;
const ev = (type: string, data: unknown = {}, extra: Partial<NewEvent> = {}): NewEvent => ({ type, data, ...extra });

async function readEverything(store: EventStore, filter: { tenantId?: string; typePrefix?: string; recordedBefore?: Date }, pageSize = 1000) {
  const events: RecordedEvent[] = [];
  let after: GlobalCheckpoint | undefined;
  for (;;) {
    const page = await store.readAll({ ...filter, after, maxCount: pageSize });
    events.push(...page.events);
    after = page.checkpoint;
    if (page.isEnd) return { events, checkpoint: after };
  }
}

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting for condition');
    await new Promise((r) => setTimeout(r, 10));
  }
}

export function eventStoreContract(name: string, harness: EventStoreHarness): void {
  describe(`EventStore contract: ${name}`, () => {
    let store: EventStore;

    beforeAll(async () => {
      store = await harness.open();
    });
    afterAll(async () => {
      await store?.close();
      await harness.close();
    });

    describe('units of work (one transaction: appends to several streams and the caller\'s rows)', () => {
      // A store without transactions (KurrentDB) has no units: the kit then runs the steps one by one.
      const unitsOf = () => (isTransactional(store) ? store : undefined);
      const rowOf = async (name: string) =>
        (await (store as unknown as { executor: { query: (sql: string, p: unknown[]) => Promise<unknown[]> } }).executor.query(
          'SELECT subscription_id FROM checkpoints WHERE subscription_id = $1',
          [name],
        )).length;

      it('commits the appends to two streams and a row together', async () => {
        const units = unitsOf();
        if (!units) return expect(isTransactional(store)).toBe(false);
        const t = tenant();
        await units.atomically(async ({ store: unit, sql }) => {
          await unit.appendToStream(t, `a-${t}`, [ev('test.A', { n: 1 })], { expectedVersion: 'no_stream' });
          await unit.appendToStream(t, `b-${t}`, [ev('test.B', { n: 2 })], { expectedVersion: 'no_stream' });
          expect(await unit.readStream(t, `a-${t}`)).toHaveLength(1); // its own appends, before the commit
          await sql.query(`INSERT INTO checkpoints (subscription_id, transaction_id, global_position) VALUES ($1, '0'::xid8, 0)`, [`unit-${t}`]);
        });
        expect((await store.readStream(t, `a-${t}`)).map((e) => e.type)).toEqual(['test.A']);
        expect((await store.readStream(t, `b-${t}`)).map((e) => e.type)).toEqual(['test.B']);
        expect(await rowOf(`unit-${t}`)).toBe(1);
      });

      it('keeps nothing of a unit that fails after its appends, nor of one refused by a conflict', async () => {
        const units = unitsOf();
        if (!units) return expect(isTransactional(store)).toBe(false);
        const t = tenant();
        await expect(
          units.atomically(async ({ store: unit, sql }) => {
            await unit.appendToStream(t, `a-${t}`, [ev('test.A', { n: 1 })]);
            await sql.query(`INSERT INTO checkpoints (subscription_id, transaction_id, global_position) VALUES ($1, '0'::xid8, 0)`, [`unit-${t}`]);
            throw new Error('the personal data could not be written');
          }),
        ).rejects.toThrow('the personal data could not be written');
        await store.appendToStream(t, `b-${t}`, [ev('test.B', { n: 1 })]);
        await expect(
          units.atomically(async ({ store: unit }) => {
            await unit.appendToStream(t, `a-${t}`, [ev('test.A', { n: 2 })]);
            await unit.appendToStream(t, `b-${t}`, [ev('test.B', { n: 2 })], { expectedVersion: 'no_stream' });
          }),
        ).rejects.toBeInstanceOf(ConcurrencyConflict);
        expect(await store.readStream(t, `a-${t}`)).toEqual([]);
        expect(await store.readStream(t, `b-${t}`)).toHaveLength(1);
        expect(await rowOf(`unit-${t}`)).toBe(0);
      });
    });

    describe('append and read a stream', () => {
      it('reads back what was appended, in order, with versions from 1 and every field', async () => {
        const t = tenant();
        const occurredAt = new Date('2018-10-19T08:00:00.000Z');
        const result = await store.appendToStream(t, `s-${t}`, [
          ev('test.Opened', { n: 1 }, { occurredAt, metadata: { correlationId: 'c-1', actor: { userId: 'u1', role: 'secretariat' } } }),
          ev('test.Changed', { n: 2, nested: { vi: 'Ban Chỉ đạo' } }, { schemaVersion: 2 }),
          ev('test.Changed', { n: 3 }),
        ], { expectedVersion: 'no_stream' });
        expect(result.nextExpectedVersion).toBe(3);
        expect(result.positions).toHaveLength(3);
        expect(result.alreadyStored).toBe(false);
        expect(result.positions[0] < result.positions[1] && result.positions[1] < result.positions[2]).toBe(true);

        const events = await store.readStream(t, `s-${t}`);
        expect(events.map((e) => e.streamVersion)).toEqual([1, 2, 3]);
        expect(events.map((e) => e.type)).toEqual(['test.Opened', 'test.Changed', 'test.Changed']);
        expect(events.map((e) => e.globalPosition)).toEqual(result.positions);
        expect(events[0]).toMatchObject({
          tenantId: t,
          streamId: `s-${t}`,
          schemaVersion: 1,
          data: { n: 1 },
          metadata: { correlationId: 'c-1', actor: { userId: 'u1', role: 'secretariat' } },
        });
        expect(events[0].occurredAt.toISOString()).toBe(occurredAt.toISOString());
        expect(events[0].recordedAt).toBeInstanceOf(Date);
        expect(Math.abs(events[1].occurredAt.getTime() - events[1].recordedAt.getTime())).toBeLessThan(1000);
        expect(events[1]).toMatchObject({ schemaVersion: 2, data: { n: 2, nested: { vi: 'Ban Chỉ đạo' } } });
        expect(events[0].eventId).toMatch(/^[0-9a-f-]{36}$/);
        expect(typeof events[0].transactionId).toBe('bigint');
      });

      it('continues versions across appends and reads backwards, from a version, and a page', async () => {
        const t = tenant();
        const s = `s-${t}`;
        await store.appendToStream(t, s, [ev('a'), ev('b')]);
        const second = await store.appendToStream(t, s, [ev('c'), ev('d'), ev('e')], { expectedVersion: 2 });
        expect(second.nextExpectedVersion).toBe(5);
        expect((await store.readStream(t, s, { direction: 'backwards' })).map((e) => e.type)).toEqual(['e', 'd', 'c', 'b', 'a']);
        expect((await store.readStream(t, s, { fromVersion: 4 })).map((e) => e.type)).toEqual(['d', 'e']);
        expect((await store.readStream(t, s, { direction: 'backwards', fromVersion: 2 })).map((e) => e.type)).toEqual(['b', 'a']);
        expect((await store.readStream(t, s, { maxCount: 2 })).map((e) => e.type)).toEqual(['a', 'b']);
        expect(await store.readStream(t, `missing-${t}`)).toEqual([]);
      });

      it('refuses an empty batch and a malformed event id with field paths', async () => {
        const t = tenant();
        await expect(store.appendToStream(t, `s-${t}`, [])).rejects.toBeInstanceOf(ValidationFailed);
        await expect(store.appendToStream(t, `s-${t}`, [ev('a'), ev('b', {}, { eventId: 'not-a-uuid' })])).rejects.toMatchObject({
          errors: [{ path: 'events.1.eventId' }],
        });
        expect(await store.readStream(t, `s-${t}`)).toEqual([]);
      });
    });

    describe('expected version', () => {
      it('no_stream: succeeds on a new stream, conflicts on an existing one', async () => {
        const t = tenant();
        await store.appendToStream(t, `s-${t}`, [ev('a')], { expectedVersion: 'no_stream' });
        const error = await store.appendToStream(t, `s-${t}`, [ev('b')], { expectedVersion: 'no_stream' }).catch((e) => e);
        expect(error).toBeInstanceOf(ConcurrencyConflict);
        expect(error).toMatchObject({ streamId: `s-${t}`, actualVersion: 1 });
      });

      it('exact: succeeds at that version, conflicts otherwise and writes nothing', async () => {
        const t = tenant();
        const s = `s-${t}`;
        await store.appendToStream(t, s, [ev('a'), ev('b')]);
        await expect(store.appendToStream(t, s, [ev('x')], { expectedVersion: 1 })).rejects.toMatchObject({
          constructor: ConcurrencyConflict,
          actualVersion: 2,
        });
        await expect(store.appendToStream(t, s, [ev('x')], { expectedVersion: 3 })).rejects.toBeInstanceOf(ConcurrencyConflict);
        await expect(store.appendToStream(t, `new-${t}`, [ev('x')], { expectedVersion: 1 })).rejects.toBeInstanceOf(ConcurrencyConflict);
        expect((await store.appendToStream(t, s, [ev('c')], { expectedVersion: 2 })).nextExpectedVersion).toBe(3);
        expect((await store.readStream(t, s)).map((e) => e.type)).toEqual(['a', 'b', 'c']);
      });

      it('any: always appends; stream_exists: conflicts on a missing stream', async () => {
        const t = tenant();
        const s = `s-${t}`;
        expect((await store.appendToStream(t, s, [ev('a')], { expectedVersion: 'any' })).nextExpectedVersion).toBe(1);
        expect((await store.appendToStream(t, s, [ev('b')], { expectedVersion: 'any' })).nextExpectedVersion).toBe(2);
        expect((await store.appendToStream(t, s, [ev('c')], { expectedVersion: 'stream_exists' })).nextExpectedVersion).toBe(3);
        await expect(store.appendToStream(t, `new-${t}`, [ev('x')], { expectedVersion: 'stream_exists' })).rejects.toBeInstanceOf(
          ConcurrencyConflict,
        );
      });

      it('two writers with the same expected version: exactly one wins', async () => {
        const t = tenant();
        const s = `s-${t}`;
        await store.appendToStream(t, s, [ev('a')]);
        const results = await Promise.allSettled([
          store.appendToStream(t, s, [ev('w1')], { expectedVersion: 1 }),
          store.appendToStream(t, s, [ev('w2')], { expectedVersion: 1 }),
        ]);
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
        expect(rejected).toHaveLength(1);
        expect(rejected[0].reason).toBeInstanceOf(ConcurrencyConflict);
        expect(await store.readStream(t, s)).toHaveLength(2);
      });
    });

    describe('idempotency by event id', () => {
      it('re-appending the same events is a no-op that returns the original positions', async () => {
        const t = tenant();
        const s = `s-${t}`;
        const batch = [ev('a', { x: 1, y: [1, 2] }, { eventId: newId() }), ev('b', { z: 'ö' }, { eventId: newId() })];
        const first = await store.appendToStream(t, s, batch, { expectedVersion: 'no_stream' });
        // The same request again, with its (now stale) expected version, and with `any`.
        const again = await store.appendToStream(t, s, batch, { expectedVersion: 'no_stream' });
        const againAny = await store.appendToStream(t, s, [{ ...batch[0], data: { y: [1, 2], x: 1 } }, batch[1]], { expectedVersion: 'any' });
        for (const r of [again, againAny]) {
          expect(r.alreadyStored).toBe(true);
          expect(r.positions).toEqual(first.positions);
          expect(r.nextExpectedVersion).toBe(2);
        }
        expect(await store.readStream(t, s)).toHaveLength(2);
      });

      it('the same event id with different content is an error and writes nothing', async () => {
        const t = tenant();
        const s = `s-${t}`;
        const id = newId();
        await store.appendToStream(t, s, [ev('a', { x: 1 }, { eventId: id })]);
        await expect(store.appendToStream(t, s, [ev('a', { x: 2 }, { eventId: id })])).rejects.toBeInstanceOf(IdempotencyConflict);
        await expect(store.appendToStream(t, s, [ev('other', { x: 1 }, { eventId: id })])).rejects.toBeInstanceOf(IdempotencyConflict);
        await expect(store.appendToStream(t, `other-${t}`, [ev('a', { x: 1 }, { eventId: id })])).rejects.toBeInstanceOf(IdempotencyConflict);
        // A batch that mixes a stored id with a new one is not a replay either.
        await expect(store.appendToStream(t, s, [ev('a', { x: 1 }, { eventId: id }), ev('b')])).rejects.toBeInstanceOf(IdempotencyConflict);
        expect(await store.readStream(t, s)).toHaveLength(1);
      });
    });

    describe('global order, filters and checkpoints', () => {
      it('reads all in global order, filtered by tenant, type prefix and recording time', async () => {
        const a = tenant();
        const b = tenant();
        await store.appendToStream(a, `s1-${a}`, [ev('meetings.MeetingScheduled'), ev('meetings.MeetingHeld')]);
        await store.appendToStream(b, `s1-${b}`, [ev('meetings.MeetingScheduled')]);
        await store.appendToStream(a, `s2-${a}`, [ev('budget.EstimateDrafted')]);
        await new Promise((r) => setTimeout(r, 50));
        const cut = new Date();
        await new Promise((r) => setTimeout(r, 50));
        await store.appendToStream(a, `s1-${a}`, [ev('meetings.MinutesIssued')]);

        const all = (await readEverything(store, { tenantId: a })).events;
        expect(all.map((e) => e.type)).toEqual([
          'meetings.MeetingScheduled',
          'meetings.MeetingHeld',
          'budget.EstimateDrafted',
          'meetings.MinutesIssued',
        ]);
        const keys = all.map((e) => [e.transactionId, e.globalPosition] as const);
        for (let i = 1; i < keys.length; i++) {
          const [tx0, p0] = keys[i - 1];
          const [tx1, p1] = keys[i];
          expect(tx0 < tx1 || (tx0 === tx1 && p0 < p1)).toBe(true);
        }
        expect((await readEverything(store, { tenantId: a, typePrefix: 'meetings.' })).events).toHaveLength(3);
        expect((await readEverything(store, { tenantId: a, typePrefix: 'budget.' })).events.map((e) => e.type)).toEqual([
          'budget.EstimateDrafted',
        ]);
        // An empty prefix is every type (the audit trail, the transparency log and time travel read so).
        expect((await readEverything(store, { tenantId: a, typePrefix: '' })).events.map((e) => e.eventId)).toEqual(all.map((e) => e.eventId));
        expect((await readEverything(store, { tenantId: a, recordedBefore: cut })).events).toHaveLength(3);
        expect((await readEverything(store, { tenantId: b })).events).toHaveLength(1);
        const everyone = (await readEverything(store, {})).events.filter((e) => e.tenantId === a || e.tenantId === b);
        expect(everyone).toHaveLength(5);
      });

      it('resumes from a checkpoint, page by page, without repeating or skipping', async () => {
        const t = tenant();
        for (let i = 0; i < 10; i++) await store.appendToStream(t, `s${i % 3}-${t}`, [ev('e', { i })]);
        const whole = (await readEverything(store, { tenantId: t })).events.map((e) => (e.data as { i: number }).i);
        const paged = (await readEverything(store, { tenantId: t }, 3)).events.map((e) => (e.data as { i: number }).i);
        expect(whole).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
        expect(paged).toEqual(whole);

        const first = await store.readAll({ tenantId: t, maxCount: 4 });
        expect(first.isEnd).toBe(false);
        await store.storeCheckpoint(`cp-${t}`, first.checkpoint!);
        const stored = await store.readCheckpoint(`cp-${t}`);
        expect(stored).toEqual(first.checkpoint);
        const rest = await store.readAll({ tenantId: t, after: stored });
        expect(rest.events.map((e) => (e.data as { i: number }).i)).toEqual([4, 5, 6, 7, 8, 9]);
        expect(rest.isEnd).toBe(true);
        expect(await store.readCheckpoint(`never-${t}`)).toBeUndefined();
      });

      it('a subscription resumes from its stored checkpoint and turns live on notification', async () => {
        const t = tenant();
        for (let i = 0; i < 5; i++) await store.appendToStream(t, `s-${t}`, [ev('e', { i })]);
        const seen: number[] = [];
        const handler = async (events: RecordedEvent[]) => {
          seen.push(...events.map((e) => (e.data as { i: number }).i));
        };
        // A long polling interval: only the notification can wake it in time.
        const first = store.subscribe({ subscriptionId: `sub-${t}`, tenantId: t, handler, batchSize: 2, pollIntervalMs: 60_000 });
        await first.caughtUp();
        expect(seen).toEqual([0, 1, 2, 3, 4]);
        await store.appendToStream(t, `s-${t}`, [ev('e', { i: 5 })]);
        await until(() => seen.length === 6);
        await first.stop();

        for (let i = 6; i < 9; i++) await store.appendToStream(t, `s-${t}`, [ev('e', { i })]);
        const second = store.subscribe({ subscriptionId: `sub-${t}`, tenantId: t, handler, pollIntervalMs: 60_000 });
        await second.caughtUp();
        await second.stop();
        expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
        expect(second.checkpoint()).toEqual(await store.readCheckpoint(`sub-${t}`));
      });

      it('an in-memory subscription (durable: false) starts from the beginning each time and stores no checkpoint', async () => {
        const t = tenant();
        for (let i = 0; i < 3; i++) await store.appendToStream(t, `s-${t}`, [ev('e', { i })]);
        for (const _run of [1, 2]) {
          const seen: number[] = [];
          const sub = store.subscribe({
            subscriptionId: `mem-${t}`,
            durable: false,
            tenantId: t,
            handler: async (events) => void seen.push(...events.map((e) => (e.data as { i: number }).i)),
            pollIntervalMs: 60_000,
          });
          await sub.caughtUp();
          expect(seen).toEqual([0, 1, 2]);
          await sub.stop();
        }
        expect(await store.readCheckpoint(`mem-${t}`)).toBeUndefined();
      });

      it('settled(): at once while nothing was appended, after the next read once an append was notified', async () => {
        const t = tenant();
        const seen: number[] = [];
        const sub = store.subscribe({
          subscriptionId: `settled-${t}`,
          durable: false,
          tenantId: t,
          handler: async (events) => void seen.push(...events.map((e) => (e.data as { i: number }).i)),
          pollIntervalMs: 60_000,
        });
        await sub.caughtUp();
        await sub.settled();
        expect(seen).toEqual([]);
        await store.appendToStream(t, `s-${t}`, [ev('e', { i: 1 })]);
        await sub.settled();
        expect(seen).toEqual([1]);
        await sub.stop();
      });

      it('reached(): resolves once an appended event has been handled (read-your-writes), rejects on timeout', async () => {
        const t = tenant();
        const handled: string[] = [];
        const sub = store.subscribe({
          subscriptionId: `rw-${t}`,
          tenantId: t,
          pollIntervalMs: 60_000,
          handler: async (events) => {
            handled.push(...events.map((e) => e.eventId));
          },
        });
        try {
          const id = newId();
          const result = await store.appendToStream(t, `s-${t}`, [ev('e', {}, { eventId: id })]);
          await sub.reached({ transactionId: result.transactionId, globalPosition: result.positions[0] });
          expect(handled).toContain(id);
          await expect(sub.reached({ transactionId: result.transactionId + 1_000_000n, globalPosition: 0n }, 50)).rejects.toThrow(
            /did not reach/,
          );
        } finally {
          await sub.stop();
        }
      });

      it('a failing handler does not advance the checkpoint; the batch is delivered again', async () => {
        const t = tenant();
        await store.appendToStream(t, `s-${t}`, [ev('e', { i: 0 }), ev('e', { i: 1 })]);
        let failures = 1;
        const seen: number[] = [];
        const errors: unknown[] = [];
        const sub = store.subscribe({
          subscriptionId: `fail-${t}`,
          tenantId: t,
          pollIntervalMs: 20,
          onError: (e) => errors.push(e),
          handler: async (events) => {
            if (failures-- > 0) throw new Error('projection down');
            seen.push(...events.map((e) => (e.data as { i: number }).i));
          },
        });
        await until(() => seen.length === 2);
        await sub.stop();
        expect(seen).toEqual([0, 1]);
        expect(errors).toHaveLength(1);
      });
    });

    it('keeps a 10,000-event stream whole and in order', async () => {
      const t = tenant();
      const s = `big-${t}`;
      for (let batch = 0; batch < 10; batch++) {
        const events = Array.from({ length: 1000 }, (_, i) => ev('big.Tick', { n: batch * 1000 + i }));
        await store.appendToStream(t, s, events, { expectedVersion: batch === 0 ? 'no_stream' : batch * 1000 });
      }
      const events = await store.readStream(t, s);
      expect(events).toHaveLength(10_000);
      expect(events.every((e, i) => e.streamVersion === i + 1 && (e.data as { n: number }).n === i)).toBe(true);
      expect((await store.readStream(t, s, { fromVersion: 9_991 })).map((e) => e.streamVersion)).toEqual([
        9_991, 9_992, 9_993, 9_994, 9_995, 9_996, 9_997, 9_998, 9_999, 10_000,
      ]);
      expect((await readEverything(store, { tenantId: t }, 2500)).events).toHaveLength(10_000);
    });

    describe('tenant isolation', () => {
      it("never returns another tenant's events and refuses writes to another tenant's stream", async () => {
        const a = tenant();
        const b = tenant();
        await store.appendToStream(a, `shared-${a}`, [ev('x', { owner: 'a' })]);
        await store.appendToStream(b, `own-${b}`, [ev('x', { owner: 'b' })]);
        expect(await store.readStream(b, `shared-${a}`)).toEqual([]);
        await expect(store.appendToStream(b, `shared-${a}`, [ev('x')], { expectedVersion: 'any' })).rejects.toBeInstanceOf(
          ConcurrencyConflict,
        );
        const seenByA = (await readEverything(store, { tenantId: a })).events;
        expect(seenByA.every((e) => e.tenantId === a)).toBe(true);
        expect(seenByA).toHaveLength(1);
        const seenByB = (await readEverything(store, { tenantId: b })).events;
        expect(seenByB.map((e) => e.data)).toEqual([{ owner: 'b' }]);
        // The same event id may exist in two tenants: idempotency is per tenant.
        const id = newId();
        await store.appendToStream(a, `id-${a}`, [ev('x', {}, { eventId: id })]);
        await expect(store.appendToStream(b, `id-${b}`, [ev('x', {}, { eventId: id })])).resolves.toMatchObject({ alreadyStored: false });
      });
    });

    describe('upcasting', () => {
      it('upcasts old schema versions on read, step by step', async () => {
        const upcasters: Upcaster[] = [
          { type: 'up.Named', fromVersion: 1, upcast: (e) => ({ ...e, schemaVersion: 2, data: { fullName: (e.data as { name: string }).name } }) },
          {
            type: 'up.Named',
            fromVersion: 2,
            upcast: (e) => ({ ...e, schemaVersion: 3, data: { ...(e.data as object), locale: 'vi' } }),
          },
        ];
        const t = tenant();
        await store.appendToStream(t, `s-${t}`, [ev('up.Named', { name: 'Sở TTTT' }), ev('up.Named', { fullName: 'Sở KH&CN' }, { schemaVersion: 2 })]);
        const upcasting = await harness.open({ upcasters });
        try {
          const events = await upcasting.readStream(t, `s-${t}`);
          expect(events.map((e) => [e.schemaVersion, e.data])).toEqual([
            [3, { fullName: 'Sở TTTT', locale: 'vi' }],
            [3, { fullName: 'Sở KH&CN', locale: 'vi' }],
          ]);
          expect((await upcasting.readAll({ tenantId: t })).events.map((e) => e.schemaVersion)).toEqual([3, 3]);
          // The stored rows are unchanged.
          expect((await store.readStream(t, `s-${t}`)).map((e) => e.schemaVersion)).toEqual([1, 2]);
        } finally {
          await upcasting.close();
        }
      });
    });

    describe('concurrent writers', () => {
      it('a live subscriber never skips an event while 8 writers append concurrently', async () => {
        const t = tenant();
        const seen: RecordedEvent[] = [];
        const sub = store.subscribe({
          subscriptionId: `live-${t}`,
          tenantId: t,
          batchSize: 37,
          pollIntervalMs: 25,
          handler: async (events) => {
            seen.push(...events);
          },
        });
        const perWriter = 60;
        await Promise.all(
          Array.from({ length: 8 }, async (_, w) => {
            for (let i = 0; i < perWriter; i++) {
              const size = 1 + ((w + i) % 4);
              await store.appendToStream(t, `w${w}-${t}`, Array.from({ length: size }, (_, k) => ev('w', { w, i, k })));
            }
          }),
        );
        const expected = (await readEverything(store, { tenantId: t })).events;
        await until(() => seen.length >= expected.length);
        await sub.caughtUp();
        await sub.stop();
        expect(seen.map((e) => e.eventId)).toEqual(expected.map((e) => e.eventId));
        expect(new Set(seen.map((e) => e.eventId)).size).toBe(seen.length);
      });

      if (harness.holdOpenAppend) {
        // How this test is built: a transaction takes a global position and stays open while 8 writers
        // append in their own transactions, take higher positions and commit. A reader that ordered
        // by the sequence alone (`global_position > checkpoint`) would deliver the writers' events,
        // store a checkpoint past the held position, and never deliver the held event after its
        // commit: the final "every event exactly once" assertion would fail. Reading only below the
        // oldest in-flight transaction and ordering by (transaction id, position) withholds the
        // writers' events until the held transaction ends, then delivers everything in commit-safe order.
        it('withholds events behind an in-flight transaction, then delivers them all (sequence-only order would skip one)', async () => {
          const t = tenant();
          const seen: RecordedEvent[] = [];
          const sub = store.subscribe({
            subscriptionId: `held-${t}`,
            tenantId: t,
            pollIntervalMs: 25,
            handler: async (events) => {
              seen.push(...events);
            },
          });
          await sub.caughtUp();
          const held = await harness.holdOpenAppend!(t, `held-${t}`, [ev('held.Event')]);
          let committed = false;
          try {
          const writes = await Promise.all(
            Array.from({ length: 8 }, (_, w) =>
              Promise.all(Array.from({ length: 5 }, (_, i) => store.appendToStream(t, `w${w}-${t}`, [ev('w', { w, i })]))),
            ),
          );
          expect(writes.flat()).toHaveLength(40);
          await sub.caughtUp();
          // Committed, but behind the held transaction: not yet visible to a gap-safe reader.
          expect(seen).toHaveLength(0);

          await held.commit();
          committed = true;
          await until(() => seen.length >= 41);
          await sub.caughtUp();
          } finally {
            // Never leave the transaction open: it would hold back every later reader of this database.
            if (!committed) await held.commit();
            await sub.stop();
          }
          expect(seen).toHaveLength(41);
          expect(new Set(seen.map((e) => e.eventId)).size).toBe(41);
          expect(seen[0].type).toBe('held.Event');
          // Its position is lower than every writer's, yet it was delivered: positions alone are not the order.
          expect(seen.slice(1).every((e) => e.globalPosition > seen[0].globalPosition)).toBe(true);
        });
      } else {
        // PGlite has a single connection; KurrentDB has no client transactions and writes its log in order.
        it('no transaction can be held open on this adapter: the held-transaction case runs on PostgreSQL', () => {
          expect(harness.holdOpenAppend).toBeUndefined();
        });
      }
    });
  });
}
