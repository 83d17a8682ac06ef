// Failed logins counted per username *from one client address* and per client address, in a sliding
// window, in memory (one process: each instance of the distributed shape counts its own). Pure apart
// from its own state: the caller passes the time. A username is never blocked from everywhere: an
// anonymous client that guesses (or learns) a username cannot lock its owner out; a client that
// sprays usernames is stopped by the per-address counter.

export interface LoginRateLimitOptions {
  /** Failures of one username from one address within the window before that pair is blocked. */
  maxFailuresPerUsername: number;
  /** Failures from one address within the window before it is blocked (password spraying). */
  maxFailuresPerAddress: number;
  windowSeconds: number;
}

export interface LoginBlock {
  /** Which counter is full: the username's from this address, or the address's. */
  key: 'username' | 'address';
  retryAfterSeconds: number;
}

/** Keeps at most this many keys per kind, dropping the stalest, so a flood of names cannot exhaust memory. */
const MAX_KEYS = 100_000;

export class LoginRateLimiter {
  private readonly byUsername = new Map<string, number[]>();
  private readonly byAddress = new Map<string, number[]>();

  constructor(readonly options: LoginRateLimitOptions) {}

  /** The block in force for this attempt, if any. */
  check(username: string, address: string, now: Date): LoginBlock | undefined {
    const t = now.getTime();
    const user = this.blockOf(this.byUsername, pairKey(username, address), this.options.maxFailuresPerUsername, t);
    if (user !== undefined) return { key: 'username', retryAfterSeconds: user };
    const addr = this.blockOf(this.byAddress, address, this.options.maxFailuresPerAddress, t);
    if (addr !== undefined) return { key: 'address', retryAfterSeconds: addr };
    return undefined;
  }

  recordFailure(username: string, address: string, now: Date): void {
    this.push(this.byUsername, pairKey(username, address), now.getTime());
    this.push(this.byAddress, address, now.getTime());
  }

  /** A successful login clears the username's failures from that address (not the address's: one good account must not unlock spraying). */
  recordSuccess(username: string, address: string): void {
    this.byUsername.delete(pairKey(username, address));
  }

  private blockOf(map: Map<string, number[]>, key: string, max: number, t: number): number | undefined {
    const recent = this.recent(map, key, t);
    if (recent.length < max) return undefined;
    // Blocked until the oldest failure that keeps the count at the limit leaves the window.
    const until = recent[recent.length - max] + this.options.windowSeconds * 1000;
    return Math.max(1, Math.ceil((until - t) / 1000));
  }

  private recent(map: Map<string, number[]>, key: string, t: number): number[] {
    const from = t - this.options.windowSeconds * 1000;
    const kept = (map.get(key) ?? []).filter((at) => at > from);
    if (kept.length === 0) map.delete(key);
    else map.set(key, kept);
    return kept;
  }

  private push(map: Map<string, number[]>, key: string, t: number): void {
    const list = this.recent(map, key, t);
    list.push(t);
    map.delete(key); // re-insert: Map order is then least recently failed first
    map.set(key, list);
    if (map.size > MAX_KEYS) map.delete(map.keys().next().value as string);
  }
}

/** One counter per username and address (a newline cannot be in either). */
function pairKey(username: string, address: string): string {
  return `${username.toLowerCase()}\n${address}`;
}
