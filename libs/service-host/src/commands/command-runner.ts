// The one way a command runs, in every context: the runner makes the time and the new ids, checks the
// tenant is open, folds the instance's stream, lets the aggregate decide, appends with the version it
// read (retrying on a concurrent write, never when the caller named a version with If-Match), and
// waits until the read models of the context include the new events (read-your-writes). Commands that
// must commit together, and rows written with them (personal data), run as one unit: one transaction.
import { Inject, Injectable, Optional } from '@nestjs/common';
import {
  aggregateStream,
  CLOCK,
  ConcurrencyConflict,
  DEFAULT_MAX_RETRIES,
  handleCommand,
  newId,
  type Aggregate,
  type Clock,
  type Command,
  type CommandInput,
  type DomainEvent,
  type StreamStore,
} from '@bcd/kernel';
import { ACCESS_DIRECTORY, ensureTenantOpen, PLATFORM_TENANT, tenantScopeSql, type AccessDirectory } from '@bcd/auth';
import { isTransactional, type GlobalCheckpoint, type SqlQueryable, type TransactionalEventStore } from '@bcd/event-store';
import { EVENT_STORE } from '../event-store.module.js';
import { ReadModels } from '../read-models/read-models.js';

export interface CommandContext {
  /** The time of the decision. */
  now: Date;
  /** The instance the command runs on: the one named, or a new one. */
  id: string;
  /** A new UUIDv7 for what the command creates inside the instance (a member of a committee). */
  newId(): string;
}

export interface RunOptions {
  /** The tenant whose stream it is (`platform` for platform-level facts). */
  tenantId: string;
  /** The instance; absent: a new one, with a new id. */
  id?: string;
  /** If-Match: the version the caller saw; a stale one is refused (409) and never retried. */
  expectedVersion?: number;
  /**
   * Rows that must change with the events (personal data, a password hash): written in the append's
   * own transaction, so that both are stored or neither is (see `atomically`).
   */
  alsoWrite?: (sql: SqlQueryable, outcome: { id: string; now: Date }) => Promise<void>;
}

export interface CommandOutcome<C extends Command, E extends DomainEvent, S> {
  id: string;
  /** The command as it ran (the ids the builder made are in its data) and its time. */
  command: C;
  now: Date;
  /** The instance after the command. */
  state: S;
  /** Its stream's version now: the next ETag. */
  version: number;
  /** What the command caused (empty when it changed nothing). */
  events: E[];
}

type Build<C extends Command> = (context: CommandContext) => NoInfer<CommandInput<C>> | Promise<NoInfer<CommandInput<C>>>;

/** Commands that commit together (one transaction), with the caller's own rows. */
export interface CommandUnit {
  run<C extends Command, E extends DomainEvent, S>(aggregate: Aggregate<C, E, S>, options: Omit<RunOptions, 'alsoWrite'>, build: Build<C>): Promise<CommandOutcome<C, E, S>>;
  /** The caller's own statements in the unit's transaction (the tenant's scope is set). */
  sql: SqlQueryable;
}

/** Where an append landed and what it wrote: what read-your-writes waits for. */
interface Appended {
  checkpoint?: GlobalCheckpoint;
  types: string[];
}

/** Reruns of a unit that lost a race on one of its streams (a unit cannot retry inside its spoilt transaction). */
const UNIT_ATTEMPTS = 4;

