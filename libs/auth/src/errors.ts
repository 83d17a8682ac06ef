import { DomainError } from '@bcd/kernel';

/**
 * No valid credentials: absent, malformed, expired or badly signed token, or a failed login.
 * HTTP 401 with `WWW-Authenticate: Bearer`. The detail never says which check failed for a login
 * (unknown user and wrong password read the same).
 */
export class Unauthenticated extends DomainError {
  readonly code = 'unauthenticated';
  constructor(
    message = 'Authentication required.',
    /** RFC 6750 error code for WWW-Authenticate: `invalid_token` when a token was sent and refused. */
    readonly bearerError?: 'invalid_token',
  ) {
    super(message);
  }
}

/** Too many failed logins for a username or from an address: HTTP 429 with Retry-After. */
export class TooManyRequests extends DomainError {
  readonly code = 'too-many-requests';
  constructor(
    readonly retryAfterSeconds: number,
    message = `Too many failed logins. Try again in ${retryAfterSeconds} s.`,
  ) {
    super(message);
  }
}
