// What every host reads from the environment (ARCHITECTURE.md "Two shapes": one env file configures
// every process), validated once at start: a bad value stops the process with a message naming the
// variable, instead of failing later and obscurely. A host extends the schema with its own variables.
import { z } from 'zod';
import { JWT_SECRET_MIN_LENGTH, type AuthModuleOptions } from '@bcd/auth';
import { parseBrokers } from '@bcd/messaging';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export const NODE_ENVS = ['development', 'production', 'test'] as const;
export const EVENT_STORES = ['postgres', 'kurrentdb'] as const;

/**
 * Why no host starts on KurrentDB (libs/event-store README "KurrentDB"): every context keeps read models, and
 * what they and the kit need of PostgreSQL the KurrentDB adapter cannot give.
 */
export const KURRENTDB_REFUSED =
  'EVENT_STORE=kurrentdb is refused: every context module keeps read models applied in one transaction with their checkpoints, and the host kit writes units of work (events with personal data), Idempotency-Key records and row-level-security reads, all in the event store\'s PostgreSQL database; no host yet keeps them in a PostgreSQL database beside a KurrentDB event store. Use EVENT_STORE=postgres (libs/event-store README "KurrentDB")';

/** Decimal digits only (no sign, no exponent, no blanks), within [min, max]. */
export function integer(min: number, max: number) {
  return z
    .string()
    .refine((value) => /^\d+$/.test(value) && Number(value) >= min && Number(value) <= max, {
      error: `must be an integer between ${min} and ${max}`,
    })
    .transform(Number);
}

export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `must be one of ${values.join(', ')}` });
}

export function minLength(min: number, max = 4096) {
  return z.string().refine((value) => value.length >= min && value.length <= max, {
    error: `must be between ${min} and ${max} characters long`,
  });
}

const postgresUrl = z.string().refine((value) => /^postgres(ql)?:\/\/./.test(value) && URL.canParse(value), {
  error: 'must be a postgres:// or postgresql:// URL',
});

const kurrentdbUrl = z.string().refine((value) => /^(kurrentdb|kurrent|kdb|esdb)(\+discover)?:\/\/./.test(value), {
  error: 'must be a kurrentdb:// or kurrentdb+discover:// connection string',
});

/** `host:port` (a name, an IPv4 address or a bracketed IPv6 address; port 1 to 65535). */
const BROKER = /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?):(\d{1,5})$/;

function isBroker(broker: string): boolean {
  const port = Number(BROKER.exec(broker)?.[1] ?? 0);
  return port >= 1 && port <= 65535;
}

const kafkaBrokers = z.string().refine((value) => parseBrokers(value).length > 0 && parseBrokers(value).every(isBroker), {
  error: 'must be a comma-separated list of host:port (e.g. kafka:9092,kafka-2:9092)',
});

const httpUrl = z.string().refine((value) => /^https?:\/\/./.test(value) && URL.canParse(value), {
  error: 'must be an http:// or https:// URL',
});

/** Defaults are given as the string a user would write (`prefault`), so they pass the same validation as real values. */
export const hostConfigSchema = z.object({
  PORT: integer(1, 65535).prefault('3000'),
  HOST: z.string().prefault('0.0.0.0'),
  DATA_DIR: z.string().prefault('./data'),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_POOL_SIZE: integer(1, 1000).prefault('10'),
  // Unset means postgres: no default, so that hosts' tables of defaults stay as they were.
  EVENT_STORE: oneOf(EVENT_STORES).optional(),
  KURRENTDB_URL: kurrentdbUrl.optional(),
  KAFKA_BROKERS: kafkaBrokers.optional(),
  LOG_LEVEL: oneOf(LOG_LEVELS).prefault('info'),
  SHUTDOWN_TIMEOUT_MS: integer(1, 600_000).prefault('10000'),
  NODE_ENV: oneOf(NODE_ENVS).prefault('production'),
  JWT_SECRET: minLength(JWT_SECRET_MIN_LENGTH).optional(),
  JWT_TTL_SECONDS: integer(60, 86_400).prefault('3600'),
  OIDC_ISSUER: z.string().optional(),
  OIDC_JWKS_URL: httpUrl.optional(),
  OIDC_AUDIENCE: z.string().optional(),
  OIDC_ROLES_CLAIM: z.string().prefault('roles'),
  OIDC_USERNAME_CLAIM: z.string().prefault('preferred_username'),
  HTTP_BODY_LIMIT_BYTES: integer(1024, 100 * 1024 * 1024).prefault('1048576'),
  HTTP_MAX_JSON_DEPTH: integer(2, 1000).prefault('32'),
  HTTP_FILE_LIMIT_BYTES: integer(1024, 1024 * 1024 * 1024).prefault('26214400'),
});

export type HostConfig = z.output<typeof hostConfigSchema>;

export interface ConfigVariable<Name extends string = string> {
  name: Name;
  /** As written in the environment; undefined when the variable has no default. */
  default: string | undefined;
  description: string;
  /** The value may hold a password: never echo it in messages. */
  secret?: boolean;
}