@Injectable()
export class CommandRunner {
  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly readModels: ReadModels,
    // Absent in hosts without the identity context's directory (some tests): then no tenant check.
    @Optional() @Inject(ACCESS_DIRECTORY) private readonly directory?: AccessDirectory,
  ) {}

  /** The store's units of work, when it has them (PostgreSQL; not KurrentDB or test doubles): see `atomically`. */
  private get transactions(): TransactionalEventStore | undefined {
    return isTransactional(this.store) ? this.store : undefined;
  }

  async run<C extends Command, E extends DomainEvent, S>(aggregate: Aggregate<C, E, S>, options: RunOptions, build: Build<C>): Promise<CommandOutcome<C, E, S>> {
    const { alsoWrite } = options;
    if (alsoWrite) {
      return this.atomically(options.tenantId, async (unit) => {
        const outcome = await unit.run(aggregate, options, build);
        await alsoWrite(unit.sql, { id: outcome.id, now: outcome.now });
        return outcome;
      }, { retry: options.expectedVersion === undefined });
    }
    const appended: Appended[] = [];
    const outcome = await this.decideAndAppend(this.store, aggregate, options, build, appended, DEFAULT_MAX_RETRIES);
    await this.waitForAll(appended);
    return outcome;
  }

  /**
   * Runs `work` as one unit: every command it runs through `unit.run` and every row it writes through
   * `unit.sql` commits in one transaction, or nothing does (a refusal, a conflict or a failure at any
   * step rolls all of it back). A conflict reruns the whole unit (`retry`, default true; never when a
   * command names an If-Match version). Resolves once the read models include what it appended.
   * On a store without transactions (KurrentDB) the steps run one after the other, not atomically,
   * each retrying its own conflicts; the unit is then never rerun (its first steps are stored).
   */
  async atomically<T>(tenantId: string, work: (unit: CommandUnit) => Promise<T>, { retry = true } = {}): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const appended: Appended[] = [];
      const transactions = this.transactions;
      const rerun = retry && transactions !== undefined;
      const unitOn = (store: StreamStore, sql: SqlQueryable): CommandUnit => ({
        // Inside a transaction a conflict cannot be retried statement by statement: the unit is rerun.
        run: (aggregate, options, build) => this.decideAndAppend(store, aggregate, options, build, appended, transactions ? 0 : DEFAULT_MAX_RETRIES),
        sql,
      });
      try {
        const result = transactions
          ? await transactions.atomically(({ store, sql }) => work(unitOn(store, sql)), { prelude: tenantScopeSql({ platform: false, tenantIds: [tenantId] }) })
          : await work(unitOn(this.store, this.noTransactionSql()));
        await this.waitForAll(appended);
        return result;
      } catch (error) {
        if (!(error instanceof ConcurrencyConflict) || !rerun || attempt >= UNIT_ATTEMPTS) throw error;
      }
    }
  }

  private async decideAndAppend<C extends Command, E extends DomainEvent, S>(
    store: StreamStore,
    aggregate: Aggregate<C, E, S>,
    options: Omit<RunOptions, 'alsoWrite'>,
    build: Build<C>,
    appended: Appended[],
    maxRetries: number,
  ): Promise<CommandOutcome<C, E, S>> {
    const { tenantId, expectedVersion } = options;
    if (tenantId !== PLATFORM_TENANT && this.directory) ensureTenantOpen(await this.directory.findTenant(tenantId), tenantId);
    const now = this.clock.now();
    const id = options.id ?? newId();
    const command = { ...(await build({ now, id, newId })), metadata: { now } } as unknown as C;
    const result = await handleCommand(store, aggregate.decider, {
      tenantId,
      streamId: aggregate.streamId(tenantId, id),
      command,
      occurredAt: aggregate.occurredAt(command),
      ...(expectedVersion === undefined ? {} : { expectedVersion }),
      // A new instance's id was made just now: nothing to read.
      newStream: options.id === undefined,
      maxRetries,
      codec: aggregate.codec,
    });
    appended.push({ checkpoint: result.checkpoint, types: result.newEvents.map((event) => aggregate.codec.encode(event).type) });
    return { id, command, now, state: result.newState, version: result.nextExpectedVersion, events: result.newEvents };
  }

  private async waitForAll(appended: readonly Appended[]): Promise<void> {
    await Promise.all(appended.map(({ checkpoint, types }) => this.readModels.waitFor(checkpoint, types)));
  }

  /** A store without transactions has no SQL side for the caller's rows: writing one is an error. */
  private noTransactionSql(): SqlQueryable {
    return { query: () => Promise.reject(new Error('This host has no SQL database: rows cannot be written with its commands')) };
  }
  /** A new UUIDv7, for an id two commands share (a username reserved for the user created next). */
  newId(): string {
    return newId();
  }

  /** One instance as its stream says now: facts another command needs (an agency's name, a person's status). */
  async load<C extends Command, E extends DomainEvent, S>(aggregate: Aggregate<C, E, S>, tenantId: string, id: string): Promise<{ state: S; version: number }> {
    return aggregateStream(this.store, aggregate.decider, tenantId, aggregate.streamId(tenantId, id), { codec: aggregate.codec });
  }
}
