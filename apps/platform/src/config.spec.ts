import { readFileSync } from 'node:fs';
import { configSchema, configVariables, InvalidConfiguration, loadConfig } from './config.js';

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

  it('is the table of apps/platform/README.md', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const variable of configVariables) {
      const defaultCell = variable.default === undefined ? '(unset)' : `\`${variable.default}\``;
      expect(readme).toContain(`| \`${variable.name}\` | ${defaultCell} | ${variable.description} |`);
    }
  });
});
