import { Global, Inject, Injectable, Logger, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { createEventStore, type EventStore } from '@bcd/event-store';
import type { Config } from '../config.js';
import { Metrics } from '../metrics/metrics.js';
import { InstrumentedEventStore } from './instrumented-event-store.js';

/** DI token of the EventStore port (the instrumented one). Inject with `@Inject(EVENT_STORE)`. */
export const EVENT_STORE = Symbol.for('bcd.EventStore');

export interface EventStoreModuleOptions {
  config: Pick<Config, 'DATA_DIR' | 'DATABASE_URL' | 'DATABASE_POOL_SIZE'>;
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
          provide: EVENT_STORE,
          inject: [Metrics],
          useFactory: async (metrics: Metrics): Promise<EventStore> => {
            const { config } = options;
            const inner =
              options.store ??
              (await createEventStore({
                dataDir: config.DATA_DIR,
                databaseUrl: config.DATABASE_URL,
                poolSize: config.DATABASE_POOL_SIZE,
              }));
            return new InstrumentedEventStore(inner, metrics);
          },
        },
        EventStoreCloser,
      ],
      exports: [EVENT_STORE],
    };
  }
}
