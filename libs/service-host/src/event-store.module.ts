import { Global, Inject, Injectable, Logger, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { createEventStore, type EventStore, type PostgresEventStore } from '@bcd/event-store';
import { Metrics } from './metrics.js';
import { InstrumentedEventStore } from './instrumented-event-store.js';

/** DI token of the EventStore port (the instrumented one). Inject with `@Inject(EVENT_STORE)`. */
export const EVENT_STORE = Symbol.for('bcd.EventStore');

/**
 * DI token of the configured store's SQL side, for context modules that keep read models in the same
 * database: the PostgresEventStore itself (`executor`, `project()` for transactional projections), or
 * null when the store has none (a test double).
 */
export const PROJECTION_HOST = Symbol.for('bcd.ProjectionHost');

/** The adapter itself, before instrumentation. */
const INNER_EVENT_STORE = Symbol('bcd.InnerEventStore');

export interface EventStoreModuleOptions {
  /** The variables every host reads (ARCHITECTURE.md "Two shapes"): PGlite in DATA_DIR, or PostgreSQL at DATABASE_URL. */
  config: { DATA_DIR: string; DATABASE_URL?: string; DATABASE_POOL_SIZE: number };
  /** An already open store (tests); the app takes ownership and closes it. */
  store?: EventStore;
}

/** Closes the store last: Nest runs this after the HTTP server has stopped taking requests. */
@Injectable()
class EventStoreCloser implements OnApplicationShutdown {
  private readonly logger = new Logger('EventStore');

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
    this.logger.log('Event store closed');
  }
}

@Global()
@Module({})
export class EventStoreModule {
  static forRoot(options: EventStoreModuleOptions): DynamicModule {
    return {
      module: EventStoreModule,
      providers: [
        {
          provide: INNER_EVENT_STORE,
          useFactory: async (): Promise<EventStore> => {
            const { config } = options;
            return (
              options.store ??
              (await createEventStore({
                dataDir: config.DATA_DIR,
                databaseUrl: config.DATABASE_URL,
                poolSize: config.DATABASE_POOL_SIZE,
              }))
            );
          },
        },
        {
          provide: EVENT_STORE,
          inject: [INNER_EVENT_STORE, Metrics],
          useFactory: (inner: EventStore, metrics: Metrics): EventStore => new InstrumentedEventStore(inner, metrics),
        },
        {
          provide: PROJECTION_HOST,
          inject: [INNER_EVENT_STORE],
          useFactory: (inner: EventStore): PostgresEventStore | null => (isProjectionHost(inner) ? inner : null),
        },
        EventStoreCloser,
      ],
      exports: [EVENT_STORE, PROJECTION_HOST],
    };
  }
}

function isProjectionHost(store: EventStore): store is PostgresEventStore {
  const candidate = store as Partial<PostgresEventStore>;
  return candidate.executor !== undefined && typeof candidate.project === 'function';
}
