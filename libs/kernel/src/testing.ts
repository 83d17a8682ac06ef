// Given/when/then for deciders, in the domain's words:
//   DeciderSpecification.for(seat).given([SeatOpened]).when(TakeChair).thenThrowsRule('SEAT-1')
// It uses Jest's global `expect` lazily, never `@jest/globals` (which throws when imported outside
// Jest), so re-exporting this file from the kernel's index costs production code nothing.

import type { Decider, DomainEvent } from './decider.js';
import { RuleViolation } from './errors.js';

type ErrorClass<T extends Error> = abstract new (...args: never[]) => T;

export interface DeciderThen<E extends DomainEvent, S> {
  /** The command produced exactly these events, in this order (deep equality). */
  then(expected: E[]): void;
  /** The command produced no event. */
  thenNothingHappened(): void;
  /** The state after the given events and the new ones equals `expected`. */
  thenState(expected: S): void;
  /** The command was refused with this error class (and, optionally, the error satisfies `check`). */
  thenThrows<T extends Error>(errorClass: ErrorClass<T>, check?: (error: T) => boolean): void;
  /** The command was refused by RuleViolation with this rule id (and, when given, citing this article). */
  thenThrowsRule(rule: string, article?: string): void;
}

export interface DeciderWhen<C, E extends DomainEvent, S> {
  when(command: C): DeciderThen<E, S>;
}

export const DeciderSpecification = {
  for<C, E extends DomainEvent, S>(decider: Decider<C, E, S>) {
    return {
      given(events: E[] = []): DeciderWhen<C, E, S> {
        return {
          when(command: C): DeciderThen<E, S> {
            const state = events.reduce(decider.evolve, decider.initialState());
            const run = (): { events: E[] } | { error: unknown } => {
              try {
                return { events: decider.decide(command, state) };
              } catch (error) {
                return { error };
              }
            };
            const succeed = (): E[] => {
              const outcome = run();
              if ('error' in outcome) throw outcome.error; // surfaces the real refusal in the report
              return outcome.events;
            };
            const fail = <T extends Error>(errorClass: ErrorClass<T>): T => {
              const outcome = run();
              if ('events' in outcome) {
                throw new Error(`Expected ${errorClass.name} but the command produced ${show(outcome.events)}`);
              }
              expect(outcome.error).toBeInstanceOf(errorClass);
              return outcome.error as T;
            };
            return {
              then: (expected) => expect(succeed()).toEqual(expected),
              thenNothingHappened: () => expect(succeed()).toEqual([]),
              thenState: (expected) => expect(succeed().reduce(decider.evolve, state)).toEqual(expected),
              thenThrows: (errorClass, check) => {
                const error = fail(errorClass);
                if (check && !check(error)) {
                  throw new Error(`${errorClass.name} was thrown but did not pass the check: ${String(error)}`);
                }
              },
              thenThrowsRule: (rule, article) => {
                const error = fail(RuleViolation);
                expect(error.rule).toBe(rule);
                if (article !== undefined) expect(error.article).toBe(article);
              },
            };
          },
        };
      },
    };
  },
};

function show(events: unknown[]): string {
  if (events.length === 0) return 'no event';
  return JSON.stringify(events, (_key, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value));
}
