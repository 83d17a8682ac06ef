import { loadConfig, type Config } from '../config.js';

/** Defaults, quiet logs unless a test captures them; override what the test is about. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ LOG_LEVEL: 'info', NODE_ENV: 'test' }), ...overrides };
}
