import { LoginRateLimiter } from './login-rate-limiter.js';

const at = (seconds: number) => new Date(Date.UTC(2025, 0, 1) + seconds * 1000);

describe('LoginRateLimiter', () => {
  const limiter = () => new LoginRateLimiter({ maxFailuresPerUsername: 3, maxFailuresPerAddress: 5, windowSeconds: 60 });

  it('blocks a username from an address after the maximum of failures there, until the oldest leaves the window', () => {
    const l = limiter();
    for (const s of [0, 10, 20]) {
      expect(l.check('lan', '10.0.0.1', at(s))).toBeUndefined();
      l.recordFailure('lan', '10.0.0.1', at(s));
    }
    expect(l.check('lan', '10.0.0.1', at(21))).toEqual({ key: 'username', retryAfterSeconds: 39 });
    expect(l.check('LAN', '10.0.0.1', at(59))).toEqual({ key: 'username', retryAfterSeconds: 1 });
    expect(l.check('lan', '10.0.0.1', at(61))).toBeUndefined();
    expect(l.check('other', '10.0.0.1', at(21))).toBeUndefined();
  });

  it('never locks a username out from another address: an anonymous client cannot lock its owner out', () => {
    const l = limiter();
    for (let i = 0; i < 4; i++) l.recordFailure('lan', '203.0.113.9', at(i));
    expect(l.check('lan', '203.0.113.9', at(5))?.key).toBe('username');
    expect(l.check('lan', '198.51.100.7', at(5))).toBeUndefined();
  });

  it('blocks an address spraying many usernames', () => {
    const l = limiter();
    for (let i = 0; i < 5; i++) l.recordFailure(`user-${i}`, '10.0.0.2', at(i));
    expect(l.check('someone-else', '10.0.0.2', at(5))).toEqual({ key: 'address', retryAfterSeconds: 55 });
    expect(l.check('someone-else', '10.0.0.3', at(5))).toBeUndefined();
  });

  it('clears the username\'s failures on success, not the address\'s', () => {
    const l = limiter();
    for (let i = 0; i < 2; i++) l.recordFailure('lan', '10.0.0.4', at(i));
    l.recordSuccess('lan', '10.0.0.4');
    l.recordFailure('lan', '10.0.0.4', at(3));
    expect(l.check('lan', '10.0.0.4', at(4))).toBeUndefined();
    for (let i = 0; i < 2; i++) l.recordFailure(`x-${i}`, '10.0.0.4', at(5));
    expect(l.check('y', '10.0.0.4', at(6))?.key).toBe('address');
  });
});
