import { Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { ReadModelProjection, type GlobalCheckpoint, type ReadModelHost, type ReadModelProjectionOptions } from '@bcd/event-store';

export interface ContextReadModelOptions extends Omit<ReadModelProjectionOptions, 'onError'> {
  /** The context's name, for logs and for the error when the host has no SQL database. */
  context: string;
}

/**
 * A context's read model in the Nest lifecycle: migrations, projection and catch-up on module init
 * (so the context answers from a current model from its first request), stop on destroy,
 * `waitFor` for read-your-writes. A context extends it with its own options and injection token.
 */
export abstract class ContextReadModel implements OnModuleInit, OnModuleDestroy {
  private readonly readModel: ReadModelProjection | undefined;

  protected constructor(
    host: ReadModelHost | null,
    private readonly options: ContextReadModelOptions,
  ) {
    const logger = new Logger(new.target.name);
    this.readModel = host
      ? new ReadModelProjection(host, {
          ...options,
          onError: (error) => logger.error({ err: error }, `${options.context} projection failed; retrying`),
        })
      : undefined;
  }

  get executor(): ReadModelHost['executor'] {
    return this.requireReadModel().executor;
  }

  async onModuleInit(): Promise<void> {
    await this.requireReadModel().start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.readModel?.stop();
  }

  /** Resolves once the read model includes the event at `checkpoint`. */
  async waitFor(checkpoint: GlobalCheckpoint | undefined): Promise<void> {
    await this.readModel?.waitFor(checkpoint);
  }

  private requireReadModel(): ReadModelProjection {
    if (!this.readModel) {
      throw new Error(`The ${this.options.context} context needs the event store's SQL database (PostgreSQL or PGlite) for its read models`);
    }
    return this.readModel;
  }
}
