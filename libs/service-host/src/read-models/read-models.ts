// Every read model a host runs, started the same way: its SQL migrations, then its transactional
// projection, caught up before the host takes requests. Commands wait here for their own events to
// reach the read models of their context (read-your-writes), whatever context they belong to.
import { Inject, Injectable, Logger, type OnModuleDestroy, type Provider } from '@nestjs/common';
import type { RecordedEvent } from '@bcd/kernel';
import { ReadModelProjection, type GlobalCheckpoint, type ReadModelHost, type SqlQueryable, type Subscription } from '@bcd/event-store';
import { PROJECTION_HOST } from '../event-store.module.js';

/** A context's read model: what `readModelProvider` starts. Made by `defineProjection`. */
export interface ReadModelDefinition {
  /** The context's name, for logs and errors. */
  context: string;
  /** Durable name of the projection: its checkpoint is stored under it. */
  projectionId: string;
  /** The stored event types it reads, e.g. `membership.` */
  typePrefix: string;
  /** The read model's SQL migrations (`NNNN_name.sql` files in `dir`) and the table recording them. */
  migrations: { dir: string; table: string };
  /** Applies a batch inside the transaction that also stores the checkpoint. */
  apply(tx: SqlQueryable, events: readonly RecordedEvent[]): Promise<void>;
  /** SQL without parameters run first in each batch's transaction (the row-level-security write scope). */
  prelude?: string;
  /**
   * Whether commands wait for it (read-your-writes; default true). A read model that follows every context's
   * events (the audit trail, the transparency log, KPIs) sets false: it is eventually consistent, its lag is
   * measured, and no command pays for it.
   */
  readYourWrites?: boolean;
}

/** How long a command waits for its events to reach a read model before failing. */
const READ_YOUR_WRITES_TIMEOUT_MS = 10_000;

@Injectable()
export class ReadModels implements OnModuleDestroy {
  private readonly logger = new Logger(ReadModels.name);
  private readonly running: { definition: ReadModelDefinition; projection: ReadModelProjection }[] = [];
  /** In-memory folds of the host (the access directory): commands wait for them too. */
  private readonly folds: { typePrefix: string; subscription: Subscription }[] = [];

  constructor(@Inject(PROJECTION_HOST) private readonly host: ReadModelHost | null) {}

  /** Migrates, projects and catches up; resolves once the read model is current. */
  async start(definition: ReadModelDefinition): Promise<void> {
    if (!this.host) {
      throw new Error(`The ${definition.context} context needs the event store's SQL database (PostgreSQL or PGlite) for its read models`);
    }
    const projection = new ReadModelProjection(this.host, {
      ...definition,
      apply: (tx, events) => definition.apply(tx, events),
      readYourWritesTimeoutMs: READ_YOUR_WRITES_TIMEOUT_MS,
      onError: (error) => this.logger.error({ err: error }, `${definition.context} projection failed; retrying`),
    });
    await projection.start();
    this.running.push({ definition, projection });
  }

  /** An in-memory fold reading the types of `typePrefix`: commands appending such events wait for it too. */
  follow(typePrefix: string, subscription: Subscription): void {
    this.folds.push({ typePrefix, subscription });
  }

  /** Resolves once every read model and fold that reads any of `types` includes the event at `checkpoint`. */
  async waitFor(checkpoint: GlobalCheckpoint | undefined, types: readonly string[]): Promise<void> {
    if (checkpoint === undefined) return;
    const concerns = (prefix: string) => types.some((type) => type.startsWith(prefix));
    await Promise.all([
      ...this.running.filter(({ definition }) => definition.readYourWrites !== false && concerns(definition.typePrefix)).map(({ projection }) => projection.waitFor(checkpoint)),
      ...this.folds.filter((fold) => concerns(fold.typePrefix)).map(({ subscription }) => subscription.reached(checkpoint, READ_YOUR_WRITES_TIMEOUT_MS)),
    ]);
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.running.splice(0).map(({ projection }) => projection.stop()));
  }
}

/**
 * The provider that starts a context's read model when the host starts (before it takes requests),
 * in the order the host lists its contexts. A context module lists it among its providers.
 */
export function readModelProvider(definition: ReadModelDefinition): Provider {
  return {
    provide: Symbol(`bcd.ReadModel:${definition.projectionId}`),
    inject: [ReadModels],
    useFactory: async (readModels: ReadModels) => {
      await readModels.start(definition);
      return definition;
    },
  };
}
