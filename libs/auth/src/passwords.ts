// Password hashing with Argon2id (@node-rs/argon2, prebuilt binaries from the npm registry), at the
// library's defaults (OWASP's minimum: m = 19 MiB, t = 2, p = 1). Verification reads the parameters
// from the stored PHC string, so raising them later only affects new hashes.
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { ValidationFailed } from '@bcd/kernel';

export const PASSWORD_MIN_LENGTH = 12;
/** Argon2 hashes any length, but a megabyte password is a cheap way to burn our CPU. */
export const PASSWORD_MAX_LENGTH = 256;

/** Refuses a password that is too short or too long, or equal to the username. */
export function checkPasswordPolicy(password: unknown, username?: string, path = 'password'): string {
  const problems: string[] = [];
  if (typeof password !== 'string') {
    problems.push('must be a string');
  } else {
    if ([...password].length < PASSWORD_MIN_LENGTH) problems.push(`must be at least ${PASSWORD_MIN_LENGTH} characters`);
    if (password.length > PASSWORD_MAX_LENGTH) problems.push(`must be at most ${PASSWORD_MAX_LENGTH} characters`);
    if (username !== undefined && password.toLowerCase() === username.toLowerCase()) problems.push('must not be the username');
  }
  if (problems.length > 0) throw new ValidationFailed(problems.map((message) => ({ path, message })));
  return password as string;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** False for a wrong password and for a stored value that is not a valid hash. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

// Verified against when the user is unknown, so that "unknown user" takes as long as "wrong password".
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hash(randomBytes(16).toString('hex'));
  await verifyPassword(await dummyHash, password);
  return false;
}

/** A strong random password: 24 characters from a 56-letter alphabet without look-alikes (~139 bits). */
export function generatePassword(length = 24): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  const out: string[] = [];
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      // rejection sampling: no modulo bias
      if (byte < alphabet.length * Math.floor(256 / alphabet.length) && out.length < length) out.push(alphabet[byte % alphabet.length]);
    }
  }
  return out.join('');
}
