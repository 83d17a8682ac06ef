import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const JWT_SECRET_FILE = 'jwt-secret';
export const JWT_SECRET_MIN_LENGTH = 32;

/**
 * The HS256 key: `JWT_SECRET` when set, else the one kept in `<dataDir>/jwt-secret`, created on first
 * start (64 random bytes, base64url, file mode 0600). Several processes sharing one PostgreSQL
 * (distributed shape) must share JWT_SECRET instead, or each would sign with its own key.
 */
export async function loadOrCreateJwtSecret(options: { secret?: string; dataDir: string }): Promise<Uint8Array> {
  if (options.secret !== undefined) return new TextEncoder().encode(options.secret);
  const file = join(options.dataDir, JWT_SECRET_FILE);
  try {
    return new TextEncoder().encode((await readFile(file, 'utf8')).trim());
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(options.dataDir, { recursive: true });
  const secret = randomBytes(64).toString('base64url');
  try {
    // `wx`: if another process created it in between, use theirs.
    await writeFile(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return new TextEncoder().encode((await readFile(file, 'utf8')).trim());
  }
  return new TextEncoder().encode(secret);
}
