// The audit of access: every login attempt becomes an event in stream `auth-login-<username>`
// (stored as `auth.LoginSucceeded`, ...), whether the user exists or not.
import type { UserState } from '../user/user.js';

export type LoginFailureReason = 'unknown-user' | 'wrong-password' | 'disabled' | 'no-password';

export type LoginSucceeded = { type: 'LoginSucceeded'; data: { userId: string; username: string; address: string } };
export type LoginFailed = {
  type: 'LoginFailed';
  data: { username: string; userId?: string; reason: LoginFailureReason; address: string };
};
/** The username or the address reached the failed-login limit; recorded once per block, not per refused attempt. */
export type LoginThrottled = {
  type: 'LoginThrottled';
  data: { username: string; address: string; limit: 'username' | 'address'; retryAfterSeconds: number };
};
export type LoginEvent = LoginSucceeded | LoginFailed | LoginThrottled;

export interface LoginAttempt {
  username: string;
  address: string;
  user: UserState;
  /** Whether a credential is stored for the user. */
  hasPassword: boolean;
  /** Result of checking the password against the stored hash (false when there is none). */
  passwordMatches: boolean;
}

/** Pure: the event an attempt produces. Only a LoginSucceeded lets the caller have a token. */
export function decideLogin(attempt: LoginAttempt): LoginSucceeded | LoginFailed {
  const { username, address, user } = attempt;
  if (user.status === 'absent') return { type: 'LoginFailed', data: { username, reason: 'unknown-user', address } };
  const failed = (reason: LoginFailureReason): LoginFailed => ({
    type: 'LoginFailed',
    data: { username, userId: user.userId, reason, address },
  });
  if (!attempt.hasPassword) return failed('no-password');
  if (!attempt.passwordMatches) return failed('wrong-password');
  // Checked after the password, so that the answer to a guesser never tells that the account exists.
  if (user.status === 'disabled') return failed('disabled');
  return { type: 'LoginSucceeded', data: { userId: user.userId, username: user.username, address } };
}
