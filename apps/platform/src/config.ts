// Configuration comes from the environment only, and is validated once at start: a bad value
// stops the process with a message naming the variable, instead of failing later and obscurely.
import { z } from 'zod';
import { JWT_SECRET_MIN_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@bcd/auth';
import { USERNAME_PATTERN } from '@bcd/tenancy';

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

const httpUrl = z.string().refine((value) => /^https?:\/\/./.test(value) && URL.canParse(value), {
  error: 'must be an http:// or https:// URL',
});

function minLength(min: number, max = 4096) {
  return z.string().refine((value) => value.length >= min && value.length <= max, {
    error: `must be between ${min} and ${max} characters long`,
  });
}

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
  JWT_SECRET: minLength(JWT_SECRET_MIN_LENGTH).optional(),
  JWT_TTL_SECONDS: integer(60, 86_400).prefault('3600'),
  ADMIN_USERNAME: z
    .string()
    .refine((value) => USERNAME_PATTERN.test(value), {
      error: 'must be 3 to 64 characters: lowercase letters, digits and . _ - @ inside',
    })
    .prefault('admin'),
  ADMIN_PASSWORD: minLength(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH).optional(),
  OIDC_ISSUER: z.string().optional(),
  OIDC_JWKS_URL: httpUrl.optional(),
  OIDC_AUDIENCE: z.string().optional(),
  OIDC_ROLES_CLAIM: z.string().prefault('roles'),
  OIDC_USERNAME_CLAIM: z.string().prefault('preferred_username'),
  LOGIN_RATE_LIMIT_MAX_FAILURES: integer(1, 1000).prefault('5'),
  LOGIN_RATE_LIMIT_MAX_FAILURES_PER_ADDRESS: integer(1, 100_000).prefault('20'),
  LOGIN_RATE_LIMIT_WINDOW_SECONDS: integer(1, 86_400).prefault('900'),
});

/** Settings that only make sense together. */
function crossFieldProblems(config: z.output<typeof configSchema>): Map<string, string> {
  const problems = new Map<string, string>();
  if (config.OIDC_ISSUER !== undefined && config.OIDC_JWKS_URL === undefined) {
    problems.set('OIDC_JWKS_URL', 'OIDC_JWKS_URL is required when OIDC_ISSUER is set');
  }
  if (config.OIDC_JWKS_URL !== undefined && config.OIDC_ISSUER === undefined) {
    problems.set('OIDC_ISSUER', 'OIDC_ISSUER is required when OIDC_JWKS_URL is set');
  }
  if (config.OIDC_AUDIENCE !== undefined && config.OIDC_ISSUER === undefined) {
    problems.set('OIDC_ISSUER', 'OIDC_ISSUER is required when OIDC_AUDIENCE is set');
  }
  return problems;
}

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
  {
    name: 'JWT_SECRET',
    default: undefined,
    description: `HS256 key of the access tokens (at least ${JWT_SECRET_MIN_LENGTH} characters). Unset: generated on first start and kept in \`DATA_DIR/jwt-secret\`; processes sharing one database must share it.`,
    secret: true,
  },
  { name: 'JWT_TTL_SECONDS', default: '3600', description: 'Lifetime of the access tokens issued by `POST /api/auth/login`, in seconds (60 to 86400).' },
  { name: 'ADMIN_USERNAME', default: 'admin', description: 'Username of the platform admin created on an empty store.' },
  {
    name: 'ADMIN_PASSWORD',
    default: undefined,
    description: `Password of that admin (${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters). Unset: a strong one is generated and written to the log once, on first start.`,
    secret: true,
  },
  { name: 'OIDC_ISSUER', default: undefined, description: 'Also accept RS256 tokens of this OIDC issuer (its `iss`). Needs `OIDC_JWKS_URL`.' },
  { name: 'OIDC_JWKS_URL', default: undefined, description: 'URL of the issuer\'s JSON Web Key Set (http:// or https://).' },
  { name: 'OIDC_AUDIENCE', default: undefined, description: 'When set, an OIDC token\'s `aud` must contain it.' },
  {
    name: 'OIDC_ROLES_CLAIM',
    default: 'roles',
    description: 'Claim of an OIDC token holding its roles (a dotted path reaches inside objects, e.g. `realm_access.roles`).',
  },
  { name: 'OIDC_USERNAME_CLAIM', default: 'preferred_username', description: 'Claim of an OIDC token shown as the username (`sub` when absent).' },
  { name: 'LOGIN_RATE_LIMIT_MAX_FAILURES', default: '5', description: 'Failed logins of one username within the window before it is refused with 429.' },
  {
    name: 'LOGIN_RATE_LIMIT_MAX_FAILURES_PER_ADDRESS',
    default: '20',
    description: 'Failed logins from one client address within the window before it is refused with 429.',
  },
  { name: 'LOGIN_RATE_LIMIT_WINDOW_SECONDS', default: '900', description: 'The sliding window of the failed-login limits, in seconds.' },
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
  if (result.success) {
    const crossField = crossFieldProblems(result.data);
    if (crossField.size === 0) return result.data;
    throw new InvalidConfiguration([...crossField.values()]);
  }

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
