// The event store of the service: the configured adapter (PGlite in DATA_DIR, or PostgreSQL at
// DATABASE_URL), decorated so that every appended event carries the request's correlation id, actor
// and acting tenant, as on the platform. Closed last, when the app shuts down.
import { Global, Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { AppendOptions, AppendResult, NewEvent, ReadStreamOptions, RecordedEvent } from '@bcd/kernel';
import { createEventStore, type EventStore, type GlobalCheckpoint, type PostgresEventStore, type ReadAllOptions, type ReadAllPage, type Subscription, type SubscriptionOptions } from '@bcd/event-store';
import { currentRequestContext } from '@bcd/auth';
import type { ServiceConfig } from './config.js';

export const EVENT_STORE = Symbol.for('bcd.membership-service.EventStore');
export const PROJECTION_HOST = Symbol.for('bcd.membership-service.ProjectionHost');

/** Adds the request's correlation id, actor and tenant to the metadata of appended events (values already set win). */
export class RequestMetadataStore implements EventStore {
  constructor(private readonly inner: EventStore) {}

  appendToStream(tenantId: string, streamId: string, events: readonly NewEvent[], options?: AppendOptions): Promise<AppendResult> {
    const context = currentRequestContext();
    const decorated = context
      ? events.map((event) => ({
          ...event,
          metadata: {
            correlationId: context.correlationId,
            ...(context.actor ? { actor: { ...context.actor } } : {}),
            ...(context.tenantId === undefined ? {} : { tenantId: context.tenantId }),
            ...event.metadata,
          },
        }))
      : events;
    return this.inner.appendToStream(tenantId, streamId, decorated, options);
  }
  readStream(tenantId: string, streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return this.inner.readStream(tenantId, streamId, options);
  }
  readAll(options?: ReadAllOptions): Promise<ReadAllPage> {
    return this.inner.readAll(options);
  }
  subscribe(options: SubscriptionOptions): Subscription {
    return this.inner.subscribe(options);
  }
  readCheckpoint(subscriptionId: string): Promise<GlobalCheckpoint | undefined> {
    return this.inner.readCheckpoint(subscriptionId);
  }
  storeCheckpoint(subscriptionId: string, checkpoint: GlobalCheckpoint): Promise<void> {
    return this.inner.storeCheckpoint(subscriptionId, checkpoint);
  }
  ping(): Promise<void> {
    return this.inner.ping();
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}

@Injectable()
class EventStoreCloser implements OnApplicationShutdown {
  constructor(@Inject(PROJECTION_HOST) private readonly store: PostgresEventStore) {}
  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

@Global()
@Module({})
export class EventStoreModule {
  static forRoot(config: ServiceConfig, store?: PostgresEventStore): DynamicModule {
    return {
      module: EventStoreModule,
      providers: [
        {
          provide: PROJECTION_HOST,
          useFactory: async () =>
            store ?? createEventStore({ dataDir: config.DATA_DIR, databaseUrl: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE }),
        },
        { provide: EVENT_STORE, inject: [PROJECTION_HOST], useFactory: (inner: PostgresEventStore) => new RequestMetadataStore(inner) },
        EventStoreCloser,
      ],
      exports: [EVENT_STORE, PROJECTION_HOST],
    };
  }
}
