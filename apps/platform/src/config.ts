// Configuration comes from the environment only, and is validated once at start (libs/service-host
// host-config): the variables every host reads, and the platform's own (the bootstrap admin, the login
// limits: the platform is the host that logs people in; the key of the transparency logs; the demo history
// written on a first start).
import { z } from 'zod';
import { decodeSignerKey } from '@bcd/projections';
import { USERNAME_PATTERN } from '@bcd/tenancy';
import {
  hostConfigSchema,
  hostConfigVariables,
  loadHostConfig,
  loginConfigShape,
  loginConfigVariables,
  oneOf,
  type ConfigVariable,
} from '@bcd/service-host';

export { InvalidConfiguration, LOG_LEVELS, NODE_ENVS } from '@bcd/service-host';

export const configSchema = hostConfigSchema.extend({
  // the bootstrap admin and the login limits, shared with the membership service (it logs people in there)
  ...loginConfigShape(USERNAME_PATTERN),
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
  ...loginConfigVariables,
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