/** Every host setting, for the READMEs. A test of each host keeps its table in step with its schema. */
export const hostConfigVariables: readonly ConfigVariable<keyof HostConfig>[] = [
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
  {
    name: 'EVENT_STORE',
    default: undefined,
    description:
      '`postgres` (the same as unset): the PostgreSQL event store, at `DATABASE_URL` or embedded in `DATA_DIR`. `kurrentdb` is refused at start by every host: their read models, units of work, Idempotency-Key and row-level security need PostgreSQL (libs/event-store README "KurrentDB").',
  },
  {
    name: 'KURRENTDB_URL',
    default: undefined,
    description: 'KurrentDB connection string (`kurrentdb://host:2113?tls=false`); read with `EVENT_STORE=kurrentdb` only.',
    secret: true,
  },
  {
    name: 'KAFKA_BROKERS',
    default: undefined,
    description:
      'Kafka bootstrap servers, comma-separated `host:port`. Set: the projection service relays every stored event to `bcd.<context>.events` (libs/messaging README); the other hosts start no relay. Unset: no Kafka.',
  },
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
  { name: 'OIDC_ISSUER', default: undefined, description: 'Also accept RS256 tokens of this OIDC issuer (its `iss`). Needs `OIDC_JWKS_URL`.' },
  { name: 'OIDC_JWKS_URL', default: undefined, description: 'URL of the issuer\'s JSON Web Key Set (http:// or https://).' },
  { name: 'OIDC_AUDIENCE', default: undefined, description: 'When set, an OIDC token\'s `aud` must contain it.' },
  {
    name: 'OIDC_ROLES_CLAIM',
    default: 'roles',
    description: 'Claim of an OIDC token holding its roles (a dotted path reaches inside objects, e.g. `realm_access.roles`).',
  },
  { name: 'OIDC_USERNAME_CLAIM', default: 'preferred_username', description: 'Claim of an OIDC token shown as the username (`sub` when absent).' },
  {
    name: 'HTTP_BODY_LIMIT_BYTES',
    default: '1048576',
    description: 'Largest request body accepted, in bytes (1 MiB; larger: 413 problem document).',
  },
  {
    name: 'HTTP_MAX_JSON_DEPTH',
    default: '32',
    description: 'Deepest nesting of objects and arrays accepted in a JSON body (deeper: 400 problem document naming the field).',
  },
  {
    name: 'HTTP_FILE_LIMIT_BYTES',
    default: '26214400',
    description: 'Largest file accepted by an upload route (a meeting\'s documents: PDF, office files, images), in bytes (25 MiB; larger: 413 problem document).',
  },
];

export class InvalidConfiguration extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration: ${problems.join('; ')}`);
    this.name = 'InvalidConfiguration';
  }
}

/** Settings of the host schema that only make sense together. */
function hostCrossFieldProblems(config: HostConfig): Map<string, string> {
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
  if (config.EVENT_STORE === 'kurrentdb') {
    problems.set('EVENT_STORE', KURRENTDB_REFUSED);
    if (config.KURRENTDB_URL === undefined) problems.set('KURRENTDB_URL', 'KURRENTDB_URL is required when EVENT_STORE=kurrentdb');
  }
  return problems;
}

/**
 * Reads and validates a host's configuration; throws InvalidConfiguration naming every bad variable.
 * An empty variable counts as unset (as `PORT=` in an env file usually means).
 */
export function loadHostConfig<S extends z.ZodObject>(
  schema: S,
  variables: readonly ConfigVariable[],
  env: Record<string, string | undefined> = process.env,
): z.output<S> {
  const raw: Record<string, string> = {};
  for (const { name } of variables) {
    const value = env[name];
    if (value !== undefined && value !== '') raw[name] = value;
  }
  const result = schema.safeParse(raw);
  if (result.success) {
    const crossField = hostCrossFieldProblems(result.data as HostConfig);
    if (crossField.size === 0) return result.data;
    throw new InvalidConfiguration([...crossField.values()]);
  }
  const problems = new Map<string, string>();
  for (const issue of result.error.issues) {
    const name = String(issue.path[0]);
    if (problems.has(name)) continue;
    const secret = variables.find((v) => v.name === name)?.secret;
    const got = secret ? 'value not shown: it may hold a password' : `got ${JSON.stringify(raw[name])}`;
    problems.set(name, `${name} ${issue.message} (${got})`);
  }
  // Settings that go together are named too, whatever else is wrong (they only read presence).
  for (const [name, problem] of hostCrossFieldProblems(raw as unknown as HostConfig)) if (!problems.has(name)) problems.set(name, problem);
  throw new InvalidConfiguration([...problems.values()]);
}

/** The configuration table of a README (`| variable | default | meaning |`). */
export function configTable(variables: readonly ConfigVariable[]): string {
  const rows = variables.map((v) => `| \`${v.name}\` | ${v.default === undefined ? '(unset)' : `\`${v.default}\``} | ${v.description} |`);
  return ['| variable | default | meaning |', '|---|---|---|', ...rows].join('\n');
}

/** The options of AuthModule from the host settings (`rateLimit`: the login limits of a host that logs people in). */
export function authOptionsOf(config: HostConfig, rateLimit: AuthModuleOptions['rateLimit']): AuthModuleOptions {
  return {
    jwtSecret: config.JWT_SECRET,
    dataDir: config.DATA_DIR,
    ttlSeconds: config.JWT_TTL_SECONDS,
    oidc:
      config.OIDC_ISSUER !== undefined && config.OIDC_JWKS_URL !== undefined
        ? {
            issuer: config.OIDC_ISSUER,
            jwksUrl: config.OIDC_JWKS_URL,
            audience: config.OIDC_AUDIENCE,
            rolesClaim: config.OIDC_ROLES_CLAIM,
            usernameClaim: config.OIDC_USERNAME_CLAIM,
          }
        : undefined,
    rateLimit,
  };
}
