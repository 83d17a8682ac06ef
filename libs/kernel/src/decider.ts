// The Decider pattern, shaped like Emmett's: an aggregate is three pure functions and no class.
// Time and the rules in force arrive inside the command; `decide` never reads a clock.

/** A domain event as the domain sees it: no ids, versions or metadata (the store adds those). */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}

/** What every command carries besides its data. `now` is the time of the decision. */
export interface CommandMetadata {
  now: Date;
}

/** The recommended command shape: imperative `type` (`ScheduleMeeting`), `data`, `metadata.now`. */
export interface Command<
  Type extends string = string,
  Data = unknown,
  Metadata extends CommandMetadata = CommandMetadata,
> {
  readonly type: Type;
  readonly data: Data;
  readonly metadata: Metadata;
}

export interface Decider<C, E extends DomainEvent, S> {
  /** Pure: the events a command causes in a state. Refuses by throwing (RuleViolation, ValidationFailed, ...). */
  decide: (command: C, state: S) => E[];
  /** Pure: the state after an event. Must accept every event `decide` ever produced, including old ones. */
  evolve: (state: S, event: E) => S;
  /** The state of a stream that has no events yet. A function, so no caller can share a mutable state. */
  initialState: () => S;
}

/** Folds events onto a state (the decider's initial state by default). */
export function foldEvents<E extends DomainEvent, S>(
  decider: Pick<Decider<unknown, E, S>, 'evolve' | 'initialState'>,
  events: readonly E[],
  state: S = decider.initialState(),
): S {
  return events.reduce(decider.evolve, state);
}
