import { readFileSync } from 'node:fs';
import { configSchema, configVariables, InvalidConfiguration, loadConfig } from './config.js';

/** The throw-away key of seed 32 × 0x2a under the name bcd.example (libs/projections README): never use it. */
const TEST_SIGNER_KEY = 'PRIVATE+KEY+bcd.example+53df006d+ASoqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioq';

function problemsOf(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidConfiguration);
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be refused');
}

describe('loadConfig', () => {
  it('applies the defaults to an empty environment', () => {
    expect(loadConfig({})).toEqual({
      PORT: 3000,
      HOST: '0.0.0.0',
      DATA_DIR: './data',
      DATABASE_POOL_SIZE: 10,
      LOG_LEVEL: 'info',
      SHUTDOWN_TIMEOUT_MS: 10000,
      NODE_ENV: 'production',
      JWT_TTL_SECONDS: 3600,
      ADMIN_USERNAME: 'admin',
      OIDC_ROLES_CLAIM: 'roles',
      OIDC_USERNAME_CLAIM: 'preferred_username',
      LOGIN_RATE_LIMIT_MAX_FAILURES: 5,
      LOGIN_RATE_LIMIT_MAX_FAILURES_PER_ADDRESS: 20,
      LOGIN_RATE_LIMIT_WINDOW_SECONDS: 900,
      HTTP_BODY_LIMIT_BYTES: 1048576,
      HTTP_MAX_JSON_DEPTH: 32,
      HTTP_FILE_LIMIT_BYTES: 26214400,
      DEMO: true,
    });
  });

  it('reads every variable', () => {
    expect(
      loadConfig({
        PORT: '8080',
        HOST: '127.0.0.1',
        DATA_DIR: '/var/lib/bcd',
        DATABASE_URL: 'postgresql://bcd:secret@db:5432/bcd',
        DATABASE_POOL_SIZE: '20',
        LOG_LEVEL: 'debug',
        SHUTDOWN_TIMEOUT_MS: '3000',
        NODE_ENV: 'development',
        JWT_SECRET: 'a-secret-of-more-than-thirty-two-characters',
        JWT_TTL_SECONDS: '900',
        ADMIN_USERNAME: 'root',
        ADMIN_PASSWORD: 'correct horse battery staple',
        OIDC_ISSUER: 'https://sso.example.gov.vn/realms/bcd',
        OIDC_JWKS_URL: 'https://sso.example.gov.vn/realms/bcd/protocol/openid-connect/certs',
        OIDC_AUDIENCE: 'bcd-platform',
        OIDC_ROLES_CLAIM: 'realm_access.roles',
        OIDC_USERNAME_CLAIM: 'email',
        LOGIN_RATE_LIMIT_MAX_FAILURES: '3',
        LOGIN_RATE_LIMIT_MAX_FAILURES_PER_ADDRESS: '50',
        LOGIN_RATE_LIMIT_WINDOW_SECONDS: '60',
        HTTP_BODY_LIMIT_BYTES: '65536',
        HTTP_MAX_JSON_DEPTH: '16',
        HTTP_FILE_LIMIT_BYTES: '1048576',
        AUDIT_SIGNING_KEY: TEST_SIGNER_KEY,
        DEMO: '0',
      }),
    ).toEqual({
      PORT: 8080,
      HOST: '127.0.0.1',
      DATA_DIR: '/var/lib/bcd',
      DATABASE_URL: 'postgresql://bcd:secret@db:5432/bcd',
      DATABASE_POOL_SIZE: 20,
      LOG_LEVEL: 'debug',
      SHUTDOWN_TIMEOUT_MS: 3000,
      NODE_ENV: 'development',
      JWT_SECRET: 'a-secret-of-more-than-thirty-two-characters',
      JWT_TTL_SECONDS: 900,
      ADMIN_USERNAME: 'root',
      ADMIN_PASSWORD: 'correct horse battery staple',
      OIDC_ISSUER: 'https://sso.example.gov.vn/realms/bcd',
      OIDC_JWKS_URL: 'https://sso.example.gov.vn/realms/bcd/protocol/openid-connect/certs',
      OIDC_AUDIENCE: 'bcd-platform',
      OIDC_ROLES_CLAIM: 'realm_access.roles',
      OIDC_USERNAME_CLAIM: 'email',
      LOGIN_RATE_LIMIT_MAX_FAILURES: 3,
      LOGIN_RATE_LIMIT_MAX_FAILURES_PER_ADDRESS: 50,
      LOGIN_RATE_LIMIT_WINDOW_SECONDS: 60,
      HTTP_BODY_LIMIT_BYTES: 65536,
      HTTP_MAX_JSON_DEPTH: 16,
      HTTP_FILE_LIMIT_BYTES: 1048576,
      AUDIT_SIGNING_KEY: TEST_SIGNER_KEY,
      DEMO: false,
    });
  });

  it('treats an empty variable as unset and ignores unknown ones', () => {
    expect(loadConfig({ PORT: '', LOG_LEVEL: '', SOMETHING_ELSE: 'x' })).toMatchObject({ PORT: 3000, LOG_LEVEL: 'info' });
  });

  it.each([
    ['PORT', 'abc', 'PORT must be an integer between 1 and 65535 (got "abc")'],
    ['PORT', '0', 'PORT must be an integer between 1 and 65535 (got "0")'],
    ['PORT', '65536', 'PORT must be an integer between 1 and 65535 (got "65536")'],
    ['PORT', '80.5', 'PORT must be an integer between 1 and 65535 (got "80.5")'],
    ['DATABASE_POOL_SIZE', '0', 'DATABASE_POOL_SIZE must be an integer between 1 and 1000 (got "0")'],
    ['SHUTDOWN_TIMEOUT_MS', '-1', 'SHUTDOWN_TIMEOUT_MS must be an integer between 1 and 600000 (got "-1")'],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")'],
    ['NODE_ENV', 'staging', 'NODE_ENV must be one of development, production, test (got "staging")'],
    ['DEMO', 'yes', 'DEMO must be one of 0, 1 (got "yes")'],
  ])('names %s when it is %j', (name, value, message) => {
    expect(problemsOf({ [name]: value })).toBe(`Invalid configuration: ${message}`);
  });

  it('refuses a DATABASE_URL that is not PostgreSQL, without echoing it (it may hold a password)', () => {
    const message = problemsOf({ DATABASE_URL: 'mysql://root:hunter2@db/bcd' });
    expect(message).toBe(
      'Invalid configuration: DATABASE_URL must be a postgres:// or postgresql:// URL (value not shown: it may hold a password)',
    );
    expect(message).not.toContain('hunter2');
  });

  it('refuses a short JWT_SECRET or ADMIN_PASSWORD without echoing them', () => {
    const message = problemsOf({ JWT_SECRET: 'short-secret', ADMIN_PASSWORD: 'hunter2' });
    expect(message).toContain('JWT_SECRET must be between 32 and 4096 characters long (value not shown: it may hold a password)');
    expect(message).toContain('ADMIN_PASSWORD must be between 12 and 256 characters long (value not shown: it may hold a password)');
    expect(message).not.toContain('hunter2');
    expect(message).not.toContain('short-secret');
  });

  it('refuses an AUDIT_SIGNING_KEY that is no signer key, without echoing it', () => {
    const tampered = TEST_SIGNER_KEY.replace('+53df006d+', '+53df006e+');
    const message = problemsOf({ AUDIT_SIGNING_KEY: tampered });
    expect(message).toBe(
      'Invalid configuration: AUDIT_SIGNING_KEY must be a signer key PRIVATE+KEY+<log name>+<key id>+<base64 Ed25519 seed> (npx bcd-audit keygen <log name>) (value not shown: it may hold a password)',
    );
    expect(message).not.toContain('ASoqKioq');
  });

  it('refuses an ADMIN_USERNAME that no user could have', () => {
    expect(problemsOf({ ADMIN_USERNAME: 'Ad Min' })).toBe(
      'Invalid configuration: ADMIN_USERNAME must be 3 to 64 characters: lowercase letters, digits and . _ - @ inside (got "Ad Min")',
    );
  });

  it('wants OIDC_ISSUER and OIDC_JWKS_URL together', () => {
    expect(problemsOf({ OIDC_ISSUER: 'https://sso.example' })).toBe(
      'Invalid configuration: OIDC_JWKS_URL is required when OIDC_ISSUER is set',
    );
    expect(problemsOf({ OIDC_JWKS_URL: 'https://sso.example/certs' })).toBe(
      'Invalid configuration: OIDC_ISSUER is required when OIDC_JWKS_URL is set',
    );
    expect(problemsOf({ OIDC_ISSUER: 'https://sso.example', OIDC_JWKS_URL: 'ftp://sso.example/certs' })).toBe(
      'Invalid configuration: OIDC_JWKS_URL must be an http:// or https:// URL (got "ftp://sso.example/certs")',
    );
  });

  it('names every bad variable at once', () => {
    const message = problemsOf({ PORT: 'abc', LOG_LEVEL: 'loud', HOST: 'localhost', DATABASE_POOL_SIZE: 'many' });
    expect(message).toMatch(/^Invalid configuration: /);
    expect(message).toContain('PORT must be');
    expect(message).toContain('LOG_LEVEL must be');
    expect(message).toContain('DATABASE_POOL_SIZE must be');
    expect(message).not.toContain('HOST');
  });
});

describe('configVariables (the documented table)', () => {
  it('lists exactly the variables of the schema, each described', () => {
    expect(configVariables.map((v) => v.name).sort()).toEqual(Object.keys(configSchema.shape).sort());
    for (const variable of configVariables) expect(variable.description.length).toBeGreaterThan(10);
  });

  it('documents the defaults the schema applies', () => {
    const defaults = loadConfig({});
    for (const variable of configVariables) {
      const documented = variable.default === undefined ? undefined : loadConfig({ [variable.name]: variable.default })[variable.name];
      expect([variable.name, documented]).toEqual([variable.name, defaults[variable.name]]);
    }
  });

  it.each(['../README.md', '../../../README.md'])('is the table of %s (the platform README and the root README)', (path) => {
    const readme = readFileSync(new URL(path, import.meta.url), 'utf8');
    for (const variable of configVariables) {
      const defaultCell = variable.default === undefined ? '(unset)' : `\`${variable.default}\``;
      expect(readme).toContain(`| \`${variable.name}\` | ${defaultCell} | ${variable.description} |`);
    }
  });
});
