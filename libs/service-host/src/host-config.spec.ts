// The host settings every host reads (a host extends them: apps/platform's config.spec.ts covers the
// platform's whole table). Here what the kit promises of its own: the table in step with the schema,
// empty values as unset, every bad variable named at once (also those that only make sense together),
// secrets never echoed, and the auth options a host derives.
import { authOptionsOf, configTable, hostConfigSchema, hostConfigVariables, InvalidConfiguration, KURRENTDB_REFUSED, loadHostConfig } from './host-config.js';

const load = (env: Record<string, string | undefined>) => loadHostConfig(hostConfigSchema, hostConfigVariables, env);

function problemsOf(env: Record<string, string>): string[] {
  try {
    load(env);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidConfiguration);
    return (error as InvalidConfiguration).problems;
  }
  throw new Error('expected the configuration to be refused');
}

const rateLimit = { maxFailuresPerUsername: 5, maxFailuresPerAddress: 20, windowSeconds: 900 };

describe('hostConfigVariables', () => {
  it('lists exactly the variables of hostConfigSchema, with the defaults it applies', () => {
    expect(hostConfigVariables.map((v) => v.name).sort()).toEqual(Object.keys(hostConfigSchema.shape).sort());
    const defaults = load({});
    for (const variable of hostConfigVariables) {
      const documented = variable.default === undefined ? undefined : load({ [variable.name]: variable.default })[variable.name];
      expect([variable.name, documented]).toEqual([variable.name, defaults[variable.name]]);
    }
  });

  it('is written as a README table', () => {
    const table = configTable(hostConfigVariables).split('\n');
    expect(table.slice(0, 2)).toEqual(['| variable | default | meaning |', '|---|---|---|']);
    expect(table).toContain('| `PORT` | `3000` | TCP port of the HTTP server. |');
    expect(table).toHaveLength(hostConfigVariables.length + 2);
  });
});

describe('loadHostConfig', () => {
  it('reads an empty variable as unset', () => {
    const config = load({ PORT: '', DATABASE_URL: '' });
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('ignores variables that are not in its table', () => {
    expect(load({ SOMETHING_ELSE: 'x' })).not.toHaveProperty('SOMETHING_ELSE');
  });

  it('never echoes a secret', () => {
    const problems = problemsOf({ DATABASE_URL: 'mysql://root:hunter2@db/bcd', JWT_SECRET: 'short-secret' });
    expect(problems).toHaveLength(2);
    expect(problems.join(' ')).not.toMatch(/hunter2|short-secret/);
    expect(problems.join(' ')).toContain('value not shown');
  });

  it('names every bad variable at once, also one that only makes sense with another', () => {
    const problems = problemsOf({ PORT: 'abc', OIDC_ISSUER: 'https://sso.example' });
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^PORT must be/), 'OIDC_JWKS_URL is required when OIDC_ISSUER is set']));
  });
});

describe('EVENT_STORE', () => {
  it('is PostgreSQL when unset or postgres (the server at DATABASE_URL, or PGlite in DATA_DIR)', () => {
    expect(load({}).EVENT_STORE).toBeUndefined();
    expect(load({ EVENT_STORE: 'postgres', DATABASE_URL: 'postgres://db/bcd' })).toMatchObject({ EVENT_STORE: 'postgres', DATABASE_URL: 'postgres://db/bcd' });
    // Read with EVENT_STORE=kurrentdb only: a shared env file may carry it for a KurrentDB profile.
    expect(load({ KURRENTDB_URL: 'kurrentdb://kurrentdb:2113?tls=false' }).EVENT_STORE).toBeUndefined();
  });

  it('refuses kurrentdb in every host, naming what needs PostgreSQL', () => {
    const problems = problemsOf({ EVENT_STORE: 'kurrentdb', KURRENTDB_URL: 'kurrentdb://kurrentdb:2113?tls=false' });
    expect(problems).toEqual([KURRENTDB_REFUSED]);
    for (const need of ['read models', 'checkpoints', 'units of work', 'Idempotency-Key', 'row-level-security', 'EVENT_STORE=postgres']) {
      expect(problems[0]).toContain(need);
    }
  });

  it('names a missing or malformed KURRENTDB_URL too, without echoing it (it may hold a password), and an unknown store', () => {
    expect(problemsOf({ EVENT_STORE: 'kurrentdb' })).toEqual([KURRENTDB_REFUSED, 'KURRENTDB_URL is required when EVENT_STORE=kurrentdb']);
    const problems = problemsOf({ EVENT_STORE: 'kurrentdb', KURRENTDB_URL: 'https://admin:changeit@kurrentdb:2113' });
    expect(problems).toContain('KURRENTDB_URL must be a kurrentdb:// or kurrentdb+discover:// connection string (value not shown: it may hold a password)');
    expect(problems).toContain(KURRENTDB_REFUSED);
    expect(problems.join(' ')).not.toContain('changeit');
    expect(problemsOf({ EVENT_STORE: 'esdb' })).toEqual(['EVENT_STORE must be one of postgres, kurrentdb (got "esdb")']);
  });
});

describe('authOptionsOf', () => {
  it('configures OIDC only when an issuer and its JWKS are set', () => {
    const plain = authOptionsOf(load({ JWT_SECRET: 'a-secret-of-more-than-thirty-two-characters', DATA_DIR: '/var/lib/bcd' }), rateLimit);
    expect(plain).toEqual({ jwtSecret: 'a-secret-of-more-than-thirty-two-characters', dataDir: '/var/lib/bcd', ttlSeconds: 3600, oidc: undefined, rateLimit });

    const withOidc = authOptionsOf(
      load({ OIDC_ISSUER: 'https://sso.example', OIDC_JWKS_URL: 'https://sso.example/certs', OIDC_AUDIENCE: 'bcd', OIDC_ROLES_CLAIM: 'realm_access.roles' }),
      rateLimit,
    );
    expect(withOidc.oidc).toEqual({
      issuer: 'https://sso.example',
      jwksUrl: 'https://sso.example/certs',
      audience: 'bcd',
      rolesClaim: 'realm_access.roles',
      usernameClaim: 'preferred_username',
    });
  });
});
