// The settings of the host that logs people in (the platform; the membership service in the distributed
// shape, which hosts identity there): the bootstrap admin and the failed-login limits. One definition, so
// that one env file means the same to either host: same names, defaults, checks and documentation.
import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@bcd/auth';
import { integer, minLength, type ConfigVariable } from './host-config.js';

/**
 * The schema fragment to extend a host's schema with. The username rule is identity's (USERNAME_PATTERN of
 * @bcd/tenancy), passed in: this kit depends on no context.
 */
export function loginConfigShape(usernamePattern: RegExp) {
  return {
    ADMIN_USERNAME: z
      .string()
      .refine((value) => usernamePattern.test(value), {
        error: 'must be 3 to 64 characters: lowercase letters, digits and . _ - @ inside',
      })
      .prefault('admin'),
    ADMIN_PASSWORD: minLength(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH).optional(),
    LOGIN_RATE_LIMIT_MAX_FAILURES: integer(1, 1000).prefault('5'),
    LOGIN_RATE_LIMIT_MAX_FAILURES_PER_ADDRESS: integer(1, 100_000).prefault('20'),
    LOGIN_RATE_LIMIT_WINDOW_SECONDS: integer(1, 86_400).prefault('900'),
  };
}

export type LoginConfigName = keyof ReturnType<typeof loginConfigShape>;

/** The documented login variables, in the README tables' order. */
export const loginConfigVariables: readonly ConfigVariable<LoginConfigName>[] = [
  { name: 'ADMIN_USERNAME', default: 'admin', description: 'Username of the platform admin created on an empty store.' },
  {
    name: 'ADMIN_PASSWORD',
    default: undefined,
    description: `Password of that admin (${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters). Unset: a strong one is generated and written to the log once, on first start.`,
    secret: true,
  },
  {
    name: 'LOGIN_RATE_LIMIT_MAX_FAILURES',
    default: '5',
    description:
      'Failed logins of one username from one client address within the window before that username is refused from there with 429 (from other addresses it is not: no one can lock a user out).',
  },
  {
    name: 'LOGIN_RATE_LIMIT_MAX_FAILURES_PER_ADDRESS',
    default: '20',
    description: 'Failed logins from one client address within the window before it is refused with 429.',
  },
  { name: 'LOGIN_RATE_LIMIT_WINDOW_SECONDS', default: '900', description: 'The sliding window of the failed-login limits, in seconds.' },
];
