import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JWT_SECRET_FILE, loadOrCreateJwtSecret } from './jwt-secret.js';

describe('loadOrCreateJwtSecret', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bcd-secret-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('uses JWT_SECRET when given, and writes nothing', async () => {
    expect(new TextDecoder().decode(await loadOrCreateJwtSecret({ secret: 'from-env', dataDir: dir }))).toBe('from-env');
    await expect(stat(join(dir, JWT_SECRET_FILE))).rejects.toThrow();
  });

  it('generates one on first start, owner-readable only, and keeps it', async () => {
    const first = await loadOrCreateJwtSecret({ dataDir: join(dir, 'nested') });
    expect(first.length).toBeGreaterThanOrEqual(64);
    expect((await stat(join(dir, 'nested', JWT_SECRET_FILE))).mode & 0o777).toBe(0o600);
    expect(await loadOrCreateJwtSecret({ dataDir: join(dir, 'nested') })).toEqual(first);
  });
});
