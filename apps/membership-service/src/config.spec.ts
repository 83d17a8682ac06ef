import { readFileSync } from 'node:fs';
import { configTable, hostConfigVariables, InvalidConfiguration } from '@bcd/service-host';
import { configSchema, configVariables, loadConfig, serviceVariables } from './config.js';

function problemsOf(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidConfiguration);
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be refused');
}

describe('membership service configuration', () => {
  it('applies the platform\'s defaults for the bootstrap admin and the login limits', () => {
    expect(loadConfig({})).toMatchObject({
      ADMIN_USERNAME: 'admin',
      LOGIN_RATE_LIMIT_MAX_FAILURES: 5,
      LOGIN_RATE_LIMIT_MAX_FAILURES_PER_ADDRESS: 20,
      LOGIN_RATE_LIMIT_WINDOW_SECONDS: 900,
    });
    expect(loadConfig({}).ADMIN_PASSWORD).toBeUndefined();
  });

  it('reads them', () => {
    expect(
      loadConfig({ ADMIN_USERNAME: 'root', ADMIN_PASSWORD: 'correct horse battery staple', LOGIN_RATE_LIMIT_MAX_FAILURES: '3', LOGIN_RATE_LIMIT_MAX_FAILURES_PER_ADDRESS: '50', LOGIN_RATE_LIMIT_WINDOW_SECONDS: '60' }),
    ).toMatchObject({ ADMIN_USERNAME: 'root', ADMIN_PASSWORD: 'correct horse battery staple', LOGIN_RATE_LIMIT_MAX_FAILURES: 3, LOGIN_RATE_LIMIT_MAX_FAILURES_PER_ADDRESS: 50, LOGIN_RATE_LIMIT_WINDOW_SECONDS: 60 });
  });

  it('refuses a short ADMIN_PASSWORD without echoing it, a username no user could have, and names every bad variable', () => {
    const message = problemsOf({ ADMIN_PASSWORD: 'short-pw', ADMIN_USERNAME: 'Root User', LOGIN_RATE_LIMIT_WINDOW_SECONDS: '0' });
    expect(message).toContain('ADMIN_PASSWORD must be between 12 and 256 characters long (value not shown');
    expect(message).not.toContain('short-pw');
    expect(message).toContain('ADMIN_USERNAME must be 3 to 64 characters');
    expect(message).toContain('LOGIN_RATE_LIMIT_WINDOW_SECONDS must be an integer between 1 and 86400');
  });

  it('documents every variable of its schema: the hosts\' and its own, each described, with the defaults it applies', () => {
    expect(configVariables.map((v) => v.name).sort()).toEqual(Object.keys(configSchema.shape).sort());
    expect(configVariables.slice(0, hostConfigVariables.length)).toEqual(hostConfigVariables);
    const defaults = loadConfig({});
    for (const variable of serviceVariables) {
      const documented = variable.default === undefined ? undefined : loadConfig({ [variable.name]: variable.default })[variable.name];
      expect([variable.name, documented]).toEqual([variable.name, defaults[variable.name]]);
    }
  });

  it('is the table of its README', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const row of configTable(serviceVariables).split('\n')) expect(readme).toContain(row);
  });
});
