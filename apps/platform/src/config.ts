// Configuration comes from the environment only, and is validated once at start: a bad value
// stops the process with a message naming the variable, instead of failing later and obscurely.
import { z } from 'zod';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export const NODE_ENVS = ['development', 'production', 'test'] as const;

/** Decimal digits only (no sign, no exponent, no blanks), within [min, max]. */
function integer(min: number, max: number) {
  return z
    .string()
    .refine((value) => /^\d+$/.test(value) && Number(value) >= min && Number(value) <= max, {
      error: `must be an integer between ${min} and ${max}`,
    })
    .transform(Number);
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `must be one of ${values.join(', ')}` });
}

const postgresUrl = z.string().refine((value) => /^postgres(ql)?:\/\/./.test(value) && URL.canParse(value), {
  error: 'must be a postgres:// or postgresql:// URL',
});

/**
 * The environment variables the platform reads. Defaults are given as the string a user would
 * write (`prefault`), so they pass the same validation as real values.
 */
export const configSchema = z.object({
  PORT: integer(1, 65535).prefault('3000'),
  HOST: z.string().prefault('0.0.0.0'),
  DATA_DIR: z.string().prefault('./data'),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_POOL_SIZE: integer(1, 1000).prefault('10'),
  LOG_LEVEL: oneOf(LOG_LEVELS).prefault('info'),
  SHUTDOWN_TIMEOUT_MS: integer(1, 600_000).prefault('10000'),
  NODE_ENV: oneOf(NODE_ENVS).prefault('production'),
});

export type Config = z.output<typeof configSchema>;

export interface ConfigVariable {
  name: keyof Config;
  /** As written in the environment; undefined when the variable has no default. */
  default: string | undefined;
  description: string;
  /** The value may hold a password: never echo it in messages. */
  secret?: boolean;
}

/** Every setting, for the README and `--help`-like output. A test keeps it in step with the schema. */
export const configVariables: readonly ConfigVariable[] = [
  { name: 'PORT', default: '3000', description: 'TCP port of the HTTP server.' },
  { name: 'HOST', default: '0.0.0.0', description: 'Interface to listen on (`127.0.0.1`: this machine only).' },
  {
    name: 'DATA_DIR',
    default: './data',
    description: 'Directory of the embedded PGlite database, created if missing. Not used when `DATABASE_URL` is set.',
  },
  {
    name: 'DATABASE_URL',
    default: undefined,
    description: 'PostgreSQL server (`postgres://…` or `postgresql://…`). Unset: embedded PGlite in `DATA_DIR`.',
    secret: true,
  },
  { name: 'DATABASE_POOL_SIZE', default: '10', description: 'Connections in the PostgreSQL pool (with `DATABASE_URL` only).' },
  { name: 'LOG_LEVEL', default: 'info', description: `Lowest level logged: ${LOG_LEVELS.join(', ')}.` },
  {
    name: 'SHUTDOWN_TIMEOUT_MS',
    default: '10000',
    description: 'On SIGTERM/SIGINT, how long to wait for in-flight requests and appends before exiting with code 1.',
  },
  { name: 'NODE_ENV', default: 'production', description: `${NODE_ENVS.join(', ')}; written into every log line.` },
];

export class InvalidConfiguration extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration: ${problems.join('; ')}`);
    this.name = 'InvalidConfiguration';
  }
}

/**
 * Reads and validates the configuration; throws InvalidConfiguration naming every bad variable.
 * An empty variable counts as unset (as `PORT=` in an env file usually means).
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const raw: Record<string, string> = {};
  for (const { name } of configVariables) {
    const value = env[name];
    if (value !== undefined && value !== '') raw[name] = value;
  }
  const result = configSchema.safeParse(raw);
  if (result.success) return result.data;

  const problems = new Map<string, string>();
  for (const issue of result.error.issues) {
    const name = String(issue.path[0]);
    if (problems.has(name)) continue;
    const secret = configVariables.find((v) => v.name === name)?.secret;
    const got = secret ? 'value not shown: it may hold a password' : `got ${JSON.stringify(raw[name])}`;
    problems.set(name, `${name} ${issue.message} (${got})`);
  }
  throw new InvalidConfiguration([...problems.values()]);
}

/** DI token of the validated Config. */
export const APP_CONFIG = Symbol.for('bcd.AppConfig');
