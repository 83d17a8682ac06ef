import { ConcurrencyConflict, IdempotencyConflict, type AppendResult, type NewEvent } from '@bcd/kernel';
import { runWithRequestContext } from '@bcd/auth';
import { Metrics } from './metrics.js';
import { stubEventStore } from './testing/stub-event-store.js';
import { InstrumentedEventStore } from './instrumented-event-store.js';

const written = (count: number): AppendResult => ({
  nextExpectedVersion: count,
  positions: Array.from({ length: count }, (_, i) => BigInt(i + 1)),
  transactionId: 1n,
  alreadyStored: false,
});

/** A store that records what it was asked to append and answers with `answer`. */
function recordingStore(answer: (events: readonly NewEvent[]) => Promise<AppendResult>) {
  const appended: NewEvent[][] = [];
  const inner = stubEventStore({
    appendToStream: async (_tenant, _stream, events) => {
      appended.push([...events]);
      return answer(events);
    },
  });
  return { inner, appended };
}

/** Value of a counter series. */
async function metricValue(metrics: Metrics, name: string, labels: Record<string, string> = {}): Promise<number> {
  const { values } = await metrics.registry.getSingleMetric(name)!.get();
  return values.find((v) => Object.entries(labels).every(([k, l]) => v.labels[k] === l))?.value ?? 0;
}

describe('InstrumentedEventStore', () => {
  describe('metadata from the request context', () => {
    it('adds the correlation id and the actor to every event', async () => {
      const { inner, appended } = recordingStore(async (events) => written(events.length));
      const store = new InstrumentedEventStore(inner, new Metrics());
      await runWithRequestContext({ correlationId: 'corr-1', actor: { userId: 'u-1', role: 'secretariat' } }, () =>
        store.appendToStream('t', 's', [
          { type: 'A', data: {} },
          { type: 'B', data: {}, metadata: { causationId: 'cause-1' } },
        ]),
      );
      expect(appended[0].map((e) => e.metadata)).toEqual([
        { correlationId: 'corr-1', actor: { userId: 'u-1', role: 'secretariat' } },
        { correlationId: 'corr-1', actor: { userId: 'u-1', role: 'secretariat' }, causationId: 'cause-1' },
      ]);
    });

    it('adds the tenant the request acts in', async () => {
      const { inner, appended } = recordingStore(async (events) => written(events.length));
      const store = new InstrumentedEventStore(inner, new Metrics());
      await runWithRequestContext(
        { correlationId: 'corr-2', actor: { userId: 'u-2', role: 'tenant_admin' }, tenantId: 'thanh-hoa' },
        () => store.appendToStream('platform', 's', [{ type: 'A', data: {} }, { type: 'B', data: {}, metadata: { tenantId: 'set-by-caller' } }]),
      );
      expect(appended[0].map((e) => e.metadata)).toEqual([
        { correlationId: 'corr-2', actor: { userId: 'u-2', role: 'tenant_admin' }, tenantId: 'thanh-hoa' },
        { correlationId: 'corr-2', actor: { userId: 'u-2', role: 'tenant_admin' }, tenantId: 'set-by-caller' },
      ]);
    });

    it('keeps values the caller set', async () => {
      const { inner, appended } = recordingStore(async (events) => written(events.length));
      const store = new InstrumentedEventStore(inner, new Metrics());
      await runWithRequestContext({ correlationId: 'corr-1', actor: { userId: 'u-1' } }, () =>
        store.appendToStream('t', 's', [
          { type: 'A', data: {}, metadata: { correlationId: 'upstream', actor: { userId: 'system' } } },
        ]),
      );
      expect(appended[0][0].metadata).toEqual({ correlationId: 'upstream', actor: { userId: 'system' } });
    });

    it('leaves events alone outside a request', async () => {
      const { inner, appended } = recordingStore(async (events) => written(events.length));
      const store = new InstrumentedEventStore(inner, new Metrics());
      const event = { type: 'A', data: {} };
      await store.appendToStream('t', 's', [event]);
      expect(appended[0][0]).toBe(event);
    });
  });

  describe('metrics', () => {
    it('counts appends, events, idempotent replays, conflicts, and times each outcome', async () => {
      const answers: Array<() => Promise<AppendResult>> = [
        async () => written(2),
        async () => ({ ...written(2), alreadyStored: true }),
        async () => {
          throw new ConcurrencyConflict('s', '1', 2);
        },
        async () => {
          throw new IdempotencyConflict(['e']);
        },
        async () => {
          throw new Error('connection lost');
        },
      ];
      const { inner } = recordingStore(() => answers.shift()!());
      const metrics = new Metrics();
      const store = new InstrumentedEventStore(inner, metrics);
      const events = [
        { type: 'A', data: {} },
        { type: 'B', data: {} },
      ];

      await store.appendToStream('t', 's', events);
      await store.appendToStream('t', 's', events);
      await expect(store.appendToStream('t', 's', events)).rejects.toBeInstanceOf(ConcurrencyConflict);
      await expect(store.appendToStream('t', 's', events)).rejects.toBeInstanceOf(IdempotencyConflict);
      await expect(store.appendToStream('t', 's', events)).rejects.toThrow('connection lost');

      expect(await metricValue(metrics, 'event_store_appends_total')).toBe(1);
      expect(await metricValue(metrics, 'event_store_events_appended_total')).toBe(2);
      expect(await metricValue(metrics, 'event_store_idempotent_replays_total')).toBe(1);
      expect(await metricValue(metrics, 'event_store_conflicts_total', { kind: 'concurrency' })).toBe(1);
      expect(await metricValue(metrics, 'event_store_conflicts_total', { kind: 'idempotency' })).toBe(1);
      const text = await metrics.registry.metrics();
      expect(text).toContain('event_store_append_duration_seconds_count{outcome="written"} 1');
      expect(text).toContain('event_store_append_duration_seconds_count{outcome="replayed"} 1');
      expect(text).toContain('event_store_append_duration_seconds_count{outcome="conflict"} 2');
      expect(text).toContain('event_store_append_duration_seconds_count{outcome="failed"} 1');
    });
  });

  describe('close', () => {
    it('waits for in-flight appends before closing the adapter', async () => {
      const order: string[] = [];
      let finish!: () => void;
      const inner = stubEventStore({
        appendToStream: () =>
          new Promise<AppendResult>((resolve) => {
            finish = () => {
              order.push('append done');
              resolve(written(1));
            };
          }),
        close: async () => {
          order.push('adapter closed');
        },
      });
      const store = new InstrumentedEventStore(inner, new Metrics());

      const append = store.appendToStream('t', 's', [{ type: 'A', data: {} }]);
      const closed = store.close();
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(order).toEqual([]);
      finish();
      await closed;
      await expect(append).resolves.toMatchObject({ alreadyStored: false });
      expect(order).toEqual(['append done', 'adapter closed']);
      await store.close(); // a second close is harmless
    });
  });
});
