// The service reads the variables every host reads (libs/service-host host-config), validated once at
// start: one env file configures every process of the distributed shape. In that shape this service is
// also the one that logs people in (it hosts the identity context), so it reads the platform's bootstrap
// admin and login limits too, under the same names and with the same defaults as apps/platform.
import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@bcd/auth';
import { USERNAME_PATTERN } from '@bcd/tenancy';
import { hostConfigSchema, hostConfigVariables, integer, loadHostConfig, minLength, type ConfigVariable } from '@bcd/service-host';

export const configSchema = hostConfigSchema.extend({
  ADMIN_USERNAME: z
    .string()
    .refine((value) => USERNAME_PATTERN.test(value), {
      error: 'must be 3 to 64 characters: lowercase letters, digits and . _ - @ inside',
    })
    .prefault('admin'),
  ADMIN_PASSWORD: minLength(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH).optional(),
  LOGIN_RATE_LIMIT_MAX_FAILURES: integer(1, 1000).prefault('5'),
  LOGIN_RATE_LIMIT_MAX_FAILURES_PER_ADDRESS: integer(1, 100_000).prefault('20'),
  LOGIN_RATE_LIMIT_WINDOW_SECONDS: integer(1, 86_400).prefault('900'),
});
export type ServiceConfig = z.output<typeof configSchema>;

/** The variables of this service beyond every host's, for the README (config.spec.ts keeps the two in step). */
export const serviceVariables: readonly ConfigVariable<Exclude<keyof ServiceConfig, keyof typeof hostConfigSchema.shape>>[] = [
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
    description: 'Failed logins of one username from one client address within the window before that username is refused from there with 429.',
  },
  { name: 'LOGIN_RATE_LIMIT_MAX_FAILURES_PER_ADDRESS', default: '20', description: 'Failed logins from one client address within the window before it is refused with 429.' },
  { name: 'LOGIN_RATE_LIMIT_WINDOW_SECONDS', default: '900', description: 'The sliding window of the failed-login limits, in seconds.' },
];

export const configVariables: readonly ConfigVariable[] = [...hostConfigVariables, ...serviceVariables];

/** Reads and validates the configuration; throws InvalidConfiguration naming every bad variable (secrets not echoed). */
export function loadConfig(env: Record<string, string | undefined> = process.env): ServiceConfig {
  return loadHostConfig(configSchema, configVariables, env);
}
