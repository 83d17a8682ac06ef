// Configuration comes from the environment only, and is validated once at start (libs/service-host
// host-config): the variables every host reads, and the platform's own (the bootstrap admin, the login
// limits: the platform is the host that logs people in; the key of the transparency logs; the demo history
// written on a first start).
import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@bcd/auth';
import { decodeSignerKey } from '@bcd/projections';
import { USERNAME_PATTERN } from '@bcd/tenancy';
import {
  hostConfigSchema,
  hostConfigVariables,
  integer,
  loadHostConfig,
  oneOf,
  minLength,
  type ConfigVariable,
} from '@bcd/service-host';

export { InvalidConfiguration, LOG_LEVELS, NODE_ENVS } from '@bcd/service-host';

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
  AUDIT_SIGNING_KEY: z
    .string()
    .refine(isSignerKey, { error: 'must be a signer key PRIVATE+KEY+<log name>+<key id>+<base64 Ed25519 seed> (npx bcd-audit keygen <log name>)' })
    .optional(),
  DEMO: oneOf(['0', '1']).prefault('1').transform((value) => value === '1'),
});

function isSignerKey(value: string): boolean {
  try {
    decodeSignerKey(value);
    return true;
  } catch {
    return false;
  }
}

export type Config = z.output<typeof configSchema>;

/** Every setting, for the README. A test keeps it in step with the schema and the READMEs. */
export const configVariables: readonly ConfigVariable<keyof Config>[] = [
  ...hostConfigVariables,
  { name: 'ADMIN_USERNAME', default: 'admin', description: 'Username of the platform admin created on an empty store.' },
  {
    name: 'ADMIN_PASSWORD',
    default: undefined,
    description: `Password of that admin (${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters). Unset: a strong one is generated and written to the log once, on first start.`,
    secret: true,
  },
  { name: 'LOGIN_RATE_LIMIT_MAX_FAILURES', default: '5', description: 'Failed logins of one username from one client address within the window before that username is refused from there with 429 (from other addresses it is not: no one can lock a user out).' },
  {
    name: 'LOGIN_RATE_LIMIT_MAX_FAILURES_PER_ADDRESS',
    default: '20',
    description: 'Failed logins from one client address within the window before it is refused with 429.',
  },
  { name: 'LOGIN_RATE_LIMIT_WINDOW_SECONDS', default: '900', description: 'The sliding window of the failed-login limits, in seconds.' },
  {
    name: 'AUDIT_SIGNING_KEY',
    default: undefined,
    description:
      'Ed25519 key signing the tenants\' transparency logs, `PRIVATE+KEY+<log name>+<key id>+<base64>` (`npx bcd-audit keygen <log name>`); tenant T\'s log is `<log name>/T/events`. Unset: generated on first start and kept in `DATA_DIR/audit-signing-key` (log name `bcd.local`); processes sharing one database must share it.',
    secret: true,
  },
  {
    name: 'DEMO',
    default: '1',
    description:
      '`1`: on a start with no tenant in the store, write the demo history (four provinces under the five seed regulations, years of committees, meetings, reports and budgets) and print its demo users once on stdout. `0`: start empty. See "Demo history".',
  },
];

/**
 * Reads and validates the configuration; throws InvalidConfiguration naming every bad variable.
 * An empty variable counts as unset (as `PORT=` in an env file usually means).
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  return loadHostConfig(configSchema, configVariables, env);
}

/** DI token of the validated Config. */
export const APP_CONFIG = Symbol.for('bcd.AppConfig');
