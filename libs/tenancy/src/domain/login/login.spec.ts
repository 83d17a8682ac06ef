import { decideLogin, type LoginAttempt } from './login.js';
import type { UserState } from '../user/user.js';

const userId = '01950000-0000-7000-8000-000000000001';
const active: UserState = { status: 'active', userId, username: 'lan', displayName: 'Lan', roles: [], knownIn: [] };
const attempt = (overrides: Partial<LoginAttempt>): LoginAttempt => ({
  username: 'lan',
  address: '127.0.0.1',
  user: active,
  hasPassword: true,
  passwordMatches: true,
  ...overrides,
});

describe('decideLogin', () => {
  it('succeeds with the right password of an active user', () => {
    expect(decideLogin(attempt({}))).toEqual({ type: 'LoginSucceeded', data: { userId, username: 'lan', address: '127.0.0.1' } });
  });

  it.each([
    ['an unknown user', { user: { status: 'absent' } as UserState }, { username: 'lan', reason: 'unknown-user', address: '127.0.0.1' }],
    ['a wrong password', { passwordMatches: false }, { username: 'lan', userId, reason: 'wrong-password', address: '127.0.0.1' }],
    ['no stored password', { hasPassword: false, passwordMatches: false }, { username: 'lan', userId, reason: 'no-password', address: '127.0.0.1' }],
    ['a disabled user', { user: { ...active, status: 'disabled' } as UserState }, { username: 'lan', userId, reason: 'disabled', address: '127.0.0.1' }],
  ])('fails for %s, with the reason', (_name, overrides, data) => {
    expect(decideLogin(attempt(overrides))).toEqual({ type: 'LoginFailed', data });
  });

  it('checks the password before telling that an account is disabled', () => {
    expect(decideLogin(attempt({ user: { ...active, status: 'disabled' }, passwordMatches: false })).data).toMatchObject({ reason: 'wrong-password' });
  });
});
