// Every read model a host runs, started the same way: its SQL migrations, then its transactional
// projection, caught up before the host takes requests. Commands wait here for their own events to
// reach the read models of their context (read-your-writes), whatever context they belong to.
import { Inject, Injectable, Logger, Optional, type OnModuleDestroy, type Provider } from '@nestjs/common';
import { NotFound, StateConflict, type RecordedEvent } from '@bcd/kernel';
import { ReadModelProjection, type GlobalCheckpoint, type ReadModelHost, type SqlQueryable, type Subscription } from '@bcd/event-store';
import { PROJECTION_HOST } from '../event-store.module.js';
import { Metrics } from '../metrics.js';
import { rebuildReadModel, type RebuildHost, type RebuildProgress } from './rebuild.js';

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
  /**
   * Tables of its migrations that commands write (files, personal data, credentials): not derived from events,
   * so a rebuild keeps the live ones instead of replacing them.
   */
  keep?: readonly string[];
  /**
   * Secondary indexes of its tables (by name) that its own `apply` never reads through: a rebuild drops them from
   * the new tables before the replay and creates them once after it, as a restore does, instead of updating each
   * of them for every row replayed. Never a primary key or unique index (conflicts and lookups need them).
   */
  indexedAfterReplay?: readonly string[];
}

/** How far one projection is behind the head of the store. */
export interface ProjectionLag {
  projectionId: string;
  context: string;
  /** Whether commands wait for it (read-your-writes), or it is eventually consistent. */
  readYourWrites: boolean;
  /** The global position of its checkpoint (decimal); null: it has processed nothing yet. */
  position: string | null;
  /** When its checkpoint last moved. */
  checkpointUpdatedAt: string | null;
  /** Events of the types it reads that it has not processed yet. */
  eventsBehind: number;
  /** Seconds since the oldest of those was recorded (0 when none). */
  secondsBehind: number;
}

/**
 * How long a read model nobody waits for (readYourWrites: false) lets events gather after being woken: under load it
 * applies them in batches instead of one transaction per command, which on PGlite's single connection would
 * otherwise compete with every request. Its lag grows by at most this much.
 */
const EVENTUAL_SETTLE_MS = 250;

/** How long a command waits for its events to reach a read model before failing. */
const READ_YOUR_WRITES_TIMEOUT_MS = 10_000;

@Injectable()
export class ReadModels implements OnModuleDestroy {
  private readonly logger = new Logger(ReadModels.name);
  private readonly running: { readonly definition: ReadModelDefinition; projection: ReadModelProjection }[] = [];
  /** In-memory folds of the host (the access directory): commands wait for them too. */
  private readonly folds: { typePrefix: string; subscription: Subscription }[] = [];

  constructor(
    @Inject(PROJECTION_HOST) private readonly host: ReadModelHost | null,
    @Optional() metrics?: Metrics,
  ) {
    metrics?.watchProjections(() => this.lag());
  }

  /** Migrates, projects and catches up; resolves once the read model is current. */
  async start(definition: ReadModelDefinition): Promise<void> {
    const projection = await this.project(definition);
    this.running.push({ definition, projection });
  }

  private async project(definition: ReadModelDefinition): Promise<ReadModelProjection> {
    if (!this.host) {
      throw new Error(`The ${definition.context} context needs the event store's SQL database (PostgreSQL or PGlite) for its read models`);
    }
    const projection = new ReadModelProjection(this.host, {
      ...definition,
      apply: (tx, events) => definition.apply(tx, events),
      readYourWritesTimeoutMs: READ_YOUR_WRITES_TIMEOUT_MS,
      settleMs: definition.readYourWrites === false ? EVENTUAL_SETTLE_MS : 0,
      onError: (error) => this.logger.error({ err: error }, `${definition.context} projection failed; retrying`),
    });
    await projection.start();
    return projection;
  }

  /** The last rebuild of each projection this process ran or runs. */
  readonly rebuilds = new Map<string, RebuildProgress>();

  /** The projection ids this host runs, in start order. */
  projectionIds(): string[] {
    return this.running.map(({ definition }) => definition.projectionId);
  }

  /**
   * Rebuilds one read model from position 0 into new tables while the live ones serve, then switches them
   * (rebuild.ts). One rebuild of a projection at a time in this process.
   */
  async rebuild(projectionId: string, onProgress?: (progress: RebuildProgress) => void): Promise<RebuildProgress> {
    const entry = this.running.find(({ definition }) => definition.projectionId === projectionId);
    if (!entry || !this.host) throw new NotFound('Projection', projectionId);
    const current = this.rebuilds.get(projectionId);
    if (current && current.finishedAt === null) throw new StateConflict('PROJECTION-one-rebuild', 'Platform policy: read models (README "The event store")', `The ${projectionId} projection is being rebuilt (${current.phase}).`);
    const host = this.host as ReadModelHost & RebuildHost;
    return rebuildReadModel(host, entry.definition, {
      onProgress: (progress) => {
        this.rebuilds.set(projectionId, progress);
        onProgress?.(progress);
      },
      pauseLive: () => entry.projection.stop(),
      resumeLive: async () => {
        entry.projection = await this.project(entry.definition);
      },
    });
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

  /**
   * Each running projection's lag, read from the store: the events of its types after its checkpoint (in the
   * store's global order), and how long ago the oldest of them was recorded.
   */
  async lag(): Promise<ProjectionLag[]> {
    const host = this.host;
    if (!host) return [];
    return Promise.all(
      this.running.map(async ({ definition }) => {
        const [checkpoint] = await host.executor.query<{ transaction_id: string; position: string; updated_at: Date | string }>(
          `SELECT transaction_id::text AS transaction_id, global_position::text AS position, updated_at FROM checkpoints WHERE subscription_id = $1`,
          [definition.projectionId],
        );
        // The checkpoint's values are given as parameters, so the planner walks the global-order index from there
        // (a join on `checkpoints` hid them from it: a scan of every event, 1–3 s per projection at a million
        // events, for each /metrics scrape). An empty prefix (every type) adds no condition.
        const conditions: string[] = [];
        const params: unknown[] = [];
        if (definition.typePrefix !== '') conditions.push(`starts_with(e.type, $${params.push(definition.typePrefix)})`);
        if (checkpoint) conditions.push(`(e.transaction_id, e.global_position) > ($${params.push(checkpoint.transaction_id)}::xid8, $${params.push(checkpoint.position)}::bigint)`);
        const [row] = await host.executor.query<{ behind: number | string; seconds: number | string | null }>(
          `SELECT count(*) AS behind, EXTRACT(EPOCH FROM (now() - min(e.recorded_at)))::float8 AS seconds FROM events e
           ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}`,
          params,
        );
        return {
          projectionId: definition.projectionId,
          context: definition.context,
          readYourWrites: definition.readYourWrites !== false,
          position: checkpoint?.position ?? null,
          checkpointUpdatedAt: checkpoint ? new Date(checkpoint.updated_at).toISOString() : null,
          eventsBehind: Number(row?.behind ?? 0),
          secondsBehind: Math.max(0, Number(row?.seconds ?? 0)),
        };
      }),
    );
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
