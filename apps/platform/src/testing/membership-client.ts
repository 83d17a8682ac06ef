// Small helpers for tests of the membership context through the whole platform (Fastify inject).
import type { LightMyRequestResponse } from 'fastify';
import type { IdentityClient } from './identity-client.js';

export class MembershipClient {
  constructor(
    private readonly client: IdentityClient,
    readonly tenant: string,
    private readonly token: string,
  ) {}

  get base(): string {
    return `/api/tenants/${this.tenant}/membership`;
  }

  request(method: 'GET' | 'POST' | 'PUT', path: string, payload?: unknown, headers: Record<string, string> = {}, token = this.token): Promise<LightMyRequestResponse> {
    return this.client.request(token, method, `${this.base}${path}`, payload, headers);
  }

  /** A command that must succeed: returns its JSON answer, or fails the test with the problem document. */
  async ok<T = Record<string, unknown>>(method: 'POST' | 'PUT', path: string, payload: unknown, headers: Record<string, string> = {}): Promise<T> {
    const response = await this.request(method, path, payload, headers);
    if (response.statusCode >= 300) throw new Error(`${method} ${path} → ${response.statusCode} ${response.body}`);
    return response.json() as T;
  }

  async get<T = Record<string, unknown>>(path: string, token = this.token): Promise<T> {
    const response = await this.request('GET', path, undefined, {}, token);
    if (response.statusCode !== 200) throw new Error(`GET ${path} → ${response.statusCode} ${response.body}`);
    return response.json() as T;
  }

  async adopt(builtInPackId: string): Promise<void> {
    const response = await this.client.request(this.token, 'POST', `/api/tenants/${this.tenant}/regulations`, { builtInPackId });
    if (response.statusCode !== 201) throw new Error(`adopting ${builtInPackId} → ${response.statusCode} ${response.body}`);
  }

  async agency(code: string, name: string, kind: string): Promise<string> {
    return (await this.ok<{ agencyId: string }>('POST', '/agencies', { code, name, kind })).agencyId;
  }

  async person(fullName: string, email: string | null = null, phone: string | null = null): Promise<string> {
    return (await this.ok<{ personId: string }>('POST', '/people', { fullName, email, phone })).personId;
  }

  async committee(body: Record<string, unknown>): Promise<string> {
    return (await this.ok<{ committeeId: string }>('POST', '/committees', body)).committeeId;
  }

  async appoint(committeeId: string, body: Record<string, unknown>): Promise<string> {
    return (await this.ok<{ memberId: string }>('POST', `/committees/${committeeId}/members`, body)).memberId;
  }
}

/** The problem document of a refusal: expects the status and returns the body. */
export function problem(response: LightMyRequestResponse, status: number): Record<string, unknown> {
  if (response.statusCode !== status) throw new Error(`expected ${status}, got ${response.statusCode} ${response.body}`);
  expect(response.headers['content-type']).toContain('application/problem+json');
  return response.json() as Record<string, unknown>;
}
