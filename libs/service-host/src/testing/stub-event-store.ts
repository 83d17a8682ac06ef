// Test doubles for the EventStore port (exported for the apps' tests; nothing in production uses them). Good for HTTP-shell tests that
// never append (subscriptions see a store with no events); anything touching real storage uses createEventStore on PGlite.
import type { EventStore } from '@bcd/event-store';

export function stubEventStore(overrides: Partial<EventStore> = {}): EventStore & { closed: boolean } {
  const unused = (): never => {
    throw new Error('not used by this test');
  };
  const store = {
    closed: false,
    appendToStream: unused,
    readStream: unused,
    readAll: unused,
    // A host folds some events in memory at start (the access directory): a store with no events.
    subscribe: ({ subscriptionId }: { subscriptionId: string }) => ({
      subscriptionId,
      caughtUp: async () => {},
      settled: async () => {},
      checkpoint: () => undefined,
      reached: async () => {},
      stop: async () => {},
    }),
    readCheckpoint: unused,
    storeCheckpoint: unused,
    ping: async () => {},
    close: async () => {
      store.closed = true;
    },
    ...overrides,
  };
  return store;
}
