// The one way a command runs, in every context: the runner makes the time and the new ids, checks the
// tenant is open, folds the instance's stream, lets the aggregate decide, appends with the version it
// read (retrying on a concurrent write, never when the caller named a version with If-Match), and
// waits until the read models of the context include the new events (read-your-writes).
import { Inject, Injectable, Optional } from '@nestjs/common';
import {
  aggregateStream,
  CLOCK,
  handleCommand,
  newId,
  type Aggregate,
  type Clock,
  type Command,
  type CommandInput,
  type DomainEvent,
  type StreamStore,
} from '@bcd/kernel';
import { ACCESS_DIRECTORY, ensureTenantOpen, PLATFORM_TENANT, type AccessDirectory } from '@bcd/auth';
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
   * What must follow the events (a write outside the log, e.g. personal data): run once they are
   * appended, while the read models catch up with them; run() resolves when both are done.
   */
  afterAppend?: (outcome: { id: string; now: Date }) => Promise<void>;
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

@Injectable()
export class CommandRunner {
  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly readModels: ReadModels,
    // Absent in hosts without the identity context's directory (some tests): then no tenant check.
    @Optional() @Inject(ACCESS_DIRECTORY) private readonly directory?: AccessDirectory,
  ) {}

  async run<C extends Command, E extends DomainEvent, S>(
    aggregate: Aggregate<C, E, S>,
    options: RunOptions,
    build: (context: CommandContext) => NoInfer<CommandInput<C>> | Promise<NoInfer<CommandInput<C>>>,
  ): Promise<CommandOutcome<C, E, S>> {
    const { tenantId, expectedVersion } = options;
    if (tenantId !== PLATFORM_TENANT && this.directory) ensureTenantOpen(await this.directory.findTenant(tenantId), tenantId);
    const now = this.clock.now();
    const id = options.id ?? newId();
    const command = { ...(await build({ now, id, newId })), metadata: { now } } as unknown as C;
    const result = await handleCommand(this.store, aggregate.decider, {
      tenantId,
      streamId: aggregate.streamId(tenantId, id),
      command,
      occurredAt: aggregate.occurredAt(command),
      ...(expectedVersion === undefined ? {} : { expectedVersion }),
      // A new instance's id was made just now: nothing to read.
      newStream: options.id === undefined,
      codec: aggregate.codec,
    });
    const types = result.newEvents.map((event) => aggregate.codec.encode(event).type);
    await Promise.all([this.readModels.waitFor(result.checkpoint, types), options.afterAppend?.({ id, now })]);
    return { id, command, now, state: result.newState, version: result.nextExpectedVersion, events: result.newEvents };
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
