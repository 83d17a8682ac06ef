import { encodeSignerKey } from '@bcd/projections';
import { loadConfig, type Config } from '../config.js';

/** A fixed HS256 key, so that no test writes a generated one into DATA_DIR (./data by default). */
export const TEST_JWT_SECRET = 'test-only-jwt-secret-of-at-least-32-characters';

/** A fixed signing key of the transparency log (seed 32 × 0x07), for the same reason. */
export const TEST_AUDIT_SIGNING_KEY = encodeSignerKey('bcd.test', new Uint8Array(32).fill(7));

/** Defaults, quiet logs unless a test captures them; override what the test is about. No demo history (DEMO=0). */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ LOG_LEVEL: 'info', NODE_ENV: 'test', JWT_SECRET: TEST_JWT_SECRET, AUDIT_SIGNING_KEY: TEST_AUDIT_SIGNING_KEY, DEMO: '0' }), ...overrides };
}
