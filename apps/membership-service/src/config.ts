// The service reads the same environment variables as apps/platform (the ones it uses), validated once
// at start: one env file configures every process of the distributed shape.
import { z } from 'zod';

const integer = (min: number, max: number) =>
  z
    .string()
    .refine((value) => /^\d+$/.test(value) && Number(value) >= min && Number(value) <= max, { error: `must be an integer between ${min} and ${max}` })
    .transform(Number);

export const configSchema = z.object({
  PORT: integer(1, 65535).prefault('3000'),
  HOST: z.string().prefault('0.0.0.0'),
  DATA_DIR: z.string().prefault('./data'),
  DATABASE_URL: z
    .string()
    .refine((value) => /^postgres(ql)?:\/\/./.test(value) && URL.canParse(value), { error: 'must be a postgres:// or postgresql:// URL' })
    .optional(),
  DATABASE_POOL_SIZE: integer(1, 1000).prefault('10'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).prefault('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).prefault('production'),
  SHUTDOWN_TIMEOUT_MS: integer(1, 600_000).prefault('10000'),
  /** Shared with apps/platform, which issues the tokens (POST /api/auth/login). */
  JWT_SECRET: z.string().min(32, { error: 'must be at least 32 characters long' }).optional(),
  JWT_TTL_SECONDS: integer(60, 86_400).prefault('3600'),
  OIDC_ISSUER: z.string().optional(),
  OIDC_JWKS_URL: z.string().url().optional(),
  OIDC_AUDIENCE: z.string().optional(),
  OIDC_ROLES_CLAIM: z.string().prefault('roles'),
  OIDC_USERNAME_CLAIM: z.string().prefault('preferred_username'),
});

export type ServiceConfig = z.output<typeof configSchema>;

const SECRET = new Set(['DATABASE_URL', 'JWT_SECRET']);

/** Reads and validates the configuration; throws an Error naming every bad variable (secrets not echoed). */
export function loadConfig(env: Record<string, string | undefined> = process.env): ServiceConfig {
  const raw = Object.fromEntries(Object.keys(configSchema.shape).flatMap((name) => (env[name] ? [[name, env[name]]] : [])));
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      return `${name} ${issue.message}${SECRET.has(name) ? '' : ` (got ${JSON.stringify(raw[name])})`}`;
    });
    throw new Error(`Invalid configuration: ${problems.join('; ')}`);
  }
  if ((result.data.OIDC_ISSUER === undefined) !== (result.data.OIDC_JWKS_URL === undefined)) {
    throw new Error('Invalid configuration: OIDC_ISSUER and OIDC_JWKS_URL go together');
  }
  return result.data;
}
