import { ValidationFailed } from '@bcd/kernel';
import { checkPasswordPolicy, generatePassword, hashPassword, verifyAgainstDummy, verifyPassword } from './passwords.js';

describe('passwords', () => {
  it('hashes with Argon2id and verifies', async () => {
    const hash = await hashPassword('mật khẩu dài đủ 12');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$/);
    expect(hash).not.toContain('mật khẩu');
    expect(await verifyPassword(hash, 'mật khẩu dài đủ 12')).toBe(true);
    expect(await verifyPassword(hash, 'mật khẩu dài đủ 13')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
    expect(await verifyAgainstDummy('anything')).toBe(false);
  });

  it('refuses short, huge, and username-equal passwords', () => {
    expect(checkPasswordPolicy('twelve chars', 'lan')).toBe('twelve chars');
    for (const [password, username] of [['short', undefined], ['x'.repeat(257), undefined], ['Lan.Nguyen-2025', 'lan.nguyen-2025']] as const) {
      expect(() => checkPasswordPolicy(password, username)).toThrow(ValidationFailed);
    }
  });

  it('generates strong distinct passwords from an unambiguous alphabet', () => {
    const passwords = Array.from({ length: 50 }, () => generatePassword());
    expect(new Set(passwords).size).toBe(50);
    for (const p of passwords) expect(p).toMatch(/^[A-HJ-NP-Za-km-z2-9]{24}$/);
  });
});
