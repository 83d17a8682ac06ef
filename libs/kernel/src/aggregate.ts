// An aggregate bound once: its decider, how its events are stored (namespace), which stream holds one
// instance, and the business time of what a command causes. The command runner of the host kit
// (libs/service-host) runs every command through one of these; contexts never call handleCommand.
import { namespacedCodec, type EventCodec } from './command-handler.js';
import type { Command, Decider, DomainEvent } from './decider.js';

export interface Aggregate<C extends Command, E extends DomainEvent, S> {
  /** For messages: `committee`, `tenant`. */
  readonly name: string;
  readonly decider: Decider<C, E, S>;
  /** Stores `Type` as `<namespace>.Type`. */
  readonly codec: EventCodec<E>;
  /** The stream of one instance: e.g. `membership-committee-<tenant>-<id>`. */
  streamId(tenantId: string, id: string): string;
  /** Business time of the events `command` causes (it may be back-dated); default: `command.metadata.now`. */
  occurredAt(command: C): Date;
}

export interface AggregateDefinition<C extends Command, E extends DomainEvent, S> {
  name: string;
  /** The context's namespace of stored event types (`membership` → `membership.MemberAppointed`). */
  namespace: string;
  decider: Decider<C, E, S>;
  streamId(tenantId: string, id: string): string;
  occurredAt?(command: C): Date;
  /**
   * The id an event is stored under, where the aggregate must name it (nameBasedId): events two processes
   * may record at once, which the store then keeps once. Absent (or undefined for an event): a new UUIDv7.
   */
  eventId?(event: E): string | undefined;
}

export function defineAggregate<C extends Command, E extends DomainEvent, S>(definition: AggregateDefinition<C, E, S>): Aggregate<C, E, S> {
  return {
    name: definition.name,
    decider: definition.decider,
    codec: namespacedCodec<E>(definition.namespace, definition.eventId),
    streamId: definition.streamId,
    occurredAt: definition.occurredAt ?? ((command) => command.metadata.now),
  };
}

/** A command as the application builds it: the runner adds `metadata` (the time of the decision). */
export type CommandInput<C> = C extends { type: infer T; data: infer D } ? { type: T; data: D } : never;
