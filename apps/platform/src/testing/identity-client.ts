// Small HTTP helpers for tests of the identity context through the whole app (Fastify inject).
import type { InjectOptions, LightMyRequestResponse } from 'fastify';

type Inject = (options: InjectOptions) => Promise<LightMyRequestResponse>;

export interface Session {
  token: string;
  userId: string;
}

export class IdentityClient {
  constructor(private readonly inject: Inject) {}

  async login(username: string, password: string, remoteAddress = '127.0.0.1'): Promise<LightMyRequestResponse> {
    return this.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress });
  }

  /** Logs in and returns the token; fails the test when the login is refused. */
  async session(username: string, password: string): Promise<Session> {
    const response = await this.login(username, password);
    if (response.statusCode !== 200) throw new Error(`login of ${username} refused: ${response.statusCode} ${response.body}`);
    const token = response.json().accessToken as string;
    const me = await this.request(token, 'GET', '/api/auth/me');
    return { token, userId: me.json().userId as string };
  }

  request(token: string | undefined, method: InjectOptions['method'], url: string, payload?: unknown, headers: Record<string, string> = {}) {
    return this.inject({
      method,
      url,
      ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
      headers: { ...(token === undefined ? {} : { authorization: `Bearer ${token}` }), ...headers },
    });
  }

  /** Creates a user with a role in a tenant (as `admin`, a tenant_admin there or a platform_admin) and logs them in. */
  async member(admin: string, tenant: string, username: string, role: string, password = `${username}-password!`): Promise<Session> {
    const created = await this.request(admin, 'POST', `/api/tenants/${tenant}/members`, { username, displayName: username, password, role });
    if (created.statusCode !== 201) throw new Error(`member ${username} not created: ${created.statusCode} ${created.body}`);
    return this.session(username, password);
  }

  async tenant(admin: string, code: string, name = code): Promise<void> {
    const created = await this.request(admin, 'POST', '/api/tenants', { code, name });
    if (created.statusCode !== 201) throw new Error(`tenant ${code} not created: ${created.statusCode} ${created.body}`);
  }
}
