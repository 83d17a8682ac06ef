// How the seeder talks to the platform: its public HTTP routes, through Fastify's inject (in the process
// that hosts the platform, as the tests do). Every call that must succeed throws with the problem document
// when it does not: a demo history with a silent hole would mislead whoever reads it.
import type { InjectOptions, LightMyRequestResponse } from 'fastify';

export type Inject = (options: InjectOptions) => Promise<LightMyRequestResponse>;
type Method = 'GET' | 'POST' | 'PUT';

export class DemoRequestFailed extends Error {
  constructor(
    readonly method: string,
    readonly url: string,
    readonly status: number,
    readonly body: string,
  ) {
    super(`${method} ${url} → ${status} ${body}`);
  }
}

/** One caller: a bearer token, and the tenant whose routes it calls by default. */
export class Caller {
  constructor(
    private readonly api: DemoApi,
    readonly token: string,
    readonly tenant: string | undefined,
  ) {}

  /** A tenant route (`/membership/people`) or an absolute one (`/api/…`). */
  private url(path: string): string {
    if (path.startsWith('/api/')) return path;
    if (this.tenant === undefined) throw new Error(`a platform caller needs an absolute path, not ${path}`);
    return `/api/tenants/${this.tenant}${path}`;
  }

  async send<T = Record<string, unknown>>(method: Method, path: string, body?: unknown): Promise<T> {
    return this.api.send<T>(this.token, method, this.url(path), body);
  }

  get<T = Record<string, unknown>>(path: string): Promise<T> {
    return this.send<T>('GET', path);
  }

  post<T = Record<string, unknown>>(path: string, body?: unknown): Promise<T> {
    return this.send<T>('POST', path, body);
  }

  put<T = Record<string, unknown>>(path: string, body: unknown): Promise<T> {
    return this.send<T>('PUT', path, body);
  }

  /** Stores bytes under their SHA-256 (the meetings' and reports' file routes). */
  async putFile(path: string, bytes: Buffer, mediaType: string): Promise<void> {
    const response = await this.api.inject({ method: 'PUT', url: this.url(path), payload: bytes, headers: { authorization: `Bearer ${this.token}`, 'content-type': mediaType } });
    if (response.statusCode >= 300) throw new DemoRequestFailed('PUT', path, response.statusCode, response.body);
  }
}

export class DemoApi {
  /** Requests sent, for the summary line. */
  requests = 0;

  constructor(readonly inject: Inject) {}

  async send<T>(token: string | undefined, method: Method, url: string, body?: unknown): Promise<T> {
    this.requests++;
    const response = await this.inject({
      method,
      url,
      ...(body === undefined ? {} : { payload: body as InjectOptions['payload'] }),
      headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
    });
    if (response.statusCode >= 300) throw new DemoRequestFailed(method, url, response.statusCode, response.body);
    return (response.body === '' ? undefined : response.json()) as T;
  }

  /** Logs in through the public route; the token is valid until its expiry on the platform's clock. */
  async logIn(username: string, password: string): Promise<string> {
    const answer = await this.send<{ accessToken: string }>(undefined, 'POST', '/api/auth/login', { username, password });
    return answer.accessToken;
  }

  caller(token: string, tenant?: string): Caller {
    return new Caller(this, token, tenant);
  }
}
