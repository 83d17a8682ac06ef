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

/** One decide function per command type: the map must name every type of the union, or it does not compile. */
export type DecideFunctions<C extends { type: string }, E extends DomainEvent, S> = {
  [Type in C['type']]: (command: Extract<C, { type: Type }>, state: S) => E[];
};

/**
 * A `decide` that only dispatches: each command to the decide function of its type (a rule family's
 * function). Like a `switch` with a `never` default, a command type nobody handles does not compile.
 */
export function decideBy<C extends { type: string }, E extends DomainEvent, S>(functions: DecideFunctions<C, E, S>): (command: C, state: S) => E[] {
  // Keys from our own map: a Map, so that no command type can reach Object.prototype.
  const byType = new Map<string, (command: C, state: S) => E[]>(Object.entries(functions) as [string, (command: C, state: S) => E[]][]);
  return (command, state) => {
    const decide = byType.get(command.type);
    if (!decide) throw new TypeError(`No decide function for command type ${command.type}`);
    return decide(command, state);
  };
}

/** The command union a map of decide functions handles (each function's command). */
export type CommandOfFunctions<F> = { [Type in keyof F]: F[Type] extends (command: infer C, state: never) => unknown ? C : never }[keyof F];

/** The command union of a decider. */
export type CommandOf<D> = D extends { decide: (command: infer C, state: never) => unknown } ? C : never;

/**
 * A decider from its state, its evolve and one decide function per command type, keyed by the type:
 * `decide` only dispatches, the command union is what the functions take (`CommandOf<typeof decider>`),
 * and a key that is not its function's command type does not compile.
 */
export function deciderOf<S, E extends DomainEvent, F extends { [Type in keyof F]: (command: Command<Type & string, never>, state: S) => E[] }>(parts: {
  initialState: () => S;
  evolve: (state: S, event: E) => S;
  decide: F;
}): Decider<CommandOfFunctions<F>, E, S> {
  return {
    initialState: parts.initialState,
    evolve: parts.evolve,
    decide: decideBy(parts.decide as unknown as DecideFunctions<CommandOfFunctions<F> & { type: string }, E, S>) as Decider<CommandOfFunctions<F>, E, S>['decide'],
  };
}

/** The domain events of a map from event type to data: `EventsOf<{ Opened: OpenedData }>` is `DomainEvent<'Opened', OpenedData>`. */
export type EventsOf<M> = { [Type in keyof M & string]: DomainEvent<Type, M[Type]> }[keyof M & string];
