import { loadMigrations, migrate } from './migrations.js';
import type { GlobalCheckpoint, Subscription } from './port.js';
import type { PostgresEventStore, ProjectionOptions } from './postgres-event-store.js';

/** The store that hosts a read model: its SQL executor and transactional projections (PostgresEventStore fits). */
export type ReadModelHost = Pick<PostgresEventStore, 'executor' | 'project'>;

export interface ReadModelProjectionOptions {
  /** Durable name of the projection; its checkpoint is stored under it. */
  projectionId: string;
  /** e.g. `membership.` for every event of the membership context. */
  typePrefix?: string;
  tenantId?: string;
  /** The read model's SQL migrations (`NNNN_name.sql` files in `dir`) and the table recording them. */
  migrations: { dir: string; table: string };
  /** Applies a batch inside the transaction that also stores the checkpoint. */
  apply: ProjectionOptions['apply'];
  /** SQL without parameters run first in each batch's transaction (e.g. the row-level-security write scope). */
  prelude?: string;
  /** Called when a batch or a read fails; the projection retries. */
  onError?: (error: unknown) => void;
  /** Once caught up and woken, how long to wait before reading the next batch (SubscriptionOptions.settleMs). */
  settleMs?: number;
  /** How long `waitFor` waits for an event to reach the read model; default 10 s. */
  readYourWritesTimeoutMs?: number;
}

const DEFAULT_READ_YOUR_WRITES_TIMEOUT_MS = 10_000;

/**
 * A read model kept in tables of the event store's database: `start()` applies its migrations, runs
 * the transactional projection and resolves once it has caught up; `waitFor()` gives commands
 * read-your-writes. Framework-free: a context wraps it in its own lifecycle.
 */
export class ReadModelProjection {
  private subscription: Subscription | undefined;

  constructor(
    private readonly host: ReadModelHost,
    private readonly options: ReadModelProjectionOptions,
  ) {}

  get executor(): ReadModelHost['executor'] {
    return this.host.executor;
  }

  async start(): Promise<void> {
    const { projectionId, typePrefix, tenantId, migrations, apply, onError, prelude, settleMs } = this.options;
    await migrate(this.host.executor, await loadMigrations(migrations.dir), migrations.table);
    this.subscription = this.host.project({ projectionId, typePrefix, tenantId, apply, onError, prelude, settleMs });
    await this.subscription.caughtUp();
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
  }

  /** Resolves once the read model includes the event at `checkpoint` (at once without one, or before start). */
  async waitFor(checkpoint: GlobalCheckpoint | undefined): Promise<void> {
    if (checkpoint === undefined || this.subscription === undefined) return;
    await this.subscription.reached(checkpoint, this.options.readYourWritesTimeoutMs ?? DEFAULT_READ_YOUR_WRITES_TIMEOUT_MS);
  }
}
