import { loadConfig, type Config } from '../config.js';

/** A fixed HS256 key, so that no test writes a generated one into DATA_DIR (./data by default). */
export const TEST_JWT_SECRET = 'test-only-jwt-secret-of-at-least-32-characters';

/** Defaults, quiet logs unless a test captures them; override what the test is about. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ LOG_LEVEL: 'info', NODE_ENV: 'test', JWT_SECRET: TEST_JWT_SECRET }), ...overrides };
}
