// The error family every layer uses. The HTTP shell maps each to an RFC 9457 problem document
// in one place (apps/platform); domain code throws these and nothing else.

export abstract class DomainError extends Error {
  /** Problem `type` slug, e.g. `rule-violation`. */
  abstract readonly code: string;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** A command refused by a rule of the regulation in force: names the rule and cites the article. */
export class RuleViolation extends DomainError {
  readonly code = 'rule-violation';
  constructor(
    /** Stable rule id, e.g. `KG-2008-D10-delegation`. */
    readonly rule: string,
    /** Citation, e.g. `Điều 10, QĐ 1507/QĐ-UBND 2008`. */
    readonly article: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The thing is past the state the command needs, for good (a tenant merged already): 409, naming the
 * rule and its citation like a RuleViolation. Repeating the request cannot succeed.
 */
export class StateConflict extends DomainError {
  readonly code = 'state-conflict';
  constructor(
    readonly rule: string,
    readonly article: string,
    message: string,
  ) {
    super(message);
  }
}

/** The stream was not at the version the writer expected. */
export class ConcurrencyConflict extends DomainError {
  readonly code = 'concurrency-conflict';
  constructor(
    readonly streamId: string,
    readonly expectedVersion: string,
    readonly actualVersion: number | undefined,
    message = `Stream ${streamId} is at version ${actualVersion ?? 'none'}, expected ${expectedVersion}`,
  ) {
    super(message);
  }
}

/** An event id that is already stored with other content: the idempotency key was reused. */
export class IdempotencyConflict extends DomainError {
  readonly code = 'idempotency-conflict';
  constructor(
    readonly eventIds: string[],
    message = `Event id(s) ${eventIds.join(', ')} already stored with different content`,
  ) {
    super(message);
  }
}

export class NotFound extends DomainError {
  readonly code = 'not-found';
  constructor(
    readonly resource: string,
    readonly id?: string,
    message = id === undefined ? `${resource} not found` : `${resource} ${id} not found`,
  ) {
    super(message);
  }
}

export class Forbidden extends DomainError {
  readonly code = 'forbidden';
  constructor(message = 'Forbidden') {
    super(message);
  }
}

export interface FieldError {
  /** Path of the offending field, e.g. `meetings.plenary.cadence` or `items.0.amount`. */
  path: string;
  message: string;
}

export class ValidationFailed extends DomainError {
  readonly code = 'validation-failed';
  constructor(
    readonly errors: FieldError[],
    message = `Validation failed: ${errors.map((e) => `${e.path || '(root)'}: ${e.message}`).join('; ')}`,
  ) {
    super(message);
  }
}
